"""Matching documents and their term counts read from Whoosh's posting blocks, in bulk.

Counting and ranking a query's candidates through Whoosh's matchers and collectors costs
several Python calls per document and per matcher level: at 96k articles `中国` (50k
candidates) took 90-170 ms, `"美国总统"` 140 ms, a date filter 280-390 ms (Whoosh first walks
the range's terms into a set). Here a term's postings come a block (<= 128 documents) at a
time: decompress, unpickle and prefix-sum (``itertools.accumulate``) run in C, and the sets
are intersected in C.

Docnums are the searcher's (global over segments); deleted documents are left out. Segments
never change (only their deletions, applied on use), so decoded postings and the date column
are cached per segment, across searcher generations.
"""

from __future__ import annotations

import heapq
import threading
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher

CACHED_POSTINGS = 1_500_000  # decoded postings kept (8 bytes each: ~12 MB)

Postings = tuple["array[int]", "array[float]"]  # (docnums, weights): one term, one segment


def _decode(matcher: Any) -> Postings:
    """All postings of a W3 posting list, block by block (deleted documents included)."""
    ids, weights = array("I"), array("f")
    if not isinstance(matcher, W3LeafMatcher):  # inlined or another format: the slow way
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return ids, weights
    while True:
        matcher._read_data()
        block_ids, block_weights = matcher._data[0], matcher._data[1]
        ids.extend(accumulate(block_ids))  # delta-encoded within a block
        if block_weights is None or isinstance(block_weights, float | int):
            weights.extend(repeat(1.0 if block_weights is None else block_weights,
                                  len(block_ids)))  # fmt: skip
        else:
            weights.extend(block_weights)
        if matcher._lastblock:
            return ids, weights
        matcher._goto(matcher._nextoffset)


class _Cache:
    """Decoded postings by (segment, field, term), least recently used dropped first."""

    def __init__(self) -> None:
        self.terms: OrderedDict[tuple[str, str, bytes], Postings] = OrderedDict()
        self.held = 0
        self.dates: dict[str, array[int]] = {}
        self.ids: dict[str, list[str]] = {}
        self.lock = threading.Lock()

    def postings(self, segid: str, leaf: Any, fieldname: str, btext: bytes) -> Postings:
        key = (segid, fieldname, btext)
        with self.lock:
            found = self.terms.get(key)
            if found is not None:
                self.terms.move_to_end(key)
                return found
        if (fieldname, btext) not in leaf:
            found = (array("I"), array("f"))
        else:
            fmt = leaf.schema[fieldname].format
            found = _decode(leaf._terms.matcher(fieldname, btext, fmt))
        with self.lock:
            self.terms[key] = found
            self.held += len(found[0])
            while self.held > CACHED_POSTINGS and len(self.terms) > 1:
                _key, dropped = self.terms.popitem(last=False)
                self.held -= len(dropped[0])
        return found

    def forget_all_but(self, live: set[str]) -> None:
        with self.lock:
            for key in [k for k in self.terms if k[0] not in live]:
                self.held -= len(self.terms.pop(key)[0])
            for segid in set(self.dates) - live:
                del self.dates[segid]
            for segid in set(self.ids) - live:
                del self.ids[segid]


_CACHE = _Cache()


class DocSets:
    """Document sets, term counts and dates of one searcher's reader."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self._leaves: list[tuple[Any, int, str, frozenset[int]]] = []
        for leaf, offset in reader.leaf_readers():
            segid = leaf.segment().segment_id()
            self._leaves.append((leaf, offset, segid, frozenset(leaf.deleted_docs_set or ())))
        _CACHE.forget_all_but({segid for _l, _o, segid, _d in self._leaves})
        self._deleted = {d + offset for _l, offset, _s, gone in self._leaves for d in gone}
        self._dates: list[int] | None = None
        self._all_ids: list[str] | None = None
        self._newest_first: list[int] | None = None
        self._ids: Any = None

    def _postings(
        self, fieldname: str, text: str
    ) -> Iterator[tuple[int, Postings, frozenset[int]]]:
        btext = text.encode("utf-8", "surrogatepass")
        for leaf, offset, segid, deleted in self._leaves:
            yield offset, _CACHE.postings(segid, leaf, fieldname, btext), deleted

    def term(self, fieldname: str, text: str) -> set[int]:
        out: set[int] = set()
        for offset, (ids, _weights), _deleted in self._postings(fieldname, text):
            out.update(map(offset.__add__, ids) if offset else ids)
        if self._deleted:
            out -= self._deleted  # one set difference, not a test per posting
        return out

    def all_terms(self, fieldname: str, texts: Iterable[str]) -> set[int] | None:
        """Documents holding every term (None for no terms: no restriction)."""
        found: set[int] | None = None
        for text in texts:
            docs = self.term(fieldname, text)
            found = docs if found is None else found & docs
            if not found:
                return set()
        return found

    def any_term(self, fieldname: str, texts: Iterable[str]) -> set[int]:
        out: set[int] = set()
        for text in texts:
            out |= self.term(fieldname, text)
        return out

    def weights(self, fieldname: str, texts: Iterable[str], docs: set[int]) -> dict[int, float]:
        """Summed term counts of ``docs`` over ``texts`` (Whoosh's Frequency weighting)."""
        terms = list(dict.fromkeys(texts))
        if len(terms) == 1:  # most queries: the counts of one term, built in C
            counts: dict[int, float] = {}
            for offset, (ids, weights), _deleted in self._postings(fieldname, terms[0]):
                counts.update(zip(map(offset.__add__, ids) if offset else ids, weights,
                                  strict=True))  # fmt: skip
            return {d: counts.get(d, 0.0) for d in docs}
        scores = dict.fromkeys(docs, 0.0)
        get = scores.get
        for text in terms:
            for offset, (ids, weights), _deleted in self._postings(fieldname, text):
                for docnum, weight in zip(map(offset.__add__, ids) if offset else ids, weights,
                                          strict=True):  # fmt: skip
                    score = get(docnum)
                    if score is not None:
                        scores[docnum] = score + weight
        return scores

    def presence(self, fieldname: str, weights: dict[str, float]) -> dict[int, float]:
        """Per document, the summed weight of the given terms it holds (whatever their
        counts): related coverage scores candidates this way."""
        scores: dict[int, float] = {}
        get = scores.get
        for text, weight in weights.items():
            for offset, (ids, _weights), deleted in self._postings(fieldname, text):
                for local in ids:
                    if deleted and local in deleted:
                        continue
                    docnum = local + offset
                    scores[docnum] = get(docnum, 0.0) + weight
        return scores

    def live(self) -> set[int]:
        """Every document not deleted."""
        out: set[int] = set()
        for leaf, offset, _segid, deleted in self._leaves:
            out.update(d + offset for d in range(leaf.doc_count_all()) if d not in deleted)
        return out

    def dates(self) -> list[int]:
        """The date column by docnum (deleted documents included)."""
        if self._dates is None:
            dates: list[int] = []
            for leaf, _offset, segid, _deleted in self._leaves:
                column = _CACHE.dates.get(segid)
                if column is None:
                    column = _CACHE.dates[segid] = array("q", leaf.column_reader("date"))
                dates.extend(column)
            self._dates = dates
        return self._dates

    def all_ids(self) -> list[str]:
        """The article id of every docnum (deleted documents included), cached per segment:
        the whole list's matches are turned into ids at once (one at a time through the
        column reader, 50k matches took seconds)."""
        if self._all_ids is None:
            ids: list[str] = []
            for leaf, _offset, segid, _deleted in self._leaves:
                column = _CACHE.ids.get(segid)
                if column is None:
                    reader = leaf.column_reader("id")
                    column = _CACHE.ids[segid] = [str(v) for v in reader]
                ids.extend(column)
            self._all_ids = ids
        return self._all_ids

    def newest(self, docs: set[int], count: int) -> list[int]:
        """The ``count`` newest of ``docs`` (by date, then docnum, descending)."""
        dates = self.dates()
        if len(docs) < 4 * count or len(docs) < 2000:
            return heapq.nlargest(count, docs, key=lambda d: (dates[d], d))
        if self._newest_first is None:  # once per generation: ~50 ms at 96k
            self._newest_first = sorted(range(len(dates)), key=lambda d: (dates[d], d),
                                        reverse=True)  # fmt: skip
        found = []
        for docnum in self._newest_first:  # a large set: its newest come early in the order
            if docnum in docs:
                found.append(docnum)
                if len(found) == count:
                    break
        return found

    def article_id(self, docnum: int) -> str:
        # One document at a time: reading the whole column first cost `reader search` 83 ms
        # at 24k for the ~60 ids a search looks up.
        if self._ids is None:
            self._ids = self.reader.column_reader("id")  # ~4 ms a segment to open
        return str(self._ids[docnum])


def best(scores: dict[int, float], count: int) -> list[int]:
    """The ``count`` highest-scored documents (then lowest docnum), without a key call per
    document: the scores are small sums of term counts, so the count-th highest value is
    found from their histogram (C) and only documents at or above it are sorted."""
    if len(scores) <= count:
        return sorted(scores, key=lambda d: (-scores[d], d))
    histogram = Counter(scores.values())
    seen = 0
    threshold = 0.0
    for value in sorted(histogram, reverse=True):
        seen += histogram[value]
        threshold = value
        if seen >= count:
            break
    chosen = [d for d, score in scores.items() if score >= threshold]
    chosen.sort(key=lambda d: (-scores[d], d))
    return chosen[:count]

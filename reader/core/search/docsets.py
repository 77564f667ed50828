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
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, repeat
from operator import add, and_, mul
from typing import Any

from reader.core.search.blocks import TermBlocks, holding, read_term_blocks, top

CACHED_POSTINGS = 1_500_000  # decoded postings kept (8 bytes each: ~12 MB)
CACHED_BLOCK_BYTES = 48 << 20  # terms' raw posting bytes and block headers kept
PROBE_RATIO = 8  # a term in more than 8x the documents asked about is read by blocks

Postings = tuple["array[int]", "array[float]"]  # (docnums, weights): one term, one segment


class _Cache:
    """Decoded postings by (segment, field, term), least recently used dropped first."""

    def __init__(self) -> None:
        self.terms: OrderedDict[tuple[str, str, bytes], Postings] = OrderedDict()
        self.held = 0
        self.dates: dict[str, array[int]] = {}
        self.date_orders: dict[str, array[int]] = {}  # local docnums, newest first
        self.ids: dict[str, list[str]] = {}
        self.lock = threading.Lock()

    def postings(self, segid: str, leaf: Any, fieldname: str, btext: bytes) -> Postings:
        key = (segid, fieldname, btext)
        with self.lock:
            found = self.terms.get(key)
            if found is not None:
                self.terms.move_to_end(key)
                return found
        blocks = _BLOCKS.get(segid, leaf, fieldname, btext)
        found = blocks.all() if blocks is not None else (array("I"), array("f"))
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
            for segid in set(self.date_orders) - live:
                del self.date_orders[segid]
            for segid in set(self.ids) - live:
                del self.ids[segid]


class _BlockCache:
    """Terms' posting bytes and block headers by (segment, field, term), least recently
    used dropped first (``None``: the term is not in that segment)."""

    def __init__(self) -> None:
        self.terms: OrderedDict[tuple[str, str, bytes], TermBlocks | None] = OrderedDict()
        self.held = 0
        self.lock = threading.Lock()

    def get(self, segid: str, leaf: Any, fieldname: str, btext: bytes) -> TermBlocks | None:
        key = (segid, fieldname, btext)
        with self.lock:
            if key in self.terms:
                self.terms.move_to_end(key)
                return self.terms[key]
        found = read_term_blocks(leaf, fieldname, btext)
        with self.lock:
            self.terms[key] = found
            self.held += found.nbytes if found is not None else 64
            while self.held > CACHED_BLOCK_BYTES and len(self.terms) > 1:
                _key, dropped = self.terms.popitem(last=False)
                self.held -= dropped.nbytes if dropped is not None else 64
        return found

    def forget_all_but(self, live: set[str]) -> None:
        with self.lock:
            for key in [k for k in self.terms if k[0] not in live]:
                dropped = self.terms.pop(key)
                self.held -= dropped.nbytes if dropped is not None else 64


_CACHE = _Cache()
_BLOCKS = _BlockCache()


class DocSets:
    """Document sets, term counts and dates of one searcher's reader."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self._leaves: list[tuple[Any, int, str, frozenset[int]]] = []
        for leaf, offset in reader.leaf_readers():
            segid = leaf.segment().segment_id()
            self._leaves.append((leaf, offset, segid, frozenset(leaf.deleted_docs_set or ())))
        segids = {segid for _l, _o, segid, _d in self._leaves}
        _CACHE.forget_all_but(segids)
        _BLOCKS.forget_all_but(segids)
        self._deleted = {d + offset for _l, offset, _s, gone in self._leaves for d in gone}
        self._dates: Sequence[int] | None = None
        self._ids: dict[int, Any] = {}
        self._all_ids: list[str] | None = None
        self._offsets = [offset for _l, offset, _s, _d in self._leaves]
        self._df: dict[tuple[str, str], int] = {}  # counts of this generation
        self._live: dict[tuple[str, str], int] = {}

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

    def blocks(self, fieldname: str, text: str) -> list[tuple[TermBlocks, int, frozenset[int]]]:
        """The term's blocks, docnum offset and deleted docnums of each segment holding it."""
        return self._blocks(fieldname, text)

    def _blocks(self, fieldname: str, text: str) -> list[tuple[TermBlocks, int, frozenset[int]]]:
        btext = text.encode("utf-8", "surrogatepass")
        out = []
        for leaf, offset, segid, deleted in self._leaves:
            blocks = _BLOCKS.get(segid, leaf, fieldname, btext)
            if blocks is not None:
                out.append((blocks, offset, deleted))
        return out

    @property
    def leaves(self) -> list[tuple[Any, int, str, frozenset[int]]]:
        """(segment reader, docnum offset, segment id, deleted local docnums) per segment."""
        return self._leaves

    @staticmethod
    def term_blocks(segid: str, leaf: Any, fieldname: str, text: str) -> TermBlocks | None:
        """The term's blocks in one segment (kept across generations: segments never
        change); None when the segment does not hold it."""
        return _BLOCKS.get(segid, leaf, fieldname, text.encode("utf-8", "surrogatepass"))

    def df(self, fieldname: str, text: str) -> int:
        """Documents holding the term, deleted ones included (kept for this generation)."""
        key = (fieldname, text)
        found = self._df.get(key)
        if found is None:  # from the term tables (the postings are not read)
            found = self._df[key] = sum(
                leaf.doc_frequency(fieldname, text) for leaf, _o, _s, _d in self._leaves
            )
        return found

    def live_count(self, fieldname: str, text: str) -> int:
        """Documents holding the term, not deleted (only the blocks the deleted fall in are
        decoded; kept for this generation)."""
        key = (fieldname, text)
        found = self._live.get(key)
        if found is None:
            found = 0
            for blocks, _offset, deleted in self._blocks(fieldname, text):
                found += blocks.df
                if deleted:
                    found -= len(holding(blocks, sorted(deleted)))
            self._live[key] = found
        return found

    def top(self, fieldname: str, text: str, count: int) -> list[int]:
        """The ``count`` documents with the highest counts of the term, then the lowest
        docnums (``best`` of its weights), decoding only the blocks that can hold them."""
        return [docnum for _weight, docnum in top(self._blocks(fieldname, text), count)]

    def holding(self, fieldname: str, text: str, docs: Iterable[int]) -> dict[int, float]:
        """Of ``docs``, those holding the term, with its count; only the blocks they fall in
        are decoded (a few candidates against a term in half the library)."""
        ordered = sorted(docs)
        found: dict[int, float] = {}
        by_offset = {offset: blocks for blocks, offset, _d in self._blocks(fieldname, text)}
        start = 0
        for leaf, offset, _segid, deleted in self._leaves:
            end = bisect_left(ordered, offset + leaf.doc_count_all(), start)
            blocks = by_offset.get(offset)
            if blocks is not None and end > start:
                local = holding(blocks, [d - offset for d in ordered[start:end]])
                found.update((d + offset, w) for d, w in local.items() if d not in deleted)
            start = end
        return found

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

    def weights_of(self, fieldname: str, texts: Iterable[str], docs: set[int]) -> dict[int, float]:
        """``weights``, with a term in many more documents than ``docs`` read only in the
        blocks ``docs`` fall in."""
        terms = list(dict.fromkeys(texts))
        dense = [t for t in terms if self.df(fieldname, t) > PROBE_RATIO * len(docs)]
        if not dense:
            return self.weights(fieldname, terms, docs)
        scores = self.weights(fieldname, [t for t in terms if t not in dense], docs) if len(
            dense) < len(terms) else dict.fromkeys(docs, 0.0)  # fmt: skip
        for text in dense:
            for docnum, weight in self.holding(fieldname, text, docs).items():
                scores[docnum] += weight
        return scores

    def newest_holding(self, fieldname: str, text: str, count: int) -> list[int]:
        """The ``count`` newest documents holding the term (``newest`` of its set): a term in
        many documents is looked for down the date order, a page of docnums at a time, in
        the blocks they fall in; a rarer one is decoded."""
        live = self.live_count(fieldname, text)
        total = len(self.dates())
        if live == 0 or count <= 0:
            return []
        if live * PROBE_RATIO < total or live < 4 * count:
            return self.newest(self.term(fieldname, text), count)
        found: list[int] = []
        page = max(256, 4 * count * total // live)
        order = self.newest_first()
        while chunk := list(islice(order, page)):
            held = self.holding(fieldname, text, chunk)
            found.extend(d for d in chunk if d in held)
            if len(found) >= count:
                break
        return found[:count]

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

    def dates(self) -> Sequence[int]:
        """The date column by docnum (deleted documents included): an array, 8 bytes a
        document (a list held an int object each: 36 MB at a million)."""
        if self._dates is None:
            dates = array("q")
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
        found = []
        for docnum in self.newest_first():  # a large set: its newest come early in the order
            if docnum in docs:
                found.append(docnum)
                if len(found) == count:
                    break
        return found

    def newest_first(self) -> Iterator[int]:
        """Every docnum, newest first (date, then docnum, descending; deleted ones too):
        the segments' own date orders merged. A segment's order is sorted once and kept
        (segments never change), so an update's new segment costs its own sort only, where
        one order of the whole library was sorted again for every index generation (1M
        documents: ~2 s and ~50 MB while sorting)."""
        streams = []
        for leaf, offset, segid, _deleted in self._leaves:
            order = _CACHE.date_orders.get(segid)
            if order is None:
                column = _CACHE.dates.get(segid)
                if column is None:
                    column = _CACHE.dates[segid] = array("q", leaf.column_reader("date"))
                order = _CACHE.date_orders[segid] = self._date_order(column)
            streams.append(_keys(order, _CACHE.dates[segid], offset))
        return (-key[1] for key in heapq.merge(*streams))

    @staticmethod
    def _date_order(dates: Sequence[int]) -> array[int]:
        """Docnums newest first (date, then docnum, descending), as one int key each sorted
        in C (date * 2^24 + docnum: a segment holds fewer than 2^24 documents) instead of a
        tuple each (1M documents: ~140 MB of tuples while sorting)."""
        shift = 1 << 24
        keys = sorted(map(add, map(mul, dates, repeat(shift)), range(len(dates))), reverse=True)
        return array("I", map(and_, keys, repeat(shift - 1)))

    def article_id(self, docnum: int) -> str:
        # One document at a time: reading the whole column first cost `reader search` 83 ms
        # at 24k for the ~60 ids a search looks up. The column of the document's segment
        # only (~4 ms a segment to open: the library-wide reader opened all 40 of a million).
        i = bisect_right(self._offsets, docnum) - 1
        column = self._ids.get(i)
        if column is None:
            column = self._ids[i] = self._leaves[i][0].column_reader("id")
        return str(column[docnum - self._offsets[i]])


def _keys(order: Sequence[int], dates: Sequence[int], offset: int) -> Iterator[tuple[int, int]]:
    """A segment's (-date, -docnum) in its date order: ascending, they are newest first."""
    for local in order:
        yield -dates[local], -(local + offset)


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

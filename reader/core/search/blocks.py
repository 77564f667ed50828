"""A term's posting list in one segment, read in one piece and decoded a block at a time.

Whoosh's W3 format writes a term's postings as blocks of at most 128 documents, each with a
small header (its number of postings, last docnum, highest weight) before its compressed
data. Whoosh's matcher reads them with a seek and three reads per block; here the term's
bytes are read with one call and the headers parsed once, so a query can

- know a term's document frequency without decoding it (``df``),
- find the documents with the highest weights decoding only the blocks whose highest weight
  can still count (``top``: block-max, the way Lucene skips blocks for top-k),
- test whether given documents hold the term, decoding only the blocks they fall in
  (``holds``: a rare term's candidates checked against a common term's postings).

At a million articles a common bigram (中国) has ~500,000 postings in ~4,000 blocks:
decoding all of them costs ~50 ms, their headers ~6 ms, and the 60 best a few blocks.
"""

from __future__ import annotations

import heapq
import io
import pickle
import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate, repeat
from typing import Any

_INT = struct.Struct("!i")
KEPT_BLOCKS = 64  # decoded blocks a term keeps per segment (~1.2 KB each)
_MAGIC = 4  # b"W3Bl" before the first block of a term


class TermBlocks:
    """Block headers of one term in one segment, with its raw bytes (or, for postings Whoosh
    inlined in the term table, the decoded postings as one block)."""

    __slots__ = ("_decoded", "comps", "counts", "df", "ends", "maxids", "maxweights", "raw",
                 "starts")  # fmt: skip

    def __init__(self) -> None:
        self.raw = b""
        self.starts = array("I")  # data offset of each block in raw
        self.ends = array("I")
        self.counts = array("I")
        self.maxids = array("I")  # last (highest) docnum of each block, segment-local
        self.maxweights = array("f")
        self.comps = bytearray()
        self.df = 0
        self._decoded: dict[int, tuple[array[int], array[float]]] = {}

    @property
    def nbytes(self) -> int:
        """Held bytes, counting the decoded blocks it may keep."""
        kept = min(len(self.counts), KEPT_BLOCKS) * 1200
        return len(self.raw) + 21 * len(self.counts) + kept + 128

    def block(self, i: int) -> tuple[array[int], array[float]]:
        """Block ``i``'s docnums (segment-local, increasing) and weights; the last
        ``KEPT_BLOCKS`` decoded are kept (the best blocks of a term serve every query)."""
        found = self._decoded.get(i)
        if found is not None:
            return found
        found = self._decode(i)
        if self.raw:  # inlined postings are kept as decoded anyway
            self._decoded[i] = found
            if len(self._decoded) > KEPT_BLOCKS:
                del self._decoded[next(iter(self._decoded))]
        return found

    def _decode(self, i: int) -> tuple[array[int], array[float]]:
        data = self.raw[self.starts[i] : self.ends[i]]
        if self.comps[i]:
            data = zlib.decompress(data)
        deltas, weights, _values = pickle.loads(data)
        ids = array("I", accumulate(deltas))
        count = len(ids)
        if weights is None or isinstance(weights, float | int):
            w = array("f", repeat(1.0 if weights is None else float(weights), count))
        else:
            w = array("f", weights)
        return ids, w

    def all(self) -> tuple[array[int], array[float]]:
        ids, weights = array("I"), array("f")
        for i in range(len(self.counts)):
            block_ids, block_weights = self.block(i)
            ids.extend(block_ids)
            weights.extend(block_weights)
        return ids, weights

    def block_of(self, docnum: int) -> int:
        """The block that would hold ``docnum`` (len(blocks) when past the last)."""
        return bisect_left(self.maxids, docnum)


def read_term_blocks(leaf: Any, fieldname: str, btext: bytes) -> TermBlocks | None:
    """The term's blocks in a segment reader (None: not in this segment)."""
    terms = leaf._terms
    if (fieldname, btext) not in terms:
        return None
    info = terms.term_info(fieldname, btext)
    found = TermBlocks()
    found.df = info.doc_frequency()
    if info.is_inlined():
        ids, weights, _values = info.inlined_postings()
        found.counts.append(len(ids))
        found.maxids.append(ids[-1] if ids else 0)
        found.maxweights.append(max(weights) if weights else 0.0)
        found.starts.append(0)
        found.ends.append(0)
        found.comps.append(0)
        found._decoded[0] = (array("I", ids), array("f", weights))
        return found
    offset, length = info.extent()
    if isinstance(length, tuple):  # Whoosh 2.7's W3TermInfo.from_bytes leaves it a 1-tuple
        (length,) = length
    raw = terms._postfile.get(offset, length)
    found.raw = raw
    stream = io.BytesIO(raw)
    load = pickle.load
    pos = _MAGIC
    size = len(raw)
    while pos < size:
        (blen,) = _INT.unpack_from(raw, pos)
        last = blen < 0
        blen = -blen if last else blen
        stream.seek(pos + _INT.size)
        count, maxid, maxweight, comp, _minlen, _maxlen = load(stream)
        end = pos + _INT.size + blen
        found.starts.append(stream.tell())
        found.ends.append(end)
        found.counts.append(count)
        found.maxids.append(maxid)
        found.maxweights.append(maxweight)
        found.comps.append(1 if comp else 0)
        pos = end
        if last:
            break
    return found


Scored = tuple[float, int]  # (weight, docnum) with docnum global


def top(terms: Iterable[tuple[TermBlocks, int, frozenset[int]]], count: int) -> list[Scored]:
    """The ``count`` highest-weighted postings over segments (``(blocks, offset, deleted)``),
    highest weight first, then lowest docnum: Whoosh's Frequency order for one term. Blocks
    are decoded from the highest block maximum down, until no block left can beat the
    ``count``-th weight found."""
    if count <= 0:
        return []
    order: list[tuple[float, int, int]] = []  # (-block max weight, segment, block)
    segments = list(terms)
    for s, (blocks, _offset, _deleted) in enumerate(segments):
        order.extend((-w, s, i) for i, w in enumerate(blocks.maxweights))
    order.sort()
    heap: list[tuple[float, int]] = []  # (weight, -docnum): the smallest is the one to drop
    for neg_max, s, i in order:
        if len(heap) >= count and -neg_max < heap[0][0]:
            break
        blocks, offset, deleted = segments[s]
        ids, weights = blocks.block(i)
        for local, weight in zip(ids, weights, strict=True):
            if deleted and local in deleted:
                continue
            item = (weight, -(local + offset))
            if len(heap) < count:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
    return [(w, -d) for w, d in sorted(heap, reverse=True)]


def holding(blocks: TermBlocks, docnums: Iterable[int]) -> dict[int, float]:
    """Of ``docnums`` (segment-local, increasing), those holding the term, with its weight;
    only the blocks they fall in are decoded."""
    found: dict[int, float] = {}
    current = -1
    here: dict[int, float] = {}
    maxids = blocks.maxids
    last = len(maxids)
    for docnum in docnums:
        if current < 0 or docnum > maxids[current]:
            current = bisect_left(maxids, docnum, current + 1 if current >= 0 else 0)
            if current >= last:
                break
            ids, weights = blocks.block(current)
            here = dict(zip(ids, weights, strict=True))
        weight = here.get(docnum)
        if weight is not None:
            found[docnum] = weight
    return found

"""The best or newest documents holding every one of several terms, without intersecting
their whole posting lists.

A query of several index terms (a phrase's bigrams, two words) was answered by intersecting
every posting of its terms and summing their counts for every candidate: Python work that
grows with the library. At 232k articles `"美国总统"` (24k candidates out of terms in 100k
documents) spent ~55 ms there, ~4x that at a million. Here, once the rarest term is in more
than ``EXACT_BELOW`` documents:

- **by relevance** (2-3 terms), the blocks of the term with the highest counts are visited
  from the highest upper bound down (the block's highest count plus, for every other term,
  the highest count of its blocks over the same docnums: block-max, as ``blocks.top`` does
  for one term); each visited block's documents are checked against the other terms in the
  blocks they fall in, and the visit stops when no block left can beat the pool's lowest
  sum. The pool is the one that summing every candidate gave (highest sum, then lowest
  docnum);
- **by date**, the documents are looked for down the date order a page at a time
  (``DocSets.newest_holding`` for several terms);
- **the count** is estimated from an even sample of the rarest term's blocks: the share of
  their documents that hold every term, times the rarest term's documents. The search
  already says "about N" past ``VERIFY_ALL_LIMIT`` candidates; an estimate near that
  limit is not trusted and the caller intersects exactly.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from itertools import islice
from typing import TYPE_CHECKING

from reader.core.search.blocks import TermBlocks, holding

if TYPE_CHECKING:
    from reader.core.search.docsets import DocSets

EXACT_BELOW = 4096  # the rarest term in fewer documents: intersect exactly (cheap enough)
SAMPLE_BLOCKS = 24  # blocks of the rarest term looked at for the count
TRUSTED_ABOVE = 2  # an estimate under 2x the caller's exact-count limit is not trusted
# More terms: the rarest-first intersection narrows fast, and the sum of the terms' block
# maxima bounds loosely (at 232k `"香港国安法"`, four terms: 30 -> 54 ms; five-term
# phrases 60 -> 97 ms by block-max).
MAX_TERMS = 3
BUDGET_SHARE = 1  # block-max gives up past as many postings as the terms hold

Segment = tuple[int, frozenset[int], list[TermBlocks | None]]  # offset, deleted, per term


def _segments(sets: DocSets, terms: list[str]) -> list[Segment]:
    """Per segment holding the first term (a required one): its blocks of each term (None:
    the term is not in that segment)."""
    out: list[Segment] = []
    for leaf, offset, segid, deleted in sets.leaves:
        found = [sets.term_blocks(segid, leaf, "content", t) for t in terms]
        if found[0] is not None:
            out.append((offset, deleted, found))
    return out


def _holding_all(segment: Segment, block: int, required: int) -> tuple[list[int], list[float]]:
    """Of the first term's documents in its ``block`` (deleted ones left out), those holding
    the first ``required`` terms, with the summed counts of every term."""
    _offset, deleted, blocks = segment
    ids, weights = blocks[0].block(block)  # type: ignore[union-attr]
    sums = dict(zip(ids, weights, strict=True))
    for d in deleted.intersection(sums) if deleted else ():
        del sums[d]
    for k, term_blocks in enumerate(blocks[1:], start=1):
        if not sums:
            break
        if term_blocks is None:
            if k < required:
                return [], []
            continue
        held = holding(term_blocks, list(sums))
        if k < required:
            sums = {d: s + held[d] for d, s in sums.items() if d in held}
        else:
            for d, weight in held.items():
                sums[d] += weight
    return list(sums), list(sums.values())


def _bound(blocks: TermBlocks | None, lo: int, hi: int) -> float | None:
    """The highest count the term can have in docnums lo..hi (None: no block covers them)."""
    if blocks is None:
        return None
    first = bisect_left(blocks.maxids, lo)
    if first >= len(blocks.maxids):
        return None
    last = min(bisect_left(blocks.maxids, hi), len(blocks.maxids) - 1)
    return max(blocks.maxweights[first : last + 1])


def estimate(sets: DocSets, terms: list[str], required: int) -> int:
    """About how many live documents hold the first ``required`` terms (the first the rarest),
    from an even sample of the rarest term's blocks."""
    segments = _segments(sets, terms)
    everywhere = [
        (s, i)
        for s, (_offset, _deleted, blocks) in enumerate(segments)
        for i in range(len(blocks[0].counts))  # type: ignore[union-attr]
    ]
    if not everywhere:
        return 0
    step = max(1, len(everywhere) // SAMPLE_BLOCKS)
    seen = held = 0
    for s, i in everywhere[::step]:
        segment = segments[s]
        ids, _weights = segment[2][0].block(i)  # type: ignore[union-attr]
        seen += len(ids) - len(segment[1].intersection(ids))
        held += len(_holding_all(segment, i, required)[0])
    live = sets.live_count("content", terms[0])
    return round(live * held / seen) if seen else 0


def best_holding(
    sets: DocSets, terms: list[str], required: int, count: int, budget: int | None = None
) -> list[int] | None:
    """The ``count`` documents holding the first ``required`` terms with the highest summed
    counts of all ``terms``, then the lowest docnums (the order ``docsets.best`` gives).
    None when more than ``budget`` postings would be looked at (loose bounds: many terms,
    each block's maximum far above the sums found)."""
    segments = _segments(sets, terms)
    order: list[tuple[float, int, int]] = []  # (-upper bound, segment, block)
    for s, (_offset, _deleted, blocks) in enumerate(segments):
        rarest = blocks[0]
        assert rarest is not None
        previous = -1
        for i, (maxid, top) in enumerate(zip(rarest.maxids, rarest.maxweights, strict=True)):
            lo, previous = previous + 1, maxid
            bound = float(top)
            for k, other in enumerate(blocks[1:], start=1):
                found = _bound(other, lo, maxid)
                if found is None:
                    if k < required:
                        break
                    continue
                bound += found
            else:
                order.append((-bound, s, i))
    order.sort()
    heap: list[tuple[float, int]] = []  # (sum, -docnum): the smallest is the one to drop
    for neg_bound, s, i in order:
        if len(heap) >= count and -neg_bound < heap[0][0]:
            break
        offset = segments[s][0]
        if budget is not None:
            budget -= len(terms) * segments[s][2][0].counts[i]  # type: ignore[union-attr]
            if budget < 0:
                return None
        docs, sums = _holding_all(segments[s], i, required)
        for local_doc, score in zip(docs, sums, strict=True):
            item = (score, -(local_doc + offset))
            if len(heap) < count:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
    return [-d for _score, d in sorted(heap, reverse=True)]


def newest_holding(sets: DocSets, terms: list[str], count: int, expected: int) -> list[int]:
    """The ``count`` newest documents holding every term (``DocSets.newest`` of their
    intersection): looked for down the date order, a page at a time, in the blocks the
    page's documents fall in."""
    found: list[int] = []
    total = len(sets.dates())
    page = max(256, 4 * count * total // max(expected, 1))
    order = sets.newest_first()
    while chunk := list(islice(order, page)):
        keep = set(chunk)
        for term in terms:
            keep &= sets.holding("content", term, keep).keys()
            if not keep:
                break
        found.extend(d for d in chunk if d in keep)
        if len(found) >= count:
            break
    return found[:count]


def large_and(
    sets: DocSets, terms: list[str], weighted: list[str], by_date: bool, pool: int, exact: int
) -> tuple[list[int], int] | None:
    """The pool of an AND of ``terms`` ranked by the summed counts of ``weighted`` (or by
    date), and about how many documents hold every term; None when the rarest term is in
    few documents or the estimate is under ``TRUSTED_ABOVE`` x ``exact``: the caller then
    intersects exactly."""
    rarest_first = sorted(terms, key=lambda t: sets.df("content", t))
    if len(terms) > MAX_TERMS or sets.df("content", rarest_first[0]) < EXACT_BELOW:
        return None
    weights = list(dict.fromkeys(weighted))
    if not set(terms) <= set(weights):
        return None
    ordered = rarest_first + [t for t in weights if t not in terms]
    candidates = estimate(sets, ordered, len(terms))
    if candidates < TRUSTED_ABOVE * exact:
        return None
    if by_date:
        return newest_holding(sets, rarest_first, pool, candidates), candidates
    # Led by the term with the highest counts: its blocks' maxima dominate the bounds, so
    # the bounds are tight (`欧盟 中国` at 232k led by 欧盟: 120 of its 133 blocks visited,
    # each bounded by 中国's highest count over ~9 of 中国's blocks, each decoded; led by
    # 中国: 169 of 993 blocks, one 欧盟 block each).
    lead = max(terms, key=lambda t: _highest(sets, t))
    led = [lead, *(t for t in ordered if t != lead)]
    # The whole intersection reads every posting of every term once: past that many, it is
    # the cheaper way (`"新冠肺炎疫情"` at 232k, five terms: 360 blocks visited, 230k
    # postings looked at, slower than intersecting; at a quarter of it, `欧盟 中国` gave up
    # too, at 43k of 143k, where block-max took half the time).
    budget = sum(sets.df("content", t) for t in ordered) // BUDGET_SHARE
    found = best_holding(sets, led, len(terms), pool, budget)
    return None if found is None else (found, candidates)


def _highest(sets: DocSets, term: str) -> float:
    """The term's highest count in any document (from its blocks' headers)."""
    return max((max(b.maxweights, default=0.0) for b, _o, _d in sets.blocks("content", term)),
               default=0.0)  # fmt: skip

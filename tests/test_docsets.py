"""Ranking helpers of the document sets: the same order as a plain sort, by a cheaper way."""

from __future__ import annotations

import heapq
import random

from reader.core.search.docsets import DocSets, best


def test_best_is_the_highest_scores_then_the_lowest_docnums() -> None:
    rng = random.Random(4)
    for size, count in ((0, 5), (3, 5), (5000, 60), (5000, 1), (20000, 400)):
        scores = {d: float(rng.randint(1, 12)) for d in rng.sample(range(100_000), size)}
        expected = sorted(scores, key=lambda d: (-scores[d], d))[:count]
        assert best(scores, count) == expected


class _Leaf:
    """A segment reader with a date column only."""

    def __init__(self, name: str, dates: list[int]) -> None:
        self.name, self.dates = name, dates

    def column_reader(self, _field: str) -> list[int]:
        return self.dates


def test_newest_is_the_latest_dates_then_the_highest_docnums() -> None:
    rng = random.Random(5)
    sets = object.__new__(DocSets)  # only the date columns matter here: three segments
    dates = [rng.randint(0, 500) for _ in range(30_000)]  # many equal dates
    bounds = ((0, 9000), (9000, 21000), (21000, 30000))
    sets._leaves = [
        (_Leaf(f"s{i}", dates[start:end]), start, f"test-seg-{i}", frozenset())
        for i, (start, end) in enumerate(bounds)
    ]
    sets._dates = dates
    for size, count in ((10, 60), (1500, 60), (25_000, 60), (3000, 400), (30_000, 2000)):
        docs = set(rng.sample(range(30_000), size))
        expected = heapq.nlargest(count, docs, key=lambda d: (dates[d], d))
        assert sets.newest(docs, count) == expected
    everything = sorted(range(30_000), key=lambda d: (dates[d], d), reverse=True)
    assert list(sets.newest_first()) == everything

"""Several terms answered without intersecting their postings (reader/core/search/
conjunction.py) against the whole intersection: the same pool by summed counts, the same
newest, a count near the exact one, and the same hits from a search; over four segments
with deleted documents."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import pytest

from reader.core.search import conjunction
from reader.core.search.api import SearchOptions
from reader.core.search.docsets import DocSets, best
from reader.core.search.engine import LibraryIndex
from reader.core.search.fold import term_counts
from tests.segmentkit import segmented_index

WORDS = ["中国", "美国", "香港", "疫苗", "选举", "经济"]


def _article(rng: random.Random, n: int) -> str:
    # A few words, each repeated 1-20 times: counts (weights) vary, blocks' maxima differ.
    words = rng.sample(WORDS, rng.randint(1, 4))
    body = "".join(w * rng.randint(1, 20) + "。" for w in words)
    when = f"2020-{1 + (n * 7) % 12:02d}-{1 + n % 28:02d}T0{n % 10}:00:00Z"
    return (f"---\ntitle: 第{n}篇 {words[0]}\ndate: {when}\nfrom: https://example.com/{n}\n"
            f"---\n<p>{body}</p>\n")  # fmt: skip


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryIndex]:
    found = segmented_index(
        tmp_path_factory.mktemp("conjunction"), tmp_path_factory.mktemp("data"), _article, 33
    )
    yield found
    found.close()


@pytest.fixture
def sets(index: LibraryIndex) -> Iterator[DocSets]:
    with index.locked_sets() as found:
        assert found is not None and len(found.leaves) >= 4
        yield found


def _bigram(word: str) -> str:
    (term,) = [t for t in term_counts(word) if t.startswith("#")]
    return term


def _intersection(sets: DocSets, terms: list[str]) -> set[int]:
    docs = sets.term("content", terms[0])
    for term in terms[1:]:
        docs &= sets.term("content", term)
    return docs


def _combinations() -> Iterator[list[str]]:
    terms = [_bigram(w) for w in WORDS]
    yield from (list(c) for c in itertools.combinations(terms, 2))
    yield from (list(c) for c in itertools.combinations(terms[:4], 3))


def test_best_holding_is_the_pool_of_the_whole_intersection(sets: DocSets) -> None:
    for terms in _combinations():
        docs = _intersection(sets, terms)
        assert docs, terms
        for count in (1, 20, 60, 400):
            expected = best(sets.weights_of("content", terms, docs), count)
            assert conjunction.best_holding(sets, terms, len(terms), count) == expected
            assert conjunction.best_holding(sets, terms, len(terms), count, 0) is None
        # led by any of them (the engine leads with the highest counts), and with a term
        # that only adds to the sums (the weights of a query's other needles)
        pool = best(sets.weights_of("content", terms, docs), 60)
        assert conjunction.best_holding(sets, terms[::-1], len(terms), 60) == pool
        extra = next(t for t in (_bigram(w) for w in WORDS) if t not in terms)
        weights = sets.weights_of("content", [*terms, extra], docs)
        assert conjunction.best_holding(sets, [*terms, extra], len(terms), 60) == best(weights, 60)


def test_newest_holding_is_the_newest_of_the_intersection(sets: DocSets) -> None:
    for terms in _combinations():
        docs = _intersection(sets, terms)
        for count in (1, 60, 200):
            expected = sets.newest(docs, count)
            assert conjunction.newest_holding(sets, terms, count, len(docs)) == expected


def test_the_estimate_is_exact_when_every_block_is_sampled_and_near_it_otherwise(
    sets: DocSets, monkeypatch: pytest.MonkeyPatch
) -> None:
    for terms in _combinations():
        rarest = sorted(terms, key=lambda t: sets.df("content", t))
        exact = len(_intersection(sets, rarest))
        assert conjunction.estimate(sets, rarest, len(rarest)) == exact
    monkeypatch.setattr(conjunction, "SAMPLE_BLOCKS", 3)
    for terms in _combinations():
        rarest = sorted(terms, key=lambda t: sets.df("content", t))
        exact = len(_intersection(sets, rarest))
        assert abs(conjunction.estimate(sets, rarest, len(rarest)) - exact) <= 0.35 * exact


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_a_search_shows_the_same_hits_either_way_and_says_about(
    index: LibraryIndex, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    queries = ["中国 美国", "香港 疫苗 经济", '"中国美国"', "选举 中国 -香港"]
    options = SearchOptions(sort=sort)
    monkeypatch.setattr(conjunction, "EXACT_BELOW", 10**9)  # always the whole intersection
    exact = {q: index.search(q, options) for q in queries}
    monkeypatch.setattr(conjunction, "EXACT_BELOW", 0)
    monkeypatch.setattr(conjunction, "TRUSTED_ABOVE", 0)
    monkeypatch.setattr(conjunction, "BUDGET_SHARE", 10**-9)  # never gives up
    monkeypatch.setattr(conjunction, "MAX_TERMS", 10)
    for q in queries:
        found = index.search(q, options)
        assert [h.id for h in found.hits] == [h.id for h in exact[q].hits], q
        assert [h.snippet for h in found.hits] == [h.snippet for h in exact[q].hits], q
        assert found.approximate
        assert abs(found.total - exact[q].total) <= 0.1 * exact[q].total, q


def test_few_documents_are_intersected_exactly(index: LibraryIndex) -> None:
    """Under EXACT_BELOW documents for the rarest term (every small library), nothing
    changes: the count is exact up to VERIFY_ALL_LIMIT candidates."""
    found = index.search("中国 美国 香港 疫苗")
    assert found.total > 0
    with index.locked_sets() as sets:
        assert sets is not None
        terms = [_bigram(w) for w in ["中国", "美国", "香港", "疫苗"]]
        assert max(sets.df("content", t) for t in terms) < conjunction.EXACT_BELOW
        assert conjunction.large_and(sets, terms, terms, False, 60, 400) is None
        assert len(_intersection(sets, terms)) <= 400
    assert not found.approximate

"""Posting blocks read by hand (reader/core/search/blocks.py) against whole decoded postings:
counts, top-k, holding and the newest, over several segments with deleted documents."""

from __future__ import annotations

import random

import pytest

from reader.core.search.docsets import DocSets, best
from reader.core.search.fold import term_counts
from tests.segmentkit import segmented_index

# Common words (in ~40% of the articles: several blocks of 128 per segment, read by probing)
# and a rare one (decoded whole).
WORDS = ["中国", "美国", "香港", "疫苗", "选举", "经济"]
RARE = "人权"


def _article(rng: random.Random, n: int) -> str:
    # A few words, repeated a random number of times: counts (weights) vary from 1 to ~20.
    words = rng.sample(WORDS, rng.randint(1, 4)) + ([RARE] if rng.random() < 0.05 else [])
    body = "".join(w * rng.randint(1, 20) + "。" for w in words)
    day = 1 + n % 28
    month = 1 + (n * 7) % 12
    when = f"2020-{month:02d}-{day:02d}T0{n % 10}:00:00Z"
    return (f"---\ntitle: 第{n}篇 {words[0]}\ndate: {when}\nfrom: https://example.com/{n}\n"
            f"categories: [ 测试 ]\n---\n<p>{body}</p>\n")  # fmt: skip


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> DocSets:
    index = segmented_index(
        tmp_path_factory.mktemp("blocks"), tmp_path_factory.mktemp("data"), _article, 25
    )
    searcher = index._get_searcher()
    assert searcher is not None
    docsets = DocSets(searcher.reader())
    assert len(docsets._leaves) >= 4 and docsets._deleted
    # several blocks per segment for the common words
    blocks = docsets._blocks("content", _terms()[0])
    assert sum(len(b.counts) >= 2 for b, _o, _d in blocks) >= 3
    return docsets


def _terms() -> list[str]:
    return [t for w in [*WORDS, RARE] for t in term_counts(w) if t.startswith("#")]


def test_counts_equal_the_decoded_postings(sets: DocSets) -> None:
    for term in _terms():
        assert sets.live_count("content", term) == len(sets.term("content", term))
        assert sets.df("content", term) >= len(sets.term("content", term))


def test_top_equals_best_of_all_weights(sets: DocSets) -> None:
    for term in _terms():
        docs = sets.term("content", term)
        weights = sets.weights("content", [term], docs)
        for count in (1, 20, 60, len(docs) + 5):
            assert sets.top("content", term, count) == best(weights, count), (term, count)


def test_holding_equals_the_intersection(sets: DocSets) -> None:
    rng = random.Random(3)
    everything = sorted(sets.live())
    for term in _terms():
        docs = set(rng.sample(everything, 200))
        held = sets.holding("content", term, docs)
        assert set(held) == docs & sets.term("content", term)
        all_weights = sets.weights("content", [term], docs)
        assert all(all_weights[d] == w for d, w in held.items())
        assert sets.weights_of("content", [term], docs) == all_weights


def test_newest_holding_equals_the_newest_of_the_set(sets: DocSets) -> None:
    for term in _terms():
        for count in (1, 20, 60):
            expected = sets.newest(sets.term("content", term), count)
            assert sets.newest_holding("content", term, count) == expected, (term, count)


def test_related_presence_keeps_every_document_that_can_reach_the_share(sets: DocSets) -> None:
    from reader.core.search.related_articles import presence

    rng = random.Random(7)
    terms = _terms()
    for _ in range(20):
        weights = {t: rng.uniform(0.1, 5.0) for t in rng.sample(terms, rng.randint(2, 6))}
        needed = 0.2 * sum(weights.values())
        full = sets.presence("content", weights)
        pruned = presence(sets, weights, needed)
        reaching = {d: s for d, s in full.items() if s >= needed}
        assert {d: pruned[d] for d in reaching} == pytest.approx(reaching)
        assert all(s < needed for d, s in full.items() if d not in pruned)

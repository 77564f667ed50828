"""Related articles: the same story in other reports, found by shared distinctive terms
(tf-idf over the index's term sets) and closeness in time, without Whoosh's collector."""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from reader.core.search.api import SearchHit
from reader.core.search.catalog import CatalogEntry
from reader.core.search.docsets import DocSets
from reader.core.search.fold import fold, is_cjk, term_counts

if TYPE_CHECKING:
    from reader.core.search.engine import LibraryIndex

# Related coverage must share at least this much: of the seed's story-term weight (in its
# text), and of its title's idf weight (in the other's title). On the real corpus (500
# random seeds, their 32 best candidates each) candidates published more than 180 days apart
# (look-alikes, not the same story) passed both with 0.47%, those within 3 days with 23.2%;
# the title share alone: 0.81% / 23.5%; the text share alone could not tell them apart (its
# 99th percentile for look-alikes was 0.70, digests of the day's news reached 1.0).
RELATED_MIN_SHARE = 0.2
RELATED_MIN_TITLE_SHARE = 0.18
# ...or, within two days, most of each other's story terms: in a small library the title's
# idf weights say little (the seeds' two reports of one call share 7% of title weight, 83%
# of story terms). Both ways: a digest of the day's news holds most of any article's terms.
# Real corpus, 500 random seeds: 330 -> 343 with related coverage, 82 links added (a sample
# of 25: 21 the same event); one way only added 401, with digests. Median 12 -> 13 ms.
RELATED_CLOSE_SHARE = 0.5
RELATED_CLOSE_DAYS = 2.0


def related_articles(index: LibraryIndex, article_id: str, limit: int = 8) -> list[SearchHit]:
    """Articles about the same story as ``article_id``: shared distinctive terms, close
    in time, best first (the caller reports index damage)."""
    with index.locked_sets() as sets:
        if sets is None:
            return []
        entry = index.catalog.entry(article_id)
        if entry is None:
            return []
        folded = dict(index.catalog.texts([article_id], folded=True)).get(article_id, "")
        weights = story_terms(sets, entry.title, folded)
        if not weights:
            return []
        mass = sum(weights.values())
        # Scored by presence: a candidate's score is the weight of the seed's terms it
        # holds, so score / mass is the share of the story's terms it shares (0..1).
        # (Whoosh's collector over the 30 terms took 130 ms at 24k, 540 ms at 96k.)
        scores = presence(sets, weights, RELATED_MIN_SHARE * mass)
        best = heapq.nlargest(limit * 4 + 1, scores, key=lambda d: (scores[d], -d))
        found = [(sets.article_id(d), scores[d] / mass) for d in best]
        title_weights = title_terms(sets, entry.title)
    title_mass = sum(title_weights.values())
    entries = index.catalog.entries([i for i, _ in found if i != article_id])
    scored: list[tuple[float, CatalogEntry]] = []
    for found_id, share in found:
        other = entries.get(found_id)
        if other is None or share < RELATED_MIN_SHARE:
            continue
        shared = title_weights.keys() & title_terms_of(other.title)
        title_share = sum(title_weights[t] for t in shared) / title_mass if title_mass else 0
        days = None
        if entry.published and other.published:
            days = abs((entry.published - other.published).total_seconds()) / 86400
        if title_share < RELATED_MIN_TITLE_SHARE and not (
            days is not None
            and days <= RELATED_CLOSE_DAYS
            and share >= RELATED_CLOSE_SHARE
            and shares_back(index, other, folded) >= RELATED_CLOSE_SHARE
        ):
            continue  # a look-alike: other news told with some of the same words
        score = share if days is None else share / (1.0 + days / 10.0)
        scored.append((score, other))
    scored.sort(key=lambda s: -s[0])
    return [
        SearchHit(e.id, e.title, e.source, e.published, e.path, e.url, s) for s, e in scored[:limit]
    ]


def presence(sets: DocSets, weights: dict[str, float], needed: float) -> dict[int, float]:
    """``sets.presence`` of the documents that can reach ``needed`` (MaxScore pruning):
    the lightest terms whose weights add up to less than that cannot make a candidate
    by themselves, so the candidates are the documents of the other terms, and the light
    terms (the common ones: at 1M, tens of thousands of documents each) are only looked
    up for those, in the blocks they fall in. Every document left out scores below
    ``needed``, which ``related_articles`` drops anyway."""
    light: list[str] = []
    total = 0.0
    for term in sorted(weights, key=lambda t: (weights[t], t)):
        if total + weights[term] >= needed:
            break
        total += weights[term]
        light.append(term)
    heavy = {t: w for t, w in weights.items() if t not in light}
    scores = sets.presence("content", heavy)
    for term in light:
        for docnum in sets.holding("content", term, scores):
            scores[docnum] += weights[term]
    return scores


def shares_back(index: LibraryIndex, other: CatalogEntry, folded: str) -> float:
    """The share of ``other``'s story terms that the text ``folded`` holds: a digest of
    the day's news holds most of an article's terms, the article few of the digest's."""
    text = dict(index.catalog.texts([other.id], folded=True)).get(other.id, "")
    with index.locked_sets() as sets:
        if sets is None:
            return 0.0
        weights = story_terms(sets, other.title, text)
    mass = sum(weights.values())
    held = term_counts(folded).keys() & weights.keys()
    return sum(weights[t] for t in held) / mass if mass else 0.0


def title_terms_of(title: str) -> set[str]:
    """A title's bigrams and words (single CJK characters say little)."""
    return {t for t in term_counts(fold(title)) if not (len(t) == 1 and is_cjk(t))}


def title_terms(sets: DocSets, title: str) -> dict[str, float]:
    """The title's terms weighted by rarity (idf; a term every article has weighs 0)."""
    total_docs = max(sets.reader.doc_count(), 1)
    weights = {}
    for term in title_terms_of(title):
        df = sets.df("content", term)
        if df:
            weights[term] = math.log(total_docs / df)
    return weights


def story_terms(sets: DocSets, title: str, folded: str) -> dict[str, float]:
    """The article's most distinctive terms (bigrams and words, title terms counted
    thrice) with tf-idf weights. Terms in more than a fifth of the library are left out,
    but never below 50 articles: in a small library that would leave out everything a
    story's articles share."""
    total_docs = max(sets.reader.doc_count(), 1)
    counts = term_counts(folded[:3000])
    title_terms = term_counts(fold(title))
    weights: dict[str, float] = {}
    for term, tf in counts.items():
        if len(term) == 1 and is_cjk(term):
            continue  # single characters say little about a story
        df = sets.df("content", term)
        if df <= 1 or df > max(50, total_docs * 0.2):
            continue
        boost = 3.0 if term in title_terms else 1.0
        weights[term] = boost * (1 + math.log(tf)) * math.log(total_docs / df)
    return {t: weights[t] for t in sorted(weights, key=lambda t: -weights[t])[:30]}

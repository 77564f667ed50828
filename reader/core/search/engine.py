"""Searching a library: Whoosh finds candidates, the folded text in the catalog verifies them.

A needle (a word or phrase of the query) matches where its folded form occurs as a substring
of the folded title+text; a needle starting with a Latin letter or digit must start a word.
Index terms (CJK characters, hashed CJK bigrams, words) only narrow the candidates, so recall
equals a substring search and precision is exact.
"""

from __future__ import annotations

import contextlib
import heapq
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.filedb.filestore import FileStorage
from whoosh.searching import Searcher

from reader.core.i18n import tr
from reader.core.paths import display_path
from reader.core.search.api import SearchHit, SearchOptions, SearchResults
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.search.docsets import DocSets, best
from reader.core.search.fold import fold, is_cjk, needle_terms, term_counts
from reader.core.search.highlight import find_spans, make_snippet
from reader.core.search.index_state import incomplete_reason
from reader.core.search.layout import CancelFn, IndexLayout, ProgressFn, UpdateSummary
from reader.core.search.matching import Matches, all_matches
from reader.core.search.query import Needle, ParsedQuery, parse_query
from reader.core.search.schema import VERSION_KEY, VERSION_STAMP
from reader.core.search.whoosh_damage import whoosh_damage
from reader.core.storage import IndexDamaged, is_damage

VERIFY_ALL_LIMIT = 400  # candidates verified for an exact count; beyond, the count is estimated
RERANK_POOL = 60  # top candidates (by index score) verified and re-ranked by exact counts
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


class LibraryIndex:
    """A library's catalog + search index in the user data dir. Thread-safe for searching."""

    def __init__(self, library: Path, data_root: Path | None = None) -> None:
        self.library = Path(library).expanduser().resolve()
        self.layout = IndexLayout.of(self.library, data_root)
        self._lock = threading.RLock()
        self._ix: whoosh_index.Index | None = None
        self._searcher: Searcher | None = None
        self._catalog: Catalog | None = None
        self._names: dict[str, list[str]] = {}
        self._docsets: DocSets | None = None

    # -- life cycle ----------------------------------------------------------------------
    def update(
        self,
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        workers: int | None = None,
        lock_timeout: float = 0.0,
    ) -> UpdateSummary:
        # The indexer (and the whole parser chain) only where an update runs: a searching
        # process or `reader search` does not pay for importing it.
        from reader.core.search.indexer import Indexer

        self.close()  # a rebuild may replace the files under an open searcher
        summary = Indexer(self.library, self.layout).update(
            rebuild=rebuild, progress=progress, cancel=cancel, workers=workers,
            lock_timeout=lock_timeout,
        )  # fmt: skip
        return summary

    def is_usable(self) -> bool:
        """Whether searching can start without an update: a completed index of this format
        that no reader found damaged. Cheap (one catalog row, the index's table of contents):
        the whole-file checks run in updates, where damage is rebuilt."""
        layout = self.layout
        if not layout.catalog_path.exists() or layout.damage_mark.exists():
            return False
        try:
            if self.catalog.get_meta(VERSION_KEY) != VERSION_STAMP:
                return False
        except Exception as exc:
            if not is_damage(exc) and "no such table" not in str(exc):
                raise
            return False
        try:
            return bool(whoosh_index.exists_in(str(layout.whoosh_dir)))
        except Exception as exc:  # its table of contents cannot be read: rebuild
            if not whoosh_damage(exc):
                raise
            layout.mark_damaged(tr("found while searching: {why}", why=repr(exc)))
            return False

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            self._ix = None
            self._docsets = None
            if self._catalog is not None:
                self._catalog.close()
                self._catalog = None

    @property
    def catalog(self) -> Catalog:
        with self._lock:
            if self._catalog is None:
                # Read-only: searching never writes, and a read-write open runs schema and
                # journal statements that wait for the indexer process's write lock.
                self._catalog = Catalog(self.layout.catalog_path, readonly=True)
            return self._catalog

    def _get_searcher(self) -> Searcher | None:
        with self._lock:
            if self._searcher is not None:
                try:
                    fresh = self._searcher.refresh()  # cheap when nothing changed
                except Exception:  # the index was replaced under it: open it again
                    self.close()
                else:
                    if fresh is not self._searcher:
                        self._names.clear()  # a new generation: sources may have changed
                        self._docsets = None
                    self._searcher = fresh
                    return self._searcher
            if not whoosh_index.exists_in(str(self.layout.whoosh_dir)):
                return None
            # Plain reads, not mmap: mapped index pages would count as the app's memory.
            storage = FileStorage(str(self.layout.whoosh_dir), supports_mmap=False)
            ix = storage.open_index()
            if ix.doc_count_all() == 0:
                # Created but nothing committed yet (the first build is running). Whoosh's
                # reader of an empty index cannot refresh or read columns: ask again later.
                ix.close()
                return None
            self._ix = ix
            # Term-frequency weighting: BM25 read each candidate's length from disk (3x the
            # query time) and the pool it picks is re-ranked by exact verification anyway.
            self._searcher = ix.searcher(weighting=scoring.Frequency())
            self._names.clear()
            self._docsets = None
            return self._searcher

    def _sets(self, searcher: Searcher) -> DocSets:
        if self._docsets is None:
            self._docsets = DocSets(searcher.reader())
        return self._docsets

    def _known(self, kind: str) -> list[str]:
        """Source or category names (cached per index generation)."""
        if kind not in self._names:
            rows = self.catalog.sources() if kind == "source" else self.catalog.categories()
            self._names[kind] = [name for name, _ in rows]
        return self._names[kind]

    # -- searching -----------------------------------------------------------------------
    @staticmethod
    def _has_terms(needle: Needle) -> bool:
        terms = needle_terms(needle.folded)
        return bool(terms.exact or terms.prefix)

    def _filtered(
        self, sets: DocSets, parsed: ParsedQuery, options: SearchOptions, docs: set[int] | None
    ) -> set[int] | None:
        """``docs`` (None: every document) narrowed to the sources, categories and dates
        asked for; None when nothing restricts."""
        sources = list(options.sources)
        if parsed.sources:
            known = self._known("source")
            wanted = [fold(s) for s in parsed.sources]
            sources += [n for n in known if any(w in fold(n) for w in wanted)] or ["\0none"]
        if sources:
            found = sets.any_term("source", sources)
            docs = found if docs is None else docs & found
        if parsed.categories:
            known_cats = self._known("category")
            wanted = [fold(c) for c in parsed.categories]
            cats = [fold(n) for n in known_cats if any(w in fold(n) for w in wanted)]
            found = sets.any_term("category", cats or ["\0none"])
            docs = found if docs is None else docs & found
        lo = parsed.date_from or options.date_from
        hi = parsed.date_to or options.date_to
        if lo or hi:
            first = int(lo.timestamp()) if lo else -(2**63)
            last = int(hi.timestamp()) - 1 if hi else 2**63 - 1
            dates = sets.dates()
            pool = sets.live() if docs is None else docs
            docs = {d for d in pool if first <= dates[d] <= last}
        return docs

    @staticmethod
    def _query_terms(sets: DocSets, parsed: ParsedQuery) -> list[str]:
        terms: list[str] = []
        for needle in parsed.needles:
            found = needle_terms(needle.folded)
            terms.extend(found.exact)
            if found.prefix:
                prefixed = sets.reader.expand_prefix("content", found.prefix)
                terms.extend(t.decode("utf-8") for t in prefixed)
        return terms

    def _needle_docs(self, sets: DocSets, needle: Needle) -> set[int]:
        terms = needle_terms(needle.folded)
        found = sets.all_terms("content", terms.exact)
        if terms.prefix:
            reader = sets.reader
            words = [t.decode("utf-8") for t in reader.expand_prefix("content", terms.prefix)]
            expanded = sets.any_term("content", words)
            found = expanded if found is None else found & expanded
        return found if found is not None else set()

    def _verify(self, folded: str, parsed: ParsedQuery) -> float | None:
        """Exact check of one candidate; returns a relevance score or None."""
        cut = folded.find("\n")
        title = folded if cut == -1 else folded[:cut]
        score = 0.0
        for group in parsed.groups:
            best = 0.0
            for needle in group:
                haystack = title if needle.title_only else folded
                text = needle.folded
                if needle.negated:  # "-中国 OR 台湾": this clause holds where 中国 is absent
                    if not find_spans(haystack, text):
                        best = max(best, 0.5)
                    continue
                if is_cjk(text[0]) and " " not in text:  # no word edges to respect: in C
                    found = haystack.count(text)
                    in_title = found > 0 and text in title
                else:
                    found = len(find_spans(haystack, text))
                    in_title = found > 0 and bool(find_spans(title, text))
                if found:
                    best = max(best, 1.0 + math.log(found) + (2.0 if in_title else 0.0))
            if best == 0.0:
                return None
            score += best
        for needle in parsed.excluded:
            if find_spans(title if needle.title_only else folded, needle.folded):
                return None
        return score / (1.0 + math.log1p(len(folded) / 4000))

    @contextlib.contextmanager
    def _damage_reported(self) -> Iterator[None]:
        """A damaged catalog met while reading: say so in words and leave a mark that makes
        the next update rebuild it (the catalog is a cache of the library: nothing is lost)."""
        try:
            yield
        except IndexDamaged:
            raise
        except Exception as exc:
            if whoosh_damage(exc):
                self.close()
                self.layout.mark_damaged(tr("found while searching: {why}", why=repr(exc)))
                raise IndexDamaged(
                    tr("The search index {path} is damaged ({why}); the next index update "
                       "rebuilds it from the library.", path=display_path(self.layout.whoosh_dir),
                       why=f"{type(exc).__name__}: {exc}")
                ) from exc  # fmt: skip
            if not is_damage(exc):
                raise
            self.close()
            self.layout.mark_damaged(tr("found while searching: {why}", why=exc))
            raise IndexDamaged(
                tr("The search catalog {path} is damaged ({why}); the next index update "
                   "rebuilds it from the library.",
                   path=display_path(self.layout.catalog_path), why=exc)
            ) from exc  # fmt: skip

    def search(self, query: str, options: SearchOptions | None = None) -> SearchResults:
        with self._damage_reported():
            results = self._search(query, options)
            results.incomplete = incomplete_reason(self.layout, lambda: self.catalog)
            return results

    def matches(self, query: str, options: SearchOptions | None = None) -> Matches:
        """Every match, exactly (the list, `reader search --count`, the histogram)."""
        with self._damage_reported():
            return all_matches(self, query, options)

    def related(self, article_id: str, limit: int = 8) -> list[SearchHit]:
        """Articles about the same story: shared distinctive terms, close in time."""
        with self._damage_reported():
            return self._related(article_id, limit)

    def _search(self, query: str, options: SearchOptions | None = None) -> SearchResults:
        options = options or SearchOptions()
        started = time.perf_counter()
        parsed = parse_query(query)
        results = SearchResults(query, fallback=parsed.fallback, terms_left_out=parsed.left_out)
        results.needles = tuple(n.folded for n in parsed.needles)
        if parsed.is_empty and not (options.sources or options.date_from or options.date_to):
            return results
        with self._lock:
            searcher = self._get_searcher()
            if searcher is None:
                return results
            self._search_into(searcher, parsed, options, results)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def _candidates(
        self, sets: DocSets, parsed: ParsedQuery, options: SearchOptions
    ) -> tuple[set[int], bool] | None:
        """The documents the index says may match (after filters), and whether they must be
        verified against the text; None when nothing can match."""
        docs: set[int] | None = None
        needs_verify = bool(parsed.excluded)
        for group in parsed.groups:
            if any(n.negated for n in group):  # holds where a word is absent: verified only
                needs_verify = True
                continue
            if not any(self._has_terms(n) for n in group):
                return None  # nothing the index can look up (punctuation only)
            needs_verify = (
                needs_verify
                or len(group) > 1
                or any(needle_terms(n.folded).verify or n.title_only for n in group)
            )
            found: set[int] = set()
            for needle in group:
                found |= self._needle_docs(sets, needle)
            docs = found if docs is None else docs & found
            if not docs:
                return None
        docs = self._filtered(sets, parsed, options, docs)
        return (sets.live() if docs is None else docs), needs_verify

    def _search_into(
        self,
        searcher: Searcher,
        parsed: ParsedQuery,
        options: SearchOptions,
        results: SearchResults,
    ) -> None:
        sets = self._sets(searcher)
        found = self._candidates(sets, parsed, options)
        if found is None:
            return
        docs, needs_verify = found
        by_date = options.sort == "date" or not parsed.groups
        want = options.limit
        # Every candidate is counted from its set; only the pool that is verified (and shown)
        # is ranked: by date from the column, by relevance through Whoosh's top-k search.
        candidates = len(docs)
        verify_all = needs_verify and candidates <= VERIFY_ALL_LIMIT
        pool = candidates if verify_all else (max(RERANK_POOL, want * 3) if needs_verify else want)
        if by_date:
            ranked = sets.newest(docs, pool)
        else:  # Whoosh's Frequency order: summed counts of the query's terms, then docnum
            ranked = best(sets.weights("content", self._query_terms(sets, parsed), docs), pool)
        check_ids = [sets.article_id(d) for d in ranked]
        scored: list[tuple[float, int, str]] = []  # (score, rank, id)
        folded_texts: dict[str, str] = {}  # the catalog's folded copies (no re-folding)
        verified = checked = 0
        if not needs_verify:
            scored = [(0.0, rank, i) for rank, i in enumerate(check_ids)]
            verified = checked = len(check_ids)
        else:
            folded_texts.update(self.catalog.texts(check_ids, folded=True))
            for rank, article_id in enumerate(check_ids):
                folded = folded_texts.get(article_id)
                checked += 1
                if folded is None:
                    continue
                score = self._verify(folded, parsed)
                if score is not None:
                    verified += 1
                    scored.append((score, rank, article_id))
        if not by_date and parsed.groups:
            scored.sort(key=lambda s: (-s[0], s[1]))
        if not needs_verify:
            results.total = candidates
        elif verify_all:
            results.total = verified
        else:
            results.total = round(candidates * verified / max(checked, 1))
            results.approximate = True
        top = scored[:want]
        top_ids = [i for _, _, i in top]
        entries = self.catalog.entries(top_ids)
        originals = dict(self.catalog.texts(top_ids, folded=False))
        missing = [i for i in top_ids if i not in folded_texts]
        folded_texts.update(self.catalog.texts(missing, folded=True))
        needles = [n.folded for n in parsed.needles]
        for score, _, article_id in top:
            entry = entries.get(article_id)
            if entry is None:
                continue
            title_spans, snippet, snippet_spans = make_snippet(
                originals.get(article_id, entry.title), folded_texts.get(article_id, ""), needles
            )
            results.hits.append(
                SearchHit(
                    entry.id, entry.title, entry.source, entry.published, entry.path,
                    entry.url, score, tuple(title_spans), snippet, tuple(snippet_spans),
                )
            )  # fmt: skip

    # -- more like this --------------------------------------------------------------------
    def _related(self, article_id: str, limit: int = 8) -> list[SearchHit]:
        with self._lock:
            searcher = self._get_searcher()
            if searcher is None:
                return []
            entry = self.catalog.entry(article_id)
            if entry is None:
                return []
            folded = dict(self.catalog.texts([article_id], folded=True)).get(article_id, "")
            weights = self._story_terms(searcher, entry.title, folded)
            if not weights:
                return []
            mass = sum(weights.values())
            # Scored by presence: a candidate's score is the weight of the seed's terms it
            # holds, so score / mass is the share of the story's terms it shares (0..1).
            # (Whoosh's collector over the 30 terms took 130 ms at 24k, 540 ms at 96k.)
            sets = self._sets(searcher)
            scores = sets.presence("content", weights)
            best = heapq.nlargest(limit * 4 + 1, scores, key=lambda d: (scores[d], -d))
            found = [(sets.article_id(d), scores[d] / mass) for d in best]
            title_weights = self._title_terms(searcher, entry.title)
        title_mass = sum(title_weights.values())
        entries = self.catalog.entries([i for i, _ in found if i != article_id])
        scored: list[tuple[float, CatalogEntry]] = []
        for found_id, share in found:
            other = entries.get(found_id)
            if other is None or share < RELATED_MIN_SHARE:
                continue
            shared = title_weights.keys() & self._title_terms_of(other.title)
            title_share = sum(title_weights[t] for t in shared) / title_mass if title_mass else 0
            days = None
            if entry.published and other.published:
                days = abs((entry.published - other.published).total_seconds()) / 86400
            if title_share < RELATED_MIN_TITLE_SHARE and not (
                days is not None
                and days <= RELATED_CLOSE_DAYS
                and share >= RELATED_CLOSE_SHARE
                and self._shares_back(other, folded) >= RELATED_CLOSE_SHARE
            ):
                continue  # a look-alike: other news told with some of the same words
            score = share if days is None else share / (1.0 + days / 10.0)
            scored.append((score, other))
        scored.sort(key=lambda s: -s[0])
        return [
            SearchHit(e.id, e.title, e.source, e.published, e.path, e.url, s)
            for s, e in scored[:limit]
        ]

    def _shares_back(self, other: CatalogEntry, folded: str) -> float:
        """The share of ``other``'s story terms that the text ``folded`` holds: a digest of
        the day's news holds most of an article's terms, the article few of the digest's."""
        text = dict(self.catalog.texts([other.id], folded=True)).get(other.id, "")
        with self._lock:
            searcher = self._get_searcher()
            if searcher is None:
                return 0.0
            weights = self._story_terms(searcher, other.title, text)
        mass = sum(weights.values())
        held = term_counts(folded).keys() & weights.keys()
        return sum(weights[t] for t in held) / mass if mass else 0.0

    @staticmethod
    def _title_terms_of(title: str) -> set[str]:
        """A title's bigrams and words (single CJK characters say little)."""
        return {t for t in term_counts(fold(title)) if not (len(t) == 1 and is_cjk(t))}

    def _title_terms(self, searcher: Searcher, title: str) -> dict[str, float]:
        """The title's terms weighted by rarity (idf; a term every article has weighs 0)."""
        total_docs = max(searcher.doc_count(), 1)
        weights = {}
        for term in self._title_terms_of(title):
            df = searcher.doc_frequency("content", term)
            if df:
                weights[term] = math.log(total_docs / df)
        return weights

    @staticmethod
    def _story_terms(searcher: Searcher, title: str, folded: str) -> dict[str, float]:
        """The article's most distinctive terms (bigrams and words, title terms counted
        thrice) with tf-idf weights. Terms in more than a fifth of the library are left out,
        but never below 50 articles: in a small library that would leave out everything a
        story's articles share."""
        total_docs = max(searcher.doc_count(), 1)
        counts = term_counts(folded[:3000])
        title_terms = term_counts(fold(title))
        weights: dict[str, float] = {}
        for term, tf in counts.items():
            if len(term) == 1 and is_cjk(term):
                continue  # single characters say little about a story
            df = searcher.doc_frequency("content", term)
            if df <= 1 or df > max(50, total_docs * 0.2):
                continue
            boost = 3.0 if term in title_terms else 1.0
            weights[term] = boost * (1 + math.log(tf)) * math.log(total_docs / df)
        return {t: weights[t] for t in sorted(weights, key=lambda t: -weights[t])[:30]}

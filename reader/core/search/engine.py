"""Searching a library: Whoosh finds candidates, the folded text in the catalog verifies them.

A needle (a word or phrase of the query) matches where its folded form occurs as a substring
of the folded title+text; a needle starting with a Latin letter or digit must start a word.
Index terms (CJK characters, hashed CJK bigrams, words) only narrow the candidates, so recall
equals a substring search and precision is exact.
"""

from __future__ import annotations

import contextlib
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
from reader.core.search import conjunction
from reader.core.search.api import SearchHit, SearchOptions, SearchResults
from reader.core.search.catalog import Catalog
from reader.core.search.docsets import PROBE_RATIO, DocSets, best
from reader.core.search.fold import fold, is_cjk, needle_terms
from reader.core.search.highlight import find_spans, make_snippet
from reader.core.search.index_state import incomplete_reason
from reader.core.search.layout import CancelFn, IndexLayout, ProgressFn, UpdateSummary
from reader.core.search.matching import Matches, all_matches
from reader.core.search.query import Needle, ParsedQuery, parse_query
from reader.core.search.related_articles import related_articles
from reader.core.search.schema import VERSION_KEY, VERSION_STAMP
from reader.core.search.whoosh_damage import whoosh_damage
from reader.core.storage import IndexDamaged, is_damage

VERIFY_ALL_LIMIT = 400  # candidates verified for an exact count; beyond, the count is estimated
RERANK_POOL = 60  # top candidates (by index score) verified and re-ranked by exact counts


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

    @staticmethod
    def _and_terms(parsed: ParsedQuery) -> list[str] | None:
        """The terms every match holds, when that is all the index is asked (every group one
        needle, no word prefix): the query is then an AND of terms. None otherwise."""
        terms: list[str] = []
        for group in parsed.groups:
            if any(n.negated for n in group):  # may hold without any term: no restriction
                continue
            if len(group) != 1:
                return None
            found = needle_terms(group[0].folded)
            if found.prefix:
                return None
            terms.extend(found.exact)
        return list(dict.fromkeys(terms)) or None

    @staticmethod
    def _intersect(sets: DocSets, terms: list[str]) -> set[int]:
        """Documents holding every term: the rarest term's set, narrowed by each next one;
        a term in many more documents than are left is checked in the blocks they fall in
        (中国 in half of a million articles against a few thousand candidates), not decoded
        whole."""
        ranked = sorted(terms, key=lambda t: sets.df("content", t))
        docs = sets.term("content", ranked[0])
        for term in ranked[1:]:
            if not docs:
                break
            if sets.df("content", term) > PROBE_RATIO * len(docs):
                docs = set(sets.holding("content", term, docs))
            else:
                docs &= sets.term("content", term)
        return docs

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
    def locked_sets(self) -> Iterator[DocSets | None]:
        """The index's term sets while its lock is held (None: there is no index yet)."""
        with self._lock:
            searcher = self._get_searcher()
            yield None if searcher is None else self._sets(searcher)

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
            return related_articles(self, article_id, limit)

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

    def _needs_verify(self, parsed: ParsedQuery) -> bool | None:
        """Whether the index's candidates must be verified against the text; None when
        nothing can match (a clause with nothing the index can look up)."""
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
        return needs_verify

    def _candidates(
        self, sets: DocSets, parsed: ParsedQuery, options: SearchOptions
    ) -> tuple[set[int], bool] | None:
        """The documents the index says may match (after filters), and whether they must be
        verified against the text; None when nothing can match. An AND of terms narrows
        the rarest term's set (``_intersect``)."""
        needs_verify = self._needs_verify(parsed)
        if needs_verify is None:
            return None
        docs: set[int] | None = None
        terms = self._and_terms(parsed)
        if terms is not None:
            docs = self._intersect(sets, terms)
            if not docs:
                return None
        else:
            for group in parsed.groups:
                if any(n.negated for n in group):
                    continue
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
        needs_verify = self._needs_verify(parsed)
        if needs_verify is None:
            return
        by_date = options.sort == "date" or not parsed.groups
        want = options.limit
        pool_size = max(RERANK_POOL, want * 3) if needs_verify else want
        terms = self._and_terms(parsed)
        filtered = bool(options.sources or parsed.sources or parsed.categories
                        or parsed.date_from or parsed.date_to or options.date_from
                        or options.date_to)  # fmt: skip
        ranked: list[int]
        large = None
        if terms is not None and len(terms) > 1 and not filtered and needs_verify:
            weighted = self._query_terms(sets, parsed)
            large = conjunction.large_and(sets, terms, weighted, by_date, pool_size,
                                          VERIFY_ALL_LIMIT)  # fmt: skip
        if terms is not None and len(terms) == 1 and not filtered:
            # One term (most queries): counted from the term table, the pool taken from the
            # blocks that can hold it; nothing the size of the library is built.
            (term,) = terms
            candidates = sets.live_count("content", term)
            verify_all = needs_verify and candidates <= VERIFY_ALL_LIMIT
            pool = candidates if verify_all else pool_size
            if by_date:
                ranked = sets.newest_holding("content", term, pool)
            else:
                ranked = sets.top("content", term, pool)
        elif large is not None:  # several terms, the rarest in many documents
            ranked, candidates = large
            verify_all = False
        else:
            found = self._candidates(sets, parsed, options)
            if found is None:
                return
            docs = found[0]
            # Every candidate is counted from its set; only the pool that is verified (and
            # shown) is ranked: by date from the column, by relevance from term counts.
            candidates = len(docs)
            verify_all = needs_verify and candidates <= VERIFY_ALL_LIMIT
            pool = candidates if verify_all else pool_size
            if by_date:
                ranked = sets.newest(docs, pool)
            else:  # Whoosh's Frequency order: summed counts of the query's terms, then docnum
                weights = sets.weights_of("content", self._query_terms(sets, parsed), docs)
                ranked = best(weights, pool)
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

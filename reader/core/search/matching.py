"""Every match of a query, exactly: what the one list holds when it searches, and what `reader
search --count` and the histogram count.

``LibraryIndex.search`` ranks and shows a page; past VERIFY_ALL_LIMIT candidates it estimates
the count ("about 12,537"). Here every candidate is verified against the catalog's folded
text, so the count is exact and the histogram of the list adds up to it.

Articles the catalog already lists but Whoosh does not hold yet (a first build commits Whoosh
once per 25,000 articles, the catalog every 500) are searched in the catalog's text directly,
so a search during the first build keeps up with what is listed instead of answering from
nothing until the build ends.
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.search.api import SearchHit, SearchOptions
from reader.core.search.fold import fold
from reader.core.search.query import ParsedQuery, parse_query

if TYPE_CHECKING:
    from reader.core.search.catalog import Catalog
    from reader.core.search.docsets import DocSets
    from reader.core.search.engine import LibraryIndex

TEXT_CHUNK = 500  # folded texts read (and decompressed) at a time


class Superseded(Exception):
    """The window asked something newer: this list answer's verification stopped between
    chunks (a common word at a million articles verifies for tens of seconds, and the
    search process answers one request at a time: the next search waited for it)."""


# The stop file of the list answer running in this process, if its caller gave one: its
# existence says the answer is no longer wanted (one stat per TEXT_CHUNK texts).
_stop_file: list[str] = []


def _check_stop() -> None:
    if _stop_file and os.path.exists(_stop_file[0]):
        raise Superseded


@dataclass
class Matches:
    query: str
    ids: list[str] = field(default_factory=list)  # every match, best first
    needles: tuple[str, ...] = ()  # folded needles, for highlighting
    fallback: bool = False  # the query's syntax was not understood: searched as words
    terms_left_out: int = 0  # the query was cut (query.py's bounds): terms not searched
    scanned: int = 0  # articles not in the index yet, searched in the catalog's text
    elapsed_ms: float = 0.0


def all_matches(index: LibraryIndex, query: str, options: SearchOptions | None = None) -> Matches:
    """Every article matching ``query`` (its own filters included: ``source:``, ``date:``),
    by relevance (exact verification score, then term counts), or newest first when the
    query has no words or ``options.sort`` is "date"."""
    options = options or SearchOptions()
    started = time.perf_counter()
    parsed = parse_query(query)
    answer = Matches(query, needles=tuple(n.folded for n in parsed.needles),
                     fallback=parsed.fallback, terms_left_out=parsed.left_out)  # fmt: skip
    if parsed.is_empty:
        return answer
    scored: list[tuple[float, int, str]] = []  # (score, date, id)
    in_index: set[str] = set()
    searcher: Any = None
    with index._lock:
        searcher = index._get_searcher()
        if searcher is not None:
            cache = _cache_of(index, searcher)
            key = (query, options.sources, options.date_from, options.date_to)
            if key in cache and not _lagging_count(index.catalog, searcher):
                cache.move_to_end(key)  # dragging days, buckets, outlets: the same matches
                found = cache[key]
                answer.ids = _ordered(list(found), parsed, options)
                answer.elapsed_ms = (time.perf_counter() - started) * 1000
                return answer
            sets = index._sets(searcher)
            in_index = set(_index_ids(sets))
            scored = _from_index(index, sets, parsed, options)
    lagging = _lagging(index.catalog, in_index)
    if lagging:
        answer.scanned = len(lagging)
        scored.extend(_scan(index, parsed, lagging))
    if searcher is not None and not lagging:
        with index._lock:
            cache = _cache_of(index, searcher)
            cache[(query, options.sources, options.date_from, options.date_to)] = tuple(scored)
            while len(cache) > CACHED_QUERIES:
                cache.popitem(last=False)
    answer.ids = _ordered(scored, parsed, options)
    answer.elapsed_ms = (time.perf_counter() - started) * 1000
    return answer


CACHED_QUERIES = 8  # recent queries' verified matches, per index generation


def _cache_of(index: LibraryIndex, searcher: object) -> OrderedDict[tuple[object, ...], Any]:
    """Verified matches of recent queries while the index stays the same (a generation is
    one searcher): choosing days, buckets or outlets asks again with the same words, and
    verifying 中国 at 96k articles takes seconds."""
    held = getattr(index, "_matches_cache", None)
    if held is None or held[0] is not searcher:
        held = (searcher, OrderedDict())
        index._matches_cache = held  # type: ignore[attr-defined]
    cache: OrderedDict[tuple[object, ...], Any] = held[1]
    return cache


def _lagging_count(catalog: Catalog, searcher: Any) -> int:
    """How many listed articles the index lacks (a first build): then nothing is cached."""
    (count,) = catalog.db.execute("SELECT count(*) FROM articles").fetchone()
    return max(0, int(count) - int(searcher.doc_count()))


def _ordered(
    scored: list[tuple[float, int, str]], parsed: ParsedQuery, options: SearchOptions
) -> list[str]:
    if options.sort == "date" or not parsed.groups:
        scored = sorted(scored, key=lambda s: (-s[1], s[2]))
    else:
        scored = sorted(scored, key=lambda s: (-s[0], -s[1], s[2]))
    return [article_id for _score, _date, article_id in scored]


def _index_ids(sets: DocSets) -> list[str]:
    ids = sets.all_ids()
    live = sets.live()
    return [ids[d] for d in live]


def _from_index(
    index: LibraryIndex, sets: DocSets, parsed: ParsedQuery, options: SearchOptions
) -> list[tuple[float, int, str]]:
    found = index._candidates(sets, parsed, SearchOptions(sources=options.sources,
                                                          date_from=options.date_from,
                                                          date_to=options.date_to))  # fmt: skip
    if found is None:
        return []
    docs, needs_verify = found
    ids, dates = sets.all_ids(), sets.dates()
    if not needs_verify:
        weights = sets.weights("content", index._query_terms(sets, parsed), docs)
        return [(weights.get(d, 0.0), dates[d], ids[d]) for d in docs]
    by_id = {ids[d]: d for d in docs}
    scored = []
    wanted = list(by_id)
    for start in range(0, len(wanted), TEXT_CHUNK):
        _check_stop()
        for article_id, folded in index.catalog.texts(wanted[start : start + TEXT_CHUNK],
                                                      folded=True):  # fmt: skip
            score = index._verify(folded, parsed)
            if score is not None:
                scored.append((score, dates[by_id[article_id]], article_id))
    return scored


def _lagging(catalog: Catalog, in_index: set[str]) -> list[str]:
    """Listed articles the index does not hold yet (none once an update completed)."""
    (count,) = catalog.db.execute("SELECT count(*) FROM articles").fetchone()
    if count == len(in_index):
        return []
    return [r[0] for r in catalog.db.execute("SELECT id FROM articles") if r[0] not in in_index]


def _scan(index: LibraryIndex, parsed: ParsedQuery, ids: list[str]) -> list[tuple[float, int, str]]:
    """Verify articles against their folded text alone (no index terms), with the query's
    own filters read from their catalog rows."""
    catalog = index.catalog
    wanted_sources = [fold(s) for s in parsed.sources]
    wanted_cats = [fold(c) for c in parsed.categories]
    lo = int(parsed.date_from.timestamp()) if parsed.date_from else None
    hi = int(parsed.date_to.timestamp()) if parsed.date_to else None
    scored = []
    for start in range(0, len(ids), TEXT_CHUNK):
        _check_stop()
        chunk = ids[start : start + TEXT_CHUNK]
        entries = catalog.entries(chunk)
        for article_id, folded in catalog.texts(chunk, folded=True):
            entry = entries.get(article_id)
            if entry is None:
                continue
            when = int(entry.published.timestamp()) if entry.published else 0
            if wanted_sources and not any(w in fold(entry.source) for w in wanted_sources):
                continue
            if wanted_cats and not any(w in fold(c) for w in wanted_cats for c in entry.categories):
                continue
            if (lo is not None and when < lo) or (hi is not None and when >= hi):
                continue
            score = index._verify(folded, parsed) if parsed.groups else 0.0
            if score is not None:
                scored.append((score, when, article_id))
    return scored


def hits_for(index: LibraryIndex, ids: list[str], needles: tuple[str, ...]) -> list[SearchHit]:
    """The list's rows as search hits: title spans, a snippet around the first match and its
    spans (asked for the rows being shown, a page at a time)."""
    from reader.core.search.highlight import make_snippet

    catalog = index.catalog
    entries = catalog.entries(ids)
    originals = dict(catalog.texts(ids, folded=False))
    folded = dict(catalog.texts(ids, folded=True))
    hits = []
    for article_id in ids:
        entry = entries.get(article_id)
        if entry is None:
            continue
        title_spans, snippet, spans = make_snippet(
            originals.get(article_id, entry.title), folded.get(article_id, ""), list(needles)
        )
        hit = SearchHit(entry.id, entry.title, entry.source, entry.published, entry.path,
                        entry.url, 0.0, tuple(title_spans), snippet, tuple(spans))  # fmt: skip
        hits.append(hit)
    return hits


def list_answer(
    index: LibraryIndex,
    query: object,
    page: int = 60,
    stop_file: str | None = None,
    **options: object,
) -> object:
    """The window's list for a search (``reader.core.archive.answer``), with the hits of its
    first ``page`` rows: one call of the search process. None when ``stop_file`` came to
    exist before the matches were verified (the window asked something newer)."""
    from reader.core.archive.answer import answer
    from reader.core.search.index_state import incomplete_reason

    _stop_file[:] = [stop_file] if stop_file else []
    try:
        found = answer(index, query, **options)  # type: ignore[arg-type]
    except Superseded:
        return None
    finally:
        _stop_file.clear()
    found.hits = hits_for(index, list(found.ids[:page]), found.needles)
    found.incomplete = incomplete_reason(index.layout, lambda: index.catalog)
    return found

"""The one list's answer, worked out off the GUI thread: the library's sources with their
unread counts (the sidebar), the list's ids in order, its histogram, and story rows.

Without a search, SQL in this worker thread (SQLite runs it in C, so the GUI thread keeps the
GIL); with one, the search process finds the exact matches, filters, orders and counts them
(``reader.core.search.matching.list_answer``) and this thread only waits on its pipe.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.archive.answer import ListAnswer
from reader.core.archive.query import ListQuery
from reader.core.archive.selection import UserFiles, select
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.stories.grouping import STORY_ROW, group_rows, memberships
from reader.ui.list_model import CHUNK

if TYPE_CHECKING:
    from reader.core.search.service import SearchService
    from reader.ui.library_controller import Listing

FIRST_HITS = 60  # rows of a search answered with their snippets; later rows ask as shown


@dataclass(frozen=True)
class ListRequest:
    query: ListQuery
    read: frozenset[str] = frozenset()  # read ids now (the sources' unread counts)
    files: UserFiles = UserFiles()  # noqa: RUF009 (frozen)
    grouped: bool = False
    order: str = "date"
    descending: bool = True
    by: str = "auto"  # histogram buckets: auto, day, week, month
    by_source: bool = False
    around: str | None = None  # the row the list keeps (its rows are read with the listing)


def rows_by_id(path: Path, ids: list[str]) -> dict[str, CatalogEntry]:
    """The list's rows, read on this worker's own connection."""
    if not path.exists():
        return {}
    catalog = Catalog(path, readonly=True)
    try:
        return catalog.entries(ids)
    finally:
        catalog.close()


def first_rows(rows: list[str], around: str | None) -> list[str]:
    """The articles the list paints first: its top, and the rows around the one it keeps
    (a chunk of the lazy model's each, ``list_model.CHUNK``)."""
    picked = rows[:CHUNK]
    if around is not None:
        try:
            at = rows.index(around)
        except ValueError:
            at = -1
        if at >= CHUNK:
            picked += rows[max(CHUNK, at - CHUNK // 2) : at + CHUNK // 2]
    return [i for i in picked if not i.startswith(STORY_ROW)]


def list_work(path: Path, request: ListRequest, searches: SearchService | None) -> Listing:
    from reader.ui.library_controller import Listing, merge_sources

    searched = request.query.text.strip() if searches is not None else ""
    if not path.exists():  # nothing indexed yet: an empty answer (the search says none)
        return Listing(searched=searched)
    found: ListAnswer | None = None
    if searches is not None:
        try:
            found = searches.call(
                "list_answer", request.query, FIRST_HITS, files=request.files,
                order=request.order, descending=request.descending, by=request.by,
                by_source=request.by_source,
            )  # fmt: skip
        except Exception as exc:
            if "no such table" in str(exc):  # a first build's catalog, before its tables
                return Listing(searched=searched)
            raise
    catalog = Catalog(path, readonly=True)
    try:
        done = catalog.sources_of(request.read)
        aliases = catalog.host_aliases()
        totals = catalog.sources()
        unread = {n: total - done.get(n, 0) for n, total in totals}
        sources = merge_sources(totals, unread, aliases)
        if found is not None:
            selection = found.selection
        else:
            selection = select(
                catalog.db, request.query, files=request.files, order=request.order,
                descending=request.descending, by=request.by, by_source=request.by_source,
            )  # fmt: skip
        ids = selection.ids
        rows: list[str] = ids
        members: dict[str, list[str]] = {}
        if request.grouped:
            rows, members = group_rows(ids, memberships(catalog.db))
        hits = {h.id: h for h in found.hits} if found is not None else {}
        first = [i for i in first_rows(rows, request.around) if i not in hits]
        return Listing(
            rows, sources, catalog.newest(), members, len(ids), aliases, selection.days,
            selection.last_active, selection.histogram, searched,
            found.needles if found is not None else (),
            hits,
            found.fallback if found is not None else False,
            found.incomplete if found is not None else None,
            found.terms_left_out if found is not None else 0,
            catalog.entries(first),
        )  # fmt: skip
    except Exception as exc:
        if "no such table" in str(exc):  # the first build has not created it yet
            return Listing(searched=searched)
        raise
    finally:
        catalog.close()

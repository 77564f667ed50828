"""The one list's answer, worked out off the GUI thread: the library's sources with their
unread counts (the sidebar), the list's ids in order, its histogram, and story rows.

Without a search, SQL in this worker thread (SQLite runs it in C, so the GUI thread keeps the
GIL); with one, the search process finds the exact matches, filters, orders and counts them
(``reader.core.search.matching.list_answer``) and this thread only waits on its pipe.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.archive.answer import ListAnswer
from reader.core.archive.query import ListQuery
from reader.core.archive.selection import UserFiles, select
from reader.core.readstate import ReadMarks
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.stories.grouping import STORY_ROW, Memberships, group_rows, memberships
from reader.ui.list_model import CHUNK

if TYPE_CHECKING:
    from reader.core.search.service import SearchService
    from reader.ui.listing import Listing

FIRST_HITS = 60  # rows of a search answered with their snippets; later rows ask as shown
QUICK_ROWS = 300  # a listing's first rows, shown while the whole listing is read
# From this many articles a search's first rows come before its exact answer: the exact
# list verifies every match against its text (~50 us each: 中国 in 120k articles of a 232k
# library took 6.7 s of CPU, ~30 s at a million), the top rows take tens of ms at any size.
QUICK_SEARCH_FROM = 50_000


@dataclass(frozen=True)
class ListRequest:
    query: ListQuery
    read: ReadMarks = ReadMarks()  # noqa: RUF009 (frozen) the read marks (unread counts)
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


def first_rows(rows: Sequence[str], around: str | None) -> list[str]:
    """The articles the list paints first: its top, and the rows around the one it keeps
    (a chunk of the lazy model's each, ``list_model.CHUNK``)."""
    picked = list(rows[:CHUNK])
    if around is not None:
        try:
            at = rows.index(around)
        except ValueError:
            at = -1
        if at >= CHUNK:
            picked += list(rows[max(CHUNK, at - CHUNK // 2) : at + CHUNK // 2])
    return [i for i in picked if not i.startswith(STORY_ROW)]


def list_work(
    path: Path, request: ListRequest, searches: SearchService | None, stop: str | None = None
) -> Listing | None:
    """The list's answer; None when a search's ``stop`` file came to exist before it was
    verified (``reader/ui/search_stops.py``: the window asked something newer)."""
    from reader.ui.listing import Listing, merge_sources

    searched = request.query.text.strip() if searches is not None else ""
    if not path.exists():  # nothing indexed yet: an empty answer (the search says none)
        return Listing(searched=searched)
    found: ListAnswer | None = None
    if searches is not None:
        try:
            found = searches.call(
                "list_answer", request.query, FIRST_HITS, files=request.files,
                order=request.order, descending=request.descending, by=request.by,
                by_source=request.by_source, stop_file=stop,
            )  # fmt: skip
        except Exception as exc:
            if "no such table" in str(exc):  # a first build's catalog, before its tables
                return Listing(searched=searched)
            raise
        if found is None:
            return None  # stopped: a newer listing is on its way
    catalog = Catalog(path, readonly=True)
    try:
        done = read_counts(catalog, request.read)
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
        rows: Sequence[str] = ids
        members: dict[str, list[str]] = {}
        if request.grouped:
            rows, members = group_rows(ids, stories_of_two_or_more(catalog.db))
        hits = {h.id: h for h in found.hits} if found is not None else {}
        first = [i for i in first_rows(rows, request.around) if i and i not in hits]
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


def first_screen(path: Path, query: Callable[..., Sequence[str]]) -> Listing | None:
    """The first QUICK_ROWS ids ``query`` picks (a listing in an index order), with their
    count; None when the listing is small (the whole one follows at once)."""
    from reader.ui.listing import Listing

    if not path.exists():
        return None
    catalog = Catalog(path, readonly=True)
    try:
        ids = query(catalog, QUICK_ROWS)
    except Exception:  # the whole listing says what went wrong, if anything did
        return None
    finally:
        catalog.close()
    if len(ids) <= QUICK_ROWS:
        return None
    return Listing(ids, articles=len(ids), partial=True)


def quick_listing(path: Path, request: ListRequest) -> Listing | None:
    """The first QUICK_ROWS rows of a listing that is not a search, with its total count
    (the rest read as ""): the list paints its first screen at once while the whole
    listing, its histogram and counts are worked out (a million rows: seconds). None when
    the listing is small (the whole one follows at once) or cannot be had."""
    from reader.ui.listing import Listing

    if not path.exists() or request.grouped or request.query.searching:
        return None
    catalog = Catalog(path, readonly=True)
    try:
        selection = select(
            catalog.db, request.query, files=request.files, order=request.order,
            descending=request.descending, first=QUICK_ROWS,
        )  # fmt: skip
        if len(selection.ids) <= QUICK_ROWS:
            return None
        return Listing(selection.ids, articles=len(selection.ids),
                       aliases=catalog.host_aliases(), days=selection.days,
                       last_active=selection.last_active, partial=True)  # fmt: skip
    except Exception:  # the whole listing says what went wrong, if anything did
        return None
    finally:
        catalog.close()


def quick_search(path: Path, request: ListRequest, searches: SearchService) -> Listing | None:
    """A large library's search, its best (or newest) FIRST_HITS rows with their snippets,
    from the index's top-k search (``LibraryIndex.search``): shown while the exact list, its
    count and histogram are worked out. None when the exact answer is cheap (a smaller
    library), or the list asks what the top-k search cannot say (a filter other than the
    sources, grouping by story, an order other than best or newest first)."""
    from reader.core.search.api import SearchOptions
    from reader.ui.listing import Listing

    query = request.query
    if (
        not query.searching or request.grouped or not request.descending
        or request.order not in ("relevance", "date")
        or query.unread_only or query.bookmarked or query.tag or query.title or query.story
        or query.since or query.until or query.preset
        or not path.exists()
    ):  # fmt: skip
        return None
    catalog = Catalog(path, readonly=True)
    try:
        (size,) = catalog.db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()
    except Exception:  # the exact answer says what went wrong, if anything did
        return None
    finally:
        catalog.close()  # not held open while the search process answers
    if int(size) < QUICK_SEARCH_FROM:
        return None
    options = SearchOptions(limit=FIRST_HITS, sort=request.order, sources=query.sources)
    try:
        found = searches.search(query.text, options)
    except Exception:  # the exact answer says what went wrong, if anything did
        return None
    if not found.hits:
        return None
    ids = [h.id for h in found.hits]
    return Listing(ids, articles=len(ids), searched=query.text.strip(), needles=found.needles,
                   hits={h.id: h for h in found.hits}, fallback=found.fallback,
                   terms_left_out=found.terms_left_out, partial=True)  # fmt: skip


def read_counts(catalog: Catalog, read: ReadMarks) -> dict[str, int]:
    """How many of each source's articles are read: a join with the read-state file in
    SQLite (a copy of the marks held in memory cost the GUI thread ~50 ms at a million, and
    counting them 500 ids a query ~2,000 queries); marks held in memory only, by their ids."""
    if read.ids is not None:
        return catalog.sources_of(read.ids)
    return catalog.read_counts() if catalog.attach_marks(read.path) else {}


def stories_of(db: sqlite3.Connection, ids: list[str]) -> Memberships:
    """``memberships`` of these articles only: grouping 20 search hits read every article's
    story (a million rows, ~150 MB for a moment in the window's process, per search)."""
    story_of: dict[str, str] = {}
    size: dict[str, int] = {}
    try:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            story_of.update(db.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})",
                chunk,
            ))  # fmt: skip
        stories = sorted(set(story_of.values()))
        for start in range(0, len(stories), 500):
            chunk = stories[start : start + 500]
            marks = ",".join("?" * len(chunk))
            size.update(db.execute(
                f"SELECT story_id, size FROM stories WHERE story_id IN ({marks})", chunk
            ))  # fmt: skip
    except sqlite3.OperationalError:  # no stories yet (the first build is still running)
        return Memberships({}, {})
    return Memberships(story_of, size)


def stories_of_two_or_more(db: sqlite3.Connection) -> Memberships:
    """``memberships`` for grouping a list: only articles in stories of two or more (those
    alone stay article rows either way), about half of a library's articles."""
    try:
        story_of = dict(db.execute(
            "SELECT a.article_id, a.story_id FROM story_articles a"
            " JOIN stories s ON s.story_id = a.story_id WHERE s.size >= 2"
        ))  # fmt: skip
        size = dict(db.execute("SELECT story_id, size FROM stories WHERE size >= 2"))
    except sqlite3.OperationalError:
        return memberships(db)  # no stories yet: as the stories module says
    return Memberships(story_of, size)

"""A ``ListQuery`` answered for a library: the search's exact matches (when it searches), then
the filters, order and histogram in SQL (``selection.py``). The search process answers the
window's list this way, and the CLI's commands the same way in their own process."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.archive.query import ListQuery
from reader.core.archive.selection import Selection, UserFiles, select
from reader.core.paths import data_dir
from reader.core.search.api import SearchHit, SearchOptions

if TYPE_CHECKING:
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.matching import Matches


def user_files() -> UserFiles:
    """The reader's read marks and bookmarks, where ReadState and BookmarkStore keep them."""
    root = data_dir()
    return UserFiles(root / "state.sqlite", root / "bookmarks.sqlite")


@dataclass
class ListAnswer:
    query: ListQuery
    selection: Selection
    needles: tuple[str, ...] = ()  # folded needles of the search, for highlighting
    fallback: bool = False  # the search's syntax was not understood: searched as words
    scanned: int = 0  # articles not in the index yet, searched in the catalog's text
    elapsed_ms: float = 0.0
    hits: list[SearchHit] = field(default_factory=list)  # snippets of the first rows
    incomplete: str | None = None  # why the index may not hold the whole library (words)
    terms_left_out: int = 0  # the search's query was cut: terms not searched

    @property
    def ids(self) -> list[str]:
        return self.selection.ids


def answer(
    index: LibraryIndex,
    query: ListQuery,
    *,
    files: UserFiles | None = None,
    order: str | None = None,
    descending: bool = True,
    by: str | None = None,
    by_source: bool = False,
) -> ListAnswer:
    """What the list holds for ``query``: by relevance when it searches (unless ``order``
    says otherwise), else newest first."""
    started = time.perf_counter()
    order = order or ("relevance" if query.searching else "date")
    matches: Matches | None = None
    if query.searching:
        sort = "date" if order == "date" else "relevance"
        matches = index.matches(query.text, SearchOptions(sort=sort))
    selection = select(
        index.catalog.db, query, files=files or user_files(),
        matched=matches.ids if matches is not None else None,
        order=order, descending=descending, by=by, by_source=by_source,
    )  # fmt: skip
    found = ListAnswer(query, selection)
    if matches is not None:
        found.needles, found.fallback, found.scanned = (matches.needles, matches.fallback,
                                                        matches.scanned)  # fmt: skip
        found.terms_left_out = matches.terms_left_out
    found.elapsed_ms = (time.perf_counter() - started) * 1000
    return found

"""A saved search counted against a library: how many articles match it now, and how many of
those did not when the reader last opened it there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.archive.answer import answer
from reader.core.archive.selection import UserFiles
from reader.core.paths import library_key
from reader.core.saved.store import SavedSearch, SavedSearchStore

if TYPE_CHECKING:
    from reader.core.search.engine import LibraryIndex


@dataclass(frozen=True)
class SavedCount:
    name: str
    query: str  # the search text
    count: int
    new: int


def matching_ids(
    index: LibraryIndex, saved: SavedSearch, files: UserFiles | None = None
) -> list[str]:
    return answer(index, saved.query, files=files).ids


def count_saved(
    index: LibraryIndex, store: SavedSearchStore, saved: SavedSearch,
    files: UserFiles | None = None,
) -> SavedCount:  # fmt: skip
    """Its matches now; new = those not among the matches when last opened in this library
    (nothing is new before it was ever opened there)."""
    ids = matching_ids(index, saved, files)
    seen = store.seen_ids(saved.name, library_key(index.library))
    new = 0 if seen is None else len(set(ids) - seen)
    return SavedCount(saved.name, saved.query.text, len(ids), new)


def mark_seen(
    index: LibraryIndex, store: SavedSearchStore, saved: SavedSearch,
    files: UserFiles | None = None,
) -> int:  # fmt: skip
    """The reader opened it: its matches now are seen. Returns how many there are."""
    ids = matching_ids(index, saved, files)
    store.mark_seen(saved.name, library_key(index.library), ids)
    return len(ids)

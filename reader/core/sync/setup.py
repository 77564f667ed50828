"""Which sync folder, and the engine over the stores a command or the window has open.

The folder is ``READER_SYNC_DIR`` when set (scripts, tests), else the one chosen in
Preferences (``Settings.sync_folder``). It must exist: a folder on a disk that is not mounted
is never created (the changes wait in the stores and go out at the next sync).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.core.i18n import tr
from reader.core.paths import data_dir, display_path
from reader.core.settings import Settings, load_settings
from reader.core.sync.engine import SyncEngine
from reader.core.sync.kinds import SyncedKind

if TYPE_CHECKING:
    from reader.core.annotations.store import HighlightChange, HighlightStore
    from reader.core.bookmarks import BookmarkStore
    from reader.core.readstate import ReadState
    from reader.core.saved.store import SavedChange, SavedSearchStore

SYNC_DIR_ENV = "READER_SYNC_DIR"
T = TypeVar("T")


class SyncUnavailable(Exception):
    """No sync folder is set, or it is not there; ``str()`` says which, in words."""


def configured_folder(settings: Settings | None = None) -> Path | None:
    override = os.environ.get(SYNC_DIR_ENV)
    if override:
        return Path(override).expanduser()
    if settings is None:
        settings, _warning = load_settings()
    return Path(settings.sync_folder).expanduser() if settings.sync_folder else None


def state_dir() -> Path:
    return data_dir() / "sync"


@dataclass
class Stores:
    """The stores a command or the window has open; each one set is synced. A new kind of
    synced data adds its store here, to ``store_kinds`` and to ``attach``."""

    read_state: ReadState | None = None
    bookmarks: BookmarkStore | None = None
    highlights: HighlightStore | None = None
    saved_searches: SavedSearchStore | None = None


def store_kinds(stores: Stores) -> list[SyncedKind]:
    """The kinds over the stores that are open (the window adds the settings kinds). A store
    that cannot be written (its file could not be opened, or a newer Reader's: an empty or
    partial copy in memory, or the file read as it stands) is never synced: what it lacks
    would read as removed here on every machine, and what others changed could not be kept."""
    kinds: list[SyncedKind] = []
    if stores.read_state is not None and not stores.read_state.in_memory:
        from reader.core.sync.kinds.readmarks import ReadMarks

        kinds.append(ReadMarks(stores.read_state))
    if stores.bookmarks is not None and stores.bookmarks.read_only is None:
        from reader.core.sync.kinds.bookmarks import Bookmarks

        kinds.append(Bookmarks(stores.bookmarks))
    if stores.highlights is not None and stores.highlights.read_only is None:
        from reader.core.sync.kinds.highlights import Highlights

        kinds.append(Highlights(stores.highlights))
    if stores.saved_searches is not None and stores.saved_searches.read_only is None:
        from reader.core.sync.kinds.saved_searches import SavedSearches

        kinds.append(SavedSearches(stores.saved_searches))
    return kinds


def open_engine(folder: Path, kinds: list[SyncedKind]) -> SyncEngine:
    """Raises SyncUnavailable when ``folder`` is not a folder."""
    if not folder.is_dir():
        why = tr("The sync folder {path} is not there (a disk not mounted, or moved?).",
                 path=display_path(folder))  # fmt: skip
        raise SyncUnavailable(why)
    return SyncEngine(folder, state_dir(), kinds)


def attach(engine: SyncEngine, stores: Stores) -> Callable[[], None]:
    """Every committed change of these stores goes to this machine's log at once; returns
    what takes the journal off the stores again."""
    undo: list[Callable[[], None]] = []
    for store, kind in ((stores.read_state, "read"), (stores.bookmarks, "bookmark")):
        if store is not None:
            undo.append(_listen(store.listeners, engine.journal(kind)))
    if stores.highlights is not None:
        highlights = stores.highlights
        journal = engine.journal("highlight")

        def highlight(change: HighlightChange) -> None:
            journal([change.highlight.id])

        highlights.listen(highlight)
        undo.append(lambda: highlights.unlisten(highlight))
    if stores.saved_searches is not None:
        undo.append(_listen(stores.saved_searches.listeners, _saved_journal(engine)))

    def detach() -> None:
        for step in undo:
            step()

    return detach


def _saved_journal(engine: SyncEngine) -> Callable[[SavedChange], None]:
    """A saved search's change: its name (a rename: both, the old one saying where it went);
    what a machine saw of a search ("seen") stays on that machine."""
    from reader.core.sync.kinds.saved_searches import KIND, SavedSearches

    journal = engine.journal(KIND)
    kind = engine.kinds.get(KIND)

    def changed(change: SavedChange) -> None:
        if change.kind == "seen":
            return
        if change.kind == "rename" and change.new_name and isinstance(kind, SavedSearches):
            with kind.renaming(change.name, change.new_name):
                journal([change.name, change.new_name])
        else:
            journal([change.name])

    return changed


def _listen(listeners: list[Callable[[T], None]], hook: Callable[[T], None]) -> Callable[[], None]:
    listeners.append(hook)

    def remove() -> None:
        if hook in listeners:
            listeners.remove(hook)

    return remove


@contextlib.contextmanager
def journaling(stores: Stores) -> Iterator[SyncEngine | None]:
    """For a command that changes user data: its changes are written to this machine's log
    as they commit (None when no sync folder is set). A folder that is not there is not an
    error here: the change stays in the store and goes out at the next sync."""
    folder = configured_folder()
    if folder is None or not folder.is_dir():
        yield None
        return
    engine = open_engine(folder, store_kinds(stores))
    detach = attach(engine, stores)
    try:
        yield engine
    finally:
        detach()
        engine.close()

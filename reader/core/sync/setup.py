"""Which sync folder, and the engine over the stores a command or the window has open.

The folder is ``READER_SYNC_DIR`` when set (scripts, tests), else the one chosen in
Preferences (``Settings.sync_folder``). It must exist: a folder on a disk that is not mounted
is never created (the changes wait in the stores and go out at the next sync).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.core.bookmarks import BookmarkStore
from reader.core.i18n import tr
from reader.core.paths import data_dir, display_path
from reader.core.readstate import ReadState
from reader.core.settings import Settings, load_settings
from reader.core.sync.engine import SyncEngine
from reader.core.sync.kinds import SyncedKind
from reader.core.sync.kinds.bookmarks import Bookmarks
from reader.core.sync.kinds.readmarks import ReadMarks

SYNC_DIR_ENV = "READER_SYNC_DIR"


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


def store_kinds(
    read_state: ReadState | None = None, bookmarks: BookmarkStore | None = None
) -> list[SyncedKind]:
    """The kinds over the stores that are open (the window adds the settings kinds)."""
    kinds: list[SyncedKind] = []
    if read_state is not None:
        kinds.append(ReadMarks(read_state))
    if bookmarks is not None:
        kinds.append(Bookmarks(bookmarks))
    return kinds


def open_engine(folder: Path, kinds: list[SyncedKind]) -> SyncEngine:
    """Raises SyncUnavailable when ``folder`` is not a folder."""
    if not folder.is_dir():
        why = tr("The sync folder {path} is not there (a disk not mounted, or moved?).",
                 path=display_path(folder))  # fmt: skip
        raise SyncUnavailable(why)
    return SyncEngine(folder, state_dir(), kinds)


def attach(
    engine: SyncEngine, read_state: ReadState | None, bookmarks: BookmarkStore | None
) -> Callable[[], None]:
    """Every committed change of these stores goes to this machine's log at once; returns
    what takes the journal off the stores again."""
    hooks: list[tuple[list[Callable[[list[str]], None]], Callable[[list[str]], None]]] = []
    for store, kind in ((read_state, "read"), (bookmarks, "bookmark")):
        if store is not None:
            hook = engine.journal(kind)
            store.listeners.append(hook)
            hooks.append((store.listeners, hook))

    def detach() -> None:
        for listeners, hook in hooks:
            if hook in listeners:
                listeners.remove(hook)

    return detach


@contextlib.contextmanager
def journaling(
    read_state: ReadState | None = None, bookmarks: BookmarkStore | None = None
) -> Iterator[SyncEngine | None]:
    """For a command that changes user data: its changes are written to this machine's log
    as they commit (None when no sync folder is set). A folder that is not there is not an
    error here: the change stays in the store and goes out at the next sync."""
    folder = configured_folder()
    if folder is None or not folder.is_dir():
        yield None
        return
    engine = open_engine(folder, store_kinds(read_state, bookmarks))
    detach = attach(engine, read_state, bookmarks)
    try:
        yield engine
    finally:
        detach()
        engine.close()

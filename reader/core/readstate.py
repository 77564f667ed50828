"""Which articles were read, by stable id (so it survives moves and index rebuilds).

Kept by the checks and the one transaction of every store of the user's own data
(``reader/core/durable.py``), but special where a set of marks may be: no backups (the marks
are many and cheap to lose one by one); a damaged file (SQLite's verdict, another program's
tables, a folder in its place) is moved aside and whatever rows can still be read from it are
carried over; an empty (0-byte) file is said. A file that cannot be written (a full or
read-only disk, no permission) leaves the marks it holds in memory for the session, the file
as it is, and ``notice`` says so.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.core.durable import FOREIGN, claim_writes, connect, fits, opened, transaction
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import data_dir, display_path, display_text
from reader.core.storage import (
    StoreDamaged,
    move_aside,
    read_only_connection,
    storage_error,
)

WHAT = QT_TR_NOOP("the read-state file")  # StorageError translates it
_TABLE = "CREATE TABLE IF NOT EXISTS read(id TEXT PRIMARY KEY, at REAL NOT NULL)"
_COLUMNS = {"read": frozenset({"id", "at"})}


def _salvage(path: Path) -> list[tuple[str, float]]:
    """The read marks that can still be read from a damaged file (best effort)."""
    rows: list[tuple[str, float]] = []
    if not path.exists():
        return rows
    try:
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows
    try:
        for article_id, at in db.execute("SELECT id, at FROM read"):
            if isinstance(article_id, str):
                rows.append((article_id, float(at) if isinstance(at, int | float) else 0.0))
    except sqlite3.Error:
        pass  # keep what came before the damaged page
    finally:
        db.close()
    return rows


class ReadState:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "state.sqlite"
        self.notice: str | None = None  # for the user: the file was damaged or empty
        # Marking a whole list (100k rows: 0.23 s) runs in a worker while the GUI thread may
        # mark the article it opens: one writer at a time on this connection.
        self._write = threading.Lock()
        # The set in memory has a lock of its own, held only while it changes: a snapshot
        # waited for a whole write under ``_write`` (Undo of Mark All Read at 96k: the GUI
        # thread's listing blocked 486 ms on the writer's 92,724 deletions and commit).
        self._marks = threading.Lock()
        # Called after each committed change with the ids it changed (the sync journal).
        self.listeners: list[Callable[[list[str]], None]] = []
        self.in_memory = False  # True: the file could not be opened; marks live for this run
        self.recovered = False  # started again after damage: ``take_recovered``
        try:
            self.db = self._open_checked()
        except (OSError, sqlite3.Error) as exc:  # never refuse the start: marks in memory
            self.db = self._in_memory(storage_error(WHAT, self.path, exc).reason)
        self._read = {row[0] for row in self.db.execute("SELECT id FROM read")}

    def _in_memory(self, why: str) -> sqlite3.Connection:
        """The file cannot be written (a full or read-only disk): the marks it holds, kept in
        memory for this session, and the user told they will not be saved."""
        self.in_memory = True
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db.execute(_TABLE)
        source = read_only_connection(self.path) if self.path.is_file() else None
        if source is not None:
            try:
                rows = source.execute("SELECT id, at FROM read").fetchall()
                db.executemany("INSERT OR IGNORE INTO read(id, at) VALUES(?, ?)", rows)
            except sqlite3.Error:
                pass  # another schema or damage: nothing to carry over
            finally:
                source.close()
        self.notice = tr("The read-state file {path} cannot be written ({reason}): read marks"
                         " are kept only until Reader closes.", path=display_path(self.path),
                         reason=why)  # fmt: skip
        return db

    def _connect(self) -> sqlite3.Connection:
        db = connect(self.path, threads=True)  # one writer at a time: ``_write``
        try:
            db.execute(_TABLE)
        except BaseException:
            db.close()
            raise
        return db

    def _open_checked(self) -> sqlite3.Connection:
        size = self.path.stat().st_size if self.path.is_file() else None

        def check(db: sqlite3.Connection) -> None:
            db.execute(_TABLE)
            if not fits(db, _COLUMNS):
                raise StoreDamaged(tr(FOREIGN))
            claim_writes(db)

        db = opened(self.path, check, self._recover, threads=True)
        if size == 0 and self.notice is None:
            self.recovered = True
            self.notice = tr(
                "The read-state file {path} was empty (0 bytes): which articles were read is"
                " lost, and read marks start fresh.", path=display_path(self.path),
            )  # fmt: skip
        return db

    def take_recovered(self) -> bool:
        """True once if the file started again after damage (sync then writes the merged
        marks into it rather than read the lost ones as marked unread here)."""
        recovered, self.recovered = self.recovered, False
        return recovered

    def _recover(self, reason: str) -> sqlite3.Connection:
        self.recovered = True
        aside = move_aside(WHAT, self.path)
        rows = _salvage(aside)
        db = self._connect()
        try:
            with transaction(db, WHAT, self.path):
                db.executemany("INSERT OR IGNORE INTO read(id, at) VALUES(?, ?)", rows)
        except BaseException:
            db.close()
            raise
        values = {"path": display_path(self.path), "reason": display_text(reason),
                  "aside": aside.name}  # fmt: skip
        if rows:
            self.notice = tr("The read-state file {path} was damaged ({reason}); it was kept as"
                             " {aside}, and %n read mark(s) could be saved from it.", None,
                             len(rows), **values)  # fmt: skip
        else:
            self.notice = tr("The read-state file {path} was damaged ({reason}); it was kept as"
                             " {aside}, and read marks start fresh.", **values)  # fmt: skip
        return db

    def is_read(self, article_id: str) -> bool:
        return article_id in self._read

    def unread(self, ids: Iterable[str]) -> list[str]:
        """The unread ones of ``ids``, in their order (a whole list: one pass at C speed)."""
        read = self._read
        return [i for i in ids if i not in read]

    def flips(self, ids: Iterable[str], read: bool) -> list[str]:
        """Each of ``ids`` once, if marking it ``read`` changes it."""
        marked = self._read
        return [i for i in dict.fromkeys(ids) if (i in marked) != read]

    def snapshot(self) -> frozenset[str]:
        """The read ids now, for a worker thread to count with (the live set may change)."""
        with self._marks:
            return frozenset(self._read)

    def set_read(self, ids: Iterable[str], read: bool = True) -> None:
        ids = list(ids)
        with self._write:  # held to the set's change: writes change it in their order
            with transaction(self.db, WHAT, self.path) as db:
                if read:
                    now = time.time()
                    db.executemany("INSERT OR IGNORE INTO read(id, at) VALUES(?, ?)",
                                   [(i, now) for i in ids])  # fmt: skip
                else:
                    db.executemany("DELETE FROM read WHERE id=?", [(i,) for i in ids])
            with self._marks:
                if read:
                    self._read.update(ids)
                else:
                    self._read.difference_update(ids)
        for listener in self.listeners:
            listener(ids)

    def close(self) -> None:
        self.db.close()

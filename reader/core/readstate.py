"""Which articles were read, by stable id (so it survives moves and index rebuilds)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from reader.core.paths import data_dir


class ReadState:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "state.sqlite"
        self.db = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS read(id TEXT PRIMARY KEY, at REAL NOT NULL)")
        self._read = {row[0] for row in self.db.execute("SELECT id FROM read")}
        # Marking a whole list (100k rows: 0.23 s) runs in a worker while the GUI thread may
        # mark the article it opens: one writer at a time on this connection.
        self._write = threading.Lock()

    def is_read(self, article_id: str) -> bool:
        return article_id in self._read

    def snapshot(self) -> frozenset[str]:
        """The read ids now, for a worker thread to count with (the live set may change)."""
        with self._write:
            return frozenset(self._read)

    def set_read(self, ids: Iterable[str], read: bool = True) -> None:
        ids = list(ids)
        with self._write, self.db:
            if read:
                now = time.time()
                self.db.executemany(
                    "INSERT OR IGNORE INTO read(id, at) VALUES(?, ?)", [(i, now) for i in ids]
                )
                self._read.update(ids)
            else:
                self.db.executemany("DELETE FROM read WHERE id=?", [(i,) for i in ids])
                self._read.difference_update(ids)

    def close(self) -> None:
        self.db.close()

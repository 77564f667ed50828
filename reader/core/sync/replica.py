"""This machine's copy of the merged state: every register's winner, in SQLite.

The state only ever grows by a join (per register, the operation with the greater
(stamp, device, value) wins), so merging a file twice, in any order, or after the file is gone
changes nothing: what was merged once stays merged, whatever later happens to the files
(a deleted device, logs compacted away before this machine read them).

``applied`` says whether the local store already holds a register's winner: a winner merged
from another machine waits (applied = 0) until it is written to the stores; a difference
between the store and an applied winner is a change made here.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reader.core import durable
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path
from reader.core.storage import (
    StorageError,
    move_aside,
    storage_error,
)
from reader.core.sync.formats import Op, Value, dumps, loads

WHAT = QT_TR_NOOP("the sync state file")  # StorageError translates it
CHUNK = 500  # ids per IN (...) list

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries(
    kind TEXT NOT NULL, entity TEXT NOT NULL, field TEXT NOT NULL,
    stamp INTEGER NOT NULL, device TEXT NOT NULL, value TEXT NOT NULL,
    applied INTEGER NOT NULL,
    PRIMARY KEY(kind, entity, field)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entries_unapplied ON entries(kind, entity) WHERE applied = 0;
CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS devices(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, last_stamp INTEGER NOT NULL,
    heard_at REAL NOT NULL, present INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ino INTEGER NOT NULL
);
"""


class Entry(NamedTuple):  # a tuple: 165k of them are built per full pass (3x a dataclass)
    stamp: int
    device: str
    value: Value
    applied: bool = True

    def order(self) -> tuple[int, str, str]:
        return (self.stamp, self.device, dumps(self.value))


Registers = dict[str, Entry]  # field -> winner, for one entity
UNAPPLIED = object()  # registers(kind, UNAPPLIED): the entities waiting for apply()


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    last_stamp: int  # its newest operation merged here
    heard_at: float  # when this machine last merged something new of it (wall clock)
    present: bool  # its folder was in the sync folder at the last merge


class Replica:
    def __init__(self, path: Path) -> None:
        """A damaged file (SQLite's verdict) is set aside and a new one started: everything
        in it can be had again from the sync folder and the stores (``notice`` says so). A
        file that cannot be read or written raises StorageError and stays as it is."""
        self.path = path
        self.notice: str | None = None
        self._lock = threading.RLock()  # serializes the threads on the one connection
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = durable.opened(path, self._schema, self._start_again, threads=True)
        except StorageError:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(WHAT, path, exc) from exc

    @staticmethod
    def _schema(db: sqlite3.Connection) -> None:
        db.executescript(_SCHEMA)

    def _start_again(self, reason: str) -> sqlite3.Connection:
        aside = move_aside(WHAT, self.path)
        db = durable.connect(self.path, threads=True)
        try:
            self._schema(db)
        except BaseException:
            db.close()
            raise
        self.notice = tr(
            "The sync state file {path} was damaged ({reason}); it was kept as {aside} and is"
            " made again from the sync folder and this machine's data.",
            path=display_path(self.path), reason=reason, aside=aside.name,
        )  # fmt: skip
        return db

    def close(self) -> None:
        with self._lock:
            self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (another process waits its turn; nested: the outer one
        commits)."""
        with self._lock, durable.transaction(self.db, WHAT, self.path) as db:
            yield db

    # -- meta ---------------------------------------------------------------------------------
    def meta(self, name: str, default: str = "") -> str:
        with self._lock:
            row = self.db.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, **values: object) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO meta(name, value) VALUES(?, ?) ON CONFLICT(name) DO UPDATE"
                " SET value=excluded.value",
                [(k, str(v)) for k, v in values.items()],
            )

    # -- registers ----------------------------------------------------------------------------
    def registers(
        self, kind: str, entities: Collection[str] | object | None = None
    ) -> dict[str, Registers]:
        """Winners by entity and field (None: every entity of the kind; UNAPPLIED: every
        entity with a winner not written to the store yet)."""
        found: dict[str, Registers] = {}
        sql = "SELECT entity, field, stamp, device, value, applied FROM entries WHERE kind=?"
        with self._lock:
            if entities is None:
                rows: Iterable[tuple[str, str, int, str, str, int]] = self.db.execute(sql, (kind,))
                self._collect(rows, found)
                return found
            if entities is UNAPPLIED:
                rows = self.db.execute(
                    f"{sql} AND entity IN (SELECT entity FROM entries WHERE kind=? AND applied=0)",
                    (kind, kind),
                )
                self._collect(rows, found)
                return found
            assert isinstance(entities, Collection)
            ids = list(entities)
            for i in range(0, len(ids), CHUNK):
                part = ids[i : i + CHUNK]
                marks = ",".join("?" * len(part))
                rows = self.db.execute(f"{sql} AND entity IN ({marks})", (kind, *part))
                self._collect(rows, found)
        return found

    @staticmethod
    def _collect(
        rows: Iterable[tuple[str, str, int, str, str, int]], found: dict[str, Registers]
    ) -> None:
        for entity, fld, stamp, device, value, applied in rows:
            found.setdefault(entity, {})[fld] = Entry(stamp, device, loads(value), applied == 1)

    def values(self, kind: str) -> dict[str, tuple[str, bool]]:
        """entity -> (its value as JSON text, applied) for a kind of one value per entity."""
        with self._lock:
            rows = self.db.execute(
                "SELECT entity, value, applied FROM entries WHERE kind=? AND field=''", (kind,)
            )
            return {entity: (value, applied == 1) for entity, value, applied in rows}

    def entities(self, kind: str) -> set[str]:
        with self._lock:
            rows = self.db.execute("SELECT DISTINCT entity FROM entries WHERE kind=?", (kind,))
            return {r[0] for r in rows}

    def unapplied(self, kind: str) -> set[str]:
        with self._lock:
            rows = self.db.execute(
                "SELECT DISTINCT entity FROM entries WHERE kind=? AND applied=0", (kind,)
            )
            return {r[0] for r in rows}

    def mark_unapplied(self, kind: str) -> None:
        """Every winner of a kind waits to be written to its store again (the store lost
        them: a damaged file started again)."""
        with self.transaction() as db:
            db.execute("UPDATE entries SET applied=0 WHERE kind=?", (kind,))

    def mark_applied(self, kind: str, entities: Collection[str] | object = UNAPPLIED) -> None:
        with self.transaction() as db:
            if entities is UNAPPLIED:
                db.execute("UPDATE entries SET applied=1 WHERE kind=? AND applied=0", (kind,))
                return
            assert isinstance(entities, Collection)
            ids = list(entities)
            for i in range(0, len(ids), CHUNK):
                part = ids[i : i + CHUNK]
                marks = ",".join("?" * len(part))
                db.execute(
                    f"UPDATE entries SET applied=1 WHERE kind=? AND applied=0"
                    f" AND entity IN ({marks})", (kind, *part),
                )  # fmt: skip

    def kinds(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.db.execute("SELECT DISTINCT kind FROM entries")]

    def winners(self) -> Iterator[Op]:
        """Every register's winner, for a snapshot."""
        with self._lock:
            rows = self.db.execute(
                "SELECT kind, entity, field, stamp, device, value FROM entries"
            ).fetchall()
        for kind, entity, fld, stamp, device, value in rows:
            yield Op(kind, entity, fld, stamp, device, loads(value))

    def count(self) -> int:
        with self._lock:
            return int(self.db.execute("SELECT count(*) FROM entries").fetchone()[0])

    def merge(self, ops: Iterable[Op], applied: bool = False) -> list[tuple[str, str, str]]:
        """Join operations into the state; returns (kind, entity, device) of every register
        whose winner changed. ``applied``: the operations are this machine's own (the stores
        hold them)."""
        best: dict[tuple[str, str, str], tuple[tuple[int, str, str], Op]] = {}
        for op in ops:
            key = (op.kind, op.entity, op.field)
            order = op.order()
            seen = best.get(key)
            if seen is None or order > seen[0]:
                best[key] = (order, op)
        if not best:
            return []
        rows = [(o.kind, o.entity, o.field, o.stamp, o.device, order[2], int(applied))
                for order, o in best.values()]  # fmt: skip
        with self.transaction() as db:
            db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS incoming(kind, entity, field, stamp, device,"
                " value, applied)"
            )
            db.execute("DELETE FROM incoming")
            db.executemany("INSERT INTO incoming VALUES(?, ?, ?, ?, ?, ?, ?)", rows)
            result = db.execute(
                "INSERT INTO entries(kind, entity, field, stamp, device, value, applied)"
                " SELECT kind, entity, field, stamp, device, value, applied FROM incoming"
                " WHERE true ON CONFLICT(kind, entity, field) DO UPDATE SET"
                " stamp=excluded.stamp, device=excluded.device, value=excluded.value,"
                " applied=excluded.applied"
                " WHERE (excluded.stamp, excluded.device, excluded.value)"
                " > (entries.stamp, entries.device, entries.value)"
                " RETURNING kind, entity, device"
            ).fetchall()
            db.execute("DELETE FROM incoming")
        return [(str(k), str(e), str(d)) for k, e, d in result]

    # -- devices and files ------------------------------------------------------------------
    def devices(self) -> list[DeviceRow]:
        with self._lock:
            rows = self.db.execute(
                "SELECT id, name, last_stamp, heard_at, present FROM devices ORDER BY name, id"
            ).fetchall()
        return [DeviceRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def note_devices(
        self, names: dict[str, str], newest: dict[str, int], heard: dict[str, float],
        present: Collection[str],
    ) -> None:  # fmt: skip
        with self.transaction() as db:
            db.execute("UPDATE devices SET present=0")
            for device in set(names) | set(present):
                db.execute(
                    "INSERT INTO devices(id, name, last_stamp, heard_at, present)"
                    " VALUES(?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                    " name=CASE WHEN excluded.name != '' THEN excluded.name ELSE name END,"
                    " last_stamp=max(last_stamp, excluded.last_stamp),"
                    " heard_at=max(heard_at, excluded.heard_at), present=excluded.present",
                    (device, names.get(device, ""), newest.get(device, 0),
                     heard.get(device, 0.0), int(device in present)),
                )  # fmt: skip

    def file_unchanged(self, path: str, size: int, mtime_ns: int, ino: int) -> bool:
        with self._lock:
            row = self.db.execute(
                "SELECT size, mtime_ns, ino FROM files WHERE path=?", (path,)
            ).fetchone()
        return row is not None and tuple(row) == (size, mtime_ns, ino)

    def remember_files(self, rows: list[tuple[str, int, int, int]], present: set[str]) -> None:
        """Files read whole (not read again until they change); forget files now gone."""
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO files(path, size, mtime_ns, ino) VALUES(?, ?, ?, ?) ON CONFLICT(path)"
                " DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns, ino=excluded.ino",
                rows,
            )
            gone = [(p,) for (p,) in db.execute("SELECT path FROM files") if p not in present]
            db.executemany("DELETE FROM files WHERE path=?", gone)

    def remember_file(self, path: str, size: int, mtime_ns: int, ino: int) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO files(path, size, mtime_ns, ino) VALUES(?, ?, ?, ?) ON CONFLICT(path)"
                " DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns, ino=excluded.ino",
                (path, size, mtime_ns, ino),
            )

    def forget_files(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM files")

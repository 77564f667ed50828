"""The saved searches: SQLite in the user data dir (``saved-searches.sqlite``), kept as every
store of the user's own data is (``reader/core/durable.py``).

A saved search is a name and a ``ListQuery`` (JSON). What the reader saw when they last opened
it is kept per library (by ``library_key``) as the ids that matched then: "new" is what matches
now and did not then. Article ids are stable (from the URL), so this survives moves, renames
and index rebuilds.

Every change goes through ``add``, ``remove``, ``rename`` and ``mark_seen`` (and
``replace_many``, for what a sync merge brought); each runs in one transaction and is then
announced to ``listeners`` as a ``SavedChange`` (what a sync layer records). Nothing else
writes.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from reader.core.archive.query import ListQuery
from reader.core.durable import Durability, DurableStore
from reader.core.i18n import QT_TR_NOOP, tr

WHAT = QT_TR_NOOP("the saved searches file")  # StorageError translates it
FILE_NAME = "saved-searches.sqlite"

_MIGRATIONS = {
    1: """
    CREATE TABLE saved_searches(
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE saved_seen(
        name TEXT NOT NULL REFERENCES saved_searches(name) ON DELETE CASCADE ON UPDATE CASCADE,
        library TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        ids BLOB NOT NULL,
        PRIMARY KEY(name, library)
    );
    """,
}


KIND = Durability(
    what=WHAT,
    file_name=FILE_NAME,
    backup_folder="saved-search-backups",
    backup_stem="saved-searches",
    migrations=_MIGRATIONS,
    columns={
        "saved_searches": frozenset({"name", "query", "created_at", "updated_at"}),
        "saved_seen": frozenset({"name", "library", "seen_at", "ids"}),
    },
    table="saved_searches",
    key="query",
    not_ours=QT_TR_NOOP("it is not a Reader saved searches file"),
    no_table=QT_TR_NOOP("the file holds no saved searches table"),
    empty_no_backup=QT_TR_NOOP(
        "The saved searches file {path} was empty (0 bytes) and no backup was found: saved"
        " searches start empty."
    ),
    damaged_no_backup=QT_TR_NOOP(
        "The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and no"
        " backup was found: saved searches start empty."
    ),
    shown_read_only=QT_TR_NOOP(
        "The saved searches in {path} are shown but cannot be changed now: {why}."
    ),
    unreadable=QT_TR_NOOP(
        "The saved searches in {path} cannot be read or changed now: {why}. The file is left as"
        " it is."
    ),
    no_backup_written=QT_TR_NOOP(
        "No backup of the saved searches could be written in {folder} ({reason})."
    ),
    restored=lambda n, **values: tr(
        "The saved searches file {path} was damaged ({reason}); it was kept as {aside}, and %n"
        " saved search(es) were restored from the backup {backup}.",
        None,
        n,
        **values,
    ),
    missing_restored=lambda n, **values: tr(
        "The saved searches file {path} was missing; %n saved search(es) were restored from the"
        " backup {backup}.",
        None,
        n,
        **values,
    ),
)


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: ListQuery
    created_at: str = ""
    updated_at: str = ""


class Stored(NamedTuple):
    """A saved search as its file holds it (``SavedSearchStore.stored``)."""

    query: str  # the ListQuery's JSON
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class SavedChange:
    """One change, as a sync layer would record it."""

    kind: str  # "add" (new or replaced), "remove", "rename", "seen"
    name: str
    at: str  # ISO 8601, UTC
    query: str | None = None  # the query's JSON (add)
    new_name: str | None = None  # (rename)
    library: str | None = None  # library_key (seen)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pack_ids(ids: Iterable[str]) -> bytes:
    """Article ids (16 hex digits; others kept as text) as one compressed blob."""
    return zlib.compress("\n".join(sorted(set(ids))).encode("utf-8"), 6)


def unpack_ids(blob: bytes) -> set[str]:
    text = zlib.decompress(blob).decode("utf-8")
    return set(text.split("\n")) if text else set()


class SavedSearchStore(DurableStore):
    """Never refuses to open (``reader/core/durable.py``: the rules every store of the user's
    own data follows): ``notice`` says what happened to the file, ``read_only`` why changes are
    refused."""

    durability = KIND

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path)
        self.listeners: list[Callable[[SavedChange], None]] = []

    @classmethod
    def open_or_memory(cls, path: Path | None = None) -> SavedSearchStore:
        """The store (it never refuses to open, so the app starts whatever the file holds)."""
        return cls(path)

    def _announce(self, change: SavedChange) -> None:
        for listener in list(self.listeners):
            listener(change)

    # -- reading -----------------------------------------------------------------------------
    def list_saved(self) -> list[SavedSearch]:
        rows = self.db.execute(
            "SELECT name, query, created_at, updated_at FROM saved_searches ORDER BY name"
        ).fetchall()
        found = []
        for name, query, created, updated in rows:
            try:
                parsed = ListQuery.from_json(query)
            except (ValueError, TypeError):
                parsed = ListQuery(text=str(query))  # a hand-edited row: its text at least
            found.append(SavedSearch(name, parsed, created, updated))
        return found

    def get(self, name: str) -> SavedSearch | None:
        return next((s for s in self.list_saved() if s.name == name), None)

    def stored(self) -> dict[str, Stored]:
        """Every saved search as the file holds it (the query's JSON exactly as written: a
        sync layer compares and copies it without re-encoding, so a newer Reader's keys
        travel untouched)."""
        rows = self.db.execute("SELECT name, query, created_at, updated_at FROM saved_searches")
        return {name: Stored(str(query), made, changed) for name, query, made, changed in rows}

    def seen_ids(self, name: str, library: str) -> set[str] | None:
        """The ids that matched when the reader last opened it in this library (None: never)."""
        row = self.db.execute(
            "SELECT ids FROM saved_seen WHERE name=? AND library=?", (name, library)
        ).fetchone()
        return unpack_ids(row[0]) if row else None

    # -- the only writers --------------------------------------------------------------------
    def add(self, name: str, query: ListQuery) -> SavedSearch:
        """Save ``query`` as ``name`` (replacing the query of a search of that name: what it
        saw is kept)."""
        name = name.strip()
        if not name:
            raise ValueError("a saved search needs a name")
        now, text = _now(), query.to_json()
        with self._write() as db:
            db.execute(
                "INSERT INTO saved_searches(name, query, created_at, updated_at)"
                " VALUES(?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET query=excluded.query,"
                " updated_at=excluded.updated_at",
                (name, text, now, now),
            )
        self._announce(SavedChange("add", name, now, query=text))
        saved = self.get(name)
        assert saved is not None
        return saved

    def remove(self, name: str) -> SavedSearch | None:
        existing = self.get(name)
        if existing is None:
            return None
        now = _now()
        with self._write() as db:
            db.execute("DELETE FROM saved_searches WHERE name=?", (name,))
        self._announce(SavedChange("remove", name, now))
        return existing

    def rename(self, name: str, new_name: str) -> bool:
        new_name = new_name.strip()
        if not new_name or self.get(name) is None or self.get(new_name) is not None:
            return False
        now = _now()
        with self._write() as db:
            db.execute("UPDATE saved_searches SET name=?, updated_at=? WHERE name=?",
                       (new_name, now, name))  # fmt: skip
        self._announce(SavedChange("rename", name, now, new_name=new_name))
        return True

    def mark_seen(self, name: str, library: str, ids: Iterable[str] | bytes) -> None:
        """The reader opened it: what matches now is no longer new (``ids``, or them packed
        by ``pack_ids`` in a worker: sorting and compressing 50k ids is not for the GUI
        thread)."""
        now = _now()
        packed = ids if isinstance(ids, bytes) else pack_ids(ids)
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO saved_seen(name, library, seen_at, ids)"
                " SELECT name, ?, ?, ? FROM saved_searches WHERE name=?",
                (library, now, packed, name),
            )
        self._announce(SavedChange("seen", name, now, library=library))

    def replace_many(
        self, puts: Mapping[str, Stored], removed: Iterable[str] = (),
        renamed: Mapping[str, str] | None = None,
    ) -> None:  # fmt: skip
        """Make these searches exactly so, rename ``renamed`` (old -> new name: what each saw
        goes with it) and remove ``removed``, in one transaction: merged sync state
        (reader/core/sync/). What a search saw is kept when its query is replaced."""
        moves = {old: new for old, new in (renamed or {}).items() if old != new}
        now = _now()
        with self._write() as db:
            for old, new in moves.items():
                db.execute("UPDATE OR IGNORE saved_searches SET name=? WHERE name=?", (new, old))
            gone = [n for n in removed if n not in puts]
            db.executemany("DELETE FROM saved_searches WHERE name=?", [(n,) for n in gone])
            db.executemany(
                "INSERT INTO saved_searches(name, query, created_at, updated_at)"
                " VALUES(?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET query=excluded.query,"
                " created_at=excluded.created_at, updated_at=excluded.updated_at",
                [(n, s.query, s.created_at, s.updated_at) for n, s in puts.items()],
            )
        for old, new in moves.items():
            self._announce(SavedChange("rename", old, now, new_name=new))
        for name in gone:
            self._announce(SavedChange("remove", name, now))
        for name, s in puts.items():
            self._announce(SavedChange("add", name, now, query=s.query))


def read_seen(path: Path, library: str) -> dict[str, set[str]]:
    """Every saved search's seen ids in one library, read-only (a worker counting "new"
    does not open the store itself: that would make a backup)."""
    if not path.exists():
        return {}
    db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT name, ids FROM saved_seen WHERE library=?", (library,))
        return {name: unpack_ids(blob) for name, blob in rows}
    except sqlite3.Error:
        return {}
    finally:
        db.close()

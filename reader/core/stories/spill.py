"""Temporary tables of the stories step: what it would otherwise hold per article of the
library (the new articles of a full build, the stories to write) waits in the catalog
connection's temporary database and is read back a page at a time (``store.py``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(slots=True)
class New:
    id: str
    published: int
    day: int
    lead_hash: int
    file_key: str
    counts: bytes  # every term of title and lead, packed: a dict each held 230 MB at 24k
    lang: int
    series: int  # its title's series key (``series_key``); 0 once known not to recur


class Spilled:
    """The new articles of an update in a temporary table of the catalog's connection,
    read back a page at a time in time order (publication, then id)."""

    PAGE = 1000

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.count = 0
        self._rows: list[tuple[object, ...]] = []
        db.execute("DROP TABLE IF EXISTS temp.story_new")
        db.execute(
            "CREATE TEMP TABLE story_new(id TEXT NOT NULL, published INTEGER NOT NULL,"
            " day INTEGER NOT NULL, lead_hash INTEGER NOT NULL, file_key TEXT NOT NULL,"
            " counts BLOB NOT NULL, lang INTEGER NOT NULL, series INTEGER NOT NULL,"
            " PRIMARY KEY(published, id)) WITHOUT ROWID"
        )

    def add(self, n: New) -> None:
        self._rows.append((n.id, n.published, n.day, n.lead_hash, n.file_key, n.counts,
                           n.lang, n.series))  # fmt: skip
        self.count += 1
        if len(self._rows) >= self.PAGE:
            self.done()

    def done(self) -> None:
        self.db.executemany("INSERT INTO temp.story_new VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                            self._rows)  # fmt: skip
        self._rows.clear()

    def in_time_order(self) -> Iterator[New]:
        columns = "id, published, day, lead_hash, file_key, counts, lang, series"
        page = self.db.execute(
            f"SELECT {columns} FROM temp.story_new ORDER BY published, id LIMIT ?", (self.PAGE,)
        ).fetchall()
        while page:
            for row in page:
                yield New(*row)
            page = self.db.execute(
                f"SELECT {columns} FROM temp.story_new WHERE (published, id) > (?, ?)"
                " ORDER BY published, id LIMIT ?",
                (page[-1][1], page[-1][0], self.PAGE),
            ).fetchall()

    def drop(self) -> None:
        self.db.execute("DROP TABLE IF EXISTS temp.story_new")


class IdTable:
    """A set of ids in a temporary table, read back in order a page at a time."""

    def __init__(self, db: sqlite3.Connection, name: str) -> None:
        self.db, self.name = db, f"temp.{name}"
        db.execute(f"DROP TABLE IF EXISTS {self.name}")
        db.execute(f"CREATE TEMP TABLE {name}(id TEXT PRIMARY KEY) WITHOUT ROWID")

    def add(self, ids: Iterable[str]) -> None:
        self.db.executemany(f"INSERT OR IGNORE INTO {self.name} VALUES(?)", ((i,) for i in ids))

    def pages(self, size: int) -> Iterator[list[str]]:
        page = [r[0] for r in self.db.execute(
            f"SELECT id FROM {self.name} ORDER BY id LIMIT ?", (size,))]  # fmt: skip
        while page:
            yield page
            page = [r[0] for r in self.db.execute(
                f"SELECT id FROM {self.name} WHERE id > ? ORDER BY id LIMIT ?",
                (page[-1], size))]  # fmt: skip

    def drop(self) -> None:
        self.db.execute(f"DROP TABLE IF EXISTS {self.name}")

"""What changed in the library since the catalog last saw it, worked out inside SQLite.

Every update walks the whole library. Held in Python, a million files cost the indexer
process about a gigabyte in a no-change update (the walk as a dict of path -> (size, mtime),
the catalog's file records as a dict of records, the changed paths as a sorted list: 0.55 KB
and more per file) and most of its time (two dict builds and a comparison per file). Here the
walk streams into a temporary table of the catalog's connection and the comparison, the
removed files and the articles they touch are joins in SQLite; what Python holds is one
page of paths at a time.

Temporary tables live in the connection's temp database (a file, not memory): they vanish
with the connection, so a killed update leaves nothing behind.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator

from reader.core.paths import path_from_text, path_to_text
from reader.core.scan import OUTSIDE_FILE, file_identity

# What an update compares with the catalog's record of each file: its size and time, and its
# identity (inode and status-change time, scan.FileStat.identity; "" where there is none).
WalkRow = tuple[str, int, int, str]  # (path as stored, size, mtime_ns, identity)
PAGE = 2000  # paths read back per query while indexing
# A recorded file gone from the library: not walked, and not a link out of it said as one.
_GONE = (
    "NOT EXISTS (SELECT 1 FROM temp.disk d WHERE d.path = f.path) AND NOT ("
    f"f.problem_kind = '{OUTSIDE_FILE}' AND f.path IN (SELECT path FROM temp.outside))"
)

_TEMP = """
DROP TABLE IF EXISTS temp.disk;
DROP TABLE IF EXISTS temp.todo;
DROP TABLE IF EXISTS temp.touched;
DROP TABLE IF EXISTS temp.outside;
CREATE TEMP TABLE disk(path TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    identity TEXT NOT NULL);
CREATE TEMP TABLE todo(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    identity TEXT NOT NULL, known INTEGER NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE touched(id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TEMP TABLE outside(path TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def stored_path(path: str) -> str:
    """``path_to_text`` for a path the walk made (already normalised): the common case, a
    path that is valid UTF-8, without building a PurePath (2 us a file, 2 s a million)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path_to_text(path)
    return path


def walk_rows(stats: Iterable[tuple[str, os.stat_result]]) -> Iterator[WalkRow]:
    for path, st in stats:
        yield stored_path(path), st.st_size, st.st_mtime_ns, file_identity(st)


class Changes:
    """The walk of one update, compared with the catalog's ``files`` table.

    ``fill`` the walk, then ``compare`` (with the ids of articles whose files must be read
    again whatever their stamps say, and the links out of the library the walk found); then
    ``deleted_paths``, ``touched_ids`` and ``to_parse`` (paths in order, a page at a time)
    say what the update does.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(_TEMP)
        self.files = 0
        self.changed = 0
        self.deleted = 0
        self.to_parse = 0
        self.said_outside: set[str] = set()  # links out of the library already recorded

    def fill(self, rows: Iterable[WalkRow]) -> None:
        """The library as walked (streamed: nothing is held per file)."""
        self.db.executemany("INSERT INTO temp.disk VALUES(?, ?, ?, ?)", rows)
        (self.files,) = self.db.execute("SELECT count(*) FROM temp.disk").fetchone()

    def compare(self, missing: Iterable[str], outside: Iterable[str] = ()) -> None:
        db = self.db
        db.executemany("INSERT OR IGNORE INTO temp.touched VALUES(?)", ((i,) for i in missing))
        db.executemany("INSERT OR IGNORE INTO temp.outside VALUES(?)",
                       ((stored_path(p),) for p in outside))  # fmt: skip
        # New or changed files, and files of articles that must be read again; "known": the
        # catalog has a record of it. Changed: its size or time; its inode or status-change
        # time (a chmod, a file replaced by another of the same size and time: a file
        # unreadable at the first build stayed skipped for ever, issue 20); and a file that
        # could not be opened is tried every time (a folder above it, or the user's groups,
        # may have changed). One pass over the walk: the files kept are those walked minus
        # the new ones (the walk visits each folder once, by device and inode, so its paths
        # are distinct), so no second join counts them.
        db.execute(
            "INSERT OR IGNORE INTO temp.todo SELECT d.path, d.size, d.mtime_ns, d.identity,"
            " f.path IS NOT NULL FROM temp.disk d"
            " LEFT JOIN files f ON f.path = d.path WHERE f.path IS NULL OR f.size != d.size"
            " OR f.mtime_ns != d.mtime_ns OR (d.identity != '' AND f.identity IS NOT d.identity)"
            " OR f.problem_kind = 'unreadable' OR f.article_id IN (SELECT id FROM temp.touched)"
        )
        (self.changed,) = db.execute("SELECT count(*) FROM temp.todo").fetchone()
        (known,) = db.execute("SELECT count(*) FROM files").fetchone()
        (new,) = db.execute("SELECT count(*) FROM temp.todo WHERE NOT known").fetchone()
        # A link out of the library whose record says so already stays as it is.
        self.said_outside = {r[0] for r in db.execute(
            "SELECT f.path FROM files f JOIN temp.outside o ON o.path = f.path"
            " WHERE f.problem_kind = ?", (OUTSIDE_FILE,)
        )}  # fmt: skip
        kept = self.files - new + len(self.said_outside)
        self.deleted = known - kept
        if self.deleted:  # only then is the walk looked up by path: index it
            db.execute("CREATE INDEX temp.disk_path ON disk(path)")
        # Articles whose shown file may change: those of changed and of removed files.
        db.execute(
            "INSERT OR IGNORE INTO temp.touched SELECT f.article_id FROM files f"
            " JOIN temp.todo t ON t.path = f.path WHERE f.article_id IS NOT NULL"
        )
        if self.deleted:
            db.execute(
                "INSERT OR IGNORE INTO temp.touched SELECT f.article_id FROM files f"
                " WHERE f.article_id IS NOT NULL"
                f" AND {_GONE}"
            )
        # Every file still on disk holding a touched article is read again (re-pick the copy
        # shown among all of them).
        # Their changed files are in already (with the walk's stamps); with nothing removed,
        # every recorded file is on disk with its recorded stamps (no lookup in the walk,
        # which is indexed only when files were removed).
        if self.deleted:
            db.execute(
                "INSERT OR IGNORE INTO temp.todo SELECT d.path, d.size, d.mtime_ns, d.identity, 1"
                " FROM files f JOIN temp.disk d ON d.path = f.path"
                " WHERE f.article_id IN (SELECT id FROM temp.touched)"
            )
        else:
            db.execute(
                "INSERT OR IGNORE INTO temp.todo SELECT f.path, f.size, f.mtime_ns,"
                " coalesce(f.identity, ''), 1"
                " FROM files f WHERE f.article_id IN (SELECT id FROM temp.touched)"
            )
        (self.to_parse,) = db.execute("SELECT count(*) FROM temp.todo").fetchone()

    @property
    def unchanged(self) -> int:
        return self.files - self.changed

    def deleted_paths(self) -> Iterator[str]:
        """Stored paths of files gone from the library (as stored: text)."""
        if not self.deleted:
            return iter(())
        rows = self.db.execute(f"SELECT f.path FROM files f WHERE {_GONE}").fetchall()
        return (r[0] for r in rows)

    def touched_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM temp.touched")]

    def delete_gone(self) -> None:
        """Forget the files gone from the library (the catalog's ``files`` rows)."""
        if self.deleted:
            self.db.execute(f"DELETE FROM files AS f WHERE {_GONE}")

    def items(self) -> Iterator[tuple[str, int, int, str]]:
        """(path, size, mtime_ns, identity) of every file to parse, in path order, read a page
        at a time (the connection commits between pages: each page is its own short query)."""
        columns = "path, size, mtime_ns, identity"
        rows = self.db.execute(
            f"SELECT {columns} FROM temp.todo ORDER BY path LIMIT ?", (PAGE,)
        ).fetchall()
        while rows:
            for path, size, mtime_ns, identity in rows:
                yield path_from_text(path), size, mtime_ns, identity
            rows = self.db.execute(
                f"SELECT {columns} FROM temp.todo WHERE path > ? ORDER BY path LIMIT ?",
                (rows[-1][0], PAGE),
            ).fetchall()

    def drop(self) -> None:
        self.db.executescript(
            "DROP TABLE IF EXISTS temp.disk; DROP TABLE IF EXISTS temp.todo;"
            " DROP TABLE IF EXISTS temp.touched; DROP TABLE IF EXISTS temp.outside;"
        )

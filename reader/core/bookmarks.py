"""Bookmarks that never get lost.

SQLite (WAL, one transaction per change) in the user data dir, keyed by the stable article id
and carrying a copy of the article's title, source, date, URL and last known path, so a bookmark
outlives the file, the index and the library folder. Every open makes a rolling backup; a
damaged database (SQLite says corrupt or not a database, or it is empty while a backup holds
bookmarks) is moved aside and the newest good backup restored. A file that cannot be read or
written (disk full, read-only, no permission, busy) is never taken for damaged: that raises
StorageError and the file stays as it is. The schema is versioned (``PRAGMA user_version``)
and migrated forward in place.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import data_dir, display_path, display_text
from reader.core.storage import (
    StorageError,
    StoreDamaged,
    columns_of,
    is_damage,
    move_aside,
    quick_check,
    read_only_connection,
    reason_of,
    sidecars,
    storage_error,
)
from reader.core.tags import split_tags

if TYPE_CHECKING:
    from reader.core.bookmark_files import ImportReport

SCHEMA_VERSION = 1
BACKUPS_KEPT = 5
# A database truncated to 0 bytes opened as a new empty one, and five starts later the
# backups that held 15,187 bookmarks had all rotated out for 1-bookmark copies. The backup
# with the most bookmarks is therefore kept beyond the rotation while the newest backup holds
# fewer than this share of its bookmarks.
SUSPICIOUS_SHRINK = 0.5
WHAT = QT_TR_NOOP("the bookmarks file")  # StorageError translates it
EXPORT_FORMAT = "reader-bookmarks"

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE bookmarks(
        article_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        url TEXT,
        path TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE TABLE bookmark_tags(
        article_id TEXT NOT NULL REFERENCES bookmarks(article_id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY(article_id, tag)
    );
    """,
}


@dataclass
class Bookmark:
    article_id: str
    title: str
    source: str = ""
    published: str | None = None  # ISO 8601, UTC
    url: str | None = None
    path: str | None = None
    note: str = ""
    created_at: str = ""
    tags: list[str] = field(default_factory=list)


def _path_text(path: str | None) -> str | None:
    """A bookmark's last known path is for people (shown, exported), never opened: a name
    that is not UTF-8 is kept with U+FFFD in place of its undecodable bytes."""
    return None if path is None else display_path(path)


def _bookmark_count(path: Path) -> int | None:
    """Bookmarks in a backup file, None when it is unreadable or fails SQLite's check."""
    try:
        # immutable: reads the file alone, never creates -wal/-shm files beside a backup
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        quick_check(probe)
        return int(probe.execute("SELECT count(*) FROM bookmarks").fetchone()[0])
    except (sqlite3.Error, StoreDamaged):
        return None
    finally:
        probe.close()


class NewerBookmarks(RuntimeError):
    """The file was written by a newer Reader: read it, never change it."""


_COLUMNS = {"bookmarks": {"article_id", "title", "source", "published", "url", "path", "note",
                          "created_at"}, "bookmark_tags": {"article_id", "tag"}}  # fmt: skip


class BookmarkStore:
    def __init__(self, path: Path | None = None) -> None:
        """Never refuses to open: a file that cannot be written (a full or read-only disk, no
        permission) or was written by a newer Reader is opened to read, and every write then
        raises StorageError in words (``read_only`` says why); ``notice`` tells the user."""
        self.path = path or data_dir() / "bookmarks.sqlite"
        self.backup_dir = self.path.parent / "bookmark-backups"
        self.notice: str | None = None  # for the user: a damaged file replaced, no backup made
        # Called after each committed change with the ids it changed (the sync journal).
        self.listeners: list[Callable[[list[str]], None]] = []
        self.read_only: str | None = None  # why writes are refused, in words; None: writable
        try:
            self.db = self._open_checked()
        except NewerBookmarks as exc:
            self.db = self._open_read_only(str(exc))
            return
        except (OSError, sqlite3.Error) as exc:
            error = storage_error(WHAT, self.path, exc)
            self.db = self._open_read_only(error.reason)
            return
        self._backup()

    def _open_read_only(self, why: str) -> sqlite3.Connection:
        """The file as it stands, to read; if even that fails, no bookmarks (said)."""
        self.read_only = why
        db = read_only_connection(self.path)
        try:
            if db is not None and all(
                _COLUMNS[table] <= columns_of(db, table) for table in _COLUMNS
            ):
                self._tell(tr("The bookmarks in {path} are shown but cannot be changed now:"
                              " {why}.", path=display_path(self.path), why=why))  # fmt: skip
                return db
        except sqlite3.Error:
            pass
        if db is not None:
            db.close()
        db = sqlite3.connect(":memory:", isolation_level=None)
        db.executescript(_MIGRATIONS[SCHEMA_VERSION])
        self._tell(tr("The bookmarks in {path} cannot be read or changed now: {why}. The file"
                      " is left as it is.", path=display_path(self.path), why=why))  # fmt: skip
        return db

    def _tell(self, sentence: str) -> None:
        self.notice = f"{self.notice} {sentence}" if self.notice else sentence

    # -- opening, checking, backups -------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            db.close()
            raise
        return db

    def _open_checked(self) -> sqlite3.Connection:
        if self.path.is_dir():
            return self._recover(tr("it is a folder"))
        size = self.path.stat().st_size if self.path.exists() else None
        if size == 0 and self._good_backups():
            return self._recover(tr("the file is empty (0 bytes)"))
        if size is None and self._good_backups():  # deleted, while its backups are here
            return self._recover(tr("it was missing"))
        db: sqlite3.Connection | None = None
        try:
            db = self._connect()
            quick_check(db)
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if size and not tables and self._good_backups():
                raise StoreDamaged(tr("the file holds no bookmarks table"))
            self._migrate(db)
            if any(not _COLUMNS[table] <= columns_of(db, table) for table in _COLUMNS):
                raise StoreDamaged(tr("it holds tables of another program"))
        except Exception as exc:
            if db is not None:
                db.close()
            if not is_damage(exc):
                raise
            return self._recover(reason_of(exc))
        if size == 0:
            self._tell(
                tr("The bookmarks file {path} was empty (0 bytes) and no backup was found:"
                   " bookmarks start empty.", path=display_path(self.path))
            )  # fmt: skip
        return db

    def _good_backups(self) -> list[tuple[Path, int]]:
        """Readable backups holding bookmarks, newest first."""
        found = []
        for backup in sorted(self.backup_dir.glob("bookmarks-*.sqlite"), reverse=True):
            count = _bookmark_count(backup)
            if count:
                found.append((backup, count))
        return found

    def _recover(self, reason: str) -> sqlite3.Connection:
        """Copy the newest good backup next to the file first, then set the damaged file aside
        and put the copy in its place: a failure at any step leaves the damaged file where it
        was (and says why), never a missing one."""
        staging = self.path.with_name(self.path.name + ".restoring")
        restored: tuple[Path, int] | None = None
        for backup, count in self._good_backups():
            try:
                shutil.copyfile(backup, staging)
            except OSError as exc:
                staging.unlink(missing_ok=True)
                why = tr("it is damaged ({damage}) and the backup {backup} cannot be copied back"
                         " ({reason}); nothing was changed", damage=reason, backup=backup.name,
                         reason=reason_of(exc))  # fmt: skip
                raise StorageError(WHAT, self.path, why) from exc
            restored = (backup, count)
            break
        try:
            aside = move_aside(WHAT, self.path) if self.path.exists() else None
        except StorageError:
            staging.unlink(missing_ok=True)
            raise
        if restored is not None:
            os.replace(staging, self.path)
        db = self._connect()
        self._migrate(db)
        if aside is None:  # the file was missing: nothing to keep aside
            assert restored is not None
            self._tell(tr("The bookmarks file {path} was missing; %n bookmark(s) were restored"
                          " from the backup {backup}.", None, restored[1],
                          path=display_path(self.path), backup=restored[0].name))  # fmt: skip
            return db
        values = {"path": display_path(self.path), "reason": display_text(reason),
                  "aside": aside.name}  # fmt: skip
        if restored:
            self._tell(tr("The bookmarks file {path} was damaged ({reason}); it was kept as"
                          " {aside}, and %n bookmark(s) were restored from the backup {backup}.",
                          None, restored[1], backup=restored[0].name, **values))  # fmt: skip
        else:
            self._tell(tr("The bookmarks file {path} was damaged ({reason}); it was kept as"
                          " {aside}, and no backup was found: bookmarks start empty.",
                          **values))  # fmt: skip
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            if "article_id" not in columns_of(db, "bookmarks"):
                raise StoreDamaged(tr("it is not a Reader bookmarks file"))
            raise NewerBookmarks(
                tr("they were written by a newer Reader (schema {version}) and are left"
                   " untouched", version=version)
            )  # fmt: skip
        for target in range(version + 1, SCHEMA_VERSION + 1):
            # One transaction per step: the schema and its version stamp change together.
            script = f"BEGIN IMMEDIATE;{_MIGRATIONS[target]};PRAGMA user_version={target};COMMIT;"
            try:
                db.executescript(script)
            except Exception:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def _backup(self) -> None:
        """A consistent copy (SQLite backup API) on every open; the newest few are kept, and
        the largest while the newest is suspiciously smaller. An empty database is never
        backed up, and a copy that could not be written completely never counts as one."""
        count = self.count()
        if count == 0 or self.read_only:
            return
        # Nanoseconds: two opens in one second by one process must not share a name (the
        # second copy would replace the first).
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now // 10**9))
        name = f"bookmarks-{stamp}-{now % 10**9:09d}-{os.getpid()}.sqlite"
        partial = self.backup_dir / f".{name}.partial"  # not matched by the backup pattern
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    self.db.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dest.close()
            os.replace(partial, self.backup_dir / name)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self._tell(
                tr("No backup of the bookmarks could be written in {folder} ({reason}).",
                   folder=display_path(self.backup_dir), reason=reason_of(exc))
            )  # fmt: skip
            return
        self._rotate(count)

    def _rotate(self, newest_count: int) -> None:
        backups = sorted(self.backup_dir.glob("bookmarks-*.sqlite"))  # oldest first
        keep = set(backups[-BACKUPS_KEPT:])
        counts = {b: _bookmark_count(b) or 0 for b in backups}
        largest = max(backups, key=lambda b: (counts[b], b))
        if newest_count < counts[largest] * SUSPICIOUS_SHRINK:
            keep.add(largest)
        for old in backups:
            if old not in keep:
                for file in sidecars(old):
                    with contextlib.suppress(OSError):
                        file.unlink(missing_ok=True)

    def close(self) -> None:
        self.db.close()

    # -- reading -----------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM bookmarks").fetchone()[0])

    def has(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM bookmarks WHERE article_id=?", (article_id,))
        return row.fetchone() is not None

    def get(self, article_id: str) -> Bookmark | None:
        return next(iter(self._select("WHERE b.article_id=?", (article_id,))), None)

    def list_bookmarks(
        self, text: str = "", tag: str | None = None, order: str = "created"
    ) -> list[Bookmark]:
        where: list[str] = []
        params: list[str] = []
        if text:
            where.append(
                "(instr(lower(b.title), lower(?)) > 0 OR instr(lower(b.note), lower(?)) > 0)"
            )
            params += [text, text]
        if tag:
            where.append("b.article_id IN (SELECT article_id FROM bookmark_tags WHERE tag=?)")
            params.append(tag)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        column = {"created": "b.created_at DESC", "title": "b.title", "date": "b.published DESC"}[
            order
        ]
        return list(self._select(clause, tuple(params), column))

    def tags(self) -> list[tuple[str, int]]:
        rows = self.db.execute("SELECT tag, count(*) FROM bookmark_tags GROUP BY tag ORDER BY tag")
        return [(r[0], r[1]) for r in rows]

    def _select(
        self,
        clause: str,
        params: tuple[str, ...],
        order: str = "b.created_at DESC",
        db: sqlite3.Connection | None = None,
    ) -> Iterator[Bookmark]:
        rows = (db or self.db).execute(
            "SELECT b.article_id, b.title, b.source, b.published, b.url, b.path, b.note,"
            " b.created_at, group_concat(t.tag, char(31)) FROM bookmarks b"
            " LEFT JOIN bookmark_tags t ON t.article_id = b.article_id "
            f"{clause} GROUP BY b.article_id ORDER BY {order}",
            params,
        )
        for r in rows.fetchall():
            tags = sorted(r[8].split("\x1f")) if r[8] else []
            yield Bookmark(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], tags)

    # -- writing (one transaction each; BEGIN IMMEDIATE serializes concurrent writers) --------
    @contextlib.contextmanager
    def _write(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One transaction (on ``db``, else the store's connection); a failed write (disk
        full, read-only...) raises StorageError."""
        db = db or self.db
        if self.read_only:
            raise StorageError(WHAT, self.path, self.read_only)
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise storage_error(WHAT, self.path, exc) from exc

    def _committed(self, ids: list[str]) -> None:
        for listener in self.listeners:
            listener(ids)

    def add(self, bookmark: Bookmark) -> None:
        """Add, or refresh the saved metadata of an existing bookmark (note and tags kept)."""
        created = bookmark.created_at or datetime.now(UTC).isoformat(timespec="seconds")
        with self._write() as db:
            db.execute(
                "INSERT INTO bookmarks(article_id, title, source, published, url, path, note,"
                " created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                " title=excluded.title, source=excluded.source, published=excluded.published,"
                " url=coalesce(excluded.url, url), path=coalesce(excluded.path, path)",
                (bookmark.article_id, bookmark.title, bookmark.source, bookmark.published,
                 bookmark.url, _path_text(bookmark.path), bookmark.note, created),
            )  # fmt: skip
            db.executemany(
                "INSERT OR IGNORE INTO bookmark_tags(article_id, tag) VALUES(?, ?)",
                [(bookmark.article_id, t) for t in split_tags(bookmark.tags)],
            )
        self._committed([bookmark.article_id])

    def remove(self, article_id: str) -> Bookmark | None:
        """Remove and return the bookmark (so the UI can undo by adding it back)."""
        existing = self.get(article_id)
        if existing is not None:
            with self._write() as db:
                db.execute("DELETE FROM bookmarks WHERE article_id=?", (article_id,))
            self._committed([article_id])
        return existing

    def set_note(self, article_id: str, note: str) -> None:
        with self._write() as db:
            db.execute("UPDATE bookmarks SET note=? WHERE article_id=?", (note, article_id))
        self._committed([article_id])

    def set_tags(self, article_id: str, tags: Iterable[str]) -> None:
        with self._write() as db:
            db.execute("DELETE FROM bookmark_tags WHERE article_id=?", (article_id,))
            db.executemany(
                "INSERT OR IGNORE INTO bookmark_tags(article_id, tag) VALUES(?, ?)",
                [(article_id, t) for t in split_tags(tags)],
            )
        self._committed([article_id])

    def replace_many(self, bookmarks: Iterable[Bookmark], removed: Iterable[str] = ()) -> None:
        """Make these bookmarks exactly so (note and tags too; a known path is kept when the
        new one is None) and remove ``removed``, in one transaction: merged sync state."""
        rows = list(bookmarks)
        gone = list(removed)
        with self._write() as db:
            db.executemany("DELETE FROM bookmarks WHERE article_id=?", [(i,) for i in gone])
            db.executemany(
                "INSERT INTO bookmarks(article_id, title, source, published, url, path, note,"
                " created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                " title=excluded.title, source=excluded.source, published=excluded.published,"
                " url=excluded.url, path=coalesce(excluded.path, path), note=excluded.note,"
                " created_at=excluded.created_at",
                [(b.article_id, b.title, b.source, b.published, b.url, _path_text(b.path),
                  b.note, b.created_at) for b in rows],
            )  # fmt: skip
            db.executemany("DELETE FROM bookmark_tags WHERE article_id=?",
                           [(b.article_id,) for b in rows])  # fmt: skip
            db.executemany(
                "INSERT OR IGNORE INTO bookmark_tags(article_id, tag) VALUES(?, ?)",
                [(b.article_id, t) for b in rows for t in split_tags(b.tags)],
            )
        self._committed([b.article_id for b in rows] + gone)

    def update_paths(self, paths: dict[str, str]) -> None:
        """Remember where bookmarked articles are now (after a scan found them moved)."""
        with self._write() as db:
            db.executemany(
                "UPDATE bookmarks SET path=? WHERE article_id=?",
                [(_path_text(p), i) for i, p in paths.items()],
            )

    # -- export and import (the formats: reader/core/bookmark_files.py) ------------------------
    def merge(self, bookmarks: Iterable[Bookmark]) -> tuple[int, int]:
        """Import: new ids are added, existing ones gain tags, keep their own note (or take
        the imported one when they have none) and refresh their saved metadata. One
        transaction (20,000 bookmarks: one commit, not 20,000). Returns (added, merged)."""
        from reader.core.bookmark_files import merge_into

        rows = list(bookmarks)
        with self._write() as db:
            counts = merge_into(db, rows)
        self._committed([b.article_id for b in rows])  # the sync journal records the import
        return counts

    def import_file(self, source: Path) -> ImportReport:
        """Import an export in any format: the good entries, and the skipped ones with why.
        Raises OSError or ValueError (in words) when the file as a whole is not an export,
        StorageError when the bookmarks cannot be written."""
        from reader.core.bookmark_files import ImportReport, read_import

        good, skipped = read_import(source)
        added, merged = self.merge(good)
        return ImportReport(added, merged, skipped)

    def export_file(self, target: Path) -> int:
        """Every bookmark, newest first, in the format the name says (.json, .md, .html)."""
        from reader.core.bookmark_files import export_file

        return export_file(self.list_bookmarks(order="created"), target)

    @contextlib.contextmanager
    def on_this_thread(self) -> Iterator[BookmarkStore]:
        """The same store through a connection of the calling thread, for a worker (a
        SQLite connection belongs to the thread that made it): no checks or backups again."""
        view = copy.copy(self)
        try:
            view.db = self._connect()
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(WHAT, self.path, exc) from exc
        try:
            yield view
        finally:
            view.db.close()

    def export_json(self, target: Path) -> int:
        from reader.core.bookmark_files import export_json

        return export_json(self.list_bookmarks(order="created"), target)

    def import_json(self, source: Path) -> tuple[int, int]:
        """Merge an export (any format); entries that are not bookmarks are skipped."""
        report = self.import_file(source)
        return report.added, report.merged

    def export_markdown(self, target: Path) -> int:
        from reader.core.bookmark_files import export_markdown

        return export_markdown(self.list_bookmarks(order="created"), target)

    def export_html(self, target: Path) -> int:
        from reader.core.bookmark_files import export_html

        return export_html(self.list_bookmarks(order="created"), target)

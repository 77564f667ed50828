"""Bookmarks that never get lost.

SQLite in the user data dir, keyed by the stable article id and carrying a copy of the
article's title, source, date, URL and last known path, so a bookmark outlives the file, the
index and the library folder. Kept by the rules of every store of the user's own data
(``reader/core/durable.py``): one transaction per change, rolling backups, a damaged, emptied,
deleted or foreign file restored from the newest good backup (the bad one kept aside), and a
file that cannot be written (or a newer Reader's) shown read-only with each change refused in
words. The store never refuses to open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.durable import Durability, DurableStore
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path
from reader.core.tags import split_tags

if TYPE_CHECKING:
    from reader.core.bookmark_files import ImportReport

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
SCHEMA_VERSION = max(_MIGRATIONS)
KIND = Durability(
    what=WHAT,
    file_name="bookmarks.sqlite",
    backup_folder="bookmark-backups",
    backup_stem="bookmarks",
    migrations=_MIGRATIONS,
    columns={
        "bookmarks": frozenset(
            {"article_id", "title", "source", "published", "url", "path", "note", "created_at"}
        ),
        "bookmark_tags": frozenset({"article_id", "tag"}),
    },
    table="bookmarks",
    key="article_id",
    not_ours=QT_TR_NOOP("it is not a Reader bookmarks file"),
    no_table=QT_TR_NOOP("the file holds no bookmarks table"),
    empty_no_backup=QT_TR_NOOP(
        "The bookmarks file {path} was empty (0 bytes) and no backup was found: bookmarks start"
        " empty."
    ),
    damaged_no_backup=QT_TR_NOOP(
        "The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and no backup"
        " was found: bookmarks start empty."
    ),
    shown_read_only=QT_TR_NOOP(
        "The bookmarks in {path} are shown but cannot be changed now: {why}."
    ),
    unreadable=QT_TR_NOOP(
        "The bookmarks in {path} cannot be read or changed now: {why}. The file is left as it is."
    ),
    no_backup_written=QT_TR_NOOP(
        "No backup of the bookmarks could be written in {folder} ({reason})."
    ),
    restored=lambda n, **values: tr(
        "The bookmarks file {path} was damaged ({reason}); it was kept as {aside}, and %n"
        " bookmark(s) were restored from the backup {backup}.",
        None,
        n,
        **values,
    ),
    missing_restored=lambda n, **values: tr(
        "The bookmarks file {path} was missing; %n bookmark(s) were restored from the backup"
        " {backup}.",
        None,
        n,
        **values,
    ),
)


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


class BookmarkStore(DurableStore):
    durability = KIND

    def __init__(self, path: Path | None = None) -> None:
        """Never refuses to open: a file that cannot be written (a full or read-only disk, no
        permission) or was written by a newer Reader is opened to read, and every write then
        raises StorageError in words (``read_only`` says why); ``notice`` tells the user."""
        super().__init__(path)
        # Called after each committed change with the ids it changed (the sync journal).
        self.listeners: list[Callable[[list[str]], None]] = []

    # -- reading -----------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM bookmarks WHERE article_id=?", (article_id,))
        return row.fetchone() is not None

    def ids(self) -> set[str]:
        """Every bookmarked article's id (one query, for a list that marks many rows)."""
        return {row[0] for row in self.db.execute("SELECT article_id FROM bookmarks")}

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
        self, clause: str, params: tuple[str, ...], order: str = "b.created_at DESC"
    ) -> Iterator[Bookmark]:
        rows = self.db.execute(
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

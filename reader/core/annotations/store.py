"""Highlights and their notes: the reader's own data, kept as every store of it is
(``reader/core/durable.py``: backups, a damaged file restored, read-only when unwritable).

One row per highlight, keyed by a stable id (a UUID made where the highlight was made, the
same on every machine), carrying its anchor (``anchor.py``), colour, note and tags, and a copy
of the article's title, source, date, URL and last known path, so a highlight outlives the
file, the index and the library folder.

Every change goes through ``add``, ``edit`` and ``remove`` (``merge`` for imports, which
uses them): each is one transaction, stamps ``updated_at``, records a removal as a tombstone,
and then tells every listener (``listen``) with a ``HighlightChange``. A sync layer hooks in
there, and reads ``USER_FIELDS`` (the article copy and its path are this machine's cache).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.annotations.anchor import Anchor
from reader.core.durable import Durability, DurableStore
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path
from reader.core.tags import split_tags

COLORS = ("yellow", "green", "blue", "pink")  # the palette's names; the window picks shades
# Light shades for paper: a dossier's PDF and a printed article are always a light page.
PAPER = {"yellow": "#fff1a8", "green": "#c9f2c7", "blue": "#cfe5ff", "pink": "#ffd1e3"}
EXPORT_FORMAT = "reader-highlights"

_MIGRATIONS = {
    1: """
    CREATE TABLE highlights(
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        pos_start INTEGER,
        pos_end INTEGER,
        color TEXT NOT NULL DEFAULT 'yellow',
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        url TEXT,
        path TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX highlights_article ON highlights(article_id, pos_start);
    CREATE TABLE removed(id TEXT PRIMARY KEY, removed_at TEXT NOT NULL);
    """,
}
SCHEMA_VERSION = max(_MIGRATIONS)
KIND = Durability(
    what=QT_TR_NOOP("the highlights file"),
    file_name="highlights.sqlite",
    backup_folder="highlight-backups",
    backup_stem="highlights",
    migrations=_MIGRATIONS,
    columns={
        "highlights": frozenset(
            {
                "id",
                "article_id",
                "exact",
                "prefix",
                "suffix",
                "pos_start",
                "pos_end",
                "color",
                "note",
                "tags",
                "title",
                "source",
                "published",
                "url",
                "path",
                "created_at",
                "updated_at",
            }
        ),
        "removed": frozenset({"id", "removed_at"}),
    },
    table="highlights",
    key="exact",
    not_ours=QT_TR_NOOP("it is not a Reader highlights file"),
    no_table=QT_TR_NOOP("the file holds no highlights table"),
    empty_no_backup=QT_TR_NOOP(
        "The highlights file {path} was empty (0 bytes) and no backup was found: highlights"
        " start empty."
    ),
    damaged_no_backup=QT_TR_NOOP(
        "The highlights file {path} was damaged ({reason}); it was kept as {aside}, and no"
        " backup was found: highlights start empty."
    ),
    shown_read_only=QT_TR_NOOP(
        "The highlights in {path} are shown but cannot be changed now: {why}."
    ),
    unreadable=QT_TR_NOOP(
        "The highlights in {path} cannot be read or changed now: {why}. The file is left as it is."
    ),
    no_backup_written=QT_TR_NOOP(
        "No backup of the highlights could be written in {folder} ({reason})."
    ),
    restored=lambda n, **values: tr(
        "The highlights file {path} was damaged ({reason}); it was kept as {aside}, and %n"
        " highlight(s) were restored from the backup {backup}.",
        None,
        n,
        **values,
    ),
    missing_restored=lambda n, **values: tr(
        "The highlights file {path} was missing; %n highlight(s) were restored from the backup"
        " {backup}.",
        None,
        n,
        **values,
    ),
)
_COLUMNS = ("id, article_id, exact, prefix, suffix, pos_start, pos_end, color, note, tags, title,"
            " source, published, url, path, created_at, updated_at")  # fmt: skip
# What the reader made (synced, exported); the article copy below it is a cache.
USER_FIELDS = ("id", "article_id", "exact", "prefix", "suffix", "start", "end", "color", "note",
               "tags", "created_at", "updated_at")  # fmt: skip


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def stamp_after(previous: str) -> str:
    """Now, or a millisecond after ``previous`` when the clock has not moved past it: an edit
    made in the millisecond of the highlight's creation must still be newer (an import
    compares the stamps, and took such an edit for the same version)."""
    now = now_iso()
    try:
        floor = datetime.fromisoformat(previous) + timedelta(milliseconds=1)
    except ValueError:
        return now
    return max(now, floor.isoformat(timespec="milliseconds"))


@dataclass
class Highlight:
    article_id: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None  # TextPositionSelector hint: offsets into the article's text
    end: int | None = None
    color: str = "yellow"
    note: str = ""
    tags: list[str] = field(default_factory=list)
    # the article as it was when last seen (shown, exported, cited when its file is gone)
    title: str = ""
    source: str = ""
    published: str | None = None  # ISO 8601, UTC
    url: str | None = None
    path: str | None = None
    id: str = ""  # set by the store when empty
    created_at: str = ""
    updated_at: str = ""

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.exact, self.prefix, self.suffix, self.start, self.end)


@dataclass(frozen=True)
class HighlightChange:
    """One committed change: ``kind`` is "added", "edited" or "removed"; ``highlight`` as it
    is now (as it was, for a removal)."""

    kind: str
    highlight: Highlight


def _row(h: Highlight) -> tuple[object, ...]:
    return (h.id, h.article_id, h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note,
            json.dumps(h.tags, ensure_ascii=False), h.title, h.source, h.published, h.url,
            None if h.path is None else display_path(h.path), h.created_at,
            h.updated_at)  # fmt: skip


def _highlight(r: Sequence[object]) -> Highlight:
    tags = json.loads(str(r[9])) if r[9] else []
    return Highlight(
        article_id=str(r[1]), exact=str(r[2]), prefix=str(r[3]), suffix=str(r[4]),
        start=r[5] if isinstance(r[5], int) else None,
        end=r[6] if isinstance(r[6], int) else None, color=str(r[7]), note=str(r[8]),
        tags=[str(t) for t in tags], title=str(r[10]), source=str(r[11]),
        published=None if r[12] is None else str(r[12]), url=None if r[13] is None else str(r[13]),
        path=None if r[14] is None else str(r[14]), id=str(r[0]), created_at=str(r[15]),
        updated_at=str(r[16]),
    )  # fmt: skip


def _clean_tags(tags: Iterable[str]) -> list[str]:
    return sorted(set(split_tags(tags)))


class HighlightStore(DurableStore):
    durability = KIND

    def __init__(self, path: Path | None = None) -> None:
        """Never refuses to open: ``notice`` says what happened to the file, ``read_only``
        why changes are refused (a full or read-only disk, a newer Reader's file)."""
        super().__init__(path)
        self._listeners: list[Callable[[HighlightChange], None]] = []

    def listen(self, listener: Callable[[HighlightChange], None]) -> None:
        """Called after every committed change, in the order they were made."""
        self._listeners.append(listener)

    def unlisten(self, listener: Callable[[HighlightChange], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, changes: Iterable[HighlightChange]) -> None:
        for change in changes:
            for listener in self._listeners:
                listener(change)

    # -- reading -------------------------------------------------------------------------
    def get(self, highlight_id: str) -> Highlight | None:
        found = self._select("WHERE id=?", (highlight_id,))
        return found[0] if found else None

    def for_article(self, article_id: str) -> list[Highlight]:
        """The article's highlights in text order (by their position hint)."""
        return self._select("WHERE article_id=?", (article_id,), "pos_start, created_at")

    def list_highlights(self, text: str = "", tag: str | None = None,
                        article_ids: Iterable[str] | None = None) -> list[Highlight]:  # fmt: skip
        """Newest first; ``text`` in the quote, note or title (case-insensitive), ``tag`` one
        of its tags, ``article_ids`` only these articles'."""
        where: list[str] = []
        params: list[object] = []
        if text:
            where.append("(instr(lower(exact), lower(?)) > 0 OR instr(lower(note), lower(?)) > 0"
                         " OR instr(lower(title), lower(?)) > 0)")  # fmt: skip
            params += [text, text, text]
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(highlights.tags) WHERE value=?)")
            params.append(tag)
        if article_ids is not None:
            ids = list(article_ids)
            where.append(f"article_id IN ({','.join('?' * len(ids))})" if ids else "0")
            params += ids
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        return self._select(clause, tuple(params), "created_at DESC, id")

    def tags(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT j.value, count(*) FROM highlights, json_each(highlights.tags) j"
            " GROUP BY j.value ORDER BY j.value"
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    def removed_ids(self) -> dict[str, str]:
        """Tombstones: id -> when it was removed (for a sync layer)."""
        return dict(self.db.execute("SELECT id, removed_at FROM removed").fetchall())

    def _select(self, clause: str, params: tuple[object, ...],
                order: str = "created_at DESC, id") -> list[Highlight]:  # fmt: skip
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM highlights {clause} ORDER BY {order}",
                                    params)  # fmt: skip
        return [_highlight(r) for r in rows.fetchall()]

    # -- changing: every change goes through these ---------------------------------------
    def add(self, highlight: Highlight) -> Highlight:
        """Store a new highlight (an id and times are given when it has none); adding one
        whose id exists replaces it (Undo of a removal puts it back as it was)."""
        return self._put(highlight, "added")

    def _put(self, highlight: Highlight, kind: str) -> Highlight:
        stamp = now_iso()
        made = replace(
            highlight, id=highlight.id or uuid.uuid4().hex,
            created_at=highlight.created_at or stamp, updated_at=highlight.updated_at or stamp,
            tags=_clean_tags(highlight.tags),
            color=highlight.color if highlight.color in COLORS else COLORS[0],
        )  # fmt: skip
        with self._write() as db:
            db.execute(f"INSERT OR REPLACE INTO highlights({_COLUMNS}) VALUES"
                       f" ({','.join('?' * 17)})", _row(made))  # fmt: skip
            db.execute("DELETE FROM removed WHERE id=?", (made.id,))
        self._tell([HighlightChange(kind, made)])
        return made

    def edit(self, highlight_id: str, *, note: str | None = None, color: str | None = None,
             tags: Iterable[str] | None = None) -> Highlight | None:  # fmt: skip
        """Change a highlight's note, colour or tags; None when there is no such highlight."""
        current = self.get(highlight_id)
        if current is None:
            return None
        changed = replace(
            current, note=current.note if note is None else note,
            color=current.color if color is None or color not in COLORS else color,
            tags=current.tags if tags is None else _clean_tags(tags),
            updated_at=stamp_after(current.updated_at),
        )  # fmt: skip
        with self._write() as db:
            db.execute("UPDATE highlights SET note=?, color=?, tags=?, updated_at=? WHERE id=?",
                       (changed.note, changed.color, json.dumps(changed.tags, ensure_ascii=False),
                        changed.updated_at, highlight_id))  # fmt: skip
        self._tell([HighlightChange("edited", changed)])
        return changed

    def remove(self, highlight_id: str) -> Highlight | None:
        """Remove and return the highlight (so the window can undo by adding it back)."""
        current = self.get(highlight_id)
        if current is None:
            return None
        with self._write() as db:
            db.execute("DELETE FROM highlights WHERE id=?", (highlight_id,))
            db.execute("INSERT OR REPLACE INTO removed(id, removed_at) VALUES(?, ?)",
                       (highlight_id, now_iso()))  # fmt: skip
        self._tell([HighlightChange("removed", current)])
        return current

    def replace_many(self, highlights: Iterable[Highlight], removed: Iterable[str] = ()) -> None:
        """Make these highlights exactly so (this machine's copy of the article kept) and
        remove ``removed``, in one transaction: merged sync state (reader/core/sync/)."""
        rows = [replace(h, tags=_clean_tags(h.tags)) for h in highlights]
        gone = [i for i in removed if self.get(i) is not None]
        stamp = now_iso()
        with self._write() as db:
            db.executemany("DELETE FROM highlights WHERE id=?", [(i,) for i in gone])
            db.executemany("INSERT OR REPLACE INTO removed(id, removed_at) VALUES(?, ?)",
                           [(i, stamp) for i in gone])  # fmt: skip
            for h in rows:
                kept = db.execute("SELECT title, source, published, url, path FROM highlights"
                                  " WHERE id=?", (h.id,)).fetchone()  # fmt: skip
                if kept is not None:
                    h.title, h.source, h.published, h.url, h.path = kept
                db.execute(f"INSERT OR REPLACE INTO highlights({_COLUMNS}) VALUES"
                           f" ({','.join('?' * 17)})", _row(h))  # fmt: skip
            db.executemany("DELETE FROM removed WHERE id=?", [(h.id,) for h in rows])
        self._tell([HighlightChange("edited", h) for h in rows])

    def refresh_articles(self, seen: dict[str, dict[str, str | None]]) -> None:
        """Remember the articles as last seen (title, source, published, url, path by id):
        this machine's cache, not a change of the reader's (no listener is told)."""
        with self._write() as db:
            db.executemany(
                "UPDATE highlights SET title=coalesce(?, title), source=coalesce(?, source),"
                " published=coalesce(?, published), url=coalesce(?, url),"
                " path=coalesce(?, path) WHERE article_id=?",
                [(m.get("title"), m.get("source"), m.get("published"), m.get("url"),
                  None if m.get("path") is None else display_path(str(m.get("path"))), i)
                 for i, m in seen.items()],
            )  # fmt: skip

    # -- export and import ---------------------------------------------------------------
    def export_json(self, target: Path, highlights: Sequence[Highlight] | None = None) -> int:
        items = [asdict(h) for h in (self.list_highlights() if highlights is None else highlights)]
        payload = {"format": EXPORT_FORMAT, "version": SCHEMA_VERSION, "highlights": items}
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return len(items)

    def import_json(self, source: Path) -> tuple[int, int]:
        """Merge an export: new ids are added; one already here takes the newer edit.
        Returns (added, updated)."""
        not_ours = tr("{path} is not a Reader highlights export", path=display_path(source))
        try:
            payload = json.loads(source.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(not_ours) from exc
        if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
            raise ValueError(not_ours)
        items = []
        for raw in payload.get("highlights", []):
            if not isinstance(raw, dict):
                continue
            known = {k: raw[k] for k in Highlight.__dataclass_fields__ if k in raw}
            if not isinstance(known.get("article_id"), str) or not known.get("exact"):
                continue
            if not isinstance(known.get("exact"), str) or not isinstance(known.get("id", ""), str):
                continue
            known["tags"] = [str(t) for t in known.get("tags") or [] if isinstance(t, str)]
            for key in ("start", "end"):
                if not isinstance(known.get(key), int) or isinstance(known.get(key), bool):
                    known[key] = None
            items.append(Highlight(**known))
        return self.merge(items)

    def merge(self, items: Iterable[Highlight]) -> tuple[int, int]:
        """Add highlights from elsewhere: new ids added, known ones replaced when the incoming
        edit is newer. Returns (added, updated)."""
        added = updated = 0
        for item in items:
            current = self.get(item.id) if item.id else None
            if current is None:
                self.add(item)
                added += 1
            elif item.updated_at > current.updated_at:
                self._put(item, "edited")
                updated += 1
        return added, updated

"""The one list's answer, from the catalog: ids in order, their count, and their histogram.

One implementation for every face: the window's list (a worker thread when nothing is searched,
the search process when something is), `reader list`, `reader search --count` and `reader
histogram`. A search's matches come from the engine (exact, verified) and enter as a temporary
table; everything else is SQL that SQLite runs in C (no Python loop over 96k rows holding the
GIL in the GUI process). Read marks and bookmarks are read from their own files, attached
read-only: what the reader marked a moment ago is committed there.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from reader.core.archive.days import DayRange, last_active_day
from reader.core.archive.query import ListQuery
from reader.core.search.fold import fold

BUCKETS = ("day", "week", "month")
# Local days by SQLite's own clock conversion (the C library's, as Python's astimezone()).
_BUCKET_SQL = {
    "day": "date(a.published, 'unixepoch', 'localtime')",
    "week": "date(a.published, 'unixepoch', 'localtime', '-6 days', 'weekday 1')",  # Monday
    "month": "strftime('%Y-%m-01', a.published, 'unixepoch', 'localtime')",
}
_ORDER_SQL = {
    "date": "a.published {dir}, a.title, a.id",
    "title": "a.title {dir}, a.published DESC, a.id",
    "source": "a.source {dir}, a.published DESC, a.title, a.id",
}


@dataclass(frozen=True)
class UserFiles:
    """The reader's own stores the filters read (attached read-only; absent files: empty)."""

    read_state: Path | None = None
    bookmarks: Path | None = None


@dataclass(frozen=True)
class Bucket:
    start: date | None  # the bucket's first day (None: articles without a date)
    count: int
    sources: dict[str, int] = field(default_factory=dict)


@dataclass
class Histogram:
    by: str
    buckets: list[Bucket] = field(default_factory=list)
    # The days that hold nearly all of it (``focus_days``): a chart drawn over 2014-2025 for
    # an archive of two months of 2020-2021 and a few stray posts shows one bar.
    focus: tuple[date, date] | None = None

    @property
    def total(self) -> int:
        return sum(b.count for b in self.buckets)

    def rebucket(self, by: str) -> Histogram:
        """Day buckets summed into weeks (from Monday) or months."""
        if by == self.by:
            return self
        merged: dict[date | None, tuple[int, dict[str, int]]] = {}
        for bucket in self.buckets:
            start = bucket_start(bucket.start, by) if bucket.start else None
            total, sources = merged.get(start, (0, {}))
            for name, n in bucket.sources.items():
                sources[name] = sources.get(name, 0) + n
            merged[start] = (total + bucket.count, sources)
        buckets = [Bucket(start, total, sources) for start, (total, sources) in merged.items()]
        buckets.sort(key=lambda b: (b.start is None, b.start or date.min))
        return Histogram(by, buckets, self.focus)

    def outside(self) -> tuple[int, int]:
        """Articles before and after the focus (the strip says them, it draws the focus)."""
        if self.focus is None:
            return 0, 0
        first = bucket_start(self.focus[0], self.by)
        last = bucket_start(self.focus[1], self.by)
        before = sum(b.count for b in self.buckets if b.start and b.start < first)
        after = sum(b.count for b in self.buckets if b.start and b.start > last)
        return before, after


FOCUS_SHARE = 0.01  # at most this share of the articles is left out at each end


def focus_days(day_buckets: list[Bucket]) -> tuple[date, date] | None:
    """The first and last day once at most FOCUS_SHARE of the articles is cut from each end
    (stray posts years away); the whole span when cutting would leave less than a third."""
    dated = [b for b in day_buckets if b.start is not None]
    if not dated:
        return None
    total = sum(b.count for b in dated)
    cut = total * FOCUS_SHARE
    lo, seen = 0, 0
    while lo < len(dated) - 1 and seen + dated[lo].count <= cut:
        seen += dated[lo].count
        lo += 1
    hi, seen = len(dated) - 1, 0
    while hi > lo and seen + dated[hi].count <= cut:
        seen += dated[hi].count
        hi -= 1
    first, last = dated[lo].start, dated[hi].start
    assert first is not None and last is not None
    return first, last


def bucket_start(day: date, by: str) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def auto_bucket(first: date | None, last: date | None) -> str:
    """Days for up to three months, weeks for up to two years, else months: a strip a few
    hundred pixels wide keeps bars a few pixels wide."""
    if first is None or last is None:
        return "day"
    span = (last - first).days
    return "day" if span <= 92 else "week" if span <= 730 else "month"


@dataclass
class Selection:
    """What the list holds: ``ids`` in order (all of them) and the days they were asked for."""

    ids: list[str] = field(default_factory=list)
    days: DayRange = field(default_factory=DayRange)
    last_active: date | None = None  # the archive's last active day (presets end there)
    histogram: Histogram | None = None


# -- the archive's last active day (cached per catalog state: one GROUP BY over every row) ----
_ACTIVE_CACHE: dict[tuple[str, int, int | None], date | None] = {}
_ACTIVE_LOCK = threading.Lock()


def day_counts(db: sqlite3.Connection) -> dict[date, int]:
    rows = db.execute(
        f"SELECT {_BUCKET_SQL['day']}, count(*) FROM articles a"
        " WHERE a.published IS NOT NULL GROUP BY 1"
    )
    return {date.fromisoformat(day): count for day, count in rows}


def archive_last_active(db: sqlite3.Connection) -> date | None:
    path = next((r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"), "")
    count, newest = db.execute("SELECT count(*), max(published) FROM articles").fetchone()
    key = (path, int(count), newest)
    with _ACTIVE_LOCK:
        if key in _ACTIVE_CACHE:
            return _ACTIVE_CACHE[key]
    found = last_active_day(day_counts(db))
    with _ACTIVE_LOCK:
        if len(_ACTIVE_CACHE) > 16:
            _ACTIVE_CACHE.clear()
        _ACTIVE_CACHE[key] = found
    return found


# -- attaching the reader's files and the matches --------------------------------------------
def _attach(db: sqlite3.Connection, name: str, path: Path | None) -> bool:
    attached = {r[1] for r in db.execute("PRAGMA database_list")}
    if name in attached:
        return True
    if path is None or not Path(path).exists():
        return False
    db.execute(f"ATTACH DATABASE ? AS {name}", (Path(path).absolute().as_uri() + "?mode=ro",))
    return True


def _load_matches(db: sqlite3.Connection, matched: Sequence[str]) -> None:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS matched(id TEXT PRIMARY KEY, rank INTEGER)")
    db.execute("DELETE FROM temp.matched")
    db.executemany("INSERT OR IGNORE INTO temp.matched VALUES(?, ?)",
                   zip(matched, range(len(matched)), strict=True))  # fmt: skip


def _where(
    db: sqlite3.Connection, query: ListQuery, days: DayRange, files: UserFiles
) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if query.sources:
        where.append(f"a.source IN ({','.join('?' * len(query.sources))})")
        params.extend(query.sources)
    start, end = days.bounds()
    if start is not None:
        where.append("a.published >= ?")
        params.append(start)
    if end is not None:
        where.append("a.published < ?")
        params.append(end)
    if query.unread_only and _attach(db, "reader_read", files.read_state):
        where.append("a.id NOT IN (SELECT id FROM reader_read.read)")
    if query.bookmarked or query.tag:
        if not _attach(db, "reader_marks", files.bookmarks):
            where.append("0")  # no bookmarks file: no bookmarks
        elif query.tag:
            where.append("a.id IN (SELECT article_id FROM reader_marks.bookmark_tags WHERE tag=?)")
            params.append(query.tag)
        else:
            where.append("a.id IN (SELECT article_id FROM reader_marks.bookmarks)")
    if query.title.strip():
        db.create_function("fold", 1, fold, deterministic=True)
        where.append("instr(fold(a.title), ?) > 0")
        params.append(fold(query.title.strip()))
    if query.story:
        where.append("a.id IN (SELECT article_id FROM story_articles WHERE story_id=?)")
        params.append(query.story)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _from(matched: Sequence[str] | None) -> str:
    return "articles a" + (" JOIN temp.matched m ON m.id = a.id" if matched is not None else "")


def select(
    db: sqlite3.Connection,
    query: ListQuery,
    *,
    files: UserFiles = UserFiles(),
    matched: Sequence[str] | None = None,
    order: str = "date",
    descending: bool = True,
    by: str | None = None,
    by_source: bool = False,
) -> Selection:
    """The list's ids for ``query`` (``matched``: the search's exact matches, in relevance
    order, when the query searches), and its histogram when ``by`` names a bucket."""
    last_active = archive_last_active(db)
    days = query.days(last_active)
    if matched is not None:
        _load_matches(db, matched)
    clause, params = _where(db, query, days, files)
    if order == "relevance" and matched is not None:
        ordering = "m.rank" + (" DESC" if not descending else "")
    else:
        direction = "DESC" if descending else "ASC"
        ordering = _ORDER_SQL["date" if order == "relevance" else order].format(dir=direction)
    sql = f"SELECT a.id FROM {_from(matched)}{clause} ORDER BY {ordering}"
    ids = [r[0] for r in db.execute(sql, params)]
    selection = Selection(ids, days, last_active)
    if by is not None:
        found = _histogram(db, clause, params, matched, "day", by_source)
        found.focus = focus_days(found.buckets)
        if by == "auto":
            first, last = found.focus or (None, None)
            found = found.rebucket(auto_bucket(first, last))
        else:
            found = found.rebucket(by)
        selection.histogram = found
    return selection


def histogram(
    db: sqlite3.Connection,
    query: ListQuery,
    *,
    files: UserFiles = UserFiles(),
    matched: Sequence[str] | None = None,
    by: str = "day",
    by_source: bool = False,
) -> Histogram:
    """Articles per day, week (from Monday) or month of exactly what ``select`` lists."""
    days = query.days(archive_last_active(db))
    if matched is not None:
        _load_matches(db, matched)
    clause, params = _where(db, query, days, files)
    return _histogram(db, clause, params, matched, by, by_source)


def _histogram(
    db: sqlite3.Connection,
    clause: str,
    params: list[object],
    matched: Sequence[str] | None,
    by: str,
    by_source: bool,
) -> Histogram:
    bucket = _BUCKET_SQL[by]
    source = "a.source" if by_source else "''"
    rows = db.execute(
        f"SELECT {bucket} AS bucket, {source}, count(*) FROM {_from(matched)}{clause}"
        " GROUP BY 1, 2 ORDER BY 1",
        params,
    )
    found: dict[str | None, tuple[int, dict[str, int]]] = {}
    for start, name, count in rows:
        total, sources = found.get(start, (0, {}))
        if by_source:
            sources[name] = count
        found[start] = (total + count, sources)
    buckets = [
        Bucket(date.fromisoformat(start) if start else None, total, sources)
        for start, (total, sources) in found.items()
    ]
    buckets.sort(key=lambda b: (b.start is None, b.start or date.min))
    return Histogram(by, buckets)

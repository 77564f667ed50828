"""Stories kept in the catalog database, brought up to date after each index update.

Own tables beside the catalog's (created here; the catalog's schema is untouched, and a
rebuild that deletes the catalog deletes them too):

- ``story_articles``: every article's story, publication time, event day, a hash of its
  title and lead (what clustering reads) and its packed terms;
- ``stories``: one row per story: the article whose title represents it, first and last
  publication, article and outlet counts;
- ``story_state``: the format version and the term document frequencies.

``update_stories`` compares the catalog with ``story_articles``: an article whose title and
lead are unchanged keeps its story (an edit further down the text changes nothing), new and
changed ones are placed by the online clusterer against the stories stored around their
time, removed ones leave their stories. Existing story ids never change in an update; a
full build (first run, or a new format) places every article in time order, so a story's
id is the id of its earliest article.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from reader.core.i18n import tr
from reader.core.stories.clustering import (
    CANDIDATE_TERMS,
    SPAN_S,
    Clusterer,
    Item,
)
from reader.core.stories.features import (
    LANG_EN,
    LEAD_CHARS,
    MIN_DF_FLOOR_EN,
    SERIES_DIGEST,
    SERIES_MARKET,
    SERIES_PREFIX,
    DocFreq,
    TermIds,
    _Freq,
    event_day,
    pack,
    series_key,
    split_lead,
    unpack,
)
from reader.core.stories.titles import best_title

STORIES_VERSION = "3"  # bump when clustering changes: stories are rebuilt
SHARED_TERMS = 3  # with fewer, a stored article is too far from a new one to matter
log = logging.getLogger(__name__)
_READ_BYTES = 6 * (LEAD_CHARS + 400)  # UTF-8 bytes that surely hold title + lead

_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_state(key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS story_articles(
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    published INTEGER NOT NULL,
    day INTEGER NOT NULL,
    lead_hash INTEGER NOT NULL,
    file_key TEXT NOT NULL,
    terms BLOB NOT NULL,
    lang INTEGER NOT NULL,
    series INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id);
CREATE INDEX IF NOT EXISTS story_articles_series ON story_articles(series) WHERE series != 0;
CREATE INDEX IF NOT EXISTS story_articles_published ON story_articles(published);
CREATE TABLE IF NOT EXISTS stories(
    story_id TEXT PRIMARY KEY,
    title_id TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    size INTEGER NOT NULL,
    sources INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last);
"""
_TABLES = ("story_articles", "stories", "story_state")


@dataclass
class StoriesSummary:
    placed: int = 0  # articles (re)clustered
    kept: int = 0  # changed articles whose title and lead did not change
    removed: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    problem: str | None = None  # why stories could not be updated (the index is fine)


def lead_text(blob: bytes) -> str:
    """The start of a catalog folded_z blob: enough for title and lead, without inflating
    whole articles (a few KB instead of 3.7 KB on average)."""
    raw = zlib.decompressobj().decompress(blob, _READ_BYTES)
    return raw.decode("utf-8", "ignore")


def _lead_hash(folded: str, published: int | None) -> int:
    cut = folded.find("\n")
    head = folded if cut < 0 else folded[: cut + 1 + LEAD_CHARS]
    return zlib.crc32(f"{published}\n{head}".encode("utf-8", "surrogatepass"))


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(_SCHEMA)


def _load_df(db: sqlite3.Connection) -> DocFreq | None:
    try:
        rows = dict(db.execute("SELECT key, value FROM story_state"))
    except sqlite3.OperationalError:
        return None
    if rows.get("version") != STORIES_VERSION.encode() or "df" not in rows:
        return None
    freqs = []
    for lang in ("", "_en"):
        counts = array("I")
        counts.frombytes(zlib.decompress(rows["df" + lang]))
        freqs.append(_Freq(counts, int(rows["docs" + lang]), MIN_DF_FLOOR_EN if lang else 0))
    return DocFreq(*freqs)


def _save_df(db: sqlite3.Connection, df: DocFreq) -> None:
    zh, en = df.langs
    db.executemany(
        "INSERT OR REPLACE INTO story_state(key, value) VALUES(?, ?)",
        [
            ("version", STORIES_VERSION.encode()),
            ("docs", str(zh.docs).encode()),
            ("df", zlib.compress(zh.counts.tobytes(), 1)),
            ("docs_en", str(en.docs).encode()),
            ("df_en", zlib.compress(en.counts.tobytes(), 1)),
        ],
    )


@dataclass(slots=True)
class _New:
    id: str
    published: int
    day: int
    lead_hash: int
    file_key: str
    counts: bytes  # every term of title and lead, packed: a dict each held 230 MB at 24k
    lang: int
    series: int  # its title's series key (``series_key``); 0 once known not to recur


def update_stories(db: sqlite3.Connection) -> StoriesSummary:
    """Bring the story tables in line with the catalog's articles (one transaction)."""
    started = time.perf_counter()
    summary = StoriesSummary()
    df = _load_df(db)  # before the schema: an older format's tables are dropped, not indexed
    if df is None:  # a first build, or a new format: its own columns
        for table in _TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        df = DocFreq()
        summary.rebuilt = True
    ensure_schema(db)
    # Which file an article shows and its content hash say cheaply whether it may differ
    # (compared by hash here: the strings themselves are read again for the few that do).
    catalog = {
        r[0]: (r[1] or 0, hash(_file_key(r[2], r[3])))
        for r in db.execute(
            "SELECT a.id, a.published, a.path, f.content_hash FROM articles a"
            " LEFT JOIN files f ON f.path = a.path"
        )
    }
    stored = {
        r[0]: (r[1], r[2], r[3], hash(r[4]))
        for r in db.execute(
            "SELECT article_id, story_id, published, lead_hash, file_key FROM story_articles"
        )
    }
    suspects = [
        a for a, (published, key) in catalog.items()
        if (old := stored.get(a)) is None or old[1] != published or old[3] != key
    ]  # fmt: skip
    # The new articles wait in a temporary table, not in a list: their packed terms, ids and
    # file keys held ~1.1 KB an article (a full build of 232k articles: ~250 MB of the
    # writer's 504 MB peak), and the placing below needs the whole library's frequencies
    # before the first of them.
    spilled = _Spilled(db)
    relabel: list[tuple[str, str]] = []  # (file key, article) of edits below the lead
    ids = TermIds()
    for article_id, blob, key, source in _folded_heads(db, suspects):
        published = catalog[article_id][0]
        folded = lead_text(blob)
        lead_hash = _lead_hash(folded, published)
        old = stored.get(article_id)
        if old is not None and old[1] == published and old[2] == lead_hash:
            relabel.append((key, article_id))
            continue
        counts, lang = ids.counts(folded)
        df.add(counts, lang)
        series = series_key(split_lead(folded)[0], source or "", folded=True)
        spilled.add(_New(article_id, published, event_day(folded, published), lead_hash, key,
                         pack(counts, counts), lang, series))  # fmt: skip
    spilled.done()
    recurring = _recurring(db, spilled.series_days())
    gone = [a for a in stored if a not in catalog] + [a for a in spilled.ids() if a in stored]
    affected = {stored[a][0] for a in gone}  # stories that lose members
    summary.kept, summary.removed = len(relabel), len(stored) - len(set(stored) & set(catalog))
    db.executemany("UPDATE story_articles SET file_key=? WHERE article_id=?", relabel)
    db.executemany("DELETE FROM story_articles WHERE article_id=?", [(a,) for a in gone])
    if spilled.count or gone:
        clusterer = Clusterer()
        if stored:  # else there is nothing stored to join (a first or full build)
            # in time order, one at a time: a list of every new article's terms held ~0.9 KB
            # each (adding 263k articles to a library: ~240 MB)
            probes = ((n.published, list(islice(_probe(df, n), CANDIDATE_TERMS)))
                      for n in spilled.in_time_order())  # fmt: skip
            _load_around(db, clusterer, df, probes, affected)
        # Placed in time order, written as placed (the rows of a whole build held 6 MB at 24k);
        # the few moved by a later merge are relabelled after.
        rows: list[tuple[object, ...]] = []
        for n in spilled.in_time_order():
            series = n.series if n.series in recurring else 0
            counts = unpack(n.counts)
            vec, cross = _vectors(df, counts, n.lang)
            item = Item(n.id, n.published, n.day, vec, n.lang, cross, series)
            story_id = clusterer.place(item)
            rows.append((n.id, story_id, n.published, n.day, n.lead_hash, n.file_key,
                         pack(counts, vec), n.lang, series))  # fmt: skip
            summary.placed += 1
            if len(rows) >= 1000:
                _insert_rows(db, rows)
        _insert_rows(db, rows)
        db.executemany(
            "UPDATE story_articles SET story_id=? WHERE article_id=?",
            [(clusterer.story_of[a], a) for a in sorted(clusterer.moved)],
        )
        touched = {sid for sid, story in clusterer.stories.items() if story.touched}
        touched |= {sid for sid, (_, changed) in clusterer.finished.items() if changed}
        del clusterer  # its story of every article placed: not needed to write the stories
        _write_stories(db, touched | affected)
        _save_df(db, df)
    spilled.drop()
    db.commit()
    summary.seconds = time.perf_counter() - started
    return summary


def _vectors(
    df: DocFreq, counts: dict[int, int], lang: int
) -> tuple[dict[int, float], dict[int, float] | None]:
    """An article's vector, and an English one's terms shared with Chinese articles."""
    return df.weights(counts, lang), (df.shared(counts) if lang == LANG_EN else None)


def _probe(df: DocFreq, n: _New) -> dict[int, float]:
    """The terms by which stored stories near a new article are found."""
    vec, cross = _vectors(df, unpack(n.counts), n.lang)
    return {**cross, **vec} if cross else vec


SERIES_DAYS = 3  # a title seen on this many days in one outlet is a template...
PREFIX_DAYS, PREFIX_SPAN = 5, 14  # ...a prefix on 5 days over two weeks or more a series


def _recurring(db: sqlite3.Connection, new: Iterable[tuple[int, int]]) -> set[int]:
    """The series keys of the new articles (``(series, published)`` each) that recur,
    counted over the stored and the new articles (a full build knows its whole library
    before it places one); the others are cleared: a re-post on another day is not a
    template, "美國會暴動：" over three days not a series."""
    days: dict[int, set[int]] = defaultdict(set)
    for series, published in new:
        days[series].add((published + 8 * 3600) // 86400)
    keys = sorted(days)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for series, published in db.execute(
            f"SELECT series, published FROM story_articles WHERE series IN ({marks})", chunk
        ):
            days[series].add((published + 8 * 3600) // 86400)

    def recurs(key: int) -> bool:
        seen = days[key]
        if key & 3 in (SERIES_MARKET, SERIES_DIGEST):
            return True
        if key & 3 == SERIES_PREFIX:
            return len(seen) >= PREFIX_DAYS and max(seen) - min(seen) >= PREFIX_SPAN
        return len(seen) >= SERIES_DAYS

    return {k for k in keys if recurs(k)}


def _insert_rows(db: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    db.executemany("INSERT OR REPLACE INTO story_articles VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    rows.clear()


class _Spilled:
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

    def add(self, n: _New) -> None:
        self._rows.append((n.id, n.published, n.day, n.lead_hash, n.file_key, n.counts,
                           n.lang, n.series))  # fmt: skip
        self.count += 1
        if len(self._rows) >= self.PAGE:
            self.done()

    def done(self) -> None:
        self.db.executemany("INSERT INTO temp.story_new VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                            self._rows)  # fmt: skip
        self._rows.clear()

    def series_days(self) -> list[tuple[int, int]]:
        return self.db.execute("SELECT series, published FROM temp.story_new").fetchall()

    def ids(self) -> Iterator[str]:
        return (r[0] for r in self.db.execute("SELECT id FROM temp.story_new").fetchall())

    def in_time_order(self) -> Iterator[_New]:
        columns = "id, published, day, lead_hash, file_key, counts, lang, series"
        page = self.db.execute(
            f"SELECT {columns} FROM temp.story_new ORDER BY published, id LIMIT ?", (self.PAGE,)
        ).fetchall()
        while page:
            for row in page:
                yield _New(*row)
            page = self.db.execute(
                f"SELECT {columns} FROM temp.story_new WHERE (published, id) > (?, ?)"
                " ORDER BY published, id LIMIT ?",
                (page[-1][1], page[-1][0], self.PAGE),
            ).fetchall()

    def drop(self) -> None:
        self.db.execute("DROP TABLE IF EXISTS temp.story_new")


def update_stories_safely(db: sqlite3.Connection) -> StoriesSummary:
    """``update_stories`` for the indexer: a failure rolls the story tables back and is
    reported in the summary; the search index and catalog stay as committed, and the next
    update tries again."""
    try:
        return update_stories(db)
    except (sqlite3.Error, ValueError, zlib.error, MemoryError) as exc:
        db.rollback()
        log.warning("stories not updated: %s", exc)
        why = f"{type(exc).__name__}: {exc}"
        return StoriesSummary(problem=tr("stories could not be updated ({why})", why=why))


def _file_key(path: str | None, content_hash: str | None) -> str:
    """Which file an article shows and that file's content (stored in ``story_articles``)."""
    return f"{path}\0{content_hash}"


def _folded_heads(
    db: sqlite3.Connection, ids: Sequence[str]
) -> Iterable[tuple[str, bytes, str, str | None]]:
    """(id, folded text, file key, source) of the given articles."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for aid, blob, path, content_hash, source in db.execute(
            "SELECT a.id, a.folded_z, a.path, f.content_hash, a.source FROM articles a"
            f" LEFT JOIN files f ON f.path = a.path WHERE a.id IN ({marks})",
            chunk,
        ):
            yield aid, blob, _file_key(path, content_hash), source


def _load_around(
    db: sqlite3.Connection,
    clusterer: Clusterer,
    df: DocFreq,
    new: Iterable[tuple[int, list[int]]],
    also: Iterable[str],
) -> None:
    """Load, as fixed stories, the stored stories new articles may join: those with an
    article within twice the story span of a new one (``new``: their publication times and
    heaviest terms, in time order)
    that shares ``SHARED_TERMS`` of those terms, and the stories in ``also``. Building every
    story around 100 new articles spread over the corpus took 3.7 s (any one shared term:
    3.3 s)."""
    reach = 2 * SPAN_S
    probes = Probes()
    windows: list[tuple[int, int]] = []
    for n, (t, heaviest) in enumerate(new):
        probes.add(t, n, heaviest)
        if windows and t - reach <= windows[-1][1]:
            windows[-1] = (windows[-1][0], t + reach)
        else:
            windows.append((t - reach, t + reach))
    story_ids: set[str] = set(also)
    for lo, hi in windows:
        for sid, published, terms in db.execute(
            "SELECT story_id, published, terms FROM story_articles WHERE published BETWEEN ? AND ?",
            (lo, hi),
        ):
            if sid in story_ids:
                continue
            shared = probes.shared(published, unpack(terms), reach)
            if shared and max(shared.values()) >= SHARED_TERMS:
                story_ids.add(sid)
    members: dict[str, list[Item]] = defaultdict(list)
    wanted = sorted(story_ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, sid, published, day, terms, lang, series in db.execute(
            "SELECT article_id, story_id, published, day, terms, lang, series FROM story_articles"
            f" WHERE story_id IN ({marks})",
            chunk,
        ):
            vec = df.weights(unpack(terms), lang)
            members[sid].append(Item(aid, published, day, vec, lang, None, series))
    for sid in sorted(members, key=lambda s: min(i.published for i in members[s])):
        clusterer.add_story(sid, members[sid])


class Probes:
    """The new articles' heaviest terms, per term in time order as two packed arrays (time,
    article number): which new articles share a term with a stored article within ``reach``
    of its time, found by bisection. Every new article with the term was scanned for each
    stored article in the windows, and kept as a tuple: adding 263k articles to a library
    of 232k spent more than 15 minutes there, at 1.5 GB."""

    def __init__(self) -> None:
        self.times: dict[int, array[int]] = {}
        self.articles: dict[int, array[int]] = {}

    def add(self, t: int, n: int, terms: Iterable[int]) -> None:
        """Article ``n`` at time ``t``: called in time order."""
        for term in terms:
            times = self.times.get(term)
            if times is None:
                times = self.times[term] = array("q")
                self.articles[term] = array("q")
            times.append(t)
            self.articles[term].append(n)

    def shared(self, published: int, terms: Iterable[int], reach: int) -> Counter[int]:
        """How many of ``terms`` each new article within ``reach`` of ``published`` has."""
        shared: Counter[int] = Counter()
        for term in terms:
            times = self.times.get(term)
            if times is not None:
                lo = bisect_left(times, published - reach)
                hi = bisect_right(times, published + reach, lo)
                if lo < hi:
                    shared.update(self.articles[term][lo:hi])
        return shared


def _write_stories(db: sqlite3.Connection, story_ids: set[str]) -> None:
    """The ``stories`` rows of these stories: span, sizes, and the member that names it
    (``titles.best_title``: chosen from the members' titles, so one query gives all)."""
    ids = sorted(story_ids)
    db.executemany("DELETE FROM stories WHERE story_id=?", [(s,) for s in ids])
    # 500 stories at a time, each chunk's members read, written and let go: a full build
    # held every member with its title at once (with the clusterer, which is let go before:
    # the stories step of 232k articles peaked at 390 MB, now 245 MB).
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        members: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        sources: dict[str, set[str]] = defaultdict(set)
        for sid, aid, title, published, source in db.execute(
            "SELECT s.story_id, s.article_id, a.title, s.published, a.source FROM story_articles s"
            f" JOIN articles a ON a.id = s.article_id WHERE s.story_id IN ({marks})",
            chunk,
        ):
            members[sid].append((aid, title or "", published))
            sources[sid].add(source)
        db.executemany(
            "INSERT INTO stories VALUES(?, ?, ?, ?, ?, ?)",
            [
                (sid, best_title(m), min(p for _, _, p in m), max(p for _, _, p in m), len(m),
                 len(sources[sid]))
                for sid, m in members.items()
            ],
        )  # fmt: skip

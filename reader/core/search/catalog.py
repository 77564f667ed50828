"""SQLite catalog: article metadata for instant listing, file fingerprints for incremental
updates, and compressed text for snippets and exact-match verification.

Chosen over Whoosh stored fields because the UI lists and sorts 100k rows by date/title/source
straight from an index (see bench/README.md for the measurement) and reads a row by id in
microseconds, without opening the search index at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.i18n import tr
from reader.core.paths import display_text, path_from_text, path_to_text
from reader.core.search.fold import fold
from reader.core.storage import StoreDamaged, sidecars

CATALOG_VERSION = 4  # 4: files.identity (issue 20)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    article_id TEXT,
    published INTEGER,
    problem_kind TEXT,
    problem_message TEXT,
    identity TEXT  -- inode and status-change time when read (scan.FileStat.identity)
);
CREATE INDEX IF NOT EXISTS files_article ON files(article_id);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    published INTEGER,
    url TEXT,
    categories TEXT NOT NULL,
    tags TEXT NOT NULL,
    lead_image TEXT,
    remote_images INTEGER NOT NULL DEFAULT 0,
    text_z BLOB NOT NULL,
    folded_z BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
-- The list's default order, read from the index alone: 35 -> 6 ms for 23k ids. Added to an
-- older catalog by its next update (the indexer opens it read-write); no rebuild needed.
CREATE INDEX IF NOT EXISTS articles_newest ON articles(published DESC, title, id);
"""


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    id: str
    path: Path
    title: str
    source: str
    published: datetime | None
    url: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    lead_image: str | None
    remote_images: int


@dataclass(frozen=True, slots=True)
class FileRecord:
    path: str
    size: int
    mtime_ns: int
    content_hash: str
    article_id: str | None
    published: int | None
    problem_kind: str | None = None
    problem_message: str | None = None
    identity: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the indexer stores for one article (built in parse workers, so plain data)."""

    id: str
    path: str
    title: str
    source: str
    published: int | None  # epoch seconds, UTC
    url: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    lead_image: str | None
    remote_images: int
    text_z: bytes  # zlib(title + "\n" + body text)
    folded_z: bytes  # zlib(fold(title + "\n" + body text)): same length, offsets align


ALIASES_KEY = "host_aliases"
_URL_PREFIXES = """
SELECT CASE WHEN scheme = 0 OR slash = 0 THEN url ELSE substr(url, 1, scheme + 1 + slash) END
       AS prefix, source, count(*)
FROM (SELECT url, source, instr(url, '://') AS scheme,
             instr(substr(url, instr(url, '://') + 3), '/') AS slash
      FROM articles WHERE url != '')
GROUP BY prefix, source
"""


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def decompress(blob: bytes) -> str:
    try:
        return zlib.decompress(blob).decode("utf-8", "surrogatepass")
    except (zlib.error, UnicodeDecodeError) as exc:  # garbage inside a page SQLite passed
        raise StoreDamaged(tr("a stored text does not decompress ({why})", why=exc)) from exc


def _ts(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, tz=UTC) if value is not None else None


def _create(path: Path) -> None:
    """A new catalog appears with its tables (readers that see the file can query it): the
    schema is written to a side file that is then renamed into place."""
    fresh = path.with_name(path.name + ".new")
    for stale in sidecars(fresh):
        stale.unlink(missing_ok=True)
    db = sqlite3.connect(fresh)
    try:
        db.executescript(_SCHEMA)
        db.execute("PRAGMA journal_mode=WAL")
    finally:
        db.close()
    os.replace(fresh, path)


class Catalog:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        if not readonly and not path.exists():
            _create(path)
        # An absolute file: URI, percent-encoded: a data folder whose name holds ?, # or %
        # would otherwise be read as the URI's query or fragment.
        uri = Path(path).absolute().as_uri() + ("?mode=ro" if readonly else "")
        self.db = sqlite3.connect(uri, uri=True, timeout=30.0, check_same_thread=False)
        try:
            self.db.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    # -- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (key, value))

    # -- files --------------------------------------------------------------------------
    # Paths are stored as ``path_to_text`` (a file name that is not UTF-8 would not bind as
    # SQLite text) and come back as the path itself, so the file opens again.
    def file_records(self) -> dict[str, FileRecord]:
        rows = self.db.execute(
            "SELECT path, size, mtime_ns, content_hash, article_id, published, problem_kind,"
            " problem_message, identity FROM files"
        )
        return {(path := path_from_text(r[0])): FileRecord(path, *r[1:]) for r in rows}

    def put_files(self, records: Iterable[FileRecord]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO files VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    path_to_text(r.path), r.size, r.mtime_ns, r.content_hash, r.article_id,
                    r.published, r.problem_kind,
                    None if r.problem_message is None else display_text(r.problem_message),
                    r.identity,
                )
                for r in records
            ],
        )  # fmt: skip

    def delete_files(self, paths: Iterable[str]) -> None:
        self.db.executemany("DELETE FROM files WHERE path=?", [(path_to_text(p),) for p in paths])

    def file_record(self, path: str) -> FileRecord | None:
        row = self.db.execute(
            "SELECT path, size, mtime_ns, content_hash, article_id, published, problem_kind,"
            " problem_message, identity FROM files WHERE path=?",
            (path_to_text(path),),
        ).fetchone()
        return FileRecord(path_from_text(row[0]), *row[1:]) if row else None

    def problems(self) -> list[FileRecord]:
        return [r for r in self.file_records().values() if r.problem_kind]

    # -- articles -----------------------------------------------------------------------
    def put_articles(self, rows: Iterable[ArticleRow]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO articles VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.id, path_to_text(r.path), r.title, r.source, r.published, r.url,
                    json.dumps(r.categories, ensure_ascii=False),
                    json.dumps(r.tags, ensure_ascii=False), r.lead_image, r.remote_images,
                    r.text_z, r.folded_z,
                )
                for r in rows
            ],
        )  # fmt: skip

    def delete_articles(self, ids: Iterable[str]) -> None:
        self.db.executemany("DELETE FROM articles WHERE id=?", [(i,) for i in ids])

    def article_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def counts(self) -> tuple[int, int, int]:
        """(articles, duplicate copies, skipped files) as recorded. Every file either holds
        an article (shown, or a duplicate copy of one shown from another file) or was skipped
        with a problem, so once an update completes they add up to the files found."""
        (skipped,) = self.db.execute("SELECT count(problem_kind) FROM files").fetchone()
        (duplicates,) = self.db.execute(
            "SELECT count(*) FROM files f JOIN articles a ON a.id = f.article_id"
            " WHERE a.path != f.path"
        ).fetchone()
        return self.article_count(), int(duplicates), int(skipped)

    def shown_files(self) -> dict[str, str]:
        """Article id -> the stored text of the path of the file it is shown from."""
        return dict(self.db.execute("SELECT id, path FROM articles").fetchall())

    def ids(
        self,
        order: str = "date",
        descending: bool = True,
        *,
        title_contains: str = "",
        source: str | tuple[str, ...] | None = None,
    ) -> list[str]:
        """Article ids in display order, optionally filtered (for the article list).

        The title filter folds both sides as search does (Traditional = Simplified, full width =
        half width, any case): 0.1 s of folding for 24k titles, in the list's worker thread.
        Ties sort newest first, then by title, so one source's rows read in time order.
        """
        column = {"date": "published", "title": "title", "source": "source"}[order]
        direction = "DESC" if descending else "ASC"
        where: list[str] = []
        params: list[str] = []
        if title_contains:
            self.db.create_function("fold", 1, fold, deterministic=True)
            where.append("instr(fold(title), ?) > 0")
            params.append(fold(title_contains))
        if source:
            names = (source,) if isinstance(source, str) else source
            where.append(f"source IN ({','.join('?' * len(names))})")
            params.extend(names)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        ties = "title, id" if column == "published" else "published DESC, title, id"
        sql = f"SELECT id FROM articles {clause} ORDER BY {column} {direction}, {ties}"
        return [r[0] for r in self.db.execute(sql, params)]

    def entries(self, ids: Sequence[str]) -> dict[str, CatalogEntry]:
        out: dict[str, CatalogEntry] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT id, path, title, source, published, url, categories, tags, lead_image,"
                f" remote_images FROM articles WHERE id IN ({marks})",
                chunk,
            )
            for r in rows:
                out[r[0]] = CatalogEntry(
                    r[0], Path(path_from_text(r[1])), r[2], r[3], _ts(r[4]), r[5],
                    tuple(json.loads(r[6])), tuple(json.loads(r[7])), r[8], r[9],
                )  # fmt: skip
        return out

    def entry(self, article_id: str) -> CatalogEntry | None:
        return self.entries([article_id]).get(article_id)

    def texts(self, ids: Sequence[str], *, folded: bool) -> Iterator[tuple[str, str]]:
        column = "folded_z" if folded else "text_z"
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, {column} FROM articles WHERE id IN ({marks})"
            for article_id, blob in self.db.execute(sql, chunk):
                yield article_id, decompress(blob)

    def sources(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC"
        )
        return [(r[0], r[1]) for r in rows]

    def source_of_ids(self) -> Iterator[tuple[str, str]]:
        """(id, source) of every article."""
        yield from self.db.execute("SELECT id, source FROM articles")

    def host_aliases(self) -> dict[str, str]:
        """Sources that are only a web host (files without front matter: the source is the
        URL's host) -> the outlet most articles from that host name: chinadigitaltimes.net
        is 中国数字时代 wherever the library says so. The indexer keeps them in the catalog
        after each update (``store_host_aliases``); worked out here while it has not."""
        stored = self.get_meta(ALIASES_KEY)
        if stored is not None:
            try:
                aliases = json.loads(stored)
                if isinstance(aliases, dict):
                    return {str(k): str(v) for k, v in aliases.items()}
            except ValueError:
                pass  # worked out again below
        return self.find_host_aliases()

    def store_host_aliases(self) -> None:
        """Keep the aliases for the list (the indexer, after its last commit: every listing
        worked them out before, 115 ms at 24k articles and 456 ms at 96k)."""
        self.set_meta(ALIASES_KEY, json.dumps(self.find_host_aliases(), ensure_ascii=False))
        self.db.commit()

    def find_host_aliases(self) -> dict[str, str]:
        """``host_aliases`` from the articles. SQLite groups them by the URL up to its first
        "/" after "://" (or the whole URL), so Python parses a few hundred prefixes, not every
        URL (465 -> 167 ms at 96k). A prefix has its URLs' host: the host ends at the first
        of "/?#" after "//", which lies in the prefix."""
        named: dict[str, Counter[str]] = {}
        for prefix, source, count in self.db.execute(_URL_PREFIXES):
            try:  # the parser keeps only URLs that split; a catalog from elsewhere may not
                host = (urlsplit(prefix).hostname or "").removeprefix("www.")
            except ValueError:
                continue
            if host:
                named.setdefault(host, Counter())[source] += count
        aliases = {}
        for host, sources in named.items():
            if host in sources:
                outlets = [(n, s) for s, n in sources.items() if s != host]
                if outlets:
                    aliases[host] = max(outlets)[1]
        return aliases

    def sources_of(self, ids: Iterable[str]) -> dict[str, int]:
        """How many of ``ids`` each source has (unread counts subtract the read ones: the
        work grows with what was read, not with the library: 32 ms for 23k rows before)."""
        counts: dict[str, int] = {}
        chunk: list[str] = []
        for article_id in [*ids, None]:
            if article_id is not None:
                chunk.append(article_id)
                if len(chunk) < 500:
                    continue
            if chunk:
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT source, count(*) FROM articles WHERE id IN ({marks}) GROUP BY source"
                for source, count in self.db.execute(sql, chunk):
                    counts[source] = counts.get(source, 0) + count
                chunk = []
        return counts

    def newest(self) -> datetime | None:
        """The newest article's date: "last 7 days" in an archive means before this."""
        row = self.db.execute("SELECT max(published) FROM articles").fetchone()
        return _ts(row[0]) if row and row[0] is not None else None

    def categories(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for (raw,) in self.db.execute("SELECT categories FROM articles"):
            for cat in json.loads(raw):
                counts[cat] = counts.get(cat, 0) + 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

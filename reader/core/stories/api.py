"""Reading stories: what the CLI and the window ask (see the package docstring)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.search.catalog import decompress
from reader.core.stories.clustering import dot
from reader.core.stories.features import DocFreq, unpack
from reader.core.stories.novelty import Facts, read_report
from reader.core.stories.store import STORIES_VERSION
from reader.core.stories.titles import clean_title

RELATED_WINDOW_S = 14 * 86400
# Below this cosine a "related story" shares only common words (two random samples of 60 of
# the corpus' stories, their top 3: under 0.05 almost every pair was unrelated, e.g. a Capitol
# riot report beside Taiwan's birth rate; from 0.05 most share a subject). Any positive score
# was shown before, so a small library offered an unrelated story under every article.
RELATED_MIN_SCORE = 0.05


@dataclass(frozen=True, slots=True)
class StoryArticle:
    id: str
    path: Path
    url: str | None
    source: str
    published: datetime | None
    title: str


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str  # a member's title naming the event, its outlet's decoration taken off
    first: datetime | None
    last: datetime | None
    size: int
    sources: tuple[str, ...]  # outlets, in order of their first report


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into the article's text (title + "\n" + body), as stored
    end: int
    new: bool  # no earlier article of the story had it


def _ts(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, tz=UTC) if value else None


class StoryIndex:
    """Stories of one library, read from its catalog database (read-only use is fine)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def ready(self) -> bool:
        """Whether stories were computed for this catalog (after the first index update)."""
        try:
            row = self.db.execute("SELECT value FROM story_state WHERE key='version'").fetchone()
        except sqlite3.OperationalError:  # no story tables yet
            return False
        return row is not None and row[0] == STORIES_VERSION.encode()

    def story_of(self, article_id: str) -> str | None:
        if not self.ready():
            return None
        row = self.db.execute(
            "SELECT story_id FROM story_articles WHERE article_id=?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def articles(self, story_id: str) -> list[StoryArticle]:
        """The story's articles in time order (then by id)."""
        if not self.ready():
            return []
        rows = self.db.execute(
            "SELECT a.id, a.path, a.url, a.source, a.published, a.title FROM story_articles s"
            " JOIN articles a ON a.id = s.article_id WHERE s.story_id=?"
            " ORDER BY s.published, a.id",
            (story_id,),
        )
        return [StoryArticle(r[0], Path(r[1]), r[2], r[3], _ts(r[4]), r[5]) for r in rows]

    def story_ids(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        min_articles: int = 2,
    ) -> list[str]:
        """Stories with at least ``min_articles`` articles, newest (last article) first;
        ``since``/``until`` keep stories whose last/first article falls on or after/before."""
        if not self.ready():
            return []
        where = ["size >= ?"]
        params: list[int] = [min_articles]
        if since is not None:
            where.append("last >= ?")
            params.append(int(since.timestamp()))
        if until is not None:
            where.append("first <= ?")
            params.append(int(until.timestamp()))
        sql = (
            f"SELECT story_id FROM stories WHERE {' AND '.join(where)} ORDER BY last DESC, story_id"
        )
        return [r[0] for r in self.db.execute(sql, params)]

    def summaries(self, story_ids: Sequence[str]) -> list[StorySummary]:
        """Summaries of the given stories, in the given order (unknown ids are skipped)."""
        if not story_ids or not self.ready():
            return []
        found: dict[str, StorySummary] = {}
        for start in range(0, len(story_ids), 400):
            chunk = list(story_ids[start : start + 400])
            marks = ",".join("?" * len(chunk))
            heads = {
                r[0]: r[1:]
                for r in self.db.execute(
                    "SELECT s.story_id, a.title, s.first, s.last, s.size FROM stories s"
                    f" JOIN articles a ON a.id = s.title_id WHERE s.story_id IN ({marks})",
                    chunk,
                )
            }
            outlets: dict[str, list[str]] = {}
            for sid, source in self.db.execute(
                "SELECT s.story_id, a.source FROM story_articles s JOIN articles a"
                f" ON a.id = s.article_id WHERE s.story_id IN ({marks})"
                " ORDER BY s.published, a.id",
                chunk,
            ):
                names = outlets.setdefault(sid, [])
                if source not in names:
                    names.append(source)
            for sid, (title, first, last, size) in heads.items():
                found[sid] = StorySummary(
                    sid,
                    clean_title(title),
                    _ts(first),
                    _ts(last),
                    size,
                    tuple(outlets.get(sid, ())),
                )
        return [found[s] for s in story_ids if s in found]

    def stories(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        min_articles: int = 2,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[StorySummary]:
        """One page of ``story_ids`` as summaries."""
        ids = self.story_ids(since=since, until=until, min_articles=min_articles)
        end = None if limit is None else offset + limit
        return self.summaries(ids[offset:end])

    # -- what an article adds ------------------------------------------------------------
    def additions(self, article_id: str) -> list[Sentence]:
        """The article's sentences (boilerplate left out), each marked new when it brings a
        fact no earlier article of its story had (``novelty.py``: names, numbers, quotes on
        folded text, so a Traditional copy of a Simplified report adds nothing)."""
        text = self._text(article_id, folded=False)
        if text is None:
            return []
        story = self.story_of(article_id)
        earlier: list[str] = []
        if story is not None:
            ids = [m.id for m in self.articles(story)]
            earlier = ids[: ids.index(article_id)] if article_id in ids else []
        facts = Facts()
        for n, other in enumerate(earlier):
            original = self._text(other, folded=False) or ""
            read_report(original, self._folded(other, original), facts, first=n == 0)
        parts = read_report(text, self._folded(article_id, text), facts, first=not earlier)
        return [Sentence(p.start, p.end, p.kind == "new") for p in parts if p.kind != "boilerplate"]

    def _folded(self, article_id: str, text: str) -> str:
        folded = self._text(article_id, folded=True) or ""
        return folded if len(folded) == len(text) else text

    def _text(self, article_id: str, *, folded: bool) -> str | None:
        column = "folded_z" if folded else "text_z"
        row = self.db.execute(f"SELECT {column} FROM articles WHERE id=?", (article_id,)).fetchone()
        return decompress(row[0]) if row else None

    # -- related stories -----------------------------------------------------------------
    def related(self, story_id: str, limit: int = 5) -> list[tuple[StorySummary, float]]:
        """Other stories (of two or more articles) most like this one within two weeks: the
        other events of its saga first. Scores are centroid cosines, at least
        RELATED_MIN_SCORE."""
        if not self.ready():
            return []
        head = self.db.execute(
            "SELECT first, last FROM stories WHERE story_id=?", (story_id,)
        ).fetchone()
        if head is None:
            return []
        df = self._df()
        if df is None:
            return []
        centroids: dict[str, dict[int, float]] = {}
        sizes = dict(
            self.db.execute(
                "SELECT story_id, size FROM stories WHERE last >= ? AND first <= ?",
                (head[0] - RELATED_WINDOW_S, head[1] + RELATED_WINDOW_S),
            )
        )
        for sid, terms in self.db.execute(
            "SELECT story_id, terms FROM story_articles WHERE published BETWEEN ? AND ?",
            (head[0] - 2 * RELATED_WINDOW_S, head[1] + 2 * RELATED_WINDOW_S),
        ):
            if sizes.get(sid, 0) < 2 and sid != story_id:
                continue
            centroid = centroids.setdefault(sid, {})
            for t, w in df.weights(unpack(terms)).items():
                centroid[t] = centroid.get(t, 0.0) + w
        target = _unit(centroids.pop(story_id, {}))
        if not target:
            return []
        scored = sorted(
            ((dot(target, _unit(c)), sid) for sid, c in centroids.items()),
            key=lambda x: (-x[0], x[1]),
        )
        top = [(score, sid) for score, sid in scored[:limit] if score >= RELATED_MIN_SCORE]
        summaries = {s.id: s for s in self.summaries([sid for _, sid in top])}
        return [(summaries[sid], score) for score, sid in top if sid in summaries]

    def _df(self) -> DocFreq | None:
        from reader.core.stories.store import _load_df

        return _load_df(self.db)


def _unit(vec: dict[int, float]) -> dict[int, float]:
    norm = sum(w * w for w in vec.values()) ** 0.5
    return {t: w / norm for t, w in vec.items()} if norm else {}


def story_json(summary: StorySummary, articles: Sequence[StoryArticle]) -> str:
    """One line of ``reader stories --json``."""

    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return json.dumps(
        {
            "story": summary.id,
            "title": summary.title,
            "first": iso(summary.first),
            "last": iso(summary.last),
            "sources": list(summary.sources),
            "articles": [
                {
                    "id": a.id, "path": str(a.path), "url": a.url, "source": a.source,
                    "published": iso(a.published), "title": a.title,
                }
                for a in articles
            ],
        },
        ensure_ascii=False,
    )  # fmt: skip

"""What the window shows of stories: a story's timeline, and an article's place in its story.

Both read the catalog (in a worker thread of the GUI, on their own read-only connection). A
timeline reads its reports' texts in one query and judges them in one pass, in time order
(``novelty.py``): each report's sentences against the facts of the reports before it. A
50-report story took 1.1-2.7 s when every report re-read all the earlier ones.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from reader.core.search.catalog import decompress
from reader.core.stories.api import StoryArticle, StoryIndex, StorySummary
from reader.core.stories.novelty import Facts, new_sentences, read_report

SHOWN_NEW = 6  # new sentences shown per article at first (the rest open on demand)


@dataclass(frozen=True)
class TimelineEntry:
    article: StoryArticle
    adds: list[str] = field(default_factory=list)  # every sentence with a fact no earlier had
    told: int = 0  # sentences whose facts an earlier report of the story already had
    boilerplate: int = 0  # timestamps, datelines, bylines, credits, repeats: not counted

    @property
    def new(self) -> list[str]:
        """The new sentences shown at first."""
        return self.adds[:SHOWN_NEW]

    @property
    def more_new(self) -> int:
        """New sentences shown only on demand."""
        return max(0, len(self.adds) - SHOWN_NEW)


@dataclass(frozen=True)
class StoryTimeline:
    summary: StorySummary
    entries: list[TimelineEntry]
    related: list[StorySummary]


@dataclass(frozen=True)
class StoryContext:
    """An article's story: its other articles (time order) and the related stories."""

    story: StorySummary | None
    others: list[StoryArticle]
    related: list[StorySummary]


def entries(db: sqlite3.Connection, articles: list[StoryArticle]) -> list[TimelineEntry]:
    """Each report with what it adds, in the order given (time order)."""
    texts: dict[str, list[str]] = {}
    ids = [a.id for a in articles]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, text_z, folded_z in db.execute(
            f"SELECT id, text_z, folded_z FROM articles WHERE id IN ({marks})", chunk
        ):
            texts[aid] = [decompress(text_z), decompress(folded_z)]
    facts = Facts()
    out: list[TimelineEntry] = []
    for n, article in enumerate(articles):
        text, folded = texts.get(article.id, ["", ""])
        if len(folded) != len(text):  # stored apart from each other: compare the text itself
            folded = text
        body = text.find("\n") + 1 if "\n" in text else len(text)  # not the title line
        parts = read_report(text, folded, facts, first=n == 0, body_from=body)
        out.append(TimelineEntry(
            article, new_sentences(text, parts),
            sum(p.kind == "told" for p in parts), sum(p.kind == "boilerplate" for p in parts),
        ))  # fmt: skip
    return out


def timeline(db: sqlite3.Connection, story_id: str) -> StoryTimeline | None:
    index = StoryIndex(db)
    found = index.summaries([story_id])
    if not found:
        return None
    related = [summary for summary, _score in index.related(story_id)]
    return StoryTimeline(found[0], entries(db, index.articles(story_id)), related)


def story_context(db: sqlite3.Connection, article_id: str) -> StoryContext | None:
    """None when the library has no stories yet (the caller falls back to look-alikes)."""
    index = StoryIndex(db)
    if not index.ready():
        return None
    story = index.story_of(article_id)
    if story is None:
        return StoryContext(None, [], [])
    summaries = index.summaries([story])
    others = [a for a in index.articles(story) if a.id != article_id]
    related = [summary for summary, _score in index.related(story)]
    return StoryContext(summaries[0] if summaries else None, others, related)


def timeline_json(line: StoryTimeline) -> str:
    """``reader story ID --json``: one object, what the window shows."""
    s = line.summary
    return json.dumps(
        {
            "story": s.id,
            "title": s.title,
            "first": s.first.isoformat() if s.first else None,
            "last": s.last.isoformat() if s.last else None,
            "reports": [
                {
                    "id": e.article.id,
                    "source": e.article.source,
                    "published": e.article.published.isoformat() if e.article.published else None,
                    "title": e.article.title,
                    "adds": e.adds,
                }
                for e in line.entries
            ],
        },
        ensure_ascii=False,
    )

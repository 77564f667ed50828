"""What the window shows of stories: a story's timeline, and an article's place in its story.

Both read the catalog (in a worker thread of the GUI, on their own read-only connection).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from reader.core.stories.api import StoryArticle, StoryIndex, StorySummary

SHOWN_NEW = 6  # new sentences shown per article in a timeline (the rest are counted)


@dataclass(frozen=True)
class TimelineEntry:
    article: StoryArticle
    new: list[str] = field(default_factory=list)  # sentences no earlier article had
    more_new: int = 0  # further new sentences not shown
    told: int = 0  # sentences an earlier article of the story already had


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


def timeline(db: sqlite3.Connection, story_id: str) -> StoryTimeline | None:
    index = StoryIndex(db)
    found = index.summaries([story_id])
    if not found:
        return None
    entries: list[TimelineEntry] = []
    for article in index.articles(story_id):
        text = index._text(article.id, folded=False) or ""
        sentences = index.additions(article.id)
        body = [s for s in sentences if s.start > text.find("\n")]  # not the title line
        new = [text[s.start : s.end].strip() for s in body if s.new]
        new = [s for s in new if s]
        entries.append(TimelineEntry(article, new[:SHOWN_NEW], max(0, len(new) - SHOWN_NEW),
                                     sum(not s.new for s in body)))  # fmt: skip
    related = [summary for summary, _score in index.related(story_id)]
    return StoryTimeline(found[0], entries, related)


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

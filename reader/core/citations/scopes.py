"""Which articles a scope stands for: a tag, the bookmarks, a story (public stories API)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from reader.core.annotations.store import Highlight
from reader.core.bookmarks import Bookmark
from reader.core.tags import split_tags


def tagged(tag: str, bookmarks: Sequence[Bookmark], highlights: Sequence[Highlight]) -> list[str]:
    """Articles whose bookmark has ``tag``, then those with a highlight tagged so. ``tag`` as
    people type it (``#香港``; "a, b": either), read as tags are everywhere (core/tags.py)."""
    wanted = set(split_tags(tag))
    ids = [b.article_id for b in bookmarks if wanted & set(b.tags)]
    ids += [h.article_id for h in highlights if wanted & set(h.tags)]
    return list(dict.fromkeys(ids))


def story_articles(db: sqlite3.Connection, story: str) -> list[str] | None:
    """The articles of a story, in time order; ``story`` may also be one of its article ids.
    None when the library has no such story."""
    from reader.core.stories import StoryIndex

    resolved = resolve_story(db, story)
    found = StoryIndex(db).articles(resolved) if resolved else []
    return [a.id for a in found] or None


def resolve_story(db: sqlite3.Connection, story: str) -> str | None:
    """A story id as `reader stories` prints it, or the story of an article id."""
    from reader.core.stories import StoryIndex

    index = StoryIndex(db)
    if index.summaries([story]):
        return story
    return index.story_of(story)

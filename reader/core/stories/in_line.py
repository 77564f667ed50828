"""Whether an update's stories step has anything to do: a no-change update skips it."""

from __future__ import annotations

import sqlite3

from reader.core.stories.store import STORIES_VERSION, StoriesSummary, update_stories_safely

# Catalog meta: the story tables match the committed articles (its value: their format). Set
# after a stories step that ran to its end; the indexer clears it before it changes any article
# (``stories_due``). A no-change update then skips the step, which read every article's and
# every story row's key into two dicts to find that nothing changed: 1.2 s of a 2 s no-change
# update at 24k (cProfile), linear in the library (~50 s at a million).
IN_LINE_KEY = "stories_in_line"


def stories_due(db: sqlite3.Connection) -> None:
    """The articles are about to change: the next stories step must run (the caller commits)."""
    db.execute("DELETE FROM meta WHERE key=?", (IN_LINE_KEY,))


def stories_in_line(db: sqlite3.Connection) -> bool:
    """Whether the stories match the articles: marked so, in this format, with their state."""
    try:
        mark = db.execute("SELECT value FROM meta WHERE key=?", (IN_LINE_KEY,)).fetchone()
        version = db.execute("SELECT value FROM story_state WHERE key='version'").fetchone()
    except sqlite3.OperationalError:  # no story tables yet
        return False
    return (
        mark is not None
        and mark[0] == STORIES_VERSION
        and version is not None
        and version[0] == STORIES_VERSION.encode()
    )


def update_stories_if_due(db: sqlite3.Connection) -> StoriesSummary:
    """``update_stories_safely`` unless the stories are in line with the articles already (an
    update that changed nothing); marks them in line once the step has run to its end."""
    if stories_in_line(db):
        return StoriesSummary()
    summary = update_stories_safely(db)
    if summary.problem is None:
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (IN_LINE_KEY, STORIES_VERSION)
        )
        db.commit()
    return summary

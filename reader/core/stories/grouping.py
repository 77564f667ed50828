"""Grouping a list by story: the article list's "group by story" view and search results.

Pure functions over ids: the listing worker reads which story each article belongs to
(``memberships``) and the GUI shows the rows these functions return.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.search.api import SearchHit

STORY_ROW = "story:"  # a row id that starts with this is a story, the rest an article id


@dataclass(frozen=True)
class Memberships:
    story_of: dict[str, str]  # article id -> story id
    size: dict[str, int]  # story id -> articles in the whole library


def memberships(db: sqlite3.Connection) -> Memberships:
    """Every article's story and every story's size (24k articles: one pass, in a worker)."""
    try:
        story_of = dict(db.execute("SELECT article_id, story_id FROM story_articles"))
        size = dict(db.execute("SELECT story_id, size FROM stories"))
    except sqlite3.OperationalError:  # no stories yet (the first build is still running)
        return Memberships({}, {})
    return Memberships(story_of, size)


def group_rows(ids: Sequence[str], known: Memberships) -> tuple[list[str], dict[str, list[str]]]:
    """(rows, members): each story of two or more articles becomes one row, placed where its
    first article in ``ids`` is (so the list's order and filters decide); articles alone in
    their story stay article rows. ``members`` lists each story's articles of ``ids``, in
    ``ids`` order."""
    rows: list[str] = []
    members: dict[str, list[str]] = {}
    for article_id in ids:
        story = known.story_of.get(article_id)
        if story is None or known.size.get(story, 1) < 2:
            rows.append(article_id)
            continue
        if story not in members:
            members[story] = []
            rows.append(STORY_ROW + story)
        members[story].append(article_id)
    return rows, members


def group_hits(hits: Sequence[SearchHit], known: Memberships) -> list[SearchHit]:
    """One hit per story (its best, in ranking order), counting the others it stands for and
    their outlets ("+2 more from 1 outlet": the shown hit's own outlet is not counted)."""
    best: dict[str, int] = {}
    out: list[SearchHit] = []
    for hit in hits:
        story = known.story_of.get(hit.id)
        if story is None or known.size.get(story, 1) < 2:
            out.append(hit)
            continue
        if story in best:
            first = out[best[story]]
            sources = {*first.story_sources, hit.source}
            out[best[story]] = replace(first, story_more=first.story_more + 1,
                                       story_sources=tuple(sorted(sources)))  # fmt: skip
        else:
            best[story] = len(out)
            out.append(replace(hit, story_id=story))
    return out

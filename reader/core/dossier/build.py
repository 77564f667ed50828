"""A dossier: one story (or a set of bookmarked articles) as a document to hand over.

Its title and span; the timeline (who reported first, then each report with its outlet, time,
URL and what it adds); the reader's highlights and notes at the report they belong to; the
references at the end. Built from the stories' public API (``timeline()``), the catalog, and
the reader's stores; rendered by ``markdown.py`` and ``html.py`` (the window and the command
line turn the HTML into a PDF with Qt).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reader.core.annotations.placing import place
from reader.core.annotations.store import Highlight
from reader.core.bookmarks import Bookmark
from reader.core.citations.gather import Loader, gather
from reader.core.citations.record import Reference
from reader.core.search.catalog import Catalog


@dataclass(frozen=True)
class Marked:
    """A highlight of a report, with whether it is still in the report's text."""

    quote: str
    note: str
    color: str
    found: bool


@dataclass(frozen=True)
class Report:
    article_id: str
    title: str
    source: str
    published: datetime | None
    url: str | None
    adds: list[str] = field(default_factory=list)  # every sentence no earlier report had
    told: int = 0  # sentences an earlier report already had
    note: str = ""  # the reader's bookmark note
    highlights: list[Marked] = field(default_factory=list)


@dataclass(frozen=True)
class Dossier:
    title: str
    first: datetime | None
    last: datetime | None
    outlets: tuple[str, ...]  # in order of their first report
    reports: list[Report]
    references: list[Reference]
    is_story: bool = True  # else a selection of bookmarks (no "what it adds")


def _marked(highlights: Sequence[Highlight], text: str | None) -> list[Marked]:
    placed = place(highlights, text)
    placed.sort(key=lambda p: p.placement.start if p.placement else 1 << 60)
    return [Marked(p.highlight.exact, p.highlight.note, p.highlight.color, p.found)
            for p in placed]  # fmt: skip


def _bodies(catalog: Catalog, ids: Sequence[str]) -> dict[str, str]:
    from reader.core.annotations.placing import article_bodies

    return article_bodies(catalog, ids)


def story_dossier(
    catalog: Catalog,
    story_id: str,
    *,
    bookmarks: Sequence[Bookmark] = (),
    highlights: Sequence[Highlight] = (),
    load: Loader | None = None,
) -> Dossier | None:
    """The dossier of a story (None when the library has no such story). ``bookmarks`` and
    ``highlights``: the reader's (only those of the story's articles are used)."""
    from reader.core.stories.timeline import timeline

    line = timeline(catalog.db, story_id)
    if line is None:
        return None
    ids = [e.article.id for e in line.entries]
    mine = [h for h in highlights if h.article_id in set(ids)]
    notes = {b.article_id: b.note for b in bookmarks}
    bodies = _bodies(catalog, ids)
    refs = gather(ids, catalog=catalog, bookmarks=bookmarks, highlights=mine, load=load)
    # each outlet named as its citation names it (the publication, not the feed's label)
    named = {r.article_id: r.outlet for r in refs}
    reports = [
        Report(
            e.article.id,
            e.article.title,
            named.get(e.article.id) or e.article.source,
            e.article.published,
            e.article.url,
            list(e.adds),  # a written dossier carries every new sentence, not the first few
            e.told,
            notes.get(e.article.id, ""),
            _marked([h for h in mine if h.article_id == e.article.id], bodies.get(e.article.id)),
        )
        for e in line.entries
    ]
    s = line.summary
    outlets = tuple(dict.fromkeys(r.source for r in reports if r.source))
    return Dossier(s.title, s.first, s.last, outlets, reports, refs)


def selection_dossier(
    catalog: Catalog | None,
    title: str,
    ids: Sequence[str],
    *,
    bookmarks: Sequence[Bookmark] = (),
    highlights: Sequence[Highlight] = (),
    load: Loader | None = None,
) -> Dossier:
    """A dossier of chosen articles (bookmarks, a tag): each report in time order with the
    reader's notes and highlights; articles no longer in the library from their saved copy."""
    wanted = list(dict.fromkeys(ids))
    mine = [h for h in highlights if h.article_id in set(wanted)]
    refs = gather(wanted, catalog=catalog, bookmarks=bookmarks, highlights=mine, load=load)
    bodies = _bodies(catalog, wanted) if catalog is not None else {}
    notes = {b.article_id: b.note for b in bookmarks}
    reports = [
        Report(
            r.article_id,
            r.title,
            r.outlet,
            r.issued,
            r.url,
            note=notes.get(r.article_id, ""),
            highlights=_marked(
                [h for h in mine if h.article_id == r.article_id], bodies.get(r.article_id)
            ),
        )
        for r in refs
    ]
    reports.sort(key=lambda r: (r.published is None, r.published.timestamp() if r.published
                                else 0.0, r.article_id))  # fmt: skip
    dates = [r.published for r in reports if r.published]
    outlets = tuple(dict.fromkeys(r.source for r in reports if r.source))
    refs.sort(key=lambda r: [x.article_id for x in reports].index(r.article_id))
    return Dossier(title, min(dates, default=None), max(dates, default=None), outlets, reports,
                   refs, is_story=False)  # fmt: skip


def story_of_article(db: sqlite3.Connection, article_id: str) -> str | None:
    from reader.core.stories import StoryIndex

    return StoryIndex(db).story_of(article_id)

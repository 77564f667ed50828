"""Placing highlights in the articles' current text: made from a quote, found again later.

A highlight anchors to the article's body text as the catalog keeps it (``Article.text``: the
sanitized body as plain text, ``reader/core/text.py``). Whatever changed since it was made (the
file moved or edited, the index rebuilt, the sanitizer changed), it is placed again from its
quote and context; one that cannot be placed is ``not-found`` and stays in the store, and is
found again when the text returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.core.annotations.anchor import Anchor, Keyed, Placement, describe, locate
from reader.core.annotations.store import Highlight

if TYPE_CHECKING:
    from reader.core.search.catalog import Catalog, CatalogEntry

FOUND, CHANGED, NOT_FOUND, NO_ARTICLE = "found", "changed", "not-found", "no-article"


@dataclass(frozen=True)
class Placed:
    highlight: Highlight
    placement: Placement | None
    state: str  # FOUND, CHANGED (its quote was edited: a like window), NOT_FOUND, NO_ARTICLE

    @property
    def found(self) -> bool:
        return self.placement is not None


def body_of(stored: str, title: str) -> str:
    """The catalog keeps ``title + "\\n" + body``; highlights anchor to the body."""
    head = title + "\n"
    return stored[len(head) :] if stored.startswith(head) else stored


def place(highlights: Iterable[Highlight], text: str | None) -> list[Placed]:
    """Each highlight of one article placed in its text (None: the article is not there)."""
    if text is None:
        return [Placed(h, None, NO_ARTICLE) for h in highlights]
    keyed = Keyed(text)
    out = []
    for h in highlights:
        where = locate(h.anchor, keyed)
        state = NOT_FOUND if where is None else (FOUND if where.exact else CHANGED)
        out.append(Placed(h, where, state))
    return out


def article_bodies(catalog: Catalog, ids: Sequence[str]) -> dict[str, str]:
    """The body text of each article of ``ids`` the catalog holds."""
    entries = catalog.entries(list(dict.fromkeys(ids)))
    texts = catalog.texts(list(entries), folded=False)
    return {i: body_of(text, entries[i].title) for i, text in texts}


def place_in_catalog(catalog: Catalog, highlights: Sequence[Highlight]) -> list[Placed]:
    """Every highlight placed in its article as the catalog has it now, in the given order."""
    by_article: dict[str, list[Highlight]] = {}
    for h in highlights:
        by_article.setdefault(h.article_id, []).append(h)
    bodies = article_bodies(catalog, list(by_article))
    placed: dict[str, Placed] = {}
    for article_id, group in by_article.items():
        for p in place(group, bodies.get(article_id)):
            placed[p.highlight.id] = p
    return [placed[h.id] for h in highlights]


def anchor_quote(text: str, quote: str, near: int | None = None) -> Anchor | None:
    """The anchor of ``quote`` in ``text`` (typed in either script, spaced any way: matched
    on the key), holding the words as the text has them; None when it is not there."""
    where = locate(Anchor(quote, start=near), text)
    if where is None or not where.exact:
        return None
    return describe(text, where.start, where.end)


def with_article(highlight: Highlight, entry: CatalogEntry) -> Highlight:
    """The highlight carrying a copy of the article's details (kept if the file goes)."""
    return replace(
        highlight, title=entry.title, source=entry.source,
        published=entry.published.isoformat() if entry.published else None, url=entry.url,
        path=str(entry.path),
    )  # fmt: skip


def new_highlight(anchor: Anchor, article_id: str, *, note: str = "", color: str = "yellow",
                  tags: Sequence[str] = ()) -> Highlight:  # fmt: skip
    return Highlight(article_id, anchor.exact, anchor.prefix, anchor.suffix, anchor.start,
                     anchor.end, color, note, list(tags))  # fmt: skip


class NoteRowSource:
    """What the Notes pane lists: each highlight placed in the catalog, with its story (id,
    title) and its tags (its own, then its article's bookmark tags)."""

    def __init__(self, highlights: Sequence[Highlight], bookmark_tags: dict[str, list[str]]):
        self.highlights = list(highlights)
        self.bookmark_tags = bookmark_tags

    def _tags(self, h: Highlight) -> list[str]:
        return list(dict.fromkeys([*h.tags, *self.bookmark_tags.get(h.article_id, [])]))

    def unplaced(self) -> list[tuple[Placed, list[str]]]:
        """Without a library: every highlight as not placed (its article is not there)."""
        return [(p, self._tags(p.highlight)) for p in place(self.highlights, None)]

    def placed(self, catalog: Catalog) -> list[tuple[Placed, tuple[str, str] | None, list[str]]]:
        from reader.core.stories import StoryIndex

        placed = place_in_catalog(catalog, self.highlights)
        stories = StoryIndex(catalog.db)
        story_of = {a: stories.story_of(a) for a in {h.article_id for h in self.highlights}}
        ids = sorted({s for s in story_of.values() if s})
        titles = {s.id: s.title for s in stories.summaries(ids)} if ids else {}
        out = []
        for p in placed:
            story = story_of.get(p.highlight.article_id)
            named = (story, titles.get(story, story)) if story else None
            out.append((p, named, self._tags(p.highlight)))
        return out

"""The references of a set of articles, from the best source each has.

The article as parsed gives everything (its author, how the file dates itself, when it was
saved, its text for the language); without its file, the catalog's row and text; without the
library, the copy its bookmark or highlights keep. The outlet is named as the publication names
itself (``outlets.py``) and dated by its own day (``dating.py``). The reader's bookmark note,
highlights and tags are added from their stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.core.annotations.store import Highlight
from reader.core.citations.dating import issued_day, saved_day
from reader.core.citations.outlets import cited_outlet, outlet_of
from reader.core.citations.record import Annotation, Reference, language_of
from reader.core.dates import parse_date
from reader.core.tags import split_tags

if TYPE_CHECKING:
    from reader.core.article import Article
    from reader.core.bookmarks import Bookmark
    from reader.core.search.catalog import Catalog, CatalogEntry

# The parsed article for a catalog entry (None: its file cannot be read now).
Loader = Callable[["CatalogEntry"], "Article | None"]


def parse_loader(entry: CatalogEntry) -> Article | None:
    """Parse the article's file in this process (the command line)."""
    from reader.core.parser import ArticleProblem, parse_article_file

    try:
        return parse_article_file(entry.path)
    except (ArticleProblem, OSError):
        return None


def _annotations(highlights: Iterable[Highlight]) -> tuple[Annotation, ...]:
    ordered = sorted(highlights, key=lambda h: h.start if h.start is not None else 1 << 60)
    return tuple(Annotation(h.exact, h.note) for h in ordered)


def _tags(bookmark: Bookmark | None, highlights: Iterable[Highlight]) -> tuple[str, ...]:
    return tuple(split_tags([*(bookmark.tags if bookmark else ()),
                             *(t for h in highlights for t in h.tags)]))  # fmt: skip


def reference_of(
    article_id: str,
    *,
    article: Article | None = None,
    entry: CatalogEntry | None = None,
    text: str | None = None,
    bookmark: Bookmark | None = None,
    highlights: Sequence[Highlight] = (),
    aliases: dict[str, str] | None = None,
) -> Reference | None:
    """One reference from whatever is known of the article; None when nothing is.
    ``aliases``: the catalog's host aliases (an outlet for a label that is only a host)."""
    note, marked = (bookmark.note if bookmark else ""), _annotations(highlights)
    tags = _tags(bookmark, highlights)
    if article is not None:
        language = language_of(f"{article.title}\n{article.text}")
        day = issued_day(article.published, url=article.url, offset_minutes=article.date_offset,
                         outlet=outlet_of(article.url))  # fmt: skip
        return Reference(
            article_id, article.title,
            cited_outlet(article.url, article.source, language, aliases),
            (article.author,) if article.author else (), article.published, article.url,
            saved_day(article.stamp, article.mtime_ns), language, note, marked, day, tags,
        )  # fmt: skip
    if entry is not None:
        language = language_of(text or entry.title)
        return Reference(article_id, entry.title,
                         cited_outlet(entry.url, entry.source, language, aliases), (),
                         entry.published, entry.url, None, language, note, marked,
                         tags=tags)  # fmt: skip
    copy = bookmark or (highlights[0] if highlights else None)
    if copy is None or not copy.title:
        return None
    language = language_of(copy.title)
    return Reference(article_id, copy.title,
                     cited_outlet(copy.url, copy.source, language, aliases), (),
                     parse_date(copy.published), copy.url, None, language, note, marked,
                     tags=tags)  # fmt: skip


def gather(
    ids: Sequence[str],
    *,
    catalog: Catalog | None,
    bookmarks: Sequence[Bookmark] = (),
    highlights: Sequence[Highlight] = (),
    load: Loader | None = parse_loader,
) -> list[Reference]:
    """The references of ``ids`` in that order (each once; ids nothing is known of left out).
    ``bookmarks`` and ``highlights``: the reader's, for their notes and saved copies."""
    wanted = list(dict.fromkeys(ids))
    marks = {b.article_id: b for b in bookmarks}
    by_article: dict[str, list[Highlight]] = {}
    for h in highlights:
        by_article.setdefault(h.article_id, []).append(h)
    entries = catalog.entries(wanted) if catalog is not None else {}
    aliases = catalog.host_aliases() if catalog is not None else None
    refs = []
    for article_id in wanted:
        entry = entries.get(article_id)
        article = load(entry) if entry is not None and load is not None else None
        text = None
        if catalog is not None and entry is not None and article is None:  # for its language
            text = next((t for _i, t in catalog.texts([article_id], folded=False)), None)
        ref = reference_of(
            article_id, article=article, entry=entry, text=text,
            bookmark=marks.get(article_id), highlights=by_article.get(article_id, ()),
            aliases=aliases,
        )  # fmt: skip
        if ref is not None:
            refs.append(ref)
    return refs

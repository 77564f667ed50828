"""The references of a set of articles, from the best source each has.

The article as parsed gives everything (its author, the file's time as the access date, its
text for the language); without its file, the catalog's row and text; without the library,
the copy its bookmark or highlights keep. The reader's bookmark note and highlights are added
from their stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.core.annotations.store import Highlight
from reader.core.citations.record import Annotation, Reference, accessed_from_mtime, language_of
from reader.core.dates import parse_date

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


def reference_of(
    article_id: str,
    *,
    article: Article | None = None,
    entry: CatalogEntry | None = None,
    text: str | None = None,
    bookmark: Bookmark | None = None,
    highlights: Sequence[Highlight] = (),
) -> Reference | None:
    """One reference from whatever is known of the article; None when nothing is."""
    note, marked = (bookmark.note if bookmark else ""), _annotations(highlights)
    if article is not None:
        return Reference(
            article_id, article.title, article.source,
            (article.author,) if article.author else (), article.published, article.url,
            accessed_from_mtime(article.mtime_ns), language_of(f"{article.title}\n{article.text}"),
            note, marked,
        )  # fmt: skip
    if entry is not None:
        return Reference(article_id, entry.title, entry.source, (), entry.published, entry.url,
                         None, language_of(text or entry.title), note, marked)  # fmt: skip
    copy = bookmark or (highlights[0] if highlights else None)
    if copy is None or not copy.title:
        return None
    return Reference(article_id, copy.title, copy.source, (), parse_date(copy.published),
                     copy.url, None, language_of(copy.title), note, marked)  # fmt: skip


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
        )  # fmt: skip
        if ref is not None:
            refs.append(ref)
    return refs

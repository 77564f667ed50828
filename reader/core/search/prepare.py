"""Per-file work done in parse worker processes: everything the writer needs, precomputed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.article import Article
from reader.core.problems import Problem
from reader.core.scan import parse_or_problem
from reader.core.search.catalog import ArticleRow, FileRecord, compress
from reader.core.search.fold import fold, term_counts


@dataclass(frozen=True, slots=True)
class Prepared:
    file: FileRecord
    row: ArticleRow | None  # None for a problem file
    content_terms: Counter[str] | None = None
    category_terms: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()


def prepare_article(article: Article) -> Prepared:
    full = article.title + "\n" + article.text
    folded = fold(full)
    published = int(article.published.timestamp()) if article.published else None
    row = ArticleRow(
        id=article.id,
        path=str(article.path),
        title=article.title,
        source=article.source,
        published=published,
        url=article.url,
        categories=article.categories,
        tags=article.tags,
        lead_image=article.lead_image,
        remote_images=len(article.remote_images),
        text_z=compress(full),
        folded_z=compress(folded),
    )
    record = FileRecord(
        str(article.path), article.size, article.mtime_ns, article.content_hash,
        article.id, published,
    )  # fmt: skip
    return Prepared(
        record,
        row,
        term_counts(folded),
        tuple(fold(c) for c in article.categories),
        article.warnings,
    )


def prepare_path(path_and_stat: tuple[str, int, int] | tuple[str, int, int, str]) -> Prepared:
    """Parse one file for indexing (its path, size, mtime and, when known, the identity the
    walk saw). Runs in a worker process; never raises."""
    path, size, mtime_ns, *more = path_and_stat
    identity = more[0] if more else None
    result = parse_or_problem(Path(path))
    if isinstance(result, Problem):
        record = FileRecord(
            path, size, mtime_ns, "", None, None, result.kind, result.message, identity
        )
        return Prepared(record, None)
    prepared = prepare_article(result)
    return replace(prepared, file=replace(prepared.file, identity=identity))

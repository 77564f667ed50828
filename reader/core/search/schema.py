"""The Whoosh schema: precomputed bigram postings in, no analyzer, no positions.

Positions are not stored: phrase and substring semantics come from verifying candidates
against the folded text in the catalog (exact, and far smaller than Whoosh's pickled
position lists). Terms are computed once, in the parse workers, by ``fold.term_counts``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping

from whoosh import fields, formats

from reader.core.search.catalog import CATALOG_VERSION

SCHEMA_VERSION = 11  # bump whenever parsing, folding or terms change: forces a rebuild
VERSION_KEY = "schema_version"  # catalog meta: the format of a completed index
VERSION_STAMP = f"{SCHEMA_VERSION}.{CATALOG_VERSION}"
COUNT_FIELDS = frozenset({"content"})


class TermCountsField(fields.FieldType):  # type: ignore[misc]
    """A field indexed from a ``{term: count}`` mapping (weight = count)."""

    def __init__(self, field_boost: float = 1.0) -> None:
        self.format = formats.Frequency(field_boost=field_boost)
        self.analyzer = None
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None

    def index(
        self, value: Mapping[str, int], **kwargs: object
    ) -> Iterator[tuple[bytes, int, float, None]]:
        boost = self.format.field_boost
        for term, count in value.items():
            yield term.encode("utf-8"), count, float(count) * boost, None

    def process_text(self, qstring: str, mode: str = "", **kwargs: object) -> Iterator[str]:
        yield qstring

    def self_parsing(self) -> bool:
        return True


class DateColumn(fields.NUMERIC):  # type: ignore[misc]
    """Seconds since the epoch as a column only, not as terms: the date filters and the date
    order read the column (``docsets``), never a term. Indexed, a 64-bit NUMERIC wrote 16
    terms a document (one per 4-bit shift): 6 MB of the 134 MB index at 24k."""

    def __init__(self) -> None:
        super().__init__(int, bits=64, signed=True, sortable=True)
        self.indexed = False


def file_term(path_text: str) -> str:
    """The ``file`` term of a file (its path as the catalog stores it): 16 hex digits of its
    BLAKE2b, not the path. The term only tells an article's copies apart (it is looked up
    with the article's id), and the paths were 3.2 MB of term keys at 24k."""
    data = path_text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def build_schema() -> fields.Schema:
    return fields.Schema(
        # Not stored: the id column gives every docnum's id (a stored copy: 1.1 MB at 24k).
        id=fields.ID(unique=True, sortable=True),
        file=fields.ID(),  # file_term of the file of an article's copies this doc came from
        content=TermCountsField(),  # title + body; title matches are told apart on verify
        source=fields.ID(),
        category=fields.ID(),
        date=DateColumn(),
    )

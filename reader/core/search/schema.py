"""The Whoosh schema: precomputed bigram postings in, no analyzer, no positions.

Positions are not stored: phrase and substring semantics come from verifying candidates
against the folded text in the catalog (exact, and far smaller than Whoosh's pickled
position lists). Terms are computed once, in the parse workers, by ``fold.term_counts``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from whoosh import fields, formats

from reader.core.search.catalog import CATALOG_VERSION

SCHEMA_VERSION = 10  # bump whenever parsing, folding or terms change: forces a rebuild
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


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        file=fields.ID(),  # which file of an article's copies this doc came from
        content=TermCountsField(),  # title + body; title matches are told apart on verify
        source=fields.ID(),
        category=fields.ID(),
        date=fields.NUMERIC(int, bits=64, signed=True, sortable=True),
    )

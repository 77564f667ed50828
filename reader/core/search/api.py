"""What a search asks and what it answers: plain data, no Whoosh.

The UI and the CLI import this module (and ``highlight.py``), never the engine: the engine and
Whoosh live in the search process (``service.py``) and the indexer process. Matches come back
as character spans over plain text; each face renders them its own way (``render_marked``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

Span = tuple[int, int]  # [start, end) character offsets
# Bounds on one query (query.py): every candidate article is checked against every needle,
# and 10,000 ORs took 10.5 s on 1,200 articles (issue 20). Nobody types 32 alternatives or
# a 256-character word; a paste does.
MAX_QUERY_TERMS = 32  # needles (words, phrases, exclusions), and source/category filters
MAX_NEEDLE_CHARS = 256


def query_cut(left_out: int) -> str:
    """What a search says when it cut its query (``SearchResults.terms_left_out``)."""
    from reader.core.i18n import tr

    return tr("query cut: %n term(s) left out or shortened (a search looks for at most "
              "{terms} terms of up to {chars} characters)", None, left_out,
              terms=MAX_QUERY_TERMS, chars=MAX_NEEDLE_CHARS)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str
    source: str
    published: datetime | None
    path: Path
    url: str | None
    score: float
    title_spans: tuple[Span, ...] = ()  # matches in ``title``
    snippet: str = ""  # plain text around the first match in the body, "…" where cut
    snippet_spans: tuple[Span, ...] = ()  # matches in ``snippet``
    # Grouped by story (reader/core/stories/grouping.py): this hit stands for its story, with
    # ``story_more`` other hits, from the outlets in ``story_sources``.
    story_id: str | None = None
    story_more: int = 0
    story_sources: tuple[str, ...] = ()


@dataclass
class SearchResults:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    approximate: bool = False
    fallback: bool = False  # syntax error: searched as plain words
    terms_left_out: int = 0  # the query was cut: this many of its terms were not searched
    elapsed_ms: float = 0.0
    needles: tuple[str, ...] = ()  # folded needles, for highlighting in the viewer
    incomplete: str | None = None  # why the index may not hold the whole library (words)


@dataclass(frozen=True)
class SearchOptions:
    limit: int = 20
    sort: str = "relevance"  # or "date"
    sources: tuple[str, ...] = ()  # exact source names (UI filters)
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive

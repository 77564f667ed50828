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

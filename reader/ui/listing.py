"""What the article list shows (``Listing``: ids in order, sources with counts, the archive's
days and histogram, a search's hits and first rows), as a worker answers it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reader.core.archive.days import DayRange
from reader.core.archive.selection import Histogram
from reader.core.search.api import SearchHit
from reader.core.search.catalog import CatalogEntry


@dataclass(frozen=True)
class SourceCount:
    name: str
    total: int
    unread: int
    names: tuple[str, ...] = ()  # the stored source names it stands for (an outlet and its host)


@dataclass(frozen=True)
class Listing:
    """What the article list shows: ids in order, and the sources with their counts."""

    ids: Sequence[str] = field(default_factory=list)  # rows: article ids, or story rows
    sources: list[SourceCount] = field(default_factory=list)
    newest: datetime | None = None
    members: dict[str, list[str]] = field(default_factory=dict)  # story id -> its articles
    articles: int = 0  # articles the filters matched (in story rows or not)
    aliases: dict[str, str] = field(default_factory=dict)  # a host as source -> its outlet
    # The archive in time (reader/core/archive): the days asked for, the archive's last
    # active day (presets end there), the histogram of what is listed; for a search, its
    # words, needles and the first rows' snippets.
    days: DayRange = field(default_factory=DayRange)
    last_active: date | None = None
    histogram: Histogram | None = None
    searched: str = ""
    needles: tuple[str, ...] = ()
    hits: dict[str, SearchHit] = field(default_factory=dict)
    fallback: bool = False
    incomplete: str | None = None  # why the index may not hold the whole library (words)
    terms_left_out: int = 0  # the search's query was cut: terms not searched
    # The rows the list paints first (its top, and around the article it keeps), read in
    # the worker with the listing: its first paint reads nothing on the GUI thread.
    entries: dict[str, CatalogEntry] = field(default_factory=dict)
    partial: bool = False  # the first rows only (the rest read as ""), the whole one follows


def merge_sources(
    totals: list[tuple[str, int]], unread: Mapping[str, int], aliases: dict[str, str]
) -> list[SourceCount]:
    """One row per outlet: a host-only source counts with the outlet the library names it."""
    merged: dict[str, SourceCount] = {}
    for name, total in totals:
        outlet = aliases.get(name, name)
        seen = merged.get(outlet, SourceCount(outlet, 0, 0))
        merged[outlet] = SourceCount(outlet, seen.total + total, seen.unread + unread.get(name, 0),
                                     (*seen.names, name))  # fmt: skip
    return sorted(merged.values(), key=lambda s: -s.total)

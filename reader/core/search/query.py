"""The search box's query language, parsed into needles and filters. Never raises.

Words are ANDed; ``OR`` between two words makes them alternatives; ``-word`` or ``NOT word``
excludes; ``"exact phrase"`` keeps spaces; ``title:``, ``source:``, ``category:`` and
``date:2021-01`` / ``date:2020-12-01..2021-01-15`` restrict. Anything malformed falls back to
plain words, so a half-typed query still searches.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from reader.core.search.api import MAX_NEEDLE_CHARS, MAX_QUERY_TERMS
from reader.core.search.fold import fold

_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))')
_FIELDS = frozenset({"title", "source", "category", "date"})
# Past MAX_TERMS (api.py) terms the query is cut, and the search says how many it left out.
MAX_TERMS = MAX_QUERY_TERMS
_WORDY = re.compile(r"\w")  # a token past the bound that would have been a needle


@dataclass(frozen=True)
class Needle:
    """One substring the article must contain (in its title, for ``title:``)."""

    text: str  # as typed
    folded: str
    title_only: bool = False
    cut: bool = False  # longer than MAX_NEEDLE_CHARS: only its start is looked for


@dataclass
class ParsedQuery:
    groups: list[list[Needle]] = field(default_factory=list)  # AND of OR-groups
    excluded: list[Needle] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # substrings of source names
    categories: list[str] = field(default_factory=list)
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    fallback: bool = False  # the query had a syntax error and was searched as plain text
    left_out: int = 0  # terms past MAX_TERMS (not searched) and needles cut to their start

    @property
    def needles(self) -> list[Needle]:
        return [n for group in self.groups for n in group]

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.sources or self.categories or self.date_from
                    or self.date_to)  # fmt: skip


def _local(day: date) -> datetime:
    """The start of a local day: ``date:`` means the reader's days, as the list shows them."""
    return datetime.combine(day, time.min).astimezone()


def _parse_day(text: str, end: bool) -> datetime:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return _local(date(parts[0] + 1, 1, 1) if end else date(parts[0], 1, 1))
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        days = calendar.monthrange(parts[0], parts[1])[1]
        return _local(start + timedelta(days=days) if end else start)
    day = date(parts[0], parts[1], parts[2])
    return _local(day + timedelta(days=1) if end else day)


def parse_date_range(value: str) -> tuple[datetime | None, datetime | None]:
    """``2021``, ``2021-01``, ``2021-01-05``, ``A..B``, ``A..`` or ``..B`` (B inclusive)."""
    if not re.fullmatch(r"(\d{4}(-\d{1,2}){0,2})?(\.\.(\d{4}(-\d{1,2}){0,2})?)?", value):
        raise ValueError(value)
    if ".." in value:
        lo, hi = value.split("..", 1)
        return (_parse_day(lo, False) if lo else None, _parse_day(hi, True) if hi else None)
    return _parse_day(value, False), _parse_day(value, True)


def _needle(text: str, title_only: bool = False) -> Needle | None:
    collapsed = " ".join(text.split())
    cut = len(collapsed) > MAX_NEEDLE_CHARS
    collapsed = collapsed[:MAX_NEEDLE_CHARS]
    folded = fold(collapsed)
    if not re.search(r"\w", folded):
        return None
    return Needle(collapsed, folded, title_only, cut)


def _plain(query: str) -> ParsedQuery:
    parsed = ParsedQuery(fallback=True)
    for word in query.replace('"', " ").split():
        field_name, colon, _ = word.lstrip("-").partition(":")
        if colon and field_name.lower() in _FIELDS:
            continue  # a malformed filter is syntax, not text to look for
        if len(parsed.groups) >= MAX_TERMS:
            parsed.left_out += bool(_WORDY.search(word))
        elif needle := _needle(word.lstrip("-")):
            parsed.groups.append([needle])
    return parsed


def parse_query(query: str) -> ParsedQuery:
    if query.count('"') % 2:
        parsed = _plain(query)
    else:
        try:
            parsed = _parse(query)
        except (ValueError, OverflowError):
            parsed = _plain(query)
    parsed.left_out += sum(n.cut for n in (*parsed.needles, *parsed.excluded))
    return parsed


def _parse(query: str) -> ParsedQuery:
    parsed = ParsedQuery()
    negate_next = False
    join_next = False
    terms = 0  # needles so far (MAX_TERMS at most)
    for m in _TOKEN.finditer(query):
        minus, fname, quoted, bare = m.groups()
        if fname and fname.lower() not in _FIELDS:  # "http:" or "12:30" is just text
            bare, quoted, fname = m.group(0).lstrip("-"), None, None
        value = quoted if quoted is not None else bare
        if quoted is None and not fname and not minus:
            if value == "OR" and parsed.groups:
                join_next = True
                continue
            if value == "NOT":
                negate_next = True
                continue
        negated = bool(minus) or negate_next
        negate_next = False
        key = fname.lower() if fname else None
        if key == "date":
            lo, hi = parse_date_range(value)
            parsed.date_from, parsed.date_to = lo or parsed.date_from, hi or parsed.date_to
            continue
        if key in ("source", "category"):
            filters = parsed.sources if key == "source" else parsed.categories
            if len(filters) >= MAX_TERMS:
                parsed.left_out += 1
            else:
                filters.append(value[:MAX_NEEDLE_CHARS])
            continue
        if terms >= MAX_TERMS:  # counted without folding it: 10,000 folds cost 0.3 s
            parsed.left_out += bool(_WORDY.search(value))
            join_next = False
            continue
        needle = _needle(value, title_only=key == "title")
        if needle is None:
            continue
        terms += 1
        if negated:
            parsed.excluded.append(needle)
        elif join_next and parsed.groups:
            parsed.groups[-1].append(needle)
        else:
            parsed.groups.append([needle])
        join_next = False
    return parsed

"""Local days: dates as typed, ranges of days, and presets that end at the archive's last
active day.

An archive's "last 7 days" are not the week before today (a 2021 archive read in 2026 has
none) nor the week before its newest article: on the real corpus that is a 2025 blog post,
while 23k articles run from November 2020 to January 2021, so "疫苗, last 7 days" found
nothing. The presets end at the last *active* day (``last_active_day``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from reader.core.i18n import tr

# A preset's name on the command line and in saved searches -> its number of days.
PRESETS: dict[str, int] = {"1d": 1, "7d": 7, "30d": 30, "365d": 365}  # 1d: "Today"

# The tail after a gap of more than GAP_DAYS without articles is stray when it holds less than
# TAIL_SHARE of the archive; of what is left, the last active day is the last holding at least
# DAY_SHARE of a typical day's articles, where a typical day is the one the median article was
# published on (days ranked by their counts). The real corpus (23,184 articles) has articles on
# 683 days: 63 days with 50 or more (2020-07-22 to 2021-01-22, 289-433 a day in the last
# weeks), and a trickle of one to three a day from February 2021 to 2025 (opinion pieces and
# blog posts), so a median *day* holds one article; its median article was published on a day
# of 379, and its last day with 38 or more is 2021-01-22 (90 articles; the 21st had 403).
# tests/test_archive_days.py has the stray cases.
GAP_DAYS = 30
TAIL_SHARE = 0.05
DAY_SHARE = 0.1

_DAY = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*")
_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|–|—|~|～|\s+to\s+|至|到)\s*|\s+-\s+")


def parse_day(text: str) -> date:
    """A day as a person types it: ``2021-01-05``, ``2021-1-5``, ``2021/01/05``,
    ``20210105`` or ``2021年1月5日``. Raises ValueError (with words) otherwise."""
    found = _DAY.fullmatch(text) or _COMPACT.fullmatch(text)
    if found is None:
        raise ValueError(tr("not a date (YYYY-MM-DD): {text}", text=text))
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError as exc:
        raise ValueError(tr("not a date (YYYY-MM-DD): {text}", text=text)) from exc


@dataclass(frozen=True)
class DayRange:
    """Local days, both ends included; an open end is None."""

    first: date | None = None
    last: date | None = None

    def __post_init__(self) -> None:
        if self.first and self.last and self.first > self.last:  # typed the wrong way round
            first, last = self.last, self.first
            object.__setattr__(self, "first", first)
            object.__setattr__(self, "last", last)

    @property
    def is_open(self) -> bool:
        return self.first is None and self.last is None

    def bounds(self) -> tuple[int | None, int | None]:
        """Epoch seconds [start, end) of the range in local time."""
        start = int(local_midnight(self.first).timestamp()) if self.first else None
        end = int(local_midnight(self.last + timedelta(days=1)).timestamp()) if self.last else None
        return start, end

    def datetimes(self) -> tuple[datetime | None, datetime | None]:
        """The bounds as aware datetimes, [from, to): what SearchOptions takes."""
        start = local_midnight(self.first) if self.first else None
        end = local_midnight(self.last + timedelta(days=1)) if self.last else None
        return start, end

    def text(self) -> str:
        """``2021-01-05 – 2021-01-20`` (what ``parse_range`` reads back)."""
        first = self.first.isoformat() if self.first else ""
        last = self.last.isoformat() if self.last else ""
        return first if first == last else f"{first} – {last}".strip()


def parse_range(text: str) -> DayRange:
    """``2021-01-05 – 2021-01-20``, ``2021-01-05..2021-01-20``, ``2021-01-05 to …``, one
    day, or an open end (``2021-01-05..``). Raises ValueError with words."""
    text = text.strip()
    parts = _RANGE_SPLIT.split(text, maxsplit=1)
    if len(parts) == 1:
        day = parse_day(parts[0])
        return DayRange(day, day)
    first, last = (p.strip() for p in parts)
    if not first and not last:
        raise ValueError(tr("not a date (YYYY-MM-DD): {text}", text=text))
    return DayRange(parse_day(first) if first else None, parse_day(last) if last else None)


def local_midnight(day: date) -> datetime:
    """The start of a local day, as an aware datetime (DST days are 23 or 25 hours)."""
    return datetime.combine(day, time.min).astimezone()


def local_day(epoch: int) -> date:
    return datetime.fromtimestamp(epoch).date()


def preset_range(days: int, end: date) -> DayRange:
    """The ``days`` days that end with ``end`` (the archive's last active day), included."""
    return DayRange(end - timedelta(days=days - 1), end)


def last_active_day(counts: Mapping[date, int]) -> date | None:
    """The archive's "today": its last day with a meaningful share of articles.

    ``counts``: articles per local day. A tail that follows a gap of more than GAP_DAYS
    and holds less than TAIL_SHARE of the articles is stray (a 2025 blog post after a
    2020-2021 archive); of the rest, the last day holding at least DAY_SHARE of a typical
    day's articles (a trickle of single posts after the archive's end, or a scraper's last
    half-day, does not end it). A small archive has no stray tail to speak of: the seeds'
    five articles on four days all count.
    """
    days = sorted(d for d, n in counts.items() if n > 0)
    if not days:
        return None
    total = sum(counts[d] for d in days)
    body_end = len(days)
    tail = total
    for i, day in enumerate(days):  # oldest gap first: the largest stray tail is cut
        if i and (day - days[i - 1]).days > GAP_DAYS and tail < TAIL_SHARE * total:
            body_end = i
            break
        tail -= counts[day]
    body = days[:body_end]
    typical = _typical_day(sorted(counts[d] for d in body))
    for day in reversed(body):
        if counts[day] >= DAY_SHARE * typical:
            return day
    return body[-1]


def _typical_day(ranked: list[int]) -> int:
    """The count of the day the median article was published on (``ranked``: day counts in
    ascending order): most articles' days, not most days (a trickle of one-article days
    would make every day typical)."""
    half = sum(ranked) / 2
    seen = 0
    for count in ranked:
        seen += count
        if seen >= half:
            return count
    return ranked[-1] if ranked else 0

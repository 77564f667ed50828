"""Parse the date formats found in article front matter into timezone-aware UTC datetimes.

parse_date and from_epoch return None for a value that is not a usable date (an impossible
day, a placeholder year such as 0001 or 9999, an overflow when converting to UTC): the caller
keeps the article and says the date was ignored. A bad date never costs the article.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

_EPOCH_RE = re.compile(r"^\d{10}(\d{3})?$")
_CJK_DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")
_YEAR_TOKEN = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# Saved news articles: years outside this range are placeholders (0001-01-01, 9999-12-31) or
# mistakes, and near datetime's limits converting to UTC overflows.
MIN_YEAR = 1900
MAX_YEAR = 2100


def _plausible(value: datetime | None) -> datetime | None:
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return value


def to_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC (YAML timestamps without offset are UTC by spec)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _checked_utc(value: datetime) -> datetime | None:
    """to_utc, or None for an implausible year or one that leaves datetime's range on the way
    (year 1 with a + offset overflowed and cost the article)."""
    try:
        return _plausible(to_utc(value))
    except (OverflowError, ValueError):
        return None


def from_epoch(text: str) -> datetime | None:
    text = text.strip()
    if not _EPOCH_RE.match(text):
        return None
    seconds = int(text) / 1000 if len(text) == 13 else int(text)
    try:
        return _plausible(datetime.fromtimestamp(seconds, tz=UTC))
    except (OverflowError, OSError, ValueError):
        return None


def _rfc822(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # email.utils reads any year below 100 as 19xx/20xx, "0001" included: a written
    # four-digit year must be the year parsed.
    written = [int(y) for y in _YEAR_TOKEN.findall(text)]
    if written and parsed.year not in written:
        return None
    return _checked_utc(parsed)


def parse_date(value: object) -> datetime | None:
    """Accept YAML datetimes/dates, ISO 8601, RFC 822, epoch seconds/ms and 2020年7月2日."""
    if isinstance(value, datetime):
        return _checked_utc(value)
    if isinstance(value, date):
        return _plausible(datetime.combine(value, time(0, 0), tzinfo=UTC))
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return from_epoch(str(int(value)))
        except (OverflowError, ValueError):  # inf, nan
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return _checked_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    if (parsed := _rfc822(text)) is not None:
        return parsed
    epoch = from_epoch(text)
    if epoch is not None:
        return epoch
    match = _CJK_DATE_RE.match(text)
    if match:
        try:
            year, month, day = (int(g) for g in match.groups())
            return _plausible(datetime(year, month, day, tzinfo=UTC))
        except ValueError:
            return None
    return None


def written_offset(value: object) -> int | None:
    """The UTC offset (minutes east) a date was written with, when it names one other than
    UTC: feeds that convert to UTC write Z, +00:00 or GMT, which says nothing of the outlet's
    own clock. None for no zone, UTC, or no date."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            try:
                value = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
    offset = value.utcoffset() if isinstance(value, datetime) else None
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return minutes if minutes and abs(minutes) < 24 * 60 else None


# -- showing dates: one formatter for the list, the viewer, search results and the CLI ---------
# Articles store UTC; people read their own clock. Times are shown in the system's local zone
# (TZ is honoured), and the zone is named where a bare time would be ambiguous: the viewer's
# header and the CLI (the list says it once, in its header's tooltip).


def local(value: datetime) -> datetime:
    return to_utc(value).astimezone()


def zone_name(value: datetime | None = None) -> str:
    """The local zone as an offset, e.g. ``UTC+08:00`` (``UTC`` when it is UTC)."""
    offset = local(value or datetime.now(UTC)).utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_date(value: datetime | None) -> str:
    """``2022-01-27`` in local time ('' when unknown)."""
    return local(value).strftime("%Y-%m-%d") if value is not None else ""


def format_span(first: datetime | None, last: datetime | None) -> str:
    """``2022-01-27 – 2022-01-29``, or one day once (``2022-01-27``), in local days."""
    start, end = format_date(first), format_date(last)
    return start if start == end or not end else f"{start} – {end}" if start else end


def format_datetime(value: datetime | None, *, zone: bool = False) -> str:
    """``2022-01-27 12:57`` in local time, with `` UTC+08:00`` when ``zone``."""
    if value is None:
        return ""
    text = local(value).strftime("%Y-%m-%d %H:%M")
    return f"{text} {zone_name(value)}" if zone else text

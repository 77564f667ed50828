"""The two dates of a citation: the day the outlet published the article, and the day it was
saved into the archive.

The day of issue is the outlet's own calendar day, not UTC's: a Lianhe Zaobao report of
2021-01-06 07:18 Singapore time is stored as 2021-01-05T23:18Z and must be cited as January 6.
In order of evidence:

1. the offset the file's own date was written with, where it names one other than UTC (oped2's
   WordPress feeds write +01:00; the waimei feeds convert everything to UTC and write Z);
2. the day the outlet's URL carries (zaobao ``story20210106-…``, CNA ``202101060012.aspx``),
   trusted only within a day of the UTC date (a VOA URL of a 2021-01-08 report says 20200107);
3. the outlet's home time zone (``outlets.py``);
4. else UTC's day.

The access date is when the copy in the archive was saved. The best evidence of that is the
``<!--epoch-ms-->`` comment the Jekyll feed scrapers write above the article: it is the time
stamp the scraper put on the item when it saved it (in 23,150 of the real corpus's 23,229
files with one it equals the item's ``date:``, the feed's own time; in the other 79 it is hours
later), so the file cannot have been written before it. Without it, the file's modification
time — which is only when this copy was written: a fresh clone or a copy resets it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reader.core.citations.outlets import Outlet, url_day


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # no time zone database (Windows without
        return None  # tzdata): the day falls back to UTC's


def issued_day(
    published: datetime | None,
    *,
    url: str | None = None,
    offset_minutes: int | None = None,
    outlet: Outlet | None = None,
) -> date | None:
    """The outlet's day of publication (see the module's docstring for the evidence used)."""
    if published is None:
        return None
    utc = published.astimezone(UTC)
    if offset_minutes is not None:
        return (utc + timedelta(minutes=offset_minutes)).date()
    carried = url_day(url, outlet)
    if carried is not None:
        try:
            day = date(*carried)
        except ValueError:
            day = None
        if day is not None and abs((day - utc.date()).days) <= 1:
            return day
    zone = _zone(outlet.zone) if outlet is not None and outlet.zone else None
    return utc.astimezone(zone).date() if zone is not None else utc.date()


def saved_day(stamp: datetime | None, mtime_ns: int = 0) -> date | None:
    """When the archive's copy was saved: the scraper's ``<!--epoch-ms-->`` stamp, else the
    file's modification time (as UTC days, like the dates stored)."""
    if stamp is not None:
        return stamp.astimezone(UTC).date()
    if mtime_ns > 0:
        return datetime.fromtimestamp(mtime_ns / 1e9, UTC).date()
    return None

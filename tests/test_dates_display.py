"""One formatter shows dates everywhere, in the reader's local time (TZ honoured)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from reader.core.dates import format_date, format_datetime, format_span, zone_name


@pytest.fixture
def shanghai() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_times_are_local_and_say_their_zone(shanghai: None) -> None:
    late_utc = datetime(2022, 1, 27, 20, 30, tzinfo=UTC)  # already the 28th in Shanghai
    assert format_datetime(late_utc) == "2022-01-28 04:30"
    assert format_datetime(late_utc, zone=True) == "2022-01-28 04:30 UTC+08:00"
    assert format_date(late_utc) == "2022-01-28"
    assert zone_name(late_utc) == "UTC+08:00"


def test_utc_zone_and_unknown_dates() -> None:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        assert format_datetime(datetime(2021, 11, 13, 5, 12, tzinfo=UTC), zone=True) == (
            "2021-11-13 05:12 UTC"
        )
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()
    assert format_date(None) == "" and format_datetime(None) == ""


def test_a_span_of_one_local_day_is_said_once(shanghai: None) -> None:
    """A story of one day showed "2022-01-27 – 2022-01-27"."""
    morning = datetime(2022, 1, 27, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    evening = datetime(2022, 1, 27, 14, 0, tzinfo=UTC)  # 22:00 in Shanghai
    next_day = datetime(2022, 1, 27, 17, 0, tzinfo=UTC)  # 01:00 on the 28th in Shanghai
    assert format_span(morning, evening) == "2022-01-27"
    assert format_span(morning, next_day) == "2022-01-27 – 2022-01-28"
    assert format_span(None, evening) == "2022-01-27"
    assert format_span(None, None) == ""

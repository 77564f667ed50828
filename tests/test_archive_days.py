"""Days as typed, ranges, and the archive's last active day (where the presets end)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reader.core.archive.days import (
    DayRange,
    last_active_day,
    local_day,
    parse_day,
    parse_range,
    preset_range,
)
from reader.core.archive.query import ListQuery


@pytest.mark.parametrize(
    "typed", ["2021-01-05", "2021-1-5", " 2021/01/05 ", "20210105", "2021年1月5日", "2021.01.05"]
)
def test_a_typed_day_is_read(typed: str) -> None:
    assert parse_day(typed) == date(2021, 1, 5)


@pytest.mark.parametrize("typed", ["2021-13-01", "2021-02-30", "yesterday", "2021-01", "2"])
def test_what_is_not_a_day_says_so(typed: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_day(typed)


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2021-01-05 – 2021-01-20", date(2021, 1, 5), date(2021, 1, 20)),
        ("2021-01-05..2021-01-20", date(2021, 1, 5), date(2021, 1, 20)),
        ("2021-01-05 to 2021-01-20", date(2021, 1, 5), date(2021, 1, 20)),
        ("2021-01-05 - 2021-01-20", date(2021, 1, 5), date(2021, 1, 20)),
        ("2021-01-20 – 2021-01-05", date(2021, 1, 5), date(2021, 1, 20)),  # either way round
        ("2021-01-05", date(2021, 1, 5), date(2021, 1, 5)),
        ("2021-01-05..", date(2021, 1, 5), None),
        ("..2021-01-05", None, date(2021, 1, 5)),
    ],
)
def test_a_typed_range_is_read(typed: str, first: date | None, last: date | None) -> None:
    days = parse_range(typed)
    assert (days.first, days.last) == (first, last)
    if first and last:
        assert parse_range(days.text()) == days  # what is shown reads back


def test_a_range_covers_whole_local_days() -> None:
    start, end = DayRange(date(2021, 1, 5), date(2021, 1, 6)).bounds()
    assert start is not None and end is not None
    assert local_day(start) == date(2021, 1, 5) and local_day(end - 1) == date(2021, 1, 6)
    assert local_day(end) == date(2021, 1, 7)


def archive(first: date, days: int, per_day: int) -> dict[date, int]:
    return {first + timedelta(days=i): per_day for i in range(days)}


def test_a_stray_article_years_later_does_not_move_the_last_active_day() -> None:
    counts = archive(date(2020, 11, 22), 74, 300)
    end = date(2021, 2, 3)
    assert last_active_day(counts) == end
    counts[date(2025, 2, 15)] = 1  # a blog post four years after the rest
    counts[date(2023, 6, 1)] = 2
    assert last_active_day(counts) == end
    assert preset_range(7, end) == DayRange(date(2021, 1, 28), end)


def test_a_trickle_of_single_posts_for_years_after_does_not_move_it() -> None:
    """The real corpus's shape: busy days to 2021-01-22, then one or two articles every few
    days (no long gap) until 2025: a median day holds one article."""
    counts = archive(date(2020, 11, 22), 62, 350)
    counts[date(2021, 1, 22)] = 90
    trickle = date(2021, 1, 26)
    while trickle < date(2025, 2, 16):
        counts[trickle] = 1 + (trickle.day % 3 == 0)
        trickle += timedelta(days=5)
    assert sum(counts.values()) < 2 * 350 * 62 and len(counts) > 300
    assert last_active_day(counts) == date(2021, 1, 22)


def test_a_small_stray_tail_is_stray_in_a_small_archive_too() -> None:
    counts = archive(date(2021, 1, 1), 10, 4)  # 40 articles
    counts[date(2024, 5, 1)] = 1
    assert last_active_day(counts) == date(2021, 1, 10)


def test_a_scrapers_last_half_day_does_not_end_the_archive() -> None:
    counts = archive(date(2021, 1, 1), 30, 200)
    counts[date(2021, 1, 31)] = 3  # the feed died that morning
    assert last_active_day(counts) == date(2021, 1, 30)


def test_a_small_archive_has_no_stray_tail() -> None:
    """The seeds: five articles on four days over a year; each is the archive."""
    counts = {date(2021, 11, 13): 1, date(2022, 1, 27): 2, date(2022, 2, 22): 1,
              date(2022, 10, 31): 1}  # fmt: skip
    assert last_active_day(counts) == date(2022, 10, 31)


def test_an_archive_that_resumes_after_a_pause_ends_at_its_end() -> None:
    counts = archive(date(2020, 1, 1), 30, 50) | archive(date(2021, 1, 1), 30, 50)
    assert last_active_day(counts) == date(2021, 1, 30)
    assert last_active_day({}) is None


def test_a_query_survives_json_and_keeps_what_it_does_not_know() -> None:
    query = ListQuery("疫苗 -美国", ("BBC", "RFI"), date(2021, 1, 5), date(2021, 1, 20),
                      unread_only=True)  # fmt: skip
    assert ListQuery.from_json(query.to_json()) == query
    newer = ListQuery.from_json('{"text": "a", "preset": "7d", "colour": "red"}')
    assert newer.preset == "7d" and newer.extra == {"colour": "red"}
    assert ListQuery.from_json('{"preset": "9y"}').preset is None


def test_the_histogram_focuses_on_the_days_that_hold_nearly_all_of_it() -> None:
    from reader.core.archive.selection import Bucket, Histogram, focus_days

    days = [Bucket(date(2014, 9, 25), 1, {})]
    days += [Bucket(date(2020, 12, 1) + timedelta(days=i), 300, {}) for i in range(60)]
    days += [Bucket(date(2025, 2, 15), 1, {}), Bucket(None, 2, {})]
    focus = focus_days(days)
    assert focus == (date(2020, 12, 1), date(2021, 1, 29))
    months = Histogram("day", days, focus).rebucket("month")
    assert months.outside() == (1, 1) and months.total == 18_004  # nothing is dropped
    assert focus_days([Bucket(date(2021, 1, 1), 1, {}), Bucket(date(2022, 1, 1), 1, {})]) == (
        date(2021, 1, 1), date(2022, 1, 1))  # fmt: skip


def test_days_are_the_readers_local_days(monkeypatch: pytest.MonkeyPatch) -> None:
    """In Taipei, 2021-01-05 starts at 16:00 UTC the day before: the list, the presets, the
    histogram and `date:` in the search box all mean the reader's days."""
    import time as clock
    from datetime import UTC, datetime

    from reader.core.search.query import parse_query

    monkeypatch.setenv("TZ", "Asia/Taipei")
    clock.tzset()
    try:
        start, end = DayRange(date(2021, 1, 5), date(2021, 1, 5)).bounds()
        assert start == int(datetime(2021, 1, 4, 16, tzinfo=UTC).timestamp())
        assert end == start + 86400
        parsed = parse_query("date:2021-01-05 疫苗")
        assert parsed.date_from == datetime(2021, 1, 4, 16, tzinfo=UTC)
        assert parsed.date_to == datetime(2021, 1, 5, 16, tzinfo=UTC)
        assert local_day(start) == date(2021, 1, 5)
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()

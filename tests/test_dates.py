"""Issue 11: an invalid date costs the date, never the article (every date path)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.dates import parse_date
from reader.core.scan import Problem, scan_library
from reader.core.search.prepare import prepare_article

BODY = "<p>正文还在</p>\n"


def front(date_line: str) -> str:
    return f"---\ntitle: 日期坏了\n{date_line}\n---\n{BODY}"


INVALID = {
    "yaml-impossible-month": front("date: 2021-13-45"),
    "yaml-impossible-day": front("date: 2021-02-30T00:00:00Z"),
    "yaml-year-0": front("date: 0000-01-01"),
    "yaml-year-1-date": front("date: 0001-01-01"),
    "yaml-year-1-offset": front("date: 0001-01-01T00:00:00+08:00"),  # overflowed in to_utc
    "yaml-year-9999-offset": front("date: 9999-12-31T23:00:00-05:00"),
    "string": front('date: "2021-13-45"'),
    "rfc822-day-45": front("date: Thu, 45 Jul 2020 18:28:24 +0000"),
    "rfc822-year-0001": front("date: Mon, 01 Jan 0001 00:00:00 +0800"),  # was read as 2001
    "epoch-too-far": front("date: 99999999999"),
    "cjk-impossible": front("date: 2020年13月45日"),
    "cjk-year-1": front("date: 0001年1月1日"),
    "date-line": "[日期坏了](https://x.example/a)\n------\n日期：Thu, 45 Jul 2020 18:28:24 +0000\n"
    + BODY,
    "epoch-comment": front("title2: x").replace("---\n<p>", "---\n<!--9999999999999-->\n<p>"),
}


@pytest.mark.parametrize("name", INVALID)
def test_invalid_date_keeps_the_article_and_says_so(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.md"
    path.write_text(INVALID[name], encoding="utf-8")
    results = list(scan_library(tmp_path))
    [article] = [r for r in results if isinstance(r, Article)]
    assert article.title == "日期坏了" and "正文还在" in article.text
    assert article.published is None
    [warning] = [r for r in results if isinstance(r, Problem)]
    assert not warning.fatal and warning.kind == "invalid-date", warning
    assert "ignored" in warning.message
    prepare_article(article)  # and it can be indexed


def test_a_bad_date_falls_back_to_the_epoch_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(front("date: 2021-13-45").replace("---\n<p>", "---\n<!--1611230839820-->\n<p>"))
    [article] = [r for r in scan_library(tmp_path) if isinstance(r, Article)]
    assert article.published == datetime(2021, 1, 21, 12, 7, 19, 820000, tzinfo=UTC)
    assert any(w.kind == "invalid-date" for w in article.warnings)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2021, 1, 21, 12, 7, 19), datetime(2021, 1, 21, 12, 7, 19, tzinfo=UTC)),
        (date(2020, 5, 16), datetime(2020, 5, 16, tzinfo=UTC)),
        ("2021-01-21T12:07:19.820Z", datetime(2021, 1, 21, 12, 7, 19, 820000, tzinfo=UTC)),
        ("Thu, 02 Jul 2020 18:28:24 +0000", datetime(2020, 7, 2, 18, 28, 24, tzinfo=UTC)),
        ("Mon, 01 Jan 2001 00:00:00 +0800", datetime(2000, 12, 31, 16, tzinfo=UTC)),
        ("1611230839", datetime(2021, 1, 21, 12, 7, 19, tzinfo=UTC)),
        (1611230839820, datetime(2021, 1, 21, 12, 7, 19, 820000, tzinfo=UTC)),
        ("2020年7月2日", datetime(2020, 7, 2, tzinfo=UTC)),
        (date(1, 1, 1), None),
        (datetime(1, 1, 1, tzinfo=UTC), None),
        (float("inf"), None),
        (float("nan"), None),
        ("", None),
        (None, None),
    ],
)
def test_each_date_path(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected

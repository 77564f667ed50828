"""The rules stories follow beside similarity: an outlet's recurring series and market wraps
never join themselves across days, digests join nothing, a day gap is a penalty on the span
of a story's days, near-copies join whatever their day, and English meets Chinese by names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reader.core.stories.clustering import Clusterer, Item
from reader.core.stories.features import (
    LANG_EN,
    LANG_ZH,
    TermIds,
    event_day,
    is_digest,
    is_market,
    series_key,
    term_id,
)

DAY = 86400


def _vec(*terms: int) -> dict[int, float]:
    w = 1 / len(terms) ** 0.5
    return {t: w for t in terms}


def _day(n: int) -> int:
    return 18600 + n


def test_a_series_never_joins_itself_across_days_but_does_on_its_day() -> None:
    tally = series_key("國內新增12例境外移入", "中央社")
    assert tally == series_key("國內新增7例境外移入", "中央社")  # numbers masked
    assert tally != series_key("國內新增12例境外移入", "聯合報")  # another outlet's
    c = Clusterer()
    same = _vec(1, 2, 3, 4)
    a = c.place(Item("a", _day(0) * DAY, _day(0), same, series=tally))
    b = c.place(Item("b", _day(0) * DAY + 3600, _day(0), same))  # another outlet, same day
    d = c.place(Item("d", _day(1) * DAY, _day(1), same, series=tally))  # next day's tally
    assert a == b and d != a


def test_market_wraps_and_digests() -> None:
    assert is_market(series_key("美股收高 聚焦乔治亚州参议员决选结果", "路透"))
    assert is_market(series_key("日股收跌 – 法国国际广播电台 - RFI", "法广"))
    assert not is_market(series_key("乔治亚州参议员决选投票顺畅", "路透"))
    assert is_digest(series_key("简报：中国借疫情强制隔离异见者；台湾前总统李登辉逝世", "纽约时报"))
    assert is_digest(series_key("早安世界》桃醫群聚又一護理師確診", "中央社"))
    c = Clusterer()
    news = _vec(1, 2, 3, 4)
    first = c.place(Item("news", _day(0) * DAY, _day(0), news))
    wrap = c.place(Item("wrap", _day(0) * DAY + 60, _day(0), news,
                        series=series_key("美股收高 聚焦决选", "路透")))  # fmt: skip
    digest = c.place(Item("digest", _day(0) * DAY + 120, _day(0), news,
                          series=series_key("简报：决选；疫情", "纽约时报")))  # fmt: skip
    assert len({first, wrap, digest}) == 3


def test_the_day_penalty_is_on_the_span_and_near_copies_join_whatever_their_day() -> None:
    c = Clusterer()
    saga = [1, 2, 3, 4, 5, 6]
    s = c.place(Item("d0", _day(0) * DAY, _day(0), _vec(*saga)))
    # Next day, alike: joins (+0.10). Two days after the first: it would span three days.
    assert c.place(Item("d1", _day(1) * DAY, _day(1), _vec(1, 2, 3, 7, 8, 9))) == s
    assert c.place(Item("d2", _day(2) * DAY, _day(2), _vec(1, 2, 3, 10, 11, 12))) != s
    # A rewrite of the first report two days later, whatever day its text gives: joins.
    assert c.place(Item("copy", _day(2) * DAY + 60, _day(2), _vec(*saga))) == s


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        # A timestamp line before the dateline is not the first sentence.
        ("2020-12-01t23:26:52z\n路透12月1日 - 新华社周二报导称", "2020-12-01T23:55:00+00:00",
         "2020-12-01"),
        # A caption's date is the picture's: its credit follows its full stop.
        ("王毅1月25日与布林肯通话。（法新社档案图）\n王毅今天与", "2022-01-27T10:00:00+00:00",
         "2022-01-27"),
        ("根据国家航天局的消息，12 月 3 日 23 时 10 分，上升器点火。", "2020-12-04T05:05:00+00:00",
         "2020-12-03"),
        # A date further on is background.
        ("美国总统今天签署法案。该法案于12月1日提出。", "2020-12-04T05:05:00+00:00", "2020-12-04"),
    ],
)  # fmt: skip
def test_event_day_from_evidence(lead: str, published: str, expected: str) -> None:
    ts = int(datetime.fromisoformat(published).timestamp())
    days = event_day("标题\n" + lead, ts)
    assert date.fromordinal(date(1970, 1, 1).toordinal() + days).isoformat() == expected


def test_english_stop_words_go_and_names_bring_their_chinese_bigrams() -> None:
    ids = TermIds()
    english, lang = ids.counts("pelosi says the house will impeach trump\nwhen and about from")
    assert lang == LANG_EN
    assert term_id("佩洛") in english and term_id("洛西") in english  # Pelosi: 佩洛西
    assert term_id("pelosi") in english and term_id("impeach") in english
    assert not {term_id(w) for w in ("the", "when", "about", "from", "will")} & set(english)
    chinese, lang = ids.counts("佩洛西说众议院将弹劾特朗普\n")
    assert lang == LANG_ZH and term_id("佩洛") in chinese


def test_an_english_report_joins_a_chinese_story_by_its_shared_terms() -> None:
    c = Clusterer()
    zh = _vec(1, 2, 3, 4)
    story = c.place(Item("zh", _day(0) * DAY, _day(0), zh, LANG_ZH))
    c.place(Item("zh2", _day(0) * DAY + 60, _day(0), zh, LANG_ZH))
    english_words = _vec(101, 102, 103, 104, 105, 106, 107, 108)
    joined = c.place(Item("en", _day(0) * DAY + 600, _day(0), english_words, LANG_EN,
                          cross=_vec(1, 2, 3)))  # fmt: skip
    unrelated = c.place(Item("en2", _day(0) * DAY + 900, _day(0), _vec(201, 202), LANG_EN,
                             cross=_vec(9)))  # fmt: skip
    assert joined == story and unrelated != story

"""A story's timeline: boilerplate out, novelty by facts (names, numbers, quotes in either
script), every new sentence on demand, and `reader story ID --json` saying what the window
shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.search.fold import fold
from reader.core.stories.novelty import Facts, is_boilerplate, read_report
from reader.core.stories.titles import best_title, clean_title
from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    "sentence",
    [
        "2021-01-12T15:37:58.301Z",
        "28/12/2020 - 05:32",
        "48 分钟前",
        "記者 張三 責編 李四",
        "（譯者：王五）",
        "（德国之声中文网）",
        "图片来源：Getty Images",
        "Photo: AFP via Getty Images",
        "点击订阅我们的频道",
    ],
)
def test_boilerplate_sentences(sentence: str) -> None:
    assert is_boilerplate(fold(sentence))


@pytest.mark.parametrize("sentence", ["至少4人死亡。", "佩洛西表示，这是对民主的攻击。"])
def test_news_is_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(fold(sentence))


def _read(text: str, facts: Facts, *, first: bool) -> dict[str, str]:
    """sentence (stripped) -> verdict."""
    parts = read_report(text, fold(text), facts, first=first, body_from=text.index("\n") + 1)
    return {text[p.start : p.end].strip(): p.kind for p in parts}


def test_a_later_report_adds_only_new_facts_in_either_script() -> None:
    facts = Facts()
    first = _read(
        "標題\n（中央社記者華盛頓6日專電）美國總統川普支持者6日闖入國會大廈，佩洛西表示"
        "「這是對我們民主的攻擊」。至少4人死亡。\n2021-01-12T15:37:58.301Z\n至少4人死亡。",
        facts, first=True,
    )  # fmt: skip
    # The dateline is not part of the sentence; the timestamp and the repeat are boilerplate.
    assert (
        first
        == {
            "美國總統川普支持者6日闖入國會大廈，佩洛西表示「這是對我們民主的攻擊」。": "new",
            "至少4人死亡。": "new",
            "2021-01-12T15:37:58.301Z": "boilerplate",
        }
        or list(first.values()).count("boilerplate") == 2
    )
    later = _read(
        "标题\n路透华盛顿1月6日 - 佩洛西说：“这是对民主的攻击”。死亡人数升至5人。"
        "议员们被疏散。（譯者：王五）",
        facts, first=False,
    )  # fmt: skip
    assert later == {
        "佩洛西说：“这是对民主的攻击”。": "told",  # a second translation of the quote
        "死亡人数升至5人。": "new",  # a new number
        "议员们被疏散。": "told",  # no new name, number or quote
        "（譯者：王五）": "boilerplate",
    }


def test_titles_lose_their_outlet_and_name_the_event_from_a_member() -> None:
    assert clean_title("李克強召開經濟形勢座談 要求地方首長講真話 – 法国国际广播电台 - RFI") == (
        "李克強召開經濟形勢座談 要求地方首長講真話"
    )
    assert clean_title("德国之声 | 欧盟与中国达成投资协定") == "欧盟与中国达成投资协定"
    assert clean_title("【重磅】美国国会暴动") == "美国国会暴动"
    assert clean_title("[影]黎智英獲准保釋") == "黎智英獲准保釋"
    assert clean_title("民主派初选案｜53人被捕") == "民主派初选案｜53人被捕"
    members = [
        ("a", "黎智英明日再申请保释 法院将作裁决", 1),  # a preview
        ("b", "黎智英获准保释", 2),
        ("c", "黎智英获准保释 须软禁在家 不得接受访问 不得发表文章 交出旅游证件 - 德国之声", 3),
        ("d", "香港高院批准黎智英保释", 4),
    ]
    assert best_title(members) == "b"  # not the longest, not the preview


def test_cli_story_prints_the_timeline_as_one_json_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "library"
    lib.mkdir()
    for src in sorted((FIXTURES / "stories").glob("maradona-*.md")):
        shutil.copyfile(src, lib / src.name)
    assert main(["index", "--library", str(lib)]) == 0
    capsys.readouterr()
    assert main(["stories", "--library", str(lib), "--json"]) == 0
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["story", listed["story"], "--library", str(lib), "--json"]) == 0
    story = json.loads(capsys.readouterr().out)
    assert set(story) == {"story", "title", "first", "last", "reports"}
    assert story["story"] == listed["story"] and story["first"] == listed["first"]
    reports = story["reports"]
    assert [r["id"] for r in reports] == [a["id"] for a in listed["articles"]]
    assert set(reports[0]) == {"id", "source", "published", "title", "adds"}
    assert reports[0]["adds"]  # the first report: all it says
    # RFI's Simplified copy of CNA's AFP text adds (almost) nothing.
    rfi = next(r for r in reports if r["source"] == "法广")
    assert len(rfi["adds"]) <= 2
    # An article's id names its story; plain text lists every report.
    assert main(["story", reports[1]["id"], "--library", str(lib)]) == 0
    out = capsys.readouterr().out
    assert all(r["title"] in out for r in reports)
    assert main(["story", "nosuchstory", "--library", str(lib)]) == 1

"""The issue-21 event lab (bench/stories_event): what it reads as an article's entities, and
its clusterer's rules, so the figures in bench/stories_model_notes.md come from what they say."""

from __future__ import annotations

from collections import Counter

from bench.stories_event import entities, link
from bench.stories_event.texts import Text
from bench.stories_lab import data
from reader.core.stories.features import LANG_EN, LANG_ZH, series_key


def test_numbers_keep_counts_and_amounts_not_years_days_or_times() -> None:
    found = entities.numbers("2021年1月14日 12:30 新增144例 本土135例 损失450亿 涨3.5% 第7次")
    assert found == ["#144", "#135", "#450亿", "#3.5%"]


def test_chinese_names_are_found_longest_first_and_english_names_translated() -> None:
    assert "佩洛西" in entities.cjk_names("美国众议院议长佩洛西表示")
    ents = entities.of("x", "", "Nancy Pelosi speaks", "", LANG_EN)
    assert "佩洛西" in ents["name"]
    zh = entities.of("议长佩洛西称", "", "議長佩洛西稱", "与米利(Mark Milley)通话", LANG_ZH)
    assert zh["tname"]["佩洛西"] == 1 and "milley" in zh["name"]


def _text(aid: str, title: str, day: int, source: str = "s") -> Text:
    return Text(aid, title, "", title, "", source, day * 86400, day, LANG_ZH,
                series_key(title, source, folded=True))  # fmt: skip


def test_clusterer_merges_linked_pairs_but_never_a_digest_or_a_series_across_days() -> None:
    texts = {
        "a": _text("a", "甲事件", 100),
        "b": _text("b", "甲事件续", 100),
        "c": _text("c", "早安世界：甲事件", 100),
        "d": _text("d", "国内新增12例", 101),
        "e": _text("e", "国内新增15例", 102),
    }
    data.SER.clear()
    data.SER.update({a: t.series for a, t in texts.items() if a in ("c", "d", "e")})
    f = link.Features.__new__(link.Features)
    f.texts = texts
    f.ids = list(texts)
    pairs = {("a", "b"): 0.9, ("a", "c"): 0.9, ("d", "e"): 0.9}
    stories = link.cluster(f, link.Settings(), pairs)
    assert stories["a"] == stories["b"]
    assert stories["c"] not in (stories["a"], stories["d"])
    assert stories["d"] != stories["e"]
    assert Counter(stories.values()).most_common(1)[0][1] == 2

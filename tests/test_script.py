"""Articles in the reader's script (reader/core/script.py): OpenCC by the article's own script,
text between tags only, and offsets carried over phrases that change length."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.parser import parse_article_file
from reader.core.script import OffsetMap, conversion_for, convert_many, is_traditional, map_spans
from reader.core.search.fold import fold
from reader.core.search.highlight import find_spans
from tests.conftest import STANDINS

CNA = STANDINS / "cna-traditional-wangyi-asean.md"
ZAOBAO = STANDINS / "zaobao-2021-01-12-wangyi-myanmar.md"


def shown_matches(original: str, target: str, needle: str) -> list[str]:
    """What the reader sees highlighted: ``needle`` found in the original (as the viewer
    does, folded), carried over to the converted text."""
    conversion = conversion_for(target, original)
    assert conversion is not None
    converted = conversion.text(original)
    spans = map_spans(find_spans(fold(original), fold(needle)), original, converted)
    return [converted[s:e] for s, e in spans]


def test_a_phrase_that_changes_length_keeps_the_highlight_on_its_words() -> None:
    text = "他说：我喜欢吃方便面，也用软件。方便面很好吃，出租车也多。"
    assert conversion_for("zh-Hant-TW", text).text(text) == (  # type: ignore[union-attr]
        "他說：我喜歡吃泡麵，也用軟體。泡麵很好吃，計程車也多。"
    )
    assert shown_matches(text, "zh-Hant-TW", "方便面") == ["泡麵", "泡麵"]
    assert shown_matches(text, "zh-Hant-TW", "軟件") == ["軟體"]
    assert shown_matches(text, "zh-Hant-TW", "很好吃") == ["很好吃"]  # after the change
    assert shown_matches(text, "zh-Hant-TW", "出租车也") == ["計程車也"]
    assert shown_matches(text, "zh-Hant-TW", "面") == ["麵", "麵"]  # inside the phrase
    # Without the map, offsets found in the original are off by one after each 方便面:
    converted = conversion_for("zh-Hant-TW", text).text(text)  # type: ignore[union-attr]
    start, end = find_spans(fold(text), "很好吃")[0]
    assert converted[start:end] != "很好吃"


def test_a_change_across_latin_letters_is_aligned_on_the_whole_text() -> None:
    text = "把资料存进U盘，再用打印机打印。"
    converted = conversion_for("zh-Hant-TW", text).text(text)  # type: ignore[union-attr]
    assert "隨身碟" in converted and "印表機" in converted  # the U went away
    assert shown_matches(text, "zh-Hant-TW", "打印机") == ["印表機"]
    assert shown_matches(text, "zh-Hant-TW", "U盘") == ["隨身碟"]


def test_offset_map_at_the_edges() -> None:
    offsets = OffsetMap("方便面好", "泡麵好")
    assert offsets.span(0, 3) == (0, 2)
    assert offsets.span(3, 4) == (2, 3)
    assert offsets.span(0, 4) == (0, 3)
    assert offsets.end(0) == 0
    same = OffsetMap("王毅", "王毅")
    assert same.span(0, 2) == (0, 2)


def test_the_conversion_follows_the_script_the_article_is_written_in() -> None:
    """s2twp rewrites mainland words: right for Simplified text, wrong for text already
    written in Taiwan (支持 and 社區 are Taiwan words too, and mean something else than 支援 and
    社群). Traditional text only gets Taiwan's character variants (t2tw)."""
    taiwan = "民眾支持台灣的社區營造，他說。"
    assert is_traditional(taiwan) and not is_traditional("民众支持台湾的社区营造")
    assert conversion_for("zh-Hant-TW", taiwan).text(taiwan) == taiwan  # type: ignore[union-attr]
    assert conversion_for("zh-Hant-HK", taiwan).text(taiwan) == "民眾支持台灣的社區營造，他説。"  # type: ignore[union-attr]
    assert conversion_for("zh-Hans", taiwan).text(taiwan) == "民众支持台湾的社区营造，他说。"  # type: ignore[union-attr]
    assert conversion_for("", taiwan) is None


def test_html_conversion_changes_text_only() -> None:
    markup = (
        '<p title="a>方便面"><a href="https://example.cn/方便面?q=软件">方便面</a> 软件 &amp; '
        "方便面<img alt=\"方便面\" data-remote-src='https://x.cn/软件.png'></p>"
    )
    converted = conversion_for("zh-Hant-TW", "方便面软件").html(markup)  # type: ignore[union-attr]
    assert converted == (
        '<p title="a>方便面"><a href="https://example.cn/方便面?q=软件">泡麵</a> 軟體 &amp; '
        "泡麵<img alt=\"方便面\" data-remote-src='https://x.cn/软件.png'></p>"
    )


def test_real_articles_in_the_other_script() -> None:
    cna = parse_article_file(CNA)  # Traditional (Taiwan)
    assert shown_matches(cna.text, "zh-Hans", "國務委員") == ["国务委员"]
    zaobao = parse_article_file(ZAOBAO)  # Simplified (Singapore)
    assert shown_matches(zaobao.text, "zh-Hant-TW", "国务资政") == ["國務資政"]
    assert shown_matches(zaobao.text, "zh-Hant-HK", "国务资政") == ["國務資政"]


@pytest.mark.parametrize(
    ("source", "script", "shown", "gone"),
    [(CNA, "zh-Hans", "国务委员", "國務委員"), (ZAOBAO, "zh-Hant-TW", "國務委員", "国务委员")],
)
def test_cli_show_in_a_script(capsys, source: Path, script: str, shown: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    for mode in ("--text", "--html"):
        assert cli(["show", str(source), mode, "--script", script]) == 0
        out = capsys.readouterr().out
        assert shown in out and gone not in out, mode
    assert cli(["show", str(source), "--json", "--script", script]) == 0
    title = json.loads(capsys.readouterr().out)["title"]
    assert title == conversion_for(script, title).text(title)  # type: ignore[union-attr]


def test_cli_show_without_a_script_is_as_written(capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(["show", str(CNA), "--text"]) == 0
    assert "國務委員" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli(["show", str(CNA), "--text", "--script", "klingon"])


def test_settings_remember_the_script(tmp_path: Path) -> None:
    from reader.core.settings import Settings, load_settings, save_settings

    save_settings(Settings(article_script="zh-Hant-TW"), tmp_path / "s.json")
    assert load_settings(tmp_path / "s.json")[0].article_script == "zh-Hant-TW"


def test_the_script_an_article_is_written_in_and_shown_in() -> None:
    """Which fonts an article gets follows from these (reader/ui/reading_style.font_stack)."""
    from reader.core.script import shown_script, written_script
    from tests.conftest import FIXTURES

    def written(path: Path) -> str:
        a = parse_article_file(path)
        return written_script(f"{a.title}\n{a.text}", a.url)

    assert written(CNA) == "zh-Hant-TW"
    assert written(ZAOBAO) == "zh-Hans"
    assert written(FIXTURES / "corpus" / "economist-english.md") == "en"
    cna = parse_article_file(CNA)
    sample = f"{cna.title}\n{cna.text}"
    assert written_script(sample, "https://www.thestandnews.com/politics/x") == "zh-Hant-HK"
    assert written_script(sample, "https://news.rthk.hk/rthk/ch/x.htm") == "zh-Hant-HK"
    assert written_script(sample, "https://evil.example/thestandnews.com") == "zh-Hant-TW"
    # Show Text As decides for Chinese text; an English article stays English.
    assert shown_script("zh-Hans", "zh-Hant-TW") == "zh-Hans"
    assert shown_script("zh-Hant-HK", "zh-Hans") == "zh-Hant-HK"
    assert shown_script("", "zh-Hant-TW") == "zh-Hant-TW"
    assert shown_script("zh-Hant-TW", "en") == "en"


def test_short_texts_converted_together_as_each_alone() -> None:
    """The list's titles and outlets go through OpenCC a chunk at a time: each comes out as
    its own conversion would make it (Traditional by t2tw, Simplified by s2twp)."""
    texts = ["方便面和软件", "中央社：台灣疫苗採購進度說明會", "Biden picks his cabinet", "",
             "纽约时报", "聯合早報", "他说\n出租车", "王毅同布林肯通电话", "123"]  # fmt: skip
    for target in ("zh-Hans", "zh-Hant-TW", "zh-Hant-HK"):
        alone = [c.text(t) if (c := conversion_for(target, t)) else t for t in texts]
        assert convert_many(target, texts) == alone, target
    assert convert_many("zh-Hant-TW", texts)[:2] == ["泡麵和軟體", "中央社：台灣疫苗採購進度說明會"]
    assert convert_many("", texts) == texts  # as written

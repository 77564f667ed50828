"""Type set by script: a Traditional article in a Traditional font (Hong Kong's where the
outlet is), Simplified in a Simplified one, English in a Latin face with its own quotes. The
choice is tested against made-up installed sets (whatever this machine holds), and the viewer
is checked to set the page in what that choice gives on this machine."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from reader.core.parser import parse_article_file
from reader.ui.reading_style import InstalledFonts, Typography, font_stack
from reader.ui.viewer import ViewerPane
from tests.conftest import FIXTURES, STANDINS

NOTO = InstalledFonts(
    cjk=("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Sans CJK TC", "Noto Sans CJK HK"),
    names=frozenset({"Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK",
                     "WenQuanYi Micro Hei", "DejaVu Sans"}),
    latin=("DejaVu Sans",),
)  # fmt: skip
WQY_ONLY = InstalledFonts(("WenQuanYi Micro Hei",), frozenset({"WenQuanYi Micro Hei"}), ())


def test_each_script_gets_its_own_fonts_first() -> None:
    auto = Typography()
    assert font_stack(auto, NOTO, "zh-Hans")[0] == "Noto Sans CJK SC"
    assert font_stack(auto, NOTO, "zh-Hant-TW")[:2] == ["Noto Sans CJK TC", "Noto Sans CJK SC"]
    assert font_stack(auto, NOTO, "zh-Hant-HK")[:2] == ["Noto Sans CJK HK", "Noto Sans CJK TC"]
    english = font_stack(auto, NOTO, "en")
    assert english[0] == "DejaVu Sans" and "Noto Sans CJK SC" in english  # CJK names still draw


def test_without_a_font_of_the_script_the_best_cjk_font_serves() -> None:
    auto = Typography()
    for script in ("zh-Hans", "zh-Hant-TW", "zh-Hant-HK", "en"):
        assert font_stack(auto, WQY_ONLY, script) == ["WenQuanYi Micro Hei"]


def test_a_font_chosen_in_preferences_comes_first_for_every_script() -> None:
    chosen = Typography(family="WenQuanYi Micro Hei")
    for script in ("zh-Hans", "zh-Hant-TW", "en"):
        assert font_stack(chosen, NOTO, script)[0] == "WenQuanYi Micro Hei"


def page_fonts(pane: ViewerPane) -> list[str]:
    found = re.search(r"font-family:([^;]+);", pane._css(pane.theme))
    assert found
    return [f.strip(" '") for f in found.group(1).split(",")]


@pytest.mark.parametrize(
    ("path", "show_as", "script"),
    [
        (STANDINS / "cna-traditional-wangyi-asean.md", "", "zh-Hant-TW"),
        (STANDINS / "cna-traditional-wangyi-asean.md", "zh-Hans", "zh-Hans"),
        (STANDINS / "zaobao-2021-01-12-wangyi-myanmar.md", "", "zh-Hans"),
        (STANDINS / "zaobao-2021-01-12-wangyi-myanmar.md", "zh-Hant-HK", "zh-Hant-HK"),
        (FIXTURES / "corpus" / "economist-english.md", "zh-Hant-TW", "en"),
    ],
)
def test_the_viewer_sets_each_article_in_the_fonts_of_the_script_it_shows(
    qtbot: QtBot, path, show_as: str, script: str
) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.set_script(show_as)
    pane.show_article(parse_article_file(path))
    expected = font_stack(Typography(), InstalledFonts.of_this_machine(), script)
    assert page_fonts(pane) == [*expected, "sans-serif"]


def test_an_english_article_starts_with_a_face_that_is_not_a_cjk_font(qtbot: QtBot) -> None:
    """A CJK font draws ’ and “ full-width ("Germany’ s"); the generic 'Sans Serif' the
    viewer used resolves to one where fonts-noto-cjk is installed."""
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(parse_article_file(FIXTURES / "corpus" / "economist-english.md"))
    first = page_fonts(pane)[0]
    if not InstalledFonts.of_this_machine().latin:
        pytest.skip("no Latin font installed beside the CJK ones")
    systems = QFontDatabase.writingSystems(first)
    assert QFontDatabase.WritingSystem.Latin in systems
    assert QFontDatabase.WritingSystem.SimplifiedChinese not in systems


def test_a_converted_page_says_so_and_offers_the_text_as_written(qtbot: QtBot) -> None:
    """Show Text As is remembered across libraries and OpenCC changes words (支持→支援):
    a reader quoting from the page must see that it is a conversion."""
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show()
    cna = parse_article_file(STANDINS / "cna-traditional-wangyi-asean.md")
    pane.show_article(cna)
    assert not pane.script_bar.isVisible()  # as written: nothing to say
    pane.set_script("zh-Hans")
    assert pane.script_bar.isVisible()
    text = pane.script_bar.label.text()
    assert "Simplified Chinese" in text and "Traditional Chinese" in text
    pane.show_article(parse_article_file(FIXTURES / "corpus" / "economist-english.md"))
    assert not pane.script_bar.isVisible()  # English is never converted
    pane.show_article(cna)
    assert pane.script_bar.isVisible()
    pane.set_script("")
    assert not pane.script_bar.isVisible()


def test_show_as_written_in_the_bar_sets_the_view_menu_back(qtbot: QtBot) -> None:
    from reader.core.readstate import ReadState
    from reader.core.settings import Settings
    from reader.ui.main_window import MainWindow
    from tests.test_ui_app import open_first_article

    window = MainWindow(Settings(article_script="zh-Hant-TW"), ReadState())
    qtbot.addWidget(window)
    window.show()
    open_first_article(window, qtbot)
    try:
        qtbot.waitUntil(window.viewer.script_bar.isVisible)  # the seeds are Simplified
        window.viewer.script_bar.as_written.click()
        assert window.settings.article_script == ""
        assert window.actions_.action("script_as_written").isChecked()
        assert not window.viewer.script_bar.isVisible()
    finally:
        window.close()
        for runner in (window.controller.index_runner, window.controller.search_runner,
                       window.controller.io_runner):  # fmt: skip
            assert runner.wait(10_000)


def test_the_viewer_takes_the_script_found_where_the_article_was_parsed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's articles come with their script from the search process: the viewer does
    not count it (OpenCC's s2t tables took 129 ms to build, the first article's stall)."""
    import reader.ui.viewer as viewer_module
    from reader.core.search.service import _article_script

    path = STANDINS / "cna-traditional-wangyi-asean.md"
    article, script = _article_script(path)
    assert script == "zh-Hant-TW"

    def counted(*_args: object) -> str:
        raise AssertionError("the script was counted on the GUI thread")

    monkeypatch.setattr(viewer_module, "written_script", counted)
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.known_script = {article.id: script}.get
    pane.show_article(article)
    expected = font_stack(Typography(), InstalledFonts.of_this_machine(), "zh-Hant-TW")
    assert page_fonts(pane) == [*expected, "sans-serif"]

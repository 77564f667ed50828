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

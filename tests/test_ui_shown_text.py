"""Show Text As everywhere the articles' words show (issue 22): the list's titles and
outlets, a search's titles and snippets with their matches carried over (方便面 → 泡麵), the
sources and bookmarks panes, the related box, a story's timeline and the image bar; switched
live, and as written when nothing is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.core.stories.api import StoryArticle, StorySummary
from reader.core.stories.timeline import StoryContext
from reader.ui.main_window import MainWindow
from reader.ui.shown_text import ShownText

SIMPLIFIED = "方便面和软件的新闻"
TRADITIONAL = "臺灣疫苗採購說明會"


def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.md").write_text(
        f"---\ntitle: {SIMPLIFIED}\nauthor: 纽约时报\ndate: 2021-01-06\n"
        "from: https://cn.nytimes.com/a\n---\n"
        "<p>他说方便面很好吃，软件也多。</p><p><img src='https://example.com/a.jpg'></p>\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        f"---\ntitle: {TRADITIONAL}\nauthor: 中央社\ndate: 2021-01-05\n"
        "from: https://www.cna.com.tw/b\n---\n<p>疫苗採購進度說明。</p>\n",
        encoding="utf-8",
    )
    return folder


def titles(win: MainWindow) -> list[str]:
    model = win.list_model
    return [model.index(r, 0).data().removeprefix("★ ") for r in range(model.rowCount())]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the editor
def test_the_list_and_the_panes_show_the_chosen_script(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(article_script="zh-Hant-TW"), ReadState())
    qtbot.addWidget(win)
    win.show()
    win.open_library(library(tmp_path))
    model = win.list_model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not win.controller.indexing,
                    timeout=30_000)  # fmt: skip
    # A Simplified title through s2twp (words too), a Traditional one through t2tw.
    assert titles(win) == ["泡麵和軟體的新聞", TRADITIONAL]
    assert model.index(0, 1).data() == "紐約時報"
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "泡麵和軟體的新聞" in tip and "紐約時報" in tip
    sources = win.sources_pane.model
    assert any("紐約時報" in sources.index(r, 0).data() for r in range(sources.rowCount()))

    # The image bar names the outlet in the same script ("一律載入「纽约时报」" was half done).
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        win.list_pane.select_row(0)
    assert "紐約時報" in win.viewer.always_button.text()

    # A search: its title and snippet converted, the matches on the converted words.
    win.search_pane.edit.setText("方便面")
    qtbot.waitUntil(lambda: model.searching and model.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: model.hit(0) is not None, timeout=30_000)
    hit = model.hit(0)
    assert hit is not None and hit.title == "泡麵和軟體的新聞"
    assert [hit.title[s:e] for s, e in hit.title_spans] == ["泡麵"]
    assert "泡麵很好吃" in hit.snippet
    assert {hit.snippet[s:e] for s, e in hit.snippet_spans} == {"泡麵"}
    win.search_pane.edit.setText("")
    qtbot.waitUntil(lambda: not model.searching and model.rowCount() == 2, timeout=30_000)

    # Bookmarks, and the box under the article.
    win.toggle_bookmark()
    labels = [label.text() for label in win.bookmark_editor.findChildren(QLabel)]
    assert "泡麵和軟體的新聞" in labels  # the editor names the article as the list does
    win.bookmark_editor.close()
    bookmarks = win.bookmarks_model
    qtbot.waitUntil(lambda: bookmarks.rowCount() == 1)
    assert bookmarks.index(0, 0).data() == "泡麵和軟體的新聞"
    assert bookmarks.index(0, 1).data() == "紐約時報"
    other = StoryArticle("x", Path("x.md"), None, "联合早报", None, "软件新闻")
    story = StorySummary("s", "方便面的故事", None, None, 2, ("联合早报",))
    win.viewer.set_story_context(StoryContext(story, [other], []))
    rows = [win.viewer.related_list.item(i).text() for i in range(win.viewer.related_list.count())]
    assert any("聯合早報 · 軟體新聞" in row for row in rows), rows

    # Switched live: every pane follows.
    win.looks.set_script("zh-Hans")
    assert titles(win) == ["方便面和软件的新闻", "台湾疫苗采购说明会"]
    assert bookmarks.index(0, 0).data() == SIMPLIFIED
    assert "纽约时报" in win.viewer.always_button.text()
    rows = [win.viewer.related_list.item(i).text() for i in range(win.viewer.related_list.count())]
    assert any("联合早报 · 软件新闻" in row for row in rows), rows
    win.looks.set_script("")  # as written
    assert titles(win) == [SIMPLIFIED, TRADITIONAL]
    assert model.index(0, 1).data() == "纽约时报"
    win.close()


def test_a_chunk_of_rows_is_converted_once() -> None:
    """Rows read together are converted together and kept: painting converts nothing."""
    shown = ShownText()
    shown.set_target("zh-Hant-TW")
    calls: list[int] = []
    convert = shown.prepare

    def counted(texts) -> None:  # type: ignore[no-untyped-def]
        texts = list(texts)
        calls.append(len(texts))
        convert(texts)

    shown.prepare = counted  # type: ignore[method-assign]
    shown.prepare([SIMPLIFIED, "纽约时报"])
    calls.clear()
    assert shown.text(SIMPLIFIED) == "泡麵和軟體的新聞" and shown.text("纽约时报") == "紐約時報"
    assert calls == []  # from the cache
    shown.set_target("")
    assert shown.text(SIMPLIFIED) == SIMPLIFIED

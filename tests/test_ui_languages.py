"""The window in English, Simplified and Traditional Chinese: switched live from Preferences,
Qt's own words translated too, no mnemonic markers outside menus, and articles shown in the
reader's script with search highlights on the right words."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)

from reader.core import i18n as core_i18n
from reader.core.parser import parse_article_file
from reader.core.readstate import ReadState
from reader.core.search.fold import fold
from reader.core.settings import Settings
from reader.ui import i18n
from reader.ui.main_window import MainWindow
from reader.ui.preferences import Preferences, PreferencesDialog
from reader.ui.viewer import ViewerPane
from tests.conftest import SEEDS, STANDINS
from tests.test_ui_app import open_first_article

EXPECTED = {
    "en": {
        "menus": ["&File", "&Edit", "&View", "&Article", "&Research", "&Help"],
        "docks": ["Sources", "Views", "Bookmarks"],
        "load": "Load for this article",
        "remove": "Remove",
        "buttons": ["OK", "Cancel"],
        "blocked": "1 remote image blocked",
        "count": "5 articles",
        "preferences": "Preferences",
    },
    "zh_TW": {
        "menus": ["檔案(&F)", "編輯(&E)", "檢視(&V)", "文章(&A)", "研究(&R)", "說明(&H)"],
        "docks": ["來源", "檢視", "書籤"],
        "load": "載入本文圖片",
        "remove": "移除",
        "buttons": ["確定", "取消"],
        "blocked": "已封鎖 1 張遠端圖片",
        "count": "5 篇文章",
        "preferences": "偏好設定",
    },
    "zh_CN": {
        "menus": ["文件(&F)", "编辑(&E)", "视图(&V)", "文章(&A)", "研究(&R)", "帮助(&H)"],
        "docks": ["来源", "视图", "书签"],
        "load": "加载本文图片",
        "remove": "移除",
        "buttons": ["确定", "取消"],
        "blocked": "已阻止 1 张远程图片",
        "count": "5 篇文章",
        "preferences": "偏好设置",
    },
}
BRACKETED_MNEMONIC = re.compile(r"[(（]&?[A-Za-z][)）]")


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(image_hosts_by_source={"联合早报": []})
    win = MainWindow(settings, ReadState())
    qtbot.addWidget(win)
    win.show()
    open_first_article(win, qtbot)
    qtbot.waitUntil(lambda: not win.controller.indexing, timeout=30_000)
    yield win
    win.close()
    assert win.controller.index_runner.wait(10_000)
    assert win.controller.search_runner.wait(10_000)
    assert win.controller.io_runner.wait(10_000)


@pytest.fixture
def preferences(window: MainWindow) -> Iterator[PreferencesDialog]:
    """Edit › Preferences, open beside the window and wired as the window wires it."""
    dialog = PreferencesDialog(Preferences.of(window.settings), window)
    dialog.changed.connect(window.looks.apply_preferences)
    dialog.show()
    yield dialog
    dialog.changed.disconnect(window.looks.apply_preferences)  # closing it would put things back
    dialog.close()
    dialog.deleteLater()


def choose(dialog: PreferencesDialog, language: str, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    first_menu = EXPECTED[language]["menus"][0]
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == first_menu, timeout=5_000)


def tab_titles(window: MainWindow) -> set[str]:
    return {bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())}


def test_switching_language_in_preferences_changes_the_running_window_at_once(
    window: MainWindow, preferences: PreferencesDialog, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.viewer.image_label.text() == "1 remote image blocked"  # not "1 images"
    for language in ("zh_TW", "zh_CN", "en"):
        choose(preferences, language, window, qtbot)
        want = EXPECTED[language]
        assert [a.text() for a in window.menuBar().actions()] == want["menus"]
        docks = [window.sources_dock, window.views_dock, window.bookmarks_dock]
        assert [d.windowTitle() for d in docks] == want["docks"]
        assert {want["docks"][0], want["docks"][2]} <= tab_titles(window)  # tabbed together
        assert window.viewer.load_images_button.text() == want["load"]
        assert window.bookmarks_pane.remove_button.text() == want["remove"]
        assert window.viewer.image_label.text() == want["blocked"]  # a plural message
        assert window.status.count_label.text() == want["count"]
        box = preferences.findChild(QDialogButtonBox)
        assert [b.text() for b in box.buttons()] == want["buttons"]  # Qt's own catalogue
        assert preferences.windowTitle() == want["preferences"]
    assert window.settings.language == "en"


def test_cancel_puts_the_language_back(window: MainWindow, preferences, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(preferences, "zh_TW", window, qtbot)
    preferences.reject()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5_000)


def as_shown(tooltip: str) -> str:
    """A tooltip's words as Qt shows them (a plain-text tooltip is escaped and wrapped in
    markup: its tags are not words)."""
    if not QtGui.mightBeRichText(tooltip):
        return tooltip
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def visible_words(window: MainWindow) -> dict[str, str]:
    """Every word the window shows outside the article and the library's own data: where
    -> text."""
    words: dict[str, str] = {"window title": window.windowTitle()}
    installed_families = set(QFontDatabase.families())
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        if widget.toolTip():
            words[f"{name} tooltip"] = as_shown(widget.toolTip())
        if isinstance(widget, QAbstractButton):
            words[f"{name} text"] = widget.text()
        elif isinstance(widget, QLabel):
            words[f"{name} label"] = widget.text()
        elif isinstance(widget, QLineEdit):
            words[f"{name} placeholder"] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                # Installed font families (the Preferences font list) are this machine's data,
                # not words of the UI: "Noto Sans CJK JP" where fonts-noto-cjk is installed.
                if widget.itemText(i) not in installed_families:
                    words[f"{name} item {i}"] = widget.itemText(i)
        elif isinstance(widget, QDockWidget | QMenu | QToolBar):
            words[f"{name} title"] = widget.windowTitle() or getattr(widget, "title", str)()
    for action in window.findChildren(QAction):
        words[f"action {action.text()!r}"] = action.text()
        words[f"action {action.text()!r} tooltip"] = action.toolTip()
    for model in (window.list_model, window.bookmarks_model):
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            words[f"{type(model).__name__} header {column}"] = str(header)
    words["sources row 0"] = str(window.sources_pane.model.index(0, 0).data())
    return words


# What may stay in Latin letters in a Chinese window: names, keys, syntax, the data shown.
ALLOWED = re.compile(
    r"Reader|seeds|PDF|Ctrl|Shift|Alt|Esc|Enter|F\d+|UTC|OR|NOT|Ned Price|title:|source:|category:|"
    r"date:[\d-]+|static\.zaobao\.com|n\.sinaimg\.cn|sudo apt install fonts-noto-cjk|"
    r"</?b>|<br>|&quot;|"
    # names of citation styles, formats and the programs that read them
    r"APA|JSON|Markdown|RIS|BibTeX|JabRef|LaTeX|CSL|Zotero|EndNote|Mendeley|Pandoc"
)


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_a_chinese_window_shows_no_english_and_no_mnemonic_markers(
    window: MainWindow, preferences, qtbot, language: str
) -> None:  # type: ignore[no-untyped-def]
    choose(preferences, language, window, qtbot)
    window.search_pane.edit.setText("王毅")  # a search status, with a plural count
    qtbot.waitUntil(lambda: window.list_model.searching and window.list_model.rowCount() > 0,
                    timeout=10_000)  # fmt: skip
    english = {
        where: text
        for where, text in visible_words(window).items()
        if re.search(r"[A-Za-z]{3,}", ALLOWED.sub("", text))
    }
    assert not english, english
    # Menus show their accelerators ("文件(&F)", the convention there) and they work ...
    for action in window.menuBar().actions():
        assert BRACKETED_MNEMONIC.search(action.text()), action.text()
        assert not QKeySequence.mnemonic(action.text()).isEmpty()
    # ... anything else shows no marker: toolbar tooltips, dock and tab titles, buttons.
    shown = [a.toolTip() for a in window.actions_.toolbar.actions() if not a.isSeparator()]
    shown += [d.windowTitle() for d in window.findChildren(QDockWidget)]
    shown += sorted(tab_titles(window))
    shown += [b.text() for b in window.findChildren(QAbstractButton)]
    shown += [b.text() for b in preferences.findChildren(QAbstractButton)]
    for text in shown:
        assert "&" not in text and not BRACKETED_MNEMONIC.search(text), text
    assert len(shown) > 20


def test_qt_own_words_follow_the_language(window: MainWindow, preferences, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The text fields' context menu and the file dialog come from Qt's qtbase catalogue."""
    choose(preferences, "zh_TW", window, qtbot)
    menu = window.search_pane.edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "復原(&U)" in texts and "貼上(&P)" in texts, texts
    menu.deleteLater()
    dialog = QFileDialog(window, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["尋找於(&L)：", "檔名(&N)：", "檔案型態(&T)："], labels  # two are ours
    dialog.deleteLater()


def test_the_mark_all_read_question_has_verbs_not_yes_no(window: MainWindow, preferences, qtbot,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    choose(preferences, "zh_CN", window, qtbot)
    asked: list[list[str]] = []

    def answer(box: QMessageBox) -> int:
        asked.append([b.text() for b in box.buttons()])
        return 0  # closed: Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.commands._confirm_mark_all(25)
    assert sorted(asked[0]) == sorted(["标为已读", "取消"])


def test_the_core_words_follow_a_live_switch(window: MainWindow, preferences, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A sentence reader/core builds in the window's process (a read mark that cannot be
    written) comes in the language just chosen; processes started from now on (the indexer)
    inherit it."""
    state = window.session.read_state
    state.db.close()  # the disk turned read-only under the running window
    state.db = sqlite3.connect(f"{state.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    article = window.session.current
    assert article is not None
    for language, said in (
        ("zh_TW", f"無法使用已讀狀態檔案 {state.path}：檔案或其所在資料夾是唯讀的。"),
        ("zh_CN", f"无法使用已读状态文件 {state.path}：文件或其所在文件夹是只读的。"),
        ("en", f"Cannot use the read-state file {state.path}: the file or its folder is"
               " read-only."),
    ):  # fmt: skip
        choose(preferences, language, window, qtbot)
        window.session.toggle_read(article.id)
        assert window.statusBar().currentMessage() == said
        assert os.environ[core_i18n.INHERITED_ENV] == language
    assert window.session.is_read(article.id)  # the mark stayed as it was


# -- articles in the reader's script ---------------------------------------------------------


def highlighted(pane: ViewerPane) -> list[str]:
    return [s.cursor.selectedText() for s in pane.browser.extraSelections()]


def test_show_text_as_converts_the_open_article_and_keeps_highlights(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "noodles.md"
    path.write_text(
        "---\ntitle: 方便面的故事\nauthor: 联合早报\ndate: 2021-01-01\n---\n"
        '<p>我喜欢吃方便面，也用<a href="https://example.cn/方便面">软件</a>。</p>'
        "<p>方便面很好吃，出租车很多。</p>\n",
        encoding="utf-8",
    )
    article = parse_article_file(path)
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article, needles=(fold("方便面"), fold("很多")))
    assert highlighted(pane) == ["方便面", "方便面", "方便面", "很多"]
    pane.set_script("zh-Hant-TW")  # the open article, at once
    text = pane.browser.document().toPlainText()
    assert "泡麵的故事" in text and "軟體" in text and "計程車很多" in text
    assert highlighted(pane) == ["泡麵", "泡麵", "泡麵", "很多"]
    assert pane.browser.textCursor().selectedText() == "泡麵"  # the first match in the body
    # Links are not text (the sanitizer percent-encodes the URL's non-ASCII path).
    assert 'href="https://example.cn/%E6%96%B9%E4%BE%BF%E9%9D%A2"' in pane._html
    pane.next_hit()
    assert pane.browser.textCursor().selectedText() == "泡麵"
    pane.next_hit()
    assert pane.browser.textCursor().selectedText() == "很多"
    pane.set_script("")
    assert highlighted(pane) == ["方便面", "方便面", "方便面", "很多"]


def test_an_image_caption_is_shown_in_the_chosen_script_with_its_highlight(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A blocked image's placeholder shows its description (the alt text): it stayed as
    written while the text around it was converted (a CNA photo caption in a Simplified
    window: 美國國務卿蓬佩奧 above 美国国务卿蓬佩奥)."""
    path = tmp_path / "cna.md"
    path.write_text(
        "---\ntitle: 環時警告蓬佩奧\nauthor: 中央社\ndate: 2021-01-11\n---\n"
        '<img src="https://imgcdn.cna.com.tw/a.jpg" alt="美國國務卿蓬佩奧9日宣布解除限制">'
        "<p>美國國務卿蓬佩奧9日宣布解除美台交往限制。</p>\n",
        encoding="utf-8",
    )
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.set_script("zh-Hans")
    pane.show_article(parse_article_file(path), needles=(fold("蓬佩奥"),))
    text = pane.browser.document().toPlainText()
    assert "美国国务卿蓬佩奥9日宣布解除限制" in text and "美國" not in text
    assert highlighted(pane) == ["蓬佩奥"] * text.count("蓬佩奥")


@pytest.mark.parametrize(
    ("file", "script", "needle", "shown"),
    [
        (STANDINS / "cna-traditional-wangyi-asean.md", "zh-Hans", "國務委員", "国务委员"),
        (STANDINS / "zaobao-2021-01-12-wangyi-myanmar.md", "zh-Hant-TW", "国务资政", "國務資政"),
        (STANDINS / "zaobao-2021-01-12-wangyi-myanmar.md", "zh-Hant-HK", "缅甸", "緬甸"),
    ],
)
def test_real_articles_shown_in_the_other_script_with_highlights(
    qtbot, file: Path, script: str, needle: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.set_script(script)
    article = parse_article_file(file)
    pane.show_article(article, needles=(fold(needle),))
    marks = highlighted(pane)
    assert marks and set(marks) == {shown}
    assert len(marks) == fold(article.title + article.text).count(fold(needle))


def test_the_script_is_a_view_menu_choice_remembered_in_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(article_script="zh-Hant-HK")
    win = MainWindow(settings, ReadState())
    qtbot.addWidget(win)
    assert win.viewer.script == "zh-Hant-HK" and win.actions_.script_hong_kong.isChecked()
    win.actions_.script_simplified.trigger()
    assert win.viewer.script == "zh-Hans" and settings.article_script == "zh-Hans"
    assert not win.actions_.script_hong_kong.isChecked()
    win.open_library(SEEDS)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 5, timeout=30_000)
    win.close()
    assert win.controller.index_runner.wait(10_000)
    assert win.controller.search_runner.wait(10_000)
    assert win.controller.io_runner.wait(10_000)


def test_install_falls_back_to_english_words_without_a_catalogue(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: "/nonexistent")
    try:
        assert i18n.install("zh_TW") is False
        assert i18n.tr("Search") == "Search"  # the source words, never an empty label
    finally:
        monkeypatch.undo()
        i18n.install("en")

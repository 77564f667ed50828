"""Every tooltip is plain text (issue 20 point 1): a link's ``title`` in an article became a
rich-text tooltip in the viewer, and ``<img src=/any/path>`` in it made Qt open that path on
hover (a FIFO blocked the GUI thread for good)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip, QWidget

from reader.core.parser import parse_article_file
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.article_browser import ArticleBrowser
from reader.ui.main_window import MainWindow
from reader.ui.widgets import plain_tooltip
from tests.test_ui_untrusted_text import shown_as_qt_would


def hover(widget: QWidget, point: QPoint) -> None:
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)


def hostile_library(tmp_path: Path) -> tuple[Path, str]:
    hostile = f'<img src="{tmp_path / "secret.png"}">'
    library = tmp_path / "lib"
    library.mkdir()
    attribute = hostile.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    (library / "a.md").write_text(
        "---\ntitle: 悬停\nsource: 来源\ndate: 2021-01-05\n---\n"
        f'<p>前文 <a href="https://example.com/" title="{attribute}">链接文字链接文字</a></p>\n',
        encoding="utf-8",
    )
    return library, hostile


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # a tooltip, offscreen
def test_a_title_in_an_article_is_a_plain_tooltip(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, hostile = hostile_library(tmp_path)
    article = parse_article_file(library / "a.md")  # sanitized as the viewer gets it
    browser = ArticleBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show()
    browser.setHtml(article.html)
    cursor = browser.document().find("链接文字")
    assert not cursor.isNull()
    assert cursor.charFormat().toolTip() == hostile  # the sanitizer keeps titles: Qt sees this
    point = browser.cursorRect(cursor).center()
    point.setX(point.x() - 4)  # inside the link, not after its last character
    # Where the pointer is (the viewport), and where QTextEdit itself shows titles.
    for widget, at in (
        (browser.viewport(), point),
        (browser, browser.viewport().mapTo(browser, point)),
    ):
        QToolTip.hideText()
        hover(widget, at)
        qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
        shown = QToolTip.text()
        assert shown == plain_tooltip(hostile)
        doc = shown_as_qt_would(shown)
        assert doc.loads == [] and doc.toPlainText() == hostile
    QToolTip.hideText()


def test_no_tooltip_in_the_window_shows_file_text_as_rich_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, _hostile = hostile_library(tmp_path)
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.show()
    win.open_library(library)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        win.list_pane.select_row(0)
    for view in win.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a private override (QListWidget's model): one column
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                if tip:
                    assert shown_as_qt_would(str(tip)).loads == [], tip
    for widget in win.findChildren(QWidget):
        if widget.toolTip():
            assert shown_as_qt_would(widget.toolTip()).loads == [], widget.toolTip()
    win.close()

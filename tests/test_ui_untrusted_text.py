"""Titles, sources, paths and notes come from files: Qt must never read them as rich text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from reader.ui.widgets import plain_tooltip


class _RecordingDocument(QTextDocument):
    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []

    def loadResource(self, kind: int, url: Any) -> Any:
        self.loads.append(url.toString())
        return None


def shown_as_qt_would(text: str) -> _RecordingDocument:
    """Lay ``text`` out the way a tooltip or an auto-format QLabel does."""
    doc = _RecordingDocument()
    if QtGui.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    doc.size()  # lay it out: images are requested now
    return doc


HOSTILE = '<img src="{target}">x & <b>y</b>'


def test_plain_tooltip_shows_the_characters_and_loads_nothing(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    title = HOSTILE.format(target=tmp_path / "secret.png")
    assert shown_as_qt_would(title).loads, "the raw title would make Qt load a local file"
    doc = shown_as_qt_would(plain_tooltip(title))
    assert doc.loads == []
    assert doc.toPlainText() == title


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "secret.png"
    library = tmp_path / "lib"
    library.mkdir()
    (library / "hostile <b>name<b>.md").write_text(
        "---\n"
        f"title: '&lt;img src=&quot;{target}&quot;&gt;x'\n"
        "author: '<img src=\"file:///etc/hostname\">源'\n"
        "date: 2021-01-05\n"
        "---\n<p>正文：恶意标题的文章</p>\n",
        encoding="utf-8",
    )
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.show()
    win.open_library(library)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        win.list_pane.select_row(0)
    yield win, target
    win.close()


def test_list_and_search_show_hostile_titles_as_plain_text(hostile_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, target = hostile_window
    index = win.list_model.index(0, 0)
    tip = win.list_model.data(index, Qt.ItemDataRole.ToolTipRole)
    doc = shown_as_qt_would(tip)
    assert doc.loads == [] and doc.toPlainText().startswith(f'<img src="{target}">x\n')

    win.search_pane.edit.setText("恶意标题")
    qtbot.waitUntil(lambda: win.list_model.searching and win.list_model.rowCount() == 1,
                    timeout=10_000)  # fmt: skip
    hit = win.list_model.hit(0)
    assert hit is not None and hit.title.startswith(f'<img src="{target}">')  # painted as text
    hit_tip = win.list_model.data(win.list_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert shown_as_qt_would(hit_tip).loads == []
    assert shown_as_qt_would(hit_tip).toPlainText().startswith(f'<img src="{target}">')

    win.search_pane.edit.setText('<img src="file:///etc/hostname">')
    qtbot.waitUntil(lambda: "hostname" in win.search_pane.status.text(), timeout=10_000)
    labels = win.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), [
        label.text() for label in labels if label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_a_warning_about_a_path_shows_it_as_plain_text(hostile_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win, _target = hostile_window
    win.open_library(tmp_path / "<img src=x>missing")
    boxes = [box for box in win.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>missing" in boxes[0].text()
    boxes[0].close()

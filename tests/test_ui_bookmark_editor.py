"""Ctrl+D makes the bookmark at once and opens its tags and note beside it: tags complete
from the ones in use, Enter saves, Shift+Enter starts a new line, Esc keeps the bookmark
as it was made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.bookmarks import Bookmark
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.bookmark_editor import BookmarkEditor, LastWordCompleter
from reader.ui.i18n import tr
from reader.ui.main_window import MainWindow
from tests.test_ui_app import open_first_article


@pytest.fixture
def window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.show()
    open_first_article(win, qtbot)
    yield win
    win.close()
    for runner in (win.controller.index_runner, win.controller.search_runner,
                   win.controller.io_runner):  # fmt: skip
        assert runner.wait(10_000)


def test_ctrl_d_saves_at_once_and_enter_in_the_note_saves_tags_and_note(
    window: MainWindow, qtbot: QtBot
) -> None:
    article = window.session.current
    assert article is not None
    window.bookmarks.add(Bookmark("other", "另一篇", "来源", None, None, None, tags=["外交"]))
    window.actions_.bookmark.trigger()
    assert window.bookmarks.has(article.id)  # saved before any question
    editor = window.bookmark_editor
    qtbot.waitUntil(editor.isVisible)
    editor.tags.setText("外交 布林肯")
    qtbot.keyClicks(editor.note, "first")
    qtbot.keyClick(editor.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor.note, "second")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor.note, Qt.Key.Key_Return)
    saved = window.bookmarks.get(article.id)
    assert saved is not None
    assert saved.tags == ["外交", "布林肯"] and saved.note == "first\nsecond"
    assert window.bookmarks_model.rowCount() == 2  # the pane saw the change


def test_escape_keeps_what_was_typed(window: MainWindow, qtbot: QtBot) -> None:
    """A reader who typed tags and pressed Esc lost them without a word."""
    article = window.session.current
    assert article is not None
    window.actions_.bookmark.trigger()
    editor = window.bookmark_editor
    qtbot.waitUntil(editor.isVisible)
    editor.tags.setText("外交，布林肯 #通话")  # any separator people type
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.note, Qt.Key.Key_Escape)
    saved = window.bookmarks.get(article.id)
    assert saved is not None and saved.tags == ["外交", "布林肯", "通话"]


def test_remove_bookmark_in_the_panel_removes_it_with_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    article = window.session.current
    assert article is not None
    window.actions_.bookmark.trigger()
    editor = window.bookmark_editor
    qtbot.waitUntil(editor.isVisible)
    remove = next(b for b in editor.findChildren(QPushButton) if b.text() == tr("Remove Bookmark"))
    with qtbot.waitSignal(editor.finished):
        remove.click()
    assert not window.bookmarks.has(article.id)
    window.session.undo()
    assert window.bookmarks.has(article.id)


def test_tags_complete_the_word_being_typed(qtbot: QtBot) -> None:
    editor = BookmarkEditor(Bookmark("a", "标题", "来源", None, None, None), None, ["外交", "疫苗"])
    qtbot.addWidget(editor)
    completer = editor.tags.completer()
    assert isinstance(completer, LastWordCompleter)
    assert isinstance(completer.widget(), QLineEdit)
    editor.tags.setText("布林肯 外")
    assert completer.splitPath(editor.tags.text()) == ["外"]
    completer.setCompletionPrefix("外")  # what typing "外" does
    assert completer.currentIndex().data() == "外交"
    assert completer.currentCompletion() == "布林肯 外交"  # the tags before it are kept


def test_no_two_commands_of_the_window_share_a_key(window: MainWindow) -> None:
    """Ctrl+G was both Group by Story and (through the platform's FindNext) Find Next: an
    ambiguous shortcut makes Qt fire neither."""
    from collections import defaultdict

    from PySide6.QtGui import QAction, QShortcut

    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString()].add(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.parent() is window and not shortcut.key().isEmpty():
            owners[shortcut.key().toString()].add(f"shortcut {shortcut.objectName()}")
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared, shared

"""A bookmark's tags and note in one small dialog: opened by Ctrl+D as the bookmark is made
(as browsers do) and by Edit in the bookmarks pane. Tags complete from the ones already in
use; Enter saves, Shift+Enter starts a new line in the note, Esc leaves them as they were."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reader.core.bookmarks import Bookmark
from reader.ui.i18n import tr
from reader.ui.widgets import plain_label

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LastWordCompleter(QCompleter):
    """Completes the word being typed in a space-separated list (the tags), not the whole
    field."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(" ")[-1].lstrip("#")]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        field = self.widget()
        text = field.text() if isinstance(field, QLineEdit) else ""
        head = text.rsplit(" ", 1)[0] + " " if " " in text else ""  # the tags before it
        return head + super().pathFromIndex(index)


class BookmarkEditor(QDialog):
    """Tags and note in one dialog."""

    def __init__(
        self, bookmark: Bookmark, parent: QWidget | None = None, known_tags: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.article_id = bookmark.article_id
        self.setWindowTitle(tr("Tags and Note"))
        self.tags = QLineEdit(" ".join(bookmark.tags))
        self.tags.setPlaceholderText(tr("Tags, separated by spaces"))
        # The model is parented: PySide would free a model only the completer refers to.
        completer = LastWordCompleter(QStringListModel(sorted(set(known_tags)), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags.setCompleter(completer)
        self.note = QPlainTextEdit(bookmark.note)
        self.note.setTabChangesFocus(True)
        self.note.installEventFilter(self)
        title = plain_label(bookmark.title)
        title.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(title)
        form.addRow(tr("Tags:"), self.tags)
        form.addRow(tr("Note:"), self.note)
        hint = plain_label(tr("Enter saves · Shift+Enter starts a new line"))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(hint)
        form.addRow(buttons)
        self.resize(460, 280)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the note, Enter saves and Shift+Enter makes a new line (a plain line break,
        not Qt's line separator)."""
        if watched is self.note and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.note.insertPlainText("\n")
                else:
                    self.accept()
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> tuple[list[str], str]:
        return self.tags.text().replace("#", " ").split(), self.note.toPlainText().strip()


def ask_details(
    parent: QWidget,
    bookmark: Bookmark,
    known_tags: Sequence[str],
    save: Callable[[str, list[str], str], None],
) -> BookmarkEditor:
    """The editor for a bookmark just made, open beside the window (not blocking it);
    ``save(article_id, tags, note)`` when the reader saves."""
    editor = BookmarkEditor(bookmark, parent, known_tags)
    editor.accepted.connect(lambda: save(bookmark.article_id, *editor.chosen()))
    editor.finished.connect(editor.deleteLater)
    editor.open()
    return editor

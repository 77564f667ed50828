"""A bookmark's tags and note in one small dialog: opened by Ctrl+D as the bookmark is made
(as browsers do) and by Edit in the bookmarks pane. Tags complete from the ones already in
use; Enter saves, Shift+Enter starts a new line in the note, Esc leaves them as they were."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
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
from reader.core.tags import join_tags, split_tags
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
    """Tags and note in one dialog. As a ``panel`` (Ctrl+D, as browsers do) it keeps what was
    typed however it is closed, Esc included, and offers Remove Bookmark; from the bookmarks
    pane it is an ordinary dialog with OK and Cancel."""

    def __init__(
        self,
        bookmark: Bookmark,
        parent: QWidget | None = None,
        known_tags: Sequence[str] = (),
        panel: bool = False,
    ) -> None:
        super().__init__(parent)
        self.article_id = bookmark.article_id
        self.setWindowTitle(tr("Tags and Note"))
        self.tags = QLineEdit(join_tags(bookmark.tags))
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
        if panel:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Done"))
            remove = buttons.addButton(tr("Remove Bookmark"),
                                       QDialogButtonBox.ButtonRole.DestructiveRole)  # fmt: skip
            remove.clicked.connect(self._remove)
        else:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.panel = panel
        self.was_removed = False
        form = QFormLayout(self)
        form.addRow(title)
        form.addRow(tr("Tags:"), self.tags)
        form.addRow(tr("Note:"), self.note)
        hint = plain_label(
            tr("Kept when you close it (Enter or Esc) · Shift+Enter starts a new line")
            if panel
            else tr("Enter saves · Shift+Enter starts a new line")
        )
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

    def _remove(self) -> None:
        self.was_removed = True
        self.reject()

    def chosen(self) -> tuple[list[str], str]:
        return split_tags(self.tags.text()), self.note.toPlainText().strip()


def ask_details(
    parent: QWidget,
    bookmark: Bookmark,
    known_tags: Sequence[str],
    save: Callable[[str, list[str], str], None],
    remove: Callable[[], object],
) -> BookmarkEditor:
    """The panel for a bookmark just made, open over the window: ``save(article_id, tags,
    note)`` when it closes, however it is closed (typed words are never thrown away);
    ``remove()`` for its Remove Bookmark button."""
    editor = BookmarkEditor(bookmark, parent, known_tags, panel=True)

    def closed() -> None:
        if editor.was_removed:
            remove()
        else:
            save(bookmark.article_id, *editor.chosen())

    editor.finished.connect(closed)
    editor.finished.connect(editor.deleteLater)
    editor.open()
    return editor

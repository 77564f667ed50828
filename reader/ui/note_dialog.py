"""The dialog of one highlight: its quote (read-only), note, colour and tags."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reader.core.annotations.store import COLORS
from reader.core.tags import join_tags, split_tags
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.widgets import plain_label

COLOR_NAMES = {
    "yellow": QT_TR_NOOP("Yellow"),
    "green": QT_TR_NOOP("Green"),
    "blue": QT_TR_NOOP("Blue"),
    "pink": QT_TR_NOOP("Pink"),
}
assert tuple(COLOR_NAMES) == COLORS


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str = "", color: str = "yellow",
                 tags: list[str] | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(tr("Highlight and Note"))
        self.quote = plain_label(" ".join(quote.split()))
        self.quote.setWordWrap(True)
        self.note = QPlainTextEdit(note)
        self.note.setPlaceholderText(tr("What this passage shows, where to use it…"))
        self.color = QComboBox()
        for name in COLORS:
            self.color.addItem(tr(COLOR_NAMES[name]), name)
        self.color.setCurrentIndex(max(0, self.color.findData(color)))
        self.tags = QLineEdit(join_tags(tags or []))
        self.tags.setPlaceholderText(tr("Tags, separated by spaces"))
        form = QFormLayout(self)
        form.addRow(tr("Quote:"), self.quote)
        form.addRow(tr("Note:"), self.note)
        form.addRow(tr("Colour:"), self.color)
        form.addRow(tr("Tags:"), self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, 300)
        self.note.setFocus()

    def chosen(self) -> tuple[str, str, list[str]]:
        """(note, colour, tags)."""
        tags = split_tags(self.tags.text())
        return self.note.toPlainText().strip(), str(self.color.currentData()), tags

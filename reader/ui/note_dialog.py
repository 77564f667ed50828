"""The dialog of one highlight: its quote (read-only), note, colour and tags."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reader.core.annotations.store import COLORS, PAPER
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


def swatch(color: str, size: int = 16) -> QIcon:
    """A small square of a highlight colour (its light shade, framed so that it shows on a
    light and on a dark menu), for the colour menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#8a8780"), 1))
    painter.setBrush(QColor(PAPER.get(color, PAPER[COLORS[0]])))
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


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
            self.color.addItem(swatch(name), tr(COLOR_NAMES[name]), name)
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

"""A combo box as wide as its current choice when there is room, and narrower when there is
not, its text cut with "…" (the popup still shows every choice whole).

QComboBox's own size policies make it as wide as its widest item at all times: the days
combo's "Last 365 days (to 2021-01-22)" alone held the list's column 509 px wide in English,
which left the article 27 characters a line at 1280 px and ruled out a narrow window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

SHORTEST = 5  # characters of the current choice shown at the narrowest ("Last…")


class ElidingCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())
        self.model().dataChanged.connect(lambda *_a: self.updateGeometry())

    def _size_for(self, text: str) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        contents = QSize(metrics.horizontalAdvance(text) + 4, metrics.height())
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self
        )
        return QSize(size.width(), max(size.height(), super().sizeHint().height()))

    def sizeHint(self) -> QSize:
        return self._size_for(self.currentText())

    def minimumSizeHint(self) -> QSize:
        text = self.currentText()
        return self._size_for(text if len(text) <= SHORTEST + 1 else text[:SHORTEST] + "…")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 2, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()

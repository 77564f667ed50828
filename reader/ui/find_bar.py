"""Find in the article (Ctrl+F): its matches counted and marked, F3 and Shift+F3 step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from reader.core.search.fold import fold
from reader.core.search.highlight import find_spans
from reader.ui.article_browser import ArticleBrowser
from reader.ui.i18n import number, tr
from reader.ui.widgets import plain_label


class FindBar(QFrame):
    matches_changed = Signal(list)  # every match's (start, end), to mark them all

    def __init__(self, browser: ArticleBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.edit = QLineEdit()
        self.status = plain_label()
        self.label = plain_label()
        prev_button, next_button, close = QToolButton(), QToolButton(), QToolButton()
        prev_button.setText("▲")
        next_button.setText("▼")
        close.setText("✕")
        self.buttons = (prev_button, next_button, close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(lambda _t: self.find_next(restart=True))
        next_button.clicked.connect(lambda: self.find_next())
        prev_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close_bar)
        self._said = ""  # the status shown: "Not found" or the match count
        self._spans = 0
        self._target = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Find:"))
        self.edit.setPlaceholderText(tr("Find in the article"))
        for button, tip in zip(
            self.buttons,
            (tr("Previous match (Shift+F3)"), tr("Next match (F3)"), tr("Close (Esc)")),
            strict=True,
        ):
            button.setToolTip(tip)
        self._say()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self) -> None:
        if self._said == "not found":
            self.status.setText(tr("Not found"))
        elif self._said == "found":
            self.status.setText(tr("{i} of {n}", i=number(self._target + 1), n=number(self._spans)))
        elif self._said == "counted":
            self.status.setText(tr("%Ln match(es)", None, self._spans))
        else:
            self.status.clear()

    def recount(self) -> None:
        """Another article under the open bar: mark and count its matches, move nowhere (the
        article opens at its top)."""
        spans = self._positions()
        self.matches_changed.emit(spans)
        self._spans = len(spans)
        self._said = "counted" if spans else ("not found" if self.edit.text().strip() else "")
        self._say()

    def close_bar(self) -> None:
        self.hide()
        self.matches_changed.emit([])

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def _positions(self) -> list[tuple[int, int]]:
        needle = fold(self.edit.text().strip())
        if not needle:
            return []
        return find_spans(fold(self.browser.document().toPlainText()), needle)

    def _go(self, step: int, restart: bool = False) -> None:
        spans = self._positions()
        self.matches_changed.emit(spans)
        if not spans:
            self._said = "not found" if self.edit.text().strip() else ""
            self._say()
            return
        cursor = self.browser.textCursor()
        here = -1 if restart else cursor.selectionStart()
        if step > 0:
            target = next((i for i, s in enumerate(spans) if s[0] > here), 0)
        else:
            target = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < here), -1)
            target %= len(spans)
        start, end = spans[target]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self._said, self._target, self._spans = "found", target, len(spans)
        self._say()

    def find_next(self, restart: bool = False) -> None:
        self._go(1, restart)

    def find_previous(self) -> None:
        self._go(-1)

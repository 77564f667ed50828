"""The bar over an article with remote images: how many are blocked (or loading, or failed),
"Load for this article" and "Always for <outlet>" (the outlet's name in the reader's script:
"一律載入「纽约时报」" was half converted in a Traditional UI). Its buttons go under its
sentence when the pane is too narrow for one row (they overlapped the sentence, and held the
pane ~480 px wide)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QWidget

from reader.ui.i18n import tr
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_label

SOURCE_SHOWN = 16  # characters of an outlet's name: a long one must not widen the bar


class ImageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.load_button = QPushButton()
        self.always_button = QPushButton()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(6, 2, 6, 2)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.load_button)
        self.row.addWidget(self.always_button)
        self.state: tuple[str, int] = ("blocked", 0)  # what the bar says
        self.source = ""  # the open article's outlet, as the library names it
        self.shown = ShownText()  # View › Show Text As: the window's
        self.hide()

    def set_shown_text(self, shown: ShownText) -> None:
        self.shown = shown
        shown.changed.connect(self.say)

    def show_state(self, state: str, count: int, source: str | None = None) -> None:
        """``state``: blocked, loading or failed; ``count`` images so."""
        self.state = (state, count)
        if source is not None:
            self.source = source
        self.say()

    def say(self) -> None:
        state, count = self.state
        if state == "loading":
            self.label.setText(tr("Loading images…"))
        elif state == "failed":
            self.label.setText(tr("%Ln image(s) could not be loaded", None, count))
        else:
            self.label.setText(tr("%Ln remote image(s) blocked", None, count))
        self.load_button.setText(
            tr("Try again") if state == "failed" else tr("Load for this article")
        )
        source = self.shown.text(self.source)
        if len(source) > SOURCE_SHOWN:
            source = source[: SOURCE_SHOWN - 1] + "…"
        self.always_button.setText(tr("Always for {source}", source=source or "?"))
        pane = self.parentWidget()  # the viewer: the bar may be hidden, its width stale
        self.fit(pane.width() if pane is not None else self.width())

    def fit(self, width: int) -> None:
        """One row when ``width`` holds the buttons and some words, else the buttons under."""
        buttons = self.load_button.sizeHint().width() + self.always_button.sizeHint().width()
        self.row.setDirection(
            QBoxLayout.Direction.LeftToRight
            if width >= buttons + 200
            else QBoxLayout.Direction.TopToBottom
        )

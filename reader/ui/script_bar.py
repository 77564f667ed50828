"""A line over the article while it is shown in another script than it is written in (View ›
Show Text As): a reader quoting from the page must know the words are OpenCC's conversion,
which can change meaning (s2twp: 支持→支援, 视频→影片), and the setting outlives the
library it was chosen in."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from reader.core.script import ENGLISH
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.widgets import plain_label

SCRIPT_NAMES = {
    "zh-Hans": QT_TR_NOOP("Simplified Chinese"),
    "zh-Hant-TW": QT_TR_NOOP("Traditional Chinese (Taiwan)"),
    "zh-Hant-HK": QT_TR_NOOP("Traditional Chinese (Hong Kong)"),
}
WRITTEN_NAMES = {
    "zh-Hans": QT_TR_NOOP("Simplified Chinese"),
    "zh-Hant-TW": QT_TR_NOOP("Traditional Chinese"),
    "zh-Hant-HK": QT_TR_NOOP("Traditional Chinese"),
}


class ScriptBar(QFrame):
    """Hidden unless the open article's text is converted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.as_written = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.as_written)
        self._state: tuple[str, str] | None = None
        self.hide()

    def show_for(self, shown: str | None, written: str) -> None:
        """``shown``: the script the page is converted into (None: as written)."""
        converted = shown is not None and written != ENGLISH and shown in SCRIPT_NAMES
        self._state = (shown, written) if converted and shown is not None else None
        self.retranslate()
        self.setVisible(self._state is not None)

    def retranslate(self) -> None:
        self.as_written.setText(tr("Show as Written"))
        if self._state is not None:
            shown, written = self._state
            self.label.setText(
                tr("Shown in {shown} by conversion; the article is written in {written}.",
                   shown=tr(SCRIPT_NAMES[shown]), written=tr(WRITTEN_NAMES.get(written, "")))
            )  # fmt: skip

"""The article's page: QTextBrowser (no JavaScript engine). Every resource the document wants
goes through ``loadResource``: only images the user asked for are returned; links other than
http(s) with a host do nothing; a title shown on hover is plain text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QHelpEvent,
    QImage,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QTextBrowser,
    QToolTip,
    QWidget,
)

from reader.ui.article_html import (
    ARTICLE_SCHEME,
    LOAD_SCHEME,
    MORE_SCHEME,
    STORY_SCHEME,
)
from reader.ui.widgets import plain_tooltip

# Web links only: mailto: handed the mail client whatever the article asked (``?attach=``).
SAFE_SCHEMES = frozenset({"http", "https"})


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything on its own."""

    blocked_link = Signal(str)
    image_requested = Signal(int)  # a placeholder was clicked: load the article's Nth image
    reader_link = Signal(str, str)  # ARTICLE_SCHEME or STORY_SCHEME, the id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.images: dict[str, QImage] = {}  # reader-image:N -> image the user asked for
        self.resource_requests: list[str] = []  # every URL the document asked for (tests)
        self._empty = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._empty.fill(0)
        self.anchorClicked.connect(self.open_link)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_title(event.pos(), event.globalPos())
            return True
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_title(self.viewport().mapFrom(self, event.pos()), event.globalPos())
            return True
        return super().event(event)

    def _show_title(self, pos: QPoint, global_pos: QPoint) -> None:
        """An element's ``title`` is the article's text: shown as a plain tooltip (Qt shows
        it as rich text when it looks like HTML, and ``<img src=/a/fifo>`` in a title made it
        open that path on hover: a FIFO blocked the GUI for good)."""
        tip = self.cursorForPosition(pos).charFormat().toolTip()
        if tip:
            QToolTip.showText(global_pos, plain_tooltip(tip), self.viewport())
        else:
            QToolTip.hideText()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        self.resource_requests.append(text)
        if kind == QTextDocument.ResourceType.ImageResource.value and text in self.images:
            return self.images[text]
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._empty  # a valid answer, so Qt never falls back to the file system
        return ""  # stylesheets and anything else: nothing

    def open_link(self, url: QUrl) -> None:
        if url.scheme() == LOAD_SCHEME and url.path().isdigit():
            self.image_requested.emit(int(url.path()))
            return
        if url.scheme() in (ARTICLE_SCHEME, STORY_SCHEME, MORE_SCHEME):  # a story's timeline
            self.reader_link.emit(url.scheme(), url.path())
            return
        if url.scheme().lower() in SAFE_SCHEMES and url.host():
            QDesktopServices.openUrl(url)
        else:
            self.blocked_link.emit(url.toString())

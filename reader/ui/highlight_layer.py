"""The reader's highlights in the article viewer: drawn on the text in every theme and script,
made from a selection, edited and removed from the text's context menu, their notes as
tooltips.

Anchors are kept against the article's text as written (reader/core/annotations). The page
shows more (title, meta line, image frames) and may be converted to another script: each
highlight is placed in the page as written, then carried to the page shown with OffsetMap,
the same way search matches are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from reader.core.annotations.anchor import Anchor, Keyed, describe, locate
from reader.core.annotations.store import COLORS, Highlight
from reader.core.script import OffsetMap
from reader.ui.highlight_print import put_on_paper
from reader.ui.i18n import tr
from reader.ui.note_dialog import COLOR_NAMES, swatch
from reader.ui.viewer import ViewerPane
from reader.ui.widgets import plain_tooltip

# Shades per theme: light pastels on the light page, deep tones that keep light text legible
# on the dark one; never the search marks' colours (LIGHT.highlight #ffe48a, DARK #6b5a12).
SHADES = {
    "light": {"yellow": "#fff0a6", "green": "#cdeec8", "blue": "#d3e4fb", "pink": "#f9d3e2"},
    "dark": {"yellow": "#55501f", "green": "#2c4d33", "blue": "#2a4263", "pink": "#5a3246"},
}
NOTE_UNDERLINE = {"light": "#8a7a2a", "dark": "#c9bd7a"}


def shade(theme: str, color: str) -> str:
    palette = SHADES.get(theme, SHADES["light"])
    return palette.get(color, palette[COLORS[0]])


def place_in_page(items: list[Highlight], text: str, shown: str,
                  written: str) -> dict[str, tuple[int, int]]:  # fmt: skip
    """Where each highlight is in a page (id -> span in ``shown``): found in the page as
    ``written`` (the article's ``text`` starts somewhere in it, after its title and meta
    line), then carried to the page ``shown`` in another script."""
    head = written.find(text[:24].strip()) if text.strip() else -1
    keyed = Keyed(written)
    found: dict[str, tuple[int, int]] = {}
    for h in items:
        hint = (h.start + max(head, 0)) if h.start is not None else None
        where = locate(h.anchor, keyed, hint)
        if where is not None:
            found[h.id] = (where.start, where.end)
    if shown != written and found:
        carry = OffsetMap(written, shown)
        found = {i: carry.span(s, e) for i, (s, e) in found.items()}
    return {i: span for i, span in found.items() if span[1] > span[0]}


class HighlightLayer(QObject):
    """Owns what the viewer draws of the open article's highlights. ``actions`` is the
    desk's way back: add(anchor, color, with_note), edit(highlight), remove(highlight)."""

    def __init__(self, viewer: ViewerPane, add: Callable[[Anchor, str, bool], None],
                 edit: Callable[[Highlight], None],
                 remove: Callable[[Highlight], None]) -> None:  # fmt: skip
        super().__init__(viewer)
        self.viewer = viewer
        self._add, self._edit, self._remove = add, edit, remove
        self.items: list[Highlight] = []  # the open article's
        self.spans: dict[str, tuple[int, int]] = {}  # highlight id -> span in the page shown
        self._key: tuple[object, ...] = ()
        self._marks: list[QTextEdit.ExtraSelection] = []
        self.pending: str | None = None  # a highlight to show once its article is drawn
        viewer.extra_marks = self.marks
        viewer.print_marks = self.mark_printed
        browser = viewer.browser
        browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        browser.customContextMenuRequested.connect(self._menu)
        browser.viewport().installEventFilter(self)
        # A page drawn again (theme, script, images, language) holds new text: place again.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.refresh)
        browser.document().contentsChanged.connect(self._redraw.start)

    # -- placing -------------------------------------------------------------------------
    def show(self, items: list[Highlight]) -> None:
        self.items = list(items)
        self._key = ()
        self.refresh()

    def refresh(self) -> None:
        self.viewer._show_marks()  # asks marks(): placed again when the page changed
        if self.pending and self.pending in self.spans:
            self.reveal(self.pending)
            self.pending = None

    def _page_texts(self) -> tuple[str, str]:
        return self.viewer.browser.document().toPlainText(), self.viewer.page_as_written()

    def _place(self) -> dict[str, tuple[int, int]]:
        article = self.viewer.article
        if article is None or not self.items:
            return {}
        return place_in_page(self.items, article.text, *self._page_texts())

    def marks(self) -> list[QTextEdit.ExtraSelection]:
        viewer = self.viewer
        article = viewer.article
        if article is None or not self.items:
            self.spans = {}
            return []
        key = (article.id, viewer.browser.document().revision(), id(self.items),
               viewer.theme.name, viewer.script)  # fmt: skip
        if key != self._key:
            self._key = key
            self.spans = self._place()
            self._marks = self._selections()
        return self._marks

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        theme = self.viewer.theme.name
        document = self.viewer.browser.document()
        out = []
        for h in self.items:
            span = self.spans.get(h.id)
            if span is None:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(shade(theme, h.color)))
            if h.note.strip():  # a note: a dotted line under the words
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(NOTE_UNDERLINE.get(theme, "#8a7a2a")))
            cursor = QTextCursor(document)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            out.append(selection)
        return out

    def mark_printed(self, doc: QTextDocument, written: str) -> None:
        """The open article's highlights on its printed page (reader/ui/highlight_print.py)."""
        article = self.viewer.article
        if article is not None and self.items:
            spans = place_in_page(self.items, article.text, doc.toPlainText(), written)
            put_on_paper(doc, self.items, spans)

    def reveal(self, highlight_id: str) -> None:
        """Scroll the open article to a highlight (its start at the caret, nothing selected:
        the highlight's own colour shows where it is)."""
        span = self.spans.get(highlight_id)
        if span is None:
            return
        browser = self.viewer.browser
        cursor = QTextCursor(browser.document())
        cursor.setPosition(span[1])
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        cursor.setPosition(span[0])
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()

    def at(self, position: int) -> Highlight | None:
        for h in self.items:
            span = self.spans.get(h.id)
            if span is not None and span[0] <= position < span[1]:
                return h
        return None

    # -- making one from the selection ---------------------------------------------------
    def selection_anchor(self) -> Anchor | None:
        """The anchor of the selected words in the article's text as written; None when
        nothing is selected or the selection is not in the article's body."""
        article = self.viewer.article
        cursor = self.viewer.browser.textCursor()
        if article is None or not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        shown, written = self._page_texts()
        if shown != written:
            start, end = OffsetMap(shown, written).span(start, end)
        while start < end and written[start].isspace():
            start += 1
        while end > start and written[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        in_page = describe(written, start, end)
        head = written.find(article.text[:24].strip()) if article.text.strip() else -1
        where = locate(in_page, article.text, max(0, start - max(head, 0)))
        if where is None or not where.exact:
            return None
        return describe(article.text, where.start, where.end)

    # -- the text's context menu and tooltips --------------------------------------------
    def _menu(self, pos: QPoint) -> None:
        browser = self.viewer.browser
        menu = browser.createStandardContextMenu(pos)
        menu.setParent(browser, menu.windowFlags())
        position = browser.cursorForPosition(pos).position()
        under = self.at(position)
        if self.viewer.article is not None:
            menu.addSeparator()
            if browser.textCursor().hasSelection():
                colours = menu.addMenu(tr("Highlight"))
                for name in COLORS:
                    action = colours.addAction(swatch(name), tr(COLOR_NAMES[name]))
                    action.triggered.connect(lambda _c=False, n=name: self.add_selection(n))
                menu.addAction(tr("Highlight with Note…"),
                               lambda: self.add_selection(COLORS[0], True))  # fmt: skip
            if under is not None:
                menu.addAction(tr("Edit Highlight and Note…"), lambda: self._edit(under))
                menu.addAction(tr("Remove Highlight"), lambda: self._remove(under))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(browser.viewport().mapToGlobal(pos))
        self.last_menu: QMenu = menu  # (tests)

    def add_selection(self, color: str = "yellow", with_note: bool = False) -> bool:
        anchor = self.selection_anchor()
        if anchor is None:
            return False
        self._add(anchor, color, with_note)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            browser = self.viewer.browser
            under = self.at(browser.cursorForPosition(event.pos()).position())
            if under is not None and under.note.strip():
                QToolTip.showText(event.globalPos(), plain_tooltip(under.note.strip()),
                                  browser.viewport())  # fmt: skip
                return True
        return super().eventFilter(watched, event)

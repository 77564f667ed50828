"""The marks drawn over the article page: the search's matches, Find in Article's matches and
the reader's highlights (given by ``extra``), and stepping from one search match to the next.

The viewer owns one and tells it when the page changed; it owns no page of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from reader.core.script import map_spans
from reader.core.search.fold import fold
from reader.core.search.highlight import find_spans

Spans = list[tuple[int, int]]


class SearchMarks:
    def __init__(self, browser: QTextBrowser) -> None:
        self.browser = browser
        self.needles: tuple[str, ...] = ()
        self.hits: Spans = []
        self.index = -1
        self._needle_marks: list[QTextEdit.ExtraSelection] = []
        self._find_marks: list[QTextEdit.ExtraSelection] = []
        # the reader's highlights, drawn under the search marks (reader/ui/highlight_layer.py)
        self.extra: Callable[[], list[QTextEdit.ExtraSelection]] = list

    def clear(self) -> None:
        self.needles = ()
        self.hits, self.index = [], -1

    def marks(self, spans: Spans, color: str) -> list[QTextEdit.ExtraSelection]:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        selections = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        return selections

    def show(self) -> None:
        self.browser.setExtraSelections(self.extra() + self._needle_marks + self._find_marks)

    def mark_find_matches(self, spans: Spans, color: str) -> None:
        """Find in article: every match marked, not only the current one."""
        self._find_marks = self.marks(spans, color)
        self.show()

    def needle_spans(self, written: str) -> Spans:
        """Where the search's needles are in the page shown. The needles were folded from the
        query, so they are looked for in the article as ``written``; when it is shown
        converted (方便面 shown as 泡麵), those places are carried over to the converted page."""
        if not self.needles:
            return []
        shown = self.browser.document().toPlainText()
        folded = fold(written)
        spans = sorted({s for n in self.needles for s in find_spans(folded, n)})
        return spans if written == shown else map_spans(spans, written, shown)

    def highlight(
        self, written: Callable[[], str], color: str, header: int, jump: bool = True
    ) -> None:
        """Mark the search's matches in the page (``written``: its text as written); ``jump``:
        go to the first one in the body, after the ``header``'s characters (else stay at the
        current one, e.g. when the page is drawn again in another language)."""
        index = self.index
        self.hits, self.index = [], -1
        self._find_marks = []
        spans = self.needle_spans(written()) if self.needles else []
        self._needle_marks = self.marks(spans, color)
        self.show()
        self.hits = spans
        if not jump:
            self.index = index if index < len(spans) else -1
            return
        # Skip matches in the title/meta header: go to the first one in the body.
        first = next((i for i, s in enumerate(spans) if s[0] > header), 0 if spans else -1)
        if first >= 0:
            self.index = first - 1
            self.step(1)

    def step(self, step: int) -> bool:
        """Go to the next (or previous) search match; False when there is none."""
        if not self.hits:
            return False
        self.index = (self.index + step) % len(self.hits)
        start, end = self.hits[self.index]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        return True

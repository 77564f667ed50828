"""How the one list paints a row: a title, and for a search its matches marked and a snippet
line under it. Plain text painted piece by piece (titles and snippets are untrusted: never
Qt rich text), one fixed row height for every row (the table asks only about painted rows)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.search.api import Span
from reader.core.search.highlight import merge_spans

AnyIndex = QModelIndex | QPersistentModelIndex
MARK_BACKGROUND = QColor("#ffe9a3")
MARK_TEXT = QColor("#1d1d1f")


def row_height(font: QFont, searching: bool) -> int:
    bold = QFont(font)
    bold.setBold(True)
    line = QFontMetrics(bold).height()
    return (2 * line + 10) if searching else (line + 8)


def paint_marked(painter: QPainter, rect: QRect, text: str, spans: tuple[Span, ...],
                 color: QColor) -> None:  # fmt: skip
    """One line of ``text`` from ``rect``'s left, the spans on a soft highlight, cut with "…"
    where it does not fit."""
    metrics = QFontMetrics(painter.font())
    text = text.replace("\n", " ")
    if metrics.horizontalAdvance(text) > rect.width():
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    x = rect.left()
    pos = 0
    baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) // 2
    pieces: list[tuple[str, bool]] = []
    for start, end in merge_spans(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        pieces += [(text[pos:start], False), (text[start:end], True)]
        pos = end
    pieces.append((text[pos:], False))
    for piece, marked in pieces:
        if not piece:
            continue
        width = metrics.horizontalAdvance(piece)
        if marked:
            painter.fillRect(QRect(x, rect.top() + 1, width, rect.height() - 2), MARK_BACKGROUND)
            painter.setPen(MARK_TEXT)
        else:
            painter.setPen(color)
        painter.drawText(x, baseline, piece)
        x += width
        if x > rect.right():
            break


class HitRowDelegate(QStyledItemDelegate):
    """Rows are selected whole (no focus frame); a search's title cell shows its matches and
    snippet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        hit = model.hit(index.row()) if index.column() == 0 and hasattr(model, "hit") else None
        searching = bool(getattr(model, "searching", False))
        if not searching or index.column() != 0:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        text = option.text
        option.text = ""
        if style is not None:  # background, selection, alternate rows
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        muted = color if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(4, 2, -4, -2)
        half = rect.height() // 2
        painter.save()
        painter.setFont(option.font)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), half)
        snippet_rect = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        if hit is None:
            paint_marked(painter, title_rect, text, (), color)
        else:
            prefix = text[: len(text) - len(hit.title)] if text.endswith(hit.title) else ""
            spans = tuple((s + len(prefix), e + len(prefix)) for s, e in hit.title_spans)
            paint_marked(painter, title_rect, prefix + hit.title, spans, color)
            small = QFont(option.font)
            small.setBold(False)
            painter.setFont(small)
            paint_marked(painter, snippet_rect, hit.snippet, hit.snippet_spans, muted)
        painter.restore()

"""The date histogram above the list: how many of the listed articles fall in each day, week or
month, optionally stacked by outlet; drag across it to list only those days.

Drawn with QPainter: QtCharts (PySide6-Addons) would add 4.7 MB of libraries to the bundle and
60-185 ms to import and show its first chart, pyqtgraph 9.6 MB plus numpy (73 MB) and 2.2-3.0 s
(measured here under load, issue 22's note); a strip of a few hundred bars and a selection
needs neither. Counts come from the list's worker or the search process (``Histogram``): the
GUI thread only paints them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from reader.core.archive.days import DayRange
from reader.core.archive.selection import Bucket, Histogram, bucket_start
from reader.ui.i18n import number, tr
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_tooltip

# Tableau 10: distinct in light and dark themes; outlets past the ninth share grey.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f")  # fmt: skip
OTHERS = "#9a9a9a"
STRIP_HEIGHT = 92


def bucket_end(start: date, by: str) -> date:
    """The last day of the bucket starting on ``start``."""
    if by == "week":
        return start + timedelta(days=6)
    if by == "month":
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    return start


def next_start(start: date, by: str) -> date:
    return bucket_end(start, by) + timedelta(days=1)


class HistogramStrip(QWidget):
    range_chosen = Signal(object)  # DayRange: the days dragged across

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(STRIP_HEIGHT)
        self.setMaximumHeight(STRIP_HEIGHT)
        self.histogram: Histogram | None = None
        self.by_source = False
        self._slots: list[Bucket] = []  # every bucket from the first to the last, empty too
        self._colors: dict[str, str] = {}
        self._drag: tuple[int, int] | None = None  # slot indexes while dragging
        self._max = 0
        self._outside = (0, 0)  # articles before and after the days drawn
        self._laid_out: tuple[tuple[float, ...], list[tuple[QColor, list[QRectF]]]] | None = None
        self.shown = ShownText()  # View › Show Text As: the window's (outlets' names)

    def set_shown_text(self, shown: ShownText) -> None:
        self.shown = shown
        shown.changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(400, STRIP_HEIGHT)

    def set_histogram(self, histogram: Histogram | None, by_source: bool) -> None:
        self.histogram, self.by_source = histogram, by_source
        self._slots = []
        dated = [b for b in (histogram.buckets if histogram else []) if b.start is not None]
        self._outside = histogram.outside() if histogram is not None else (0, 0)
        if histogram is not None and dated:
            found = {b.start: b for b in dated}
            first, last = dated[0].start, dated[-1].start
            if histogram.focus is not None:  # the days that hold nearly all of it
                first = bucket_start(histogram.focus[0], histogram.by)
                last = bucket_start(histogram.focus[1], histogram.by)
            day = first
            assert day is not None and last is not None
            while day <= last:
                self._slots.append(found.get(day) or Bucket(day, 0, {}))
                day = next_start(day, histogram.by)
        self._max = max((b.count for b in self._slots), default=0)
        self._laid_out = None
        totals: dict[str, int] = {}
        for bucket in self._slots:
            for name, n in bucket.sources.items():
                totals[name] = totals.get(name, 0) + n
        ranked = sorted(totals, key=lambda name: -totals[name])
        self._colors = {name: PALETTE[i] for i, name in enumerate(ranked[: len(PALETTE)])}
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        return QRectF(4, metrics.height() + 4, self.width() - 8,
                      self.height() - 2 * metrics.height() - 10)  # fmt: skip

    def _slot_at(self, x: float) -> int:
        plot = self._plot()
        if not self._slots or plot.width() <= 0:
            return -1
        i = int((x - plot.left()) / plot.width() * len(self._slots))
        return min(max(i, 0), len(self._slots) - 1)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        plot = self._plot()
        metrics = QFontMetrics(self.font())
        if not self._slots or self._max == 0:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No dated articles"))
            return
        width = plot.width() / len(self._slots)
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._bars(plot):  # one call per colour (a day strip of 180 days
            painter.setBrush(color)  # by 30 outlets drew 5,400 rects one by one: 16-33 ms)
            painter.drawRects(rects)
        if self._drag is not None:
            lo, hi = sorted(self._drag)
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(70)
            painter.fillRect(QRectF(plot.left() + lo * width, plot.top(), (hi - lo + 1) * width,
                                    plot.height()), highlight)  # fmt: skip
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        first, last = self._slots[0].start, self._slots[-1].start
        assert first is not None and last is not None and self.histogram is not None
        baseline = int(plot.bottom()) + metrics.ascent() + 3
        start, end = self._ends(first, bucket_end(last, self.histogram.by), metrics, plot)
        painter.drawText(int(plot.left()), baseline, start)
        painter.drawText(int(plot.right()) - metrics.horizontalAdvance(end), baseline, end)
        painter.setPen(text)
        scale = tr("{n} per {bucket} at most", n=number(self._max), bucket=self._bucket_word())
        painter.drawText(int(plot.left()), metrics.ascent() + 1, scale)
        if self.by_source:
            self._legend(painter, metrics, metrics.horizontalAdvance(scale) + 16)

    def _ends(
        self, first: date, last: date, metrics: QFontMetrics, plot: QRectF
    ) -> tuple[str, str]:
        """The words under the strip's two ends: its first and last day, and the articles
        outside the days drawn (counted, not hidden); fewer words where they would run into
        each other (a narrow window)."""
        before, after = self._outside
        earlier = tr("{n} earlier", n=number(before)) + " · " if before else ""
        later = " · " + tr("{n} later", n=number(after)) if after else ""
        for start, end in (
            (earlier + first.isoformat(), last.isoformat() + later),
            (first.isoformat(), last.isoformat()),
            (first.isoformat(), ""),
        ):
            if metrics.horizontalAdvance(f"{start}  {end}") <= plot.width():
                return start, end
        return "", ""

    def _bars(self, plot: QRectF) -> list[tuple[QColor, list[QRectF]]]:
        """The stacked bars by colour, laid out once per histogram and size."""
        key = (plot.width(), plot.height(), plot.left(), plot.top())
        if self._laid_out is not None and self._laid_out[0] == key:
            return self._laid_out[1]
        width = plot.width() / len(self._slots)
        gap = 1.0 if width > 3 else 0.0
        by_color: dict[str, list[QRectF]] = {}
        for i, bucket in enumerate(self._slots):
            x = plot.left() + i * width
            bottom = plot.bottom()
            for color, n in self._parts(bucket):
                height = plot.height() * n / self._max
                by_color.setdefault(color, []).append(
                    QRectF(x, bottom - height, max(width - gap, 1.0), height)
                )
                bottom -= height
        bars = [(QColor(color), rects) for color, rects in by_color.items()]
        self._laid_out = (key, bars)
        return bars

    def _bucket_word(self) -> str:
        by = self.histogram.by if self.histogram else "day"
        return {"day": tr("day"), "week": tr("week"), "month": tr("month")}.get(by, by)

    def _parts(self, bucket: Bucket) -> list[tuple[str, int]]:
        if not self.by_source or not bucket.sources:
            return [(PALETTE[0], bucket.count)]
        parts: list[tuple[str, int]] = []
        others = 0
        for name, n in sorted(bucket.sources.items(), key=lambda kv: kv[0]):
            if name in self._colors:
                parts.append((self._colors[name], n))
            else:
                others += n
        parts.sort(key=lambda p: PALETTE.index(p[0]))
        return [*parts, (OTHERS, others)] if others else parts

    def _legend(self, painter: QPainter, metrics: QFontMetrics, x: int) -> None:
        """The outlets' colours along the top (as many as fit)."""
        entries = [*self._colors.items()]
        if len(self._colors) == len(PALETTE):
            entries.append((tr("others"), OTHERS))
        y = 2
        box = metrics.ascent() - 2
        for name, color in ((n, c) for n, c in entries):
            label = self.shown.text(name)
            room = box + 4 + metrics.horizontalAdvance(label) + 12
            if x + room > self.width():
                break
            painter.fillRect(QRectF(x, y + 2, box, box), QColor(color))
            painter.drawText(x + box + 4, y + metrics.ascent(), label)
            x += room

    # -- choosing days -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._slots:
            i = self._slot_at(event.position().x())
            self._drag = (i, i)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._slot_at(event.position().x())
        if self._drag is not None:
            self._drag = (self._drag[0], i)
            self.update()
        elif i >= 0:
            self._tip(i, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.histogram is None:
            return
        lo, hi = sorted(self._drag)
        self._drag = None
        self.update()
        first, last = self._slots[lo].start, self._slots[hi].start
        if first is not None and last is not None:
            self.range_chosen.emit(DayRange(first, bucket_end(last, self.histogram.by)))

    def _tip(self, i: int, where: QPoint) -> None:
        bucket = self._slots[i]
        if bucket.start is None or self.histogram is None:
            return
        end = bucket_end(bucket.start, self.histogram.by)
        days = bucket.start.isoformat() + ("" if end == bucket.start else f" – {end.isoformat()}")
        lines = [tr("{days}: %Ln article(s)", None, bucket.count, days=days)]
        ranked = sorted(bucket.sources.items(), key=lambda kv: -kv[1])[:8]
        lines += [f"{self.shown.text(name)}: {number(n)}" for name, n in ranked]
        QToolTip.showText(where, plain_tooltip("\n".join(lines)), self)

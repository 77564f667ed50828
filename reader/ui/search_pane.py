"""The bar above the one list: the search box, the days (presets ending at the archive's last
active day, a custom range typed or dragged on the histogram), and the date histogram of what
the list holds.

The bar only says what is asked (``query_changed``); the list asks its worker or the search
process for the answer, stale answers dropped by generation, and hands the answer back here
(``show_listing``) for the histogram and the line of counts.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.archive.days import DayRange, parse_range
from reader.core.search.api import SearchResults, query_cut
from reader.core.search.layout import UpdateSummary
from reader.ui.eliding_combo import ElidingCombo
from reader.ui.help_dialog import SYNTAX
from reader.ui.histogram_strip import HistogramStrip
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.listing import Listing
from reader.ui.widgets import menu_text, plain_label, plain_tooltip

DEBOUNCE_MS = 180
SORTS = (("relevance", QT_TR_NOOP("Relevance")), ("date", QT_TR_NOOP("Newest first")))
CUSTOM = "custom"
DATES: tuple[tuple[str | None, str], ...] = (
    (None, QT_TR_NOOP("Any date")), ("1d", QT_TR_NOOP("Today in the Archive")),
    ("7d", QT_TR_NOOP("Last 7 days")),
    ("30d", QT_TR_NOOP("Last 30 days")), ("365d", QT_TR_NOOP("Last 365 days")),
    (CUSTOM, QT_TR_NOOP("Custom range")))  # fmt: skip
BUCKETS = (("auto", QT_TR_NOOP("Auto")), ("day", QT_TR_NOOP("By day")),
           ("week", QT_TR_NOOP("By week")), ("month", QT_TR_NOOP("By month")))  # fmt: skip


def query_help() -> str:
    """The search box's tooltip: the syntax, as Help › Keyboard Shortcuts and Search Syntax
    shows it."""
    rows = "".join(f"{html.escape(key)} — {html.escape(tr(text))}<br>" for key, text in SYNTAX)
    title = tr("Search syntax")  # outside the f-string: lupdate does not look inside them
    return f"<b>{html.escape(title)}</b><br>{rows}"


class SearchPane(QWidget):
    query_changed = Signal()  # the search, days, order or histogram choice changed
    results_shown = Signal(int)  # how many articles the list holds for the current search
    query_answered = Signal(str)  # a query that found something (for the recent list)
    save_requested = Signal()  # "Save Search…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.recent_model = QStringListModel()
        self.history_menu = QMenu(self)
        self.history_menu.aboutToShow.connect(self._fill_history)
        self.history = self.edit.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.history.triggered.connect(
            lambda: self.history_menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        )
        # as wide as the current choice, narrower (cut with …) in a narrow pane
        self.sort_combo = ElidingCombo()
        for key, label in SORTS:
            self.sort_combo.addItem(label, key)
        self.date_combo = ElidingCombo()
        for day_key, day_label in DATES:
            self.date_combo.addItem(day_label, day_key)
        self.range_edit = QLineEdit()  # typed days: "2021-01-05 – 2021-01-20"
        self.range_edit.setClearButtonEnabled(True)
        self.range_edit.hide()
        self.save_button = QToolButton()
        self.bucket_combo = ElidingCombo()
        for key, label in BUCKETS:
            self.bucket_combo.addItem(label, key)
        self.by_source = QCheckBox()
        self.clear_range = QToolButton()
        self.clear_range.hide()
        self.strip = HistogramStrip()
        self.status = plain_label()
        self.status.setMinimumWidth(1)  # a long line is cut at the pane's edge, never wrapped
        # The box and Save; the days and the histogram's choices; the histogram; the counts.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.edit, 1)
        top.addWidget(self.save_button)
        chart = QHBoxLayout()
        chart.setContentsMargins(0, 0, 0, 0)
        chart.addWidget(self.date_combo)
        chart.addWidget(self.range_edit, 1)
        chart.addWidget(self.clear_range)
        chart.addStretch(0)
        chart.addWidget(self.sort_combo)
        chart.addWidget(self.bucket_combo)
        chart.addWidget(self.by_source)
        self.chart_row, self.options_row = chart, QHBoxLayout()  # (see ``set_compact``)
        self.options_row.setContentsMargins(0, 0, 0, 0)
        self.compact = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(chart)
        layout.addLayout(self.options_row)
        layout.addWidget(self.strip)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._changed)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.returnPressed.connect(self._changed)
        self.edit.installEventFilter(self)
        self.date_combo.activated.connect(self._date_chosen)
        self.range_edit.editingFinished.connect(self._range_typed)
        self.clear_range.clicked.connect(self.clear_days)
        self.strip.range_chosen.connect(self.set_range)
        for combo in (self.sort_combo, self.bucket_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.by_source.toggled.connect(lambda _on: self._changed())
        self.save_button.clicked.connect(self.save_requested)
        self.custom: DayRange | None = None  # the typed or dragged days
        self.last_active: date | None = None  # the archive's, from the last answer
        self.indexing: tuple[int, int] | None = None  # (done, total) while the index is built
        self._answered = ""
        self._status: Callable[[], str] = lambda: ""
        self.focus_list: Callable[[], None] = lambda: None  # ↓ in the box: to the list
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """A narrow pane (a narrow window): the order's and the histogram's choices go on a
        row of their own under the days, so the bar is no wider than the list."""
        if compact == self.compact:
            return
        self.compact = compact
        rows = (self.chart_row, self.options_row)
        old, new = rows if compact else rows[::-1]
        for widget in (self.sort_combo, self.bucket_combo, self.by_source):
            old.removeWidget(widget)
            new.addWidget(widget)

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            tr('Search (Ctrl+K): words, "phrase", -exclude, title:, source:, date:2021-01')
        )
        self.edit.setToolTip(query_help())
        for combo, labels in ((self.sort_combo, SORTS), (self.bucket_combo, BUCKETS)):
            for row, (_value, label) in enumerate(labels):
                combo.setItemText(row, tr(label))
        self._label_dates()
        self.range_edit.setPlaceholderText(tr("2021-01-05 – 2021-01-20"))
        self.range_edit.setToolTip(tr("Type the first and last day (YYYY-MM-DD), then Enter; or "
                                      "drag across the histogram"))  # fmt: skip
        self.save_button.setText(tr("Save Search…"))
        self.save_button.setToolTip(tr("Keep this search and its filters in the sidebar"))
        self.by_source.setText(tr("By outlet"))
        self.clear_range.setText(tr("All dates"))
        self.clear_range.setToolTip(tr("Clear the range chosen on the histogram"))
        self.strip.setToolTip(tr("Drag across days to list only those"))
        self.history.setToolTip(tr("Recent searches"))
        self._show_status()

    def _label_dates(self) -> None:
        """The presets name the day they end on: the archive's last active day."""
        for row, (key, label) in enumerate(DATES):
            text = tr(label)
            if key not in (None, CUSTOM) and self.last_active is not None:
                day = self.last_active.isoformat()
                if key == "1d":
                    text = tr("{preset} ({day})", preset=text, day=day)
                else:
                    text = tr("{preset} (to {day})", preset=text, day=day)
            self.date_combo.setItemText(row, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, status: Callable[[], str]) -> None:
        self._status = status
        self._show_status()

    def _show_status(self) -> None:
        """The line is cut at the pane's edge (it never wraps, so the list does not jump):
        its whole words are its tooltip ("still indexing … results may be incomplete" was cut
        off at the default width in Chinese)."""
        text = self._status()
        self.status.setText(text)
        self.status.setToolTip(plain_tooltip(text))

    # -- what is asked -------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def days(self) -> tuple[date | None, date | None, str | None]:
        """(since, until, preset) as chosen."""
        key = self.date_combo.currentData()
        if key == CUSTOM and self.custom is not None:
            return self.custom.first, self.custom.last, None
        if key in ("1d", "7d", "30d", "365d"):
            return None, None, str(key)
        return None, None, None

    def order(self) -> str:
        return str(self.sort_combo.currentData()) if self.text() else "date"

    def bucket(self) -> str:
        return str(self.bucket_combo.currentData())

    def _changed(self) -> None:
        self.timer.stop()
        self.sort_combo.setEnabled(bool(self.text()))
        self.query_changed.emit()

    def rerun(self) -> None:
        self._changed()

    def _date_chosen(self, row: int) -> None:
        if self.date_combo.itemData(row) == CUSTOM:
            self.range_edit.show()
            self.range_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.custom is None:
                return  # typed next
        else:
            self.range_edit.hide()
        self.clear_range.setVisible(self.date_combo.itemData(row) is not None)
        self._changed()

    def _range_typed(self) -> None:
        text = self.range_edit.text().strip()
        if not text:
            if self.custom is not None:
                self.clear_days()
            return
        try:
            days = parse_range(text)
        except ValueError as exc:
            self.range_edit.setStyleSheet("QLineEdit { color: #c0392b; }")
            words = str(exc)
            self._say(lambda: words)
            return
        self.range_edit.setStyleSheet("")
        if days != self.custom:
            self.set_range(days)

    def set_range(self, days: DayRange) -> None:
        """Days typed, or dragged across the histogram: the list shows only those."""
        self.custom = days
        self.range_edit.setText(days.text())
        self.range_edit.setStyleSheet("")
        self.range_edit.show()
        self.date_combo.setCurrentIndex(self.date_combo.findData(CUSTOM))
        self.clear_range.show()
        self._changed()

    def clear_days(self) -> None:
        self.custom = None
        self.range_edit.clear()
        self.range_edit.hide()
        self.clear_range.hide()
        self.date_combo.setCurrentIndex(0)
        self._changed()

    def set_query(self, text: str, since: date | None, until: date | None,
                  preset: str | None) -> None:  # fmt: skip
        """Show a saved search's words and days (its other filters are the list's)."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        if since or until:
            self.custom = DayRange(since, until)
            self.range_edit.setText(self.custom.text())
            self.range_edit.show()
            self.date_combo.setCurrentIndex(self.date_combo.findData(CUSTOM))
        else:
            self.custom = None
            self.range_edit.hide()
            self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(preset)))
        self.clear_range.setVisible(self.date_combo.currentData() is not None)
        self._changed()

    # -- answers -------------------------------------------------------------------------------
    def show_listing(self, listing: Listing, rows: int) -> None:
        """The list's answer: its histogram, and a line of counts (exact)."""
        self.strip.set_histogram(listing.histogram, self.by_source.isChecked())
        if listing.last_active != self.last_active:
            self.last_active = listing.last_active
            self._label_dates()
        indexing = self.indexing
        searched = listing.searched
        days = listing.days
        articles = listing.articles

        days_said = (days.text() if listing.articles and not days.is_open
                     and self.date_combo.currentData() != CUSTOM else "")  # fmt: skip
        fallback, incomplete = listing.fallback, listing.incomplete
        left_out = listing.terms_left_out

        def words() -> str:
            return self._status_words(searched, articles, rows, days_said, fallback,
                                      incomplete, indexing, left_out)  # fmt: skip

        self._say(words)
        if searched:
            self._answered = searched
            if articles:
                recent = self.recent_model.stringList()
                self.set_recent([searched, *(q for q in recent if q != searched)][:20])
                self.query_answered.emit(searched)
            self.results_shown.emit(articles)

    @staticmethod
    def _status_words(
        searched: str,
        articles: int,
        rows: int,
        days: str = "",
        fallback: bool = False,
        incomplete: str | None = None,
        indexing: tuple[int, int] | None = None,
        left_out: int = 0,
    ) -> str:
        """The line under the histogram: what the list holds, exactly, and why it may not be
        all (another process's update, one that stopped, indexing still running)."""
        if searched:
            text = (tr("%Ln result(s)", None, articles) if articles
                    else tr("No results for “{q}”", q=searched))  # fmt: skip
        else:
            text = tr("%Ln article(s)", None, articles)
        if rows != articles:  # grouped by story: say what the rows stand for
            text += " " + tr("in %Ln row(s)", None, rows)
        if days:
            text += " · " + days  # the days a preset stands for (typed ones are in the field)
        if fallback:
            text += " — " + tr("Query syntax not understood: searched as plain words")
        if left_out:  # the query was cut (issue 20)
            text += " — " + query_cut(left_out)
        if incomplete and indexing is None:  # another process's update, or a stopped one:
            text += " — " + incomplete  # say why, not just "No results"
        if indexing is not None:
            done, total = indexing
            text += " — " + tr("still indexing ({done} of %Ln file(s)): more may come", None,
                               total, done=number(done))  # fmt: skip
        return text

    @classmethod
    def _results_status(cls, results: SearchResults, indexing: tuple[int, int] | None) -> str:
        """The same words for a search's ``SearchResults``."""
        return cls._status_words(results.query, results.total, results.total, "",
                                 results.fallback, results.incomplete, indexing,
                                 results.terms_left_out)  # fmt: skip

    def index_progress(self, done: int, total: int) -> None:
        self.indexing = (done, total)

    def index_changed(self, _summary: UpdateSummary) -> None:
        self.indexing = None

    def index_stopped(self, _why: str = "") -> None:
        """An update failed (a full disk...): no longer "still indexing"; the answer says the
        index is incomplete."""
        self.indexing = None
        self.rerun()

    def library_changed(self) -> None:
        self.last_active = None
        self._label_dates()
        self.strip.set_histogram(None, False)
        self._say(lambda: "")

    # -- the box -------------------------------------------------------------------------------
    def _fill_history(self) -> None:
        self.history_menu.clear()
        for query in self.recent_model.stringList():
            action = self.history_menu.addAction(menu_text(query))
            action.triggered.connect(lambda _c=False, q=query: self.edit.setText(q))
        self.history_menu.setEnabled(bool(self.recent_model.stringList()))

    def set_recent(self, queries: list[str]) -> None:
        self.recent_model.setStringList(queries)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the list (Enter then opens the row)."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_list()
            return True
        return super().eventFilter(watched, event)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

"""The search pane: search as you type (debounced), filters, results with highlighted snippets.

The pane hands each request to ``run_search`` (the library's search process, off the GUI
thread) tagged with a generation; an answer is shown only if no newer request was made since,
so a slow old query can never overwrite a newer one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.dates import format_date
from reader.core.paths import display_path
from reader.core.search.api import SearchHit, SearchOptions, SearchResults, Span, query_cut
from reader.core.search.highlight import render_marked
from reader.core.search.layout import UpdateSummary
from reader.ui.date_range_dialog import DateRangeDialog
from reader.ui.help_dialog import SYNTAX
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.library_controller import SourceCount
from reader.ui.widgets import menu_text, plain_label, plain_tooltip, refill_filter_combo

DEBOUNCE_MS = 180
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex

SORTS = (("relevance", QT_TR_NOOP("Relevance")), ("date", QT_TR_NOOP("Newest first")))
CUSTOM_RANGE = -1
DATES = ((0, QT_TR_NOOP("Any date")), (7, QT_TR_NOOP("Last 7 days")),
         (30, QT_TR_NOOP("Last 30 days")), (365, QT_TR_NOOP("Last year")),
         (CUSTOM_RANGE, QT_TR_NOOP("Custom range…")))  # fmt: skip


def query_help() -> str:
    """The search box's tooltip: the syntax, as Help › Keyboard Shortcuts and Search Syntax
    shows it."""
    rows = "".join(f"{html.escape(key)} — {html.escape(tr(text))}<br>" for key, text in SYNTAX)
    title = tr("Search syntax")  # outside the f-string: lupdate does not look inside them
    return f"<b>{html.escape(title)}</b><br>{rows}"


def marked_html(text: str, spans: tuple[Span, ...]) -> str:
    """Escaped text with the matches bold on a soft highlight (the only tags are ours)."""
    return render_marked(
        text,
        spans,
        lambda s: f"<b style='background-color:#ffe9a3;color:#1d1d1f'>{html.escape(s)}</b>",
        html.escape,
    )


@dataclass(frozen=True)
class SearchRequest:
    generation: int
    query: str
    options: SearchOptions


class SearchResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(display_path(hit.path))
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws title, source/date and the highlighted snippet (already HTML-escaped)."""

    MAX_HEIGHT = 150

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # sizeHint and paint need the same laid-out document: build it once per hit and
        # width (measured: 32-66 documents built for 20 hits, 20 ms in one event-loop pass).
        self._documents: dict[tuple[int, float, str, str], QTextDocument] = {}

    def clear_cache(self) -> None:
        self._documents.clear()

    def _document(
        self, hit: SearchHit, width: float, option: QStyleOptionViewItem
    ) -> QTextDocument:
        color = option.palette.color(QPalette.ColorRole.Text).name()
        key = (id(hit), width, color, option.font.key())
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) > 400:  # widths change while resizing the pane
                self._documents.clear()
            doc = self._documents[key] = self._build(hit, width, color, option)
        return doc

    def _build(
        self, hit: SearchHit, width: float, color: str, option: QStyleOptionViewItem
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setTextWidth(width)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        meta = f"{hit.source} · {format_date(hit.published)}"
        if hit.story_more:  # grouped by story: this hit stands for the others too
            more = tr("+%n more", None, hit.story_more)
            meta += f" · {more} " + tr("from %n outlet(s)", None, len(hit.story_sources))
        doc.setHtml(
            f"<div style='color:{color}'><b>{marked_html(hit.title, hit.title_spans)}</b><br>"
            f"<span style='color:{muted}'>{html.escape(meta)}</span><br>"
            f"<span>{marked_html(hit.snippet, hit.snippet_spans)}</span></div>"
        )
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight())
        doc = self._document(hit, rect.width() - 8, option)
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 8, rect.height() - 4))
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hit = index.data(HIT_ROLE)
        view = self.parent()
        width = max(120, view.viewport().width() - 8) if isinstance(view, QListView) else 300
        if not isinstance(hit, SearchHit):
            return QSize(width, 40)
        height = int(self._document(hit, width, option).size().height()) + 8
        return QSize(width, min(height, self.MAX_HEIGHT))


GroupHits = Callable[[list[SearchHit], Callable[[list[SearchHit]], None]], None]
RunSearch = Callable[
    [str, SearchOptions, Callable[[SearchResults], None], Callable[[BaseException], None]], None
]


class SearchPane(QWidget):
    search_requested = Signal(object)  # SearchRequest
    hit_activated = Signal(object, object)  # SearchHit, the folded needles to highlight
    results_shown = Signal(int)  # how many results the current query found
    query_answered = Signal(str)  # a query that found something (for the recent list)

    def __init__(
        self,
        run_search: RunSearch | None = None,
        group_hits: GroupHits | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._run_search = run_search
        self._group_hits = group_hits
        self.group_box = QCheckBox(tr("One result per story"))
        self.needles: tuple[str, ...] = ()  # of the results shown
        self.generation = 0
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        # Recent searches in a menu at the box's start, not a completer: a completer's popup
        # took ↓ and Enter from the results and ran an older search instead.
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
        self.sort_combo = QComboBox()
        for key, label in SORTS:
            self.sort_combo.addItem(label, key)
        self.source_combo = QComboBox()
        self.source_combo.addItem("", None)
        self.date_combo = QComboBox()
        for days, label in DATES:
            self.date_combo.addItem(label, days)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self._status: Callable[[], str] = lambda: tr("Type to search this library")
        self.model = SearchResultsModel()
        self.view = QListView()
        self.view.setModel(self.model)
        delegate = HitDelegate(self.view)
        self.view.setItemDelegate(delegate)
        self.model.modelAboutToBeReset.connect(delegate.clear_cache)  # cached by id(hit)
        self.view.setUniformItemSizes(False)  # rows fit their snippet; at most 100 rows
        # Lay rows out a few at a time between events: measuring 100 rich-text rows at once
        # stalled typing by ~80 ms.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(8)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Two rows: the pane shares a narrow left column with the sources and bookmarks.
        for combo in (self.sort_combo, self.source_combo, self.date_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        filters = QHBoxLayout()
        filters.addWidget(self.sort_combo, 1)
        filters.addWidget(self.date_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.source_combo)
        layout.addLayout(filters)
        layout.addWidget(self.group_box)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit_request)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self._answered = ""  # the query whose results are shown
        self.indexing: tuple[int, int] | None = None  # (done, total) while the index is built
        for combo in (self.sort_combo, self.source_combo):
            combo.currentIndexChanged.connect(self._emit_request)
        # The reader's choice (activated), so that choosing Custom range… again edits it.
        self.date_combo.activated.connect(self._date_chosen)
        self.custom_range: tuple[date, date] | None = None  # both days included
        self._date_row = 0  # the date choice in force (back to it when a range is cancelled)
        self.group_box.toggled.connect(lambda _on: self.rerun())
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)
        self.reference_now: datetime | None = None  # "last N days" counts back from here
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            tr('Search (Ctrl+K): words, "phrase", -exclude, title:, source:, date:2021-01')
        )
        self.edit.setToolTip(query_help())
        for combo, labels in ((self.sort_combo, SORTS), (self.date_combo, DATES)):
            for row, (_value, label) in enumerate(labels):
                combo.setItemText(row, tr(label))
        self.source_combo.setItemText(0, tr("All sources"))
        self._show_custom_range()
        self.group_box.setText(tr("One result per story"))
        self.history.setToolTip(tr("Recent searches"))
        self.status.setText(self._status())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, status: Callable[[], str]) -> None:
        """The line above the results, kept as words to say again in another language."""
        self._status = status
        self.status.setText(status())

    def set_sources(self, sources: list[SourceCount]) -> None:
        items = [(s.name, s.names or (s.name,), s.total) for s in sources]
        refill_filter_combo(self.source_combo, tr("All sources"), items)

    def _fill_history(self) -> None:
        self.history_menu.clear()
        for query in self.recent_model.stringList():
            action = self.history_menu.addAction(menu_text(query))
            action.triggered.connect(lambda _c=False, q=query: self.edit.setText(q))
        self.history_menu.setEnabled(bool(self.recent_model.stringList()))

    def library_changed(self) -> None:
        """Another library: its results, not the last one's (the query is searched again)."""
        self.generation += 1
        self.model.set_hits([])
        self.needles = ()
        self._answered = ""
        if self.edit.text().strip():
            self.timer.start()
        else:
            self._say(lambda: tr("Type to search this library"))

    def set_recent(self, queries: list[str]) -> None:
        self.recent_model.setStringList(queries)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the results (Enter then opens one)."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        """Enter: search now, or open the first result when they are this query's."""
        if self.model.rowCount() and self._answered == self.edit.text().strip():
            self._activate(self.model.index(0, 0))
        else:
            self._emit_request()

    def index_progress(self, done: int, total: int) -> None:
        self.indexing = (done, total)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def options(self) -> SearchOptions:
        source = self.source_combo.currentData()
        days = int(self.date_combo.currentData() or 0)
        date_from = date_to = None
        if days == CUSTOM_RANGE and self.custom_range is not None:
            first, last = self.custom_range  # local days, as the dates are shown
            date_from = datetime.combine(first, datetime.min.time()).astimezone()
            date_to = datetime.combine(last + timedelta(days=1), datetime.min.time()).astimezone()
        elif days > 0:
            now = self.reference_now or datetime.now(UTC)
            date_from = now - timedelta(days=days)
        return SearchOptions(
            limit=100,
            sort=str(self.sort_combo.currentData()),
            sources=tuple(source) if source else (),
            date_from=date_from,
            date_to=date_to,
        )

    def _date_chosen(self, row: int) -> None:
        if self.date_combo.itemData(row) != CUSTOM_RANGE:
            self._date_row = row
            self._emit_request()
            return
        newest = (self.reference_now or datetime.now(UTC)).astimezone().date()
        first, last = self.custom_range or (newest - timedelta(days=30), newest)
        dialog = DateRangeDialog(first, last, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            self.custom_range = dialog.chosen()
            self._date_row = self.date_combo.findData(CUSTOM_RANGE)
            self._show_custom_range()
            self._emit_request()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self.date_combo.setCurrentIndex(self._date_row))
        dialog.open()

    def _show_custom_range(self) -> None:
        """The custom entry names its days once chosen: "2021-01-01 – 2021-01-31"."""
        if self.custom_range is not None:
            first, last = (format_date(datetime.combine(d, datetime.min.time()).astimezone())
                           for d in self.custom_range)  # fmt: skip
            row, text = self.date_combo.findData(CUSTOM_RANGE), f"{first} – {last}"
            self.date_combo.setItemText(row, text)
            self.date_combo.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)  # if cut short

    def index_changed(self, summary: UpdateSummary) -> None:
        """Results typed while indexing ran now see the articles it added or changed."""
        self.indexing = None
        if summary.added or summary.updated or summary.removed or summary.rebuilt_reason:
            self.rerun()

    def rerun(self) -> None:
        """Search again (the index changed), unless nothing is being searched."""
        if self.edit.text().strip() or self.model.rowCount():
            self._emit_request()

    def _emit_request(self) -> None:
        self.timer.stop()
        self.generation += 1
        query = self.edit.text().strip()
        options = self.options()
        if not query and not options.sources and not options.date_from and not options.date_to:
            self.model.set_hits([])
            self._say(lambda: tr("Type to search this library"))
            return
        self._say(lambda: tr("Searching…"))
        request = SearchRequest(self.generation, query, options)
        self.search_requested.emit(request)
        if self._run_search is not None:

            def answered(results: SearchResults) -> None:
                self.show_results(request.generation, results)

            self._run_search(
                query, options, answered, lambda e: self.show_error(request.generation, str(e))
            )

    def show_results(self, generation: int, results: SearchResults) -> bool:
        """Shows results unless a newer request was made since; returns whether shown."""
        if generation != self.generation:
            return False  # stale: an older query finished after a newer one was typed
        if self.group_box.isChecked() and self._group_hits is not None and results.hits:
            # One row per story: grouped in a worker, shown if still the newest answer.
            self._group_hits(results.hits, lambda hits: self._show_grouped(generation, hits))
        self.model.set_hits(results.hits)
        self.needles = results.needles
        self._answered = results.query
        indexing = self.indexing
        if results.hits and results.query:
            recent = self.recent_model.stringList()
            self.set_recent([results.query, *(q for q in recent if q != results.query)][:20])
            self.query_answered.emit(results.query)
        options = self.options()
        since, until = options.date_from, options.date_to
        self._say(lambda: self._results_status(results, indexing, since, until))
        self.results_shown.emit(results.total)
        return True

    @staticmethod
    def _results_status(
        results: SearchResults,
        indexing: tuple[int, int] | None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> str:
        if not results.hits:
            text = tr("No results for “{q}”", q=results.query)
            if since is not None and until is not None:  # a custom range (``until`` excluded)
                last = format_date(until - timedelta(days=1))
                text += " " + tr("from {first} to {last} (the date filter)",
                                 first=format_date(since), last=last)  # fmt: skip
            elif since is not None:  # say which days were searched (they count back from the
                # library's newest article, which may be years after most of it)
                text += " " + tr("since {day} (the date filter)", day=format_date(since))
        elif results.approximate:
            text = tr("about %n result(s)", None, results.total)
        else:
            text = tr("%n result(s)", None, results.total)
        if results.fallback:
            text += " — " + tr("Query syntax not understood: searched as plain words")
        if results.terms_left_out:
            text += " — " + query_cut(results.terms_left_out)
        if indexing is not None:  # say that more may come
            done, total = indexing
            text += " — " + tr("still indexing ({done} of %n file(s)): more may come", None,
                               total, done=done)  # fmt: skip
        return text + " " + tr("({ms} ms)", ms=f"{results.elapsed_ms:.0f}")

    def _show_grouped(self, generation: int, hits: list[SearchHit]) -> None:
        if generation == self.generation:
            self.model.set_hits(hits)

    def show_error(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.model.set_hits([])
            self._say(lambda: tr("Search failed: {e}", e=message))

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit, self.needles)

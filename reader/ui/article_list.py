"""The article list pane: a lazy table model over article ids, with filter widgets.

Sorting and filtering never query the catalog on the GUI thread (sorting 96k articles by date
took 154 ms there): the model only says that its query changed, the pane asks for a listing in
a worker (``request_listing``) and shows the answer of the newest request only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.archive.selection import UserFiles
from reader.core.readstate import ReadMarks
from reader.core.stories.grouping import STORY_ROW
from reader.ui.i18n import tr
from reader.ui.list_model import ArticleListModel, ListingQuery
from reader.ui.list_rows import HitRowDelegate, row_height
from reader.ui.list_work import ListRequest
from reader.ui.listing import Listing
from reader.ui.session import Changed
from reader.ui.widgets import plain_label

log = logging.getLogger(__name__)
FILTER_DEBOUNCE_MS = 150  # typing a title filter asks for one listing per pause, not per key
AnyIndex = QModelIndex | QPersistentModelIndex


RequestListing = Callable[[ListingQuery, ReadMarks, bool], int]


class ArticleListPane(QWidget):
    article_selected = Signal(str)
    story_selected = Signal(str)
    context_menu_requested = Signal(str, QPoint)  # article id, where (global)
    listed = Signal(int)  # a listing was shown: how many articles
    listing_shown = Signal(object)  # the Listing (its sources and counts, for the sidebar)

    def __init__(
        self,
        model: ArticleListModel,
        request_listing: RequestListing,
        read_snapshot: Callable[[], ReadMarks] = ReadMarks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._request_listing = request_listing
        self._read_snapshot = read_snapshot
        self._listing_generation = 0
        self._complete_generation = -1
        # The one list's requests (search, days, histogram: reader/ui/list_work.py); without
        # it, the title/source/unread listing of before.
        self.request_list: Callable[[ListRequest], int] | None = None
        self.user_files = UserFiles()
        self.restore_id: str | None = None  # select this article when a listing has it
        self._quiet = False  # a selection made by the program: not announced
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        # A table, not a tree: QTreeView lays out every row on a reset, calling the Python
        # model's rowCount/columnCount once per row (measured: 38 ms for 23k rows, 160 ms for
        # 100k, on the GUI thread); QTableView only asks about the rows it paints (0.4 ms).
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setItemDelegate(HitRowDelegate(self.view))
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        bold = QFont(self.font())
        bold.setBold(True)  # unread rows are bold: measure the widest case
        rows.setDefaultSectionSize(row_height(self.font(), False))
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setSortingEnabled(True)
        self.view.setModel(model)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, QFontMetrics(self.font()).horizontalAdvance("中" * 5) + 8)
        # plus room for the sort arrow
        header.resizeSection(2, QFontMetrics(bold).horizontalAdvance("2021-01-22") + 28)
        self._title_room = QFontMetrics(bold).horizontalAdvance("中" * 8)
        self._fit_minimum()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.empty_label = plain_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        model.query_changed.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(self._toggle)
        self.retranslate()

    def _fit_minimum(self) -> None:
        """The title stretches into what the other columns leave: a pane narrowed (or saved
        narrow) below this left it a few pixels, "..." on every row."""
        header = self.view.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in (1, 2) if not header.isSectionHidden(c))
        self.view.setMinimumWidth(
            columns + self._title_room + self.view.verticalScrollBar().sizeHint().width()
            + 2 * self.view.frameWidth()
        )  # fmt: skip

    def set_compact(self, compact: bool) -> None:
        """A narrow window: the list gives its Source column up (a row's tooltip names the
        outlet) so the article keeps its line length."""
        self.view.setColumnHidden(1, compact)
        self._fit_minimum()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(tr("Filter titles…"))
        self.empty_label.setText(tr("No article in the list matches"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text(), self.model.source())

    def reload(self) -> None:
        """Ask for the listing of the current order and filters (answered in ``show_listing``)."""
        read = self._read_snapshot()
        model = self.model
        if self.request_list is not None:
            query = model.list_query()
            order, descending = model.order, True
            if not query.searching or order != "relevance":
                order, descending = model._order
            around = model.row_key(self.view.currentIndex().row()) or self.restore_id
            self._listing_generation = self.request_list(ListRequest(
                query, read, self.user_files, model.grouped, order, descending, model.by,
                model.by_source, around,
            ))  # fmt: skip
            return
        self._listing_generation = self._request_listing(
            model.listing_query(read), read, model.grouped
        )

    def show_listing(self, generation: int, listing: Listing) -> None:
        if generation != self._listing_generation:
            return  # an older order or filter: a newer listing is on its way
        if listing.partial and self._complete_generation == generation:
            return  # its first rows, after the whole listing (which is shown)
        if not listing.partial:
            self._complete_generation = generation
        current = self.model.row_key(self.view.currentIndex().row())
        keep = current or self.restore_id
        self.model.aliases = listing.aliases
        searching = bool(listing.searched)
        if searching != self.model.searching:
            self.view.verticalHeader().setDefaultSectionSize(row_height(self.font(), searching))
        self.model.set_hits(listing.hits, listing.needles, searching)
        self.model.set_ids(listing.ids, listing.members, listing.entries)
        if current and current.startswith(STORY_ROW):  # a story row stays the current row
            row = self.model.row_of(current)
            if row >= 0:
                self.select_row(row, emit=False)
        elif keep and self.select_id(keep, emit=keep == self.restore_id):
            self.restore_id = None
        elif (index := self.view.currentIndex()).isValid():
            self.view.scrollTo(index)  # clearing a filter keeps the article in view
        self.empty_label.setVisible(not listing.ids and self.model.filtering())
        self.listed.emit(listing.articles)
        if not listing.partial:  # the sources, counts and histogram come with the whole one
            self.listing_shown.emit(listing)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return  # selected by the program, which opens the article itself
        article_id = self.model.article_id(current.row())
        if article_id:
            self.article_selected.emit(article_id)
        elif (story := self.model.story_id(current.row())) is not None:
            self.story_selected.emit(story)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Right opens a story row, Left closes it (from any of its articles), Enter toggles."""
        if (
            watched is self.view.viewport()
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.RightButton
            and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        ):
            return True  # a right click shows the row's menu; it neither opens nor marks it
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            row = self.view.currentIndex().row()
            key = event.key()
            if key == Qt.Key.Key_Left and self.model.story_id(row) is None:
                row = self.model.story_of_row(row)
                if row >= 0:
                    self.model.set_expanded(row, False)
                    self.select_row(row)
                    return True
            elif self.model.story_id(row) is not None and key in (
                Qt.Key.Key_Right,
                Qt.Key.Key_Left,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                opened = key == Qt.Key.Key_Right or (
                    key != Qt.Key.Key_Left and not self.model.is_expanded(row)
                )
                self.model.set_expanded(row, opened)
                return True
        return super().eventFilter(watched, event)

    def session_changed(self, change: Changed) -> None:
        """Read or bookmark marks changed: redraw them; after a whole list changed, list
        again (the sources' unread counts are recounted in the worker)."""
        self.model.refresh_marks(None if change.everything else change.read | change.bookmarks)
        if change.everything:
            self.reload()

    def _toggle(self, index: QModelIndex) -> None:
        if self.model.story_id(index.row()) is not None:
            self.model.set_expanded(index.row(), not self.model.is_expanded(index.row()))

    def _context_menu(self, pos: QPoint) -> None:
        row = self.view.indexAt(pos).row()
        story = self.model.story_id(row)
        article_id = STORY_ROW + story if story is not None else self.model.article_id(row)
        if article_id:
            self.context_menu_requested.emit(article_id, self.view.viewport().mapToGlobal(pos))

    def current_id(self) -> str | None:
        return self.model.article_id(self.view.currentIndex().row())

    def select_row(self, row: int, emit: bool = True) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            # Not blockSignals: the view repaints from those signals (a blocked change left
            # the previous row painted as selected too).
            self._quiet = not emit
            try:
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._quiet = False
            self.view.scrollTo(index)

    def select_id(self, article_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(article_id, open_story=True)
        if row < 0:
            return False
        self.select_row(row, emit)
        return True

    def move_selection(self, step: int) -> None:
        row = self.view.currentIndex().row()
        self.select_row(0 if row < 0 else min(max(row + step, 0), self.model.rowCount() - 1))

"""The article list pane: a lazy table model over article ids, with filter widgets.

Sorting and filtering never query the catalog on the GUI thread (sorting 96k articles by date
took 154 ms there): the model only says that its query changed, the pane asks for a listing in
a worker (``request_listing``) and shows the answer of the newest request only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.dates import format_date, format_datetime, format_span, zone_name
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.stories.api import StoryIndex, StorySummary
from reader.core.stories.grouping import STORY_ROW
from reader.ui.article_html import story_size
from reader.ui.i18n import tr
from reader.ui.library_controller import Listing
from reader.ui.session import Changed
from reader.ui.widgets import plain_label, plain_tooltip

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 200
FILTER_DEBOUNCE_MS = 150  # typing a title filter asks for one listing per pause, not per key
_SORT_KEYS = ("title", "source", "date")
AnyIndex = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """Holds only ids; row data is fetched from the catalog in chunks when first shown."""

    query_changed = Signal()  # order or filters changed: a new listing is needed

    def __init__(
        self,
        catalog: Callable[[], Catalog | None],
        is_read: Callable[[str], bool],
        is_bookmarked: Callable[[str], bool] = lambda _id: False,
    ) -> None:
        super().__init__()
        self._bookmarked = is_bookmarked
        self._catalog = catalog
        self._is_read = is_read
        self._ids: list[str] = []  # rows: article ids, and story rows (STORY_ROW + story id)
        self._rows: dict[str, CatalogEntry] = {}
        self._members: dict[str, list[str]] = {}  # story id -> its listed articles
        self._expanded: set[str] = set()
        self._stories: dict[str, StorySummary] = {}
        self.grouped = False  # one row per story (of two or more articles)
        self._order = ("date", True)
        self._filter_text = ""
        self._filter_source: tuple[str, ...] | None = None
        self.aliases: dict[str, str] = {}  # a host as source -> the outlet shown
        self.unread_only = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data --------------------------------------------------------------------------------
    def listing_query(self, read: frozenset[str] = frozenset()) -> Callable[[Catalog], list[str]]:
        """The current order and filters as a query any thread can run on its own catalog
        (``read``: the read ids when it is made, for the unread-only view)."""
        order, descending = self._order
        text, source = self._filter_text, self._filter_source
        if not self.unread_only:
            return lambda c: c.ids(order, descending, title_contains=text, source=source)
        return lambda c: [
            i for i in c.ids(order, descending, title_contains=text, source=source)
            if i not in read
        ]  # fmt: skip

    def set_ids(self, ids: list[str], members: dict[str, list[str]] | None = None) -> None:
        """Show these rows; with ``members``, story rows expand to their articles (stories
        the reader had open stay open)."""
        self.beginResetModel()
        self._members = members or {}
        self._expanded &= set(self._members)
        if not self._expanded:  # nothing to open up: a plain copy (27 -> 1 ms at 96k rows)
            self._ids = list(ids)
        else:
            rows: list[str] = []
            for row in ids:
                rows.append(row)
                story = row[len(STORY_ROW) :] if row.startswith(STORY_ROW) else None
                if story in self._expanded:
                    rows.extend(self._members[story])
            self._ids = rows
        self._rows.clear()
        self._stories.clear()
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self.grouped:
            self.grouped = grouped
            self.query_changed.emit()

    # -- stories -------------------------------------------------------------------------------
    def row_key(self, row: int) -> str | None:
        """What a row shows: an article id, or STORY_ROW + a story id."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def story_id(self, row: int) -> str | None:
        value = self._ids[row] if 0 <= row < len(self._ids) else ""
        return value[len(STORY_ROW) :] if value.startswith(STORY_ROW) else None

    def story_of_row(self, row: int) -> int:
        """The row of the story an expanded article row belongs to (-1: not in a story)."""
        article = self.article_id(row)
        for up in range(row - 1, -1, -1):
            story = self.story_id(up)
            if story is not None:
                return up if article in self._members.get(story, ()) else -1
        return -1

    def is_expanded(self, row: int) -> bool:
        return self.story_id(row) in self._expanded

    def set_expanded(self, row: int, expanded: bool) -> None:
        story = self.story_id(row)
        if story is None or (story in self._expanded) == expanded:
            return
        members = self._members.get(story, [])
        if expanded:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(members))
            self._ids[row + 1 : row + 1] = members
            self._expanded.add(story)
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(members))
            del self._ids[row + 1 : row + 1 + len(members)]
            self._expanded.discard(story)
            self.endRemoveRows()
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def story_members(self, story: str) -> list[str]:
        return list(self._members.get(story, ()))

    def summary(self, row: int) -> StorySummary | None:
        story = self.story_id(row)
        if story is None:
            return None
        if story not in self._stories:
            catalog = self._catalog()
            if catalog is None:
                return None
            start = max(0, row - CHUNK // 2)
            chunk = [
                s
                for r in range(start, min(len(self._ids), start + CHUNK))
                if (s := self.story_id(r)) is not None and s not in self._stories
            ]
            self._stories.update((s.id, s) for s in StoryIndex(catalog.db).summaries(chunk))
        return self._stories.get(story)

    def set_filter(self, text: str, source: tuple[str, ...] | None) -> None:
        if (text.strip(), source) != (self._filter_text, self._filter_source):
            self._filter_text, self._filter_source = text.strip(), source
            self.query_changed.emit()

    def set_source(self, source: tuple[str, ...] | None) -> None:
        self.set_filter(self._filter_text, source)

    def set_unread_only(self, unread_only: bool) -> None:
        if unread_only != self.unread_only:
            self.unread_only = unread_only
            self.query_changed.emit()

    def source(self) -> tuple[str, ...] | None:
        return self._filter_source

    def filtering(self) -> bool:
        return bool(self._filter_text or self._filter_source or self.unread_only)

    def ids(self) -> list[str]:
        """Every listed article, also those inside story rows, in list order."""
        if not self._members:  # no story rows (25 ms at 96k rows through the loop below)
            return list(self._ids)
        out: list[str] = []
        seen: set[str] = set()
        for row in self._ids:
            if row.startswith(STORY_ROW):
                members = self._members.get(row[len(STORY_ROW) :], [])
                out.extend(m for m in members if m not in seen)
                seen.update(members)
            elif row not in seen:
                out.append(row)
        return out

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def article_id(self, row: int) -> str | None:
        value = self._ids[row] if 0 <= row < len(self._ids) else None
        return None if value is None or value.startswith(STORY_ROW) else value

    def row_of(self, article_id: str, open_story: bool = False) -> int:
        """The article's row; with ``open_story``, the story row it is folded in is opened."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            if not open_story:
                return -1
        for story, members in self._members.items():
            if article_id in members and story not in self._expanded:
                self.set_expanded(self._ids.index(STORY_ROW + story), True)
                return self._ids.index(article_id)
        return -1

    def entry(self, row: int) -> CatalogEntry | None:
        article_id = self.article_id(row)
        if article_id is None:
            return None
        cached = self._rows.get(article_id)
        if cached is None:
            catalog = self._catalog()
            if catalog is None:
                return None
            start = max(0, row - CHUNK // 2)
            chunk = [
                i for i in self._ids[start : start + CHUNK]
                if i not in self._rows and not i.startswith(STORY_ROW)
            ]  # fmt: skip
            self._rows.update(catalog.entries(chunk))
            if len(self._rows) > 20 * CHUNK:  # keep memory flat on huge libraries
                keep = set(self._ids[start : start + CHUNK])
                self._rows = {k: v for k, v in self._rows.items() if k in keep}
            cached = self._rows.get(article_id)
        return cached

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # An exception escaping a Qt virtual can take the process down (seen: a repaint after
        # the stores closed); a row that cannot be read shows empty instead.
        try:
            return self._data(index, role)
        except Exception:
            log.exception("article list row %s", index.row())
            return None

    def _data(self, index: AnyIndex, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole
        ):  # fmt: skip
            return None
        if self.story_id(index.row()) is not None:
            return self._story_data(index, role)
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return None if self._is_read(entry.id) else self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            when = format_datetime(entry.published, zone=True)
            return plain_tooltip(f"{entry.title}\n{entry.source} · {when}".strip(" ·\n"))
        column = index.column()
        if column == 0:
            inside = self.grouped and self.story_of_row(index.row()) >= 0
            star = "★ " if self._bookmarked(entry.id) else ""
            return ("      " if inside else "") + star + entry.title
        if column == 1:
            return self.aliases.get(entry.source, entry.source)
        return format_date(entry.published)  # the time is in the tooltip

    def _story_data(self, index: AnyIndex, role: int) -> Any:
        """A story row: ▸ its title and size, its outlets, its latest date; bold while any of
        its listed articles is unread (unread counts count stories)."""
        summary = self.summary(index.row())
        story = self.story_id(index.row()) or ""
        members = self._members.get(story, [])
        if summary is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if any(not self._is_read(m) for m in members) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            size = story_size(summary.size, len(summary.sources))
            span = format_span(summary.first, summary.last)
            return plain_tooltip(f"{summary.title}\n{size}, {span}")
        column = index.column()
        if column == 0:
            arrow = "▾" if story in self._expanded else "▸"
            return f"{arrow} {summary.title}  ({len(members)})"
        if column == 1:
            return tr("%n outlet(s)", None, len(summary.sources))
        first, last = format_date(summary.first), format_date(summary.last)
        return last if first == last else f"{first[5:]} – {last[5:]}"  # "01-06 – 01-09"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Title"), tr("Source"), tr("Date"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return plain_tooltip(tr("Local time ({zone})", zone=zone_name()))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 3:
            return
        wanted = (_SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self.query_changed.emit()

    def refresh_marks(self, article_ids: Iterable[str] | None = None) -> None:
        """Redraw read (bold) and bookmark (★) marks of these rows, or of all rows."""
        if not self._ids:
            return
        if article_ids is None or self._members:  # story rows show their articles' marks too
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 2))
            return
        for article_id in article_ids:
            row = self.row_of(article_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))


class _RowDelegate(QStyledItemDelegate):
    """Rows are selected whole: no focus frame around the single current cell."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


RequestListing = Callable[[Callable[[Catalog], list[str]], frozenset[str], bool], int]


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
        read_snapshot: Callable[[], frozenset[str]] = frozenset,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._request_listing = request_listing
        self._read_snapshot = read_snapshot
        self._listing_generation = 0
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
        self.view.setItemDelegate(_RowDelegate(self.view))
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        bold = QFont(self.font())
        bold.setBold(True)  # unread rows are bold: measure the widest case
        rows.setDefaultSectionSize(QFontMetrics(bold).height() + 8)
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
        # The title stretches into what the other columns leave: a pane narrowed (or saved
        # narrow) below this left it a few pixels, "..." on every row.
        title_room = QFontMetrics(bold).horizontalAdvance("中" * 8)
        self.view.setMinimumWidth(
            header.sectionSize(1) + header.sectionSize(2) + title_room
            + self.view.verticalScrollBar().sizeHint().width() + 2 * self.view.frameWidth()
        )  # fmt: skip
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
        self.view.doubleClicked.connect(self._toggle)
        self.retranslate()

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
        self._listing_generation = self._request_listing(
            self.model.listing_query(read), read, self.model.grouped
        )

    def show_listing(self, generation: int, listing: Listing) -> None:
        if generation != self._listing_generation:
            return  # an older order or filter: a newer listing is on its way
        current = self.model.row_key(self.view.currentIndex().row())
        keep = current or self.restore_id
        self.model.aliases = listing.aliases
        self.model.set_ids(listing.ids, listing.members)
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

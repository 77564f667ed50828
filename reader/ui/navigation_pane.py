"""The sidebar's views: smart views (All, Unread, Bookmarked, Today in the archive), saved
searches with their counts and new matches, and bookmark tags. Choosing one filters the one
list; counts come from workers (``saved_counts``), never from the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMenu, QTreeView, QVBoxLayout, QWidget

from reader.core.archive.query import ListQuery
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.widgets import plain_tooltip

QUERY_ROLE = Qt.ItemDataRole.UserRole + 5
SAVED_ROLE = Qt.ItemDataRole.UserRole + 6
SMART_VIEWS = (
    (QT_TR_NOOP("All Articles"), ListQuery()),
    (QT_TR_NOOP("Unread"), ListQuery(unread_only=True)),
    (QT_TR_NOOP("Bookmarked"), ListQuery(bookmarked=True)),
    (QT_TR_NOOP("Today in the Archive"), ListQuery(preset="1d")),
)
SECTIONS = (QT_TR_NOOP("Views"), QT_TR_NOOP("Saved Searches"), QT_TR_NOOP("Tags"))


@dataclass(frozen=True)
class SavedRow:
    name: str
    query: ListQuery
    count: int | None = None  # None: not counted yet
    new: int = 0


class NavigationPane(QWidget):
    view_chosen = Signal(object, object)  # ListQuery, the saved search's name (or None)
    remove_requested = Signal(str)  # a saved search's name
    rename_requested = Signal(str)  # a saved search's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self.sections = [QStandardItem() for _ in SECTIONS]
        bold = QFont()
        bold.setBold(True)
        for section in self.sections:
            section.setSelectable(False)
            section.setFont(bold)
            self.model.appendRow(section)
        for _label, query in SMART_VIEWS:
            item = QStandardItem()
            item.setData(query, QUERY_ROLE)
            self.sections[0].appendRow(item)
        self.saved: list[SavedRow] = []
        self.tags: list[tuple[str, int]] = []
        self.view.expandAll()
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        for section, label in zip(self.sections, SECTIONS, strict=True):
            section.setText(tr(label))
        for row, (label, _query) in enumerate(SMART_VIEWS):
            child = self.sections[0].child(row)
            if child is not None:
                child.setText(tr(label))
        self.show_saved(self.saved)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_saved(self, saved: list[SavedRow]) -> None:
        """Saved searches, each with its count and new matches (when counted)."""
        self.saved = list(saved)
        section = self.sections[1]
        section.removeRows(0, section.rowCount())
        for row in saved:
            text = row.name
            if row.count is not None:
                text = tr("{name} ({count})", name=row.name, count=number(row.count))
                if row.new:
                    text += "  " + tr("%Ln new", None, row.new)
            item = QStandardItem(text)
            item.setData(row.query, QUERY_ROLE)
            item.setData(row.name, SAVED_ROLE)
            item.setToolTip(plain_tooltip(row.query.text or row.name))
            if row.new:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            section.appendRow(item)
        self.view.expandAll()

    def show_tags(self, tags: list[tuple[str, int]]) -> None:
        self.tags = list(tags)
        section = self.sections[2]
        section.removeRows(0, section.rowCount())
        for tag, count in tags:
            item = QStandardItem(f"#{tag}  ({number(count)})")
            item.setData(ListQuery(tag=tag), QUERY_ROLE)
            section.appendRow(item)
        self.view.expandAll()

    def _chosen(self, index: QModelIndex) -> None:
        query = index.data(QUERY_ROLE)
        if isinstance(query, ListQuery):
            self.view_chosen.emit(query, index.data(SAVED_ROLE))

    def _menu(self, pos: QPoint) -> None:
        name = self.view.indexAt(pos).data(SAVED_ROLE)
        if not name:
            return
        menu = QMenu(self)
        menu.addAction(tr("Rename Saved Search…"), lambda: self.rename_requested.emit(name))
        menu.addAction(tr("Remove Saved Search"), lambda: self.remove_requested.emit(name))
        menu.exec(self.view.viewport().mapToGlobal(pos))

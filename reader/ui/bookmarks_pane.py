"""The bookmarks pane: search titles/notes, filter by tag, sort, open, edit, remove with undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.ui.i18n import tr
from reader.ui.widgets import plain_tooltip, refill_filter_combo

AnyIndex = QModelIndex | QPersistentModelIndex


class BookmarksModel(QAbstractTableModel):
    def __init__(self, store: BookmarkStore, exists: Callable[[str], bool]) -> None:
        super().__init__()
        self.store = store
        self.exists = exists
        self.items: list[Bookmark] = []
        self.text = ""
        self.tag: str | None = None
        self.order = "created"

    def reload(self) -> None:
        self.beginResetModel()
        self.items = self.store.list_bookmarks(text=self.text, tag=self.tag, order=self.order)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Title"), tr("Source"), tr("Tags"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:  # never let an exception escape a Qt virtual (see ArticleListModel.data)
            return self._data(index, role)
        except Exception:
            logging.getLogger(__name__).exception("bookmark row %s", index.row())
            return None

    def _data(self, index: AnyIndex, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        b = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (b.title, b.source, " ".join(f"#{t}" for t in b.tags))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not self.exists(b.article_id):
            return QBrush(QColor("#8a8a8e"))  # the article file is gone: saved data still shows
        if role == Qt.ItemDataRole.ToolTipRole:
            missing = "" if self.exists(b.article_id) else tr("Article file missing") + "\n"
            return plain_tooltip(f"{missing}{b.url or ''}\n{b.note}".strip())
        return None


class BookmarksPane(QWidget):
    bookmark_opened = Signal(object)  # Bookmark
    changed = Signal()

    def __init__(self, model: BookmarksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search bookmarks…"))
        self.search.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.sort_combo = QComboBox()
        for label, key in ((tr("Newest bookmark"), "created"), (tr("Title"), "title"),
                           (tr("Date"), "date")):  # fmt: skip
            self.sort_combo.addItem(label, key)
        self.view = QTreeView()
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setModel(model)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton(tr("Tags and note…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tag_combo)
        top.addWidget(self.sort_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._removed: list[Bookmark] = []
        self.search.textChanged.connect(self._filter)
        self.tag_combo.currentIndexChanged.connect(self._filter)
        self.sort_combo.currentIndexChanged.connect(self._filter)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        self.refresh()

    def refresh(self) -> None:
        tags = [(f"#{tag}", tag, count) for tag, count in self.model.store.tags()]
        refill_filter_combo(self.tag_combo, tr("All tags"), tags)
        self._filter()

    def _filter(self) -> None:
        self.model.text = self.search.text().strip()
        self.model.tag = self.tag_combo.currentData()
        self.model.order = str(self.sort_combo.currentData())
        self.model.reload()

    def current(self) -> Bookmark | None:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.items):
            self.bookmark_opened.emit(self.model.items[index.row()])

    def remove_current(self) -> None:
        bookmark = self.current()
        if bookmark is not None:
            removed = self.model.store.remove(bookmark.article_id)
            if removed is not None:
                self._removed.append(removed)
                self.undo_button.setEnabled(True)
            self.refresh()
            self.changed.emit()

    def undo_remove(self) -> None:
        if self._removed:
            self.model.store.add(self._removed.pop())
            self.undo_button.setEnabled(bool(self._removed))
            self.refresh()
            self.changed.emit()

    def edit_current(self) -> None:
        bookmark = self.current()
        if bookmark is None:
            return
        tags, ok = QInputDialog.getText(
            self,
            tr("Tags and note…"),
            tr("Tags (separated by spaces):"),
            text=" ".join(bookmark.tags),
        )
        if not ok:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, tr("Tags and note…"), tr("Note:"), bookmark.note
        )
        if not ok:
            return
        self.model.store.set_tags(bookmark.article_id, tags.replace("#", " ").split())
        self.model.store.set_note(bookmark.article_id, note.strip())
        self.refresh()

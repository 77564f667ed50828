"""The bookmarks pane: search titles and notes, filter by tag, sort, open, edit tags and note in
one dialog, remove with undo, export and import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.dates import format_date, parse_date
from reader.ui.i18n import tr
from reader.ui.widgets import plain_label, plain_tooltip, refill_filter_combo, warn

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


class _BookmarkDelegate(QStyledItemDelegate):
    """Three plain-text lines a bookmark: title, source · date · #tags, and the note."""

    LINES = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetrics(option.font).lineSpacing() * self.LINES + 10
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        if not isinstance(model, BookmarksModel) or not 0 <= index.row() < len(model.items):
            return
        b = model.items[index.row()]
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and hover backgrounds, as the style draws them
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)  # fmt: skip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.highlightedText() if selected else option.palette.text()
        muted = text if selected else option.palette.placeholderText()
        if not model.exists(b.article_id):
            text = muted
        rect = option.rect.adjusted(6, 4, -6, -4)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        published = parse_date(b.published) if b.published else None
        meta = " · ".join(
            part
            for part in (b.source, format_date(published), " ".join(f"#{t}" for t in b.tags))
            if part
        )
        note = " ".join(b.note.split())
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        for row, (content, font, brush) in enumerate(
            ((b.title, bold, text), (meta, option.font, muted), (note, option.font, muted))
        ):
            painter.setFont(font)
            painter.setPen(brush.color())
            elided = QFontMetrics(font).elidedText(content, Qt.TextElideMode.ElideRight,
                                                   rect.width())  # fmt: skip
            painter.drawText(rect.left(), rect.top() + row * line + metrics.ascent(), elided)
        painter.restore()


class BookmarkEditor(QDialog):
    """Tags and note in one dialog."""

    def __init__(self, bookmark: Bookmark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tags and note…").rstrip("…"))
        self.tags = QLineEdit(" ".join(bookmark.tags))
        self.tags.setPlaceholderText(tr("Tags (separated by spaces):").rstrip(":："))
        self.note = QPlainTextEdit(bookmark.note)
        title = plain_label(bookmark.title)
        title.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(title)
        form.addRow(tr("Tags"), self.tags)
        form.addRow(tr("Note:"), self.note)
        form.addRow(buttons)
        self.resize(460, 280)

    def chosen(self) -> tuple[list[str], str]:
        return self.tags.text().replace("#", " ").split(), self.note.toPlainText().strip()


class BookmarksPane(QWidget):
    bookmark_opened = Signal(object)  # Bookmark
    changed = Signal()
    status = Signal(str)  # a sentence for the status bar

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
        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(_BookmarkDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # Tool buttons: the pane shares a narrow column (push buttons made it 342 px at least).
        self.edit_button, self.remove_button, self.undo_button = (
            QToolButton(),
            QToolButton(),
            QToolButton(),
        )
        self.edit_button.setText(tr("Edit…"))
        self.edit_button.setToolTip(tr("Tags and note…"))
        self.remove_button.setText(tr("Remove"))
        self.undo_button.setText(tr("Undo"))
        self.undo_button.setEnabled(False)
        more = QToolButton()
        more.setText(tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(tr("Export…"), self.export)
        menu.addAction(tr("Import…"), self.import_)
        more.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_combo, 1)
        filters.addWidget(self.sort_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(more)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
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
        editor = BookmarkEditor(bookmark, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            tags, note = editor.chosen()
            self.model.store.set_tags(bookmark.article_id, tags)
            self.model.store.set_note(bookmark.article_id, note)
            self.refresh()
            self.changed.emit()

    def export(self, target: str | None = None) -> None:
        """JSON (can be imported again), Markdown or HTML, by the name's extension."""
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, tr("Export bookmarks"), "bookmarks.json",
                "JSON (*.json);;Markdown (*.md);;HTML (*.html)",
            )  # fmt: skip
        if not target:
            return
        path = Path(target)
        store = self.model.store
        writer = {".md": store.export_markdown, ".html": store.export_html}.get(
            path.suffix.lower(), store.export_json
        )
        try:
            count = writer(path)
        except OSError as exc:
            warn(self, tr("Export bookmarks"), f"{path}: {exc.strerror or exc}")
            return
        self.status.emit(tr("Exported {n} bookmarks to {path}", n=count, path=str(path)))

    def import_(self, source: str | None = None) -> None:
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self, tr("Import bookmarks"), "", "JSON (*.json)"
            )
        if not source:
            return
        try:
            added, merged = self.model.store.import_json(Path(source))
        except (OSError, ValueError) as exc:
            warn(self, tr("Import bookmarks"), f"{source}: {exc}")
            return
        self.refresh()
        self.changed.emit()
        self.status.emit(tr("Imported {added} bookmarks, {merged} merged", added=added,
                            merged=merged))  # fmt: skip

"""The bookmarks pane: search titles and notes, filter by tag, sort, open, edit tags and note in
one dialog, remove with undo, export and import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
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
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.bookmark_files import ImportReport
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.dates import format_date, parse_date
from reader.core.paths import display_path
from reader.core.storage import StorageError, reason_of
from reader.ui.bookmark_editor import BookmarkEditor
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.session import Changed
from reader.ui.shown_text import ShownText
from reader.ui.tasks import TaskRunner
from reader.ui.widgets import plain_label, plain_tooltip, refill_filter_combo, warn

AnyIndex = QModelIndex | QPersistentModelIndex
SORTS = (("created", QT_TR_NOOP("Newest bookmark")), ("title", QT_TR_NOOP("Title")),
         ("date", QT_TR_NOOP("Date")))  # fmt: skip
SKIPPED_SHOWN = 20  # entries named in the box after an import; the rest are counted


class BookmarksModel(QAbstractTableModel):
    def __init__(self, store: BookmarkStore, exists: Callable[[str], bool]) -> None:
        super().__init__()
        self.store = store
        self.exists = exists
        self.items: list[Bookmark] = []
        self.text = ""
        self.tag: str | None = None
        self.order = "created"
        self.shown = ShownText()  # View › Show Text As: the window's

    def set_shown_text(self, shown: ShownText) -> None:
        """Titles and outlets in the reader's script (the reader's own tags and notes stay)."""
        self.shown = shown
        shown.changed.connect(self._redraw)

    def _redraw(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 2))

    def reload(self) -> None:
        self.show(self.store.list_bookmarks(text=self.text, tag=self.tag, order=self.order))

    def show(self, items: list[Bookmark]) -> None:
        self.beginResetModel()
        self.items = items
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
            shown = self.shown.text
            return (shown(b.title), shown(b.source), " ".join(f"#{t}" for t in b.tags))[
                index.column()
            ]
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
            for part in (
                model.shown.text(b.source),
                format_date(published),
                " ".join(f"#{t}" for t in b.tags),
            )
            if part
        )
        note = " ".join(b.note.split())
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        for row, (content, font, brush) in enumerate(
            (
                (model.shown.text(b.title), bold, text),
                (meta, option.font, muted),
                (note, option.font, muted),
            )
        ):
            painter.setFont(font)
            painter.setPen(brush.color())
            elided = QFontMetrics(font).elidedText(content, Qt.TextElideMode.ElideRight,
                                                   rect.width())  # fmt: skip
            painter.drawText(rect.left(), rect.top() + row * line + metrics.ascent(), elided)
        painter.restore()


class BookmarksPane(QWidget):
    bookmark_opened = Signal(object)  # Bookmark
    changed = Signal()
    status = Signal(str)  # a sentence for the status bar
    exported = Signal(int)  # bookmarks written
    imported = Signal(object)  # ImportReport
    failed = Signal(str)  # an export or import could not be done (said in a box)

    def __init__(self, model: BookmarksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.sort_combo = QComboBox()
        for key, label in SORTS:
            self.sort_combo.addItem(label, key)
        self.view = QListView()
        self.view.setModel(model)
        self.view.setItemDelegate(_BookmarkDelegate(self.view))
        self.view.setUniformItemSizes(True)
        # Laid out 500 rows an event-loop turn: 20,000 bookmarks at once held the GUI 0.3 s.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(500)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # Tool buttons: the pane shares a narrow column (push buttons made it 342 px at least).
        self.edit_button = QToolButton()
        self.remove_button = QToolButton()
        self.undo_button = QToolButton()
        self.undo_button.setEnabled(False)
        self.more_button = more = QToolButton()
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        self.export_action = menu.addAction("", lambda: self.export())
        self.import_action = menu.addAction("", lambda: self.import_())
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
        self.empty_label = plain_label()
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._removed: list[Bookmark] = []
        self.runner = TaskRunner(1, self)  # exports and imports, one at a time
        self.search.textChanged.connect(self._filter)
        self.tag_combo.currentIndexChanged.connect(self._filter)
        self.sort_combo.currentIndexChanged.connect(self._filter)
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._show_state())
        self.view.doubleClicked.connect(self._open)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search bookmarks…"))
        for row, (_key, label) in enumerate(SORTS):
            self.sort_combo.setItemText(row, tr(label))
        self.edit_button.setText(tr("Edit…"))
        self.edit_button.setToolTip(tr("Tags and Note…"))
        self.remove_button.setText(tr("Remove"))
        self.undo_button.setText(tr("Undo"))
        self.more_button.setText(tr("More"))
        self.export_action.setText(tr("&Export…"))
        self.import_action.setText(tr("&Import…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.tag_combo.count():
            self.tag_combo.setItemText(0, tr("All tags"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def session_changed(self, change: Changed) -> None:
        if change.bookmarks or change.everything:
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
        self._show_state()

    def _show_state(self) -> None:
        """An empty pane says how to fill it; Edit and Remove need a bookmark to act on."""
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.empty_label.setText(
            tr("No bookmark matches.") if self.model.text or self.model.tag
            else tr("No bookmarks yet: Ctrl+D bookmarks the article you are reading.")
        )  # fmt: skip
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current(self) -> Bookmark | None:
        row = self.view.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.items):
            self.bookmark_opened.emit(self.model.items[index.row()])

    def _stored(self, write: Callable[[], None]) -> bool:
        """A write to the bookmarks; one the store refuses (a full disk, a file of a newer
        Reader) is said in a box, never raised into Qt."""
        try:
            write()
        except StorageError as exc:
            warn(self, tr("Bookmarks"), str(exc))
            return False
        return True

    def remove_current(self) -> None:
        bookmark = self.current()
        if bookmark is not None:
            removed: list[Bookmark | None] = []
            if not self._stored(
                lambda: removed.append(self.model.store.remove(bookmark.article_id))
            ):
                return
            if removed[0] is not None:
                self._removed.append(removed[0])
                self.undo_button.setEnabled(True)
            self.refresh()
            self.changed.emit()

    def undo_remove(self) -> None:
        if self._removed and self._stored(lambda: self.model.store.add(self._removed[-1])):
            self._removed.pop()
            self.undo_button.setEnabled(bool(self._removed))
            self.refresh()
            self.changed.emit()

    def edit_current(self) -> None:
        bookmark = self.current()
        if bookmark is None:
            return
        shown = replace(bookmark, title=self.model.shown.text(bookmark.title))  # (its words)
        editor = BookmarkEditor(shown, self, [tag for tag, _count in self.model.store.tags()])
        if editor.exec() == QDialog.DialogCode.Accepted:
            tags, note = editor.chosen()
            store = self.model.store

            def write() -> None:
                store.set_tags(bookmark.article_id, tags)
                store.set_note(bookmark.article_id, note)

            self._stored(write)
            self.refresh()
            self.changed.emit()

    def export(self, target: str | None = None) -> None:
        """JSON, Markdown or HTML by the name's extension, each with tags and notes and each
        importable again; written in a worker (``exported`` says when)."""
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, tr("Export bookmarks"), str(Path.home() / "bookmarks.json"),
                "JSON (*.json);;Markdown (*.md);;HTML (*.html)",
            )  # fmt: skip
        if not target:
            return
        path = Path(target)
        store = self.model.store
        self._busy(True)

        def work() -> int:
            with store.on_this_thread() as here:
                return here.export_file(path)

        self.runner.submit(
            work,
            lambda count: self._exported(path, count),
            lambda exc: self._failed(tr("Export bookmarks"), path, exc),
        )

    def import_(self, source: str | None = None) -> None:
        """Any of the three export formats. Read, checked and written in a worker (20,000
        bookmarks blocked the window 4.6 s); ``imported`` says when, with what was skipped."""
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self, tr("Import bookmarks"), str(Path.home()),
                tr("Bookmark exports (*.json *.md *.markdown *.html *.htm)"),
            )  # fmt: skip
        if not source:
            return
        path = Path(source)
        store = self.model.store
        self._busy(True)
        text, tag, order = self.model.text, self.model.tag, self.model.order

        def work() -> tuple[ImportReport, list[Bookmark], list[tuple[str, int]]]:
            with store.on_this_thread() as here:  # the new list too: 20,000 took 0.4-0.7 s
                report = here.import_file(path)
                return report, here.list_bookmarks(text, tag, order), here.tags()

        self.runner.submit(
            work,
            lambda done: self._imported(*done),
            lambda exc: self._failed(tr("Import bookmarks"), path, exc),
        )

    def _busy(self, busy: bool) -> None:
        self.export_action.setEnabled(not busy)
        self.import_action.setEnabled(not busy)

    def _exported(self, path: Path, count: int) -> None:
        self._busy(False)
        self.status.emit(tr("Exported %Ln bookmark(s) to {path}", None, count, path=str(path)))
        self.exported.emit(count)

    def _imported(
        self, report: ImportReport, items: list[Bookmark], tags: list[tuple[str, int]]
    ) -> None:
        self._busy(False)
        refill_filter_combo(self.tag_combo, tr("All tags"), [(f"#{t}", t, n) for t, n in tags])
        if (self.model.text, self.model.tag, self.model.order) == (
            self.search.text().strip(), self.tag_combo.currentData(),
            str(self.sort_combo.currentData()),
        ):  # fmt: skip
            self.model.show(items)  # the filters the list was made for are still on
            self._show_state()
        else:
            self._filter()
        self.changed.emit()
        said = tr("Imported %Ln new bookmark(s); {merged} already here were merged", None,
                  report.added, merged=number(report.merged))  # fmt: skip
        self.status.emit(said)
        if report.skipped:
            shown = [str(s) for s in report.skipped[:SKIPPED_SHOWN]]
            if len(report.skipped) > SKIPPED_SHOWN:
                shown.append(tr("…and %Ln more", None, len(report.skipped) - SKIPPED_SHOWN))
            heading = tr("%Ln entry(-ies) skipped:", None, len(report.skipped))
            warn(self, tr("Import bookmarks"), "\n".join([said, heading, *shown]))
        self.imported.emit(report)

    def _failed(self, title: str, path: Path, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, StorageError | ValueError):  # sentences naming the file already
            warn(self, title, str(exc))
        elif isinstance(exc, OSError):
            warn(self, title, f"{display_path(path)}: {reason_of(exc)}")
        else:
            warn(self, title, f"{display_path(path)}: {type(exc).__name__}: {exc}")
        self.failed.emit(str(exc))

    def shutdown(self) -> None:
        """Let a running export or import finish; its answer is no longer delivered."""
        self.runner.shutdown()

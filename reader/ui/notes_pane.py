"""The Notes pane: every highlight and its note, grouped by article, tag or story, searchable;
one that can no longer be placed in its article says "not found in the text". Activating one
opens its article at the highlight.

The rows come from the research desk (``research_desk.py``), which places the highlights in
the library's current text in a worker; the model only shows them (quotes and notes are the
reader's and the articles' text: shown as plain text, never as rich text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations.placing import NO_ARTICLE, Placed
from reader.ui.highlight_layer import shade
from reader.ui.i18n import QT_TR_NOOP, number, tr
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_tooltip

GROUPINGS = (
    ("article", QT_TR_NOOP("By article")),
    ("tag", QT_TR_NOOP("By tag")),
    ("story", QT_TR_NOOP("By story")),
)
NOT_FOUND = QT_TR_NOOP("not found in the text")
NO_ARTICLE_WORDS = QT_TR_NOOP("the article is not in this library")
UNTAGGED = QT_TR_NOOP("(no tag)")
NO_STORY = QT_TR_NOOP("(in no story)")
Index = QModelIndex | QPersistentModelIndex
QUOTE_SHOWN = 120  # characters of a long quote in its row (the tooltip has it all)


@dataclass
class NoteRow:
    """A placed highlight with what the pane groups it by."""

    placed: Placed
    story: tuple[str, str] | None = None  # (story id, its title)
    tags: list[str] = field(default_factory=list)  # its own and its article's bookmark tags


@dataclass
class Group:
    key: str
    title: str
    rows: list[NoteRow]


class NotesModel(QAbstractItemModel):
    """Two levels: groups, then their highlights. Internal ids: 0 for a group, else the
    group's row + 1 (a highlight's parent)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []
        self.groups: list[Group] = []
        self.grouping = "article"
        self.text = ""
        self.theme = "light"
        self.shown = ShownText()  # View › Show Text As: the window's

    def set_shown_text(self, shown: ShownText) -> None:
        """Titles and quotes in the reader's script (the reader's notes and tags stay)."""
        self.shown = shown
        shown.changed.connect(self._regroup)

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.rows = rows
        self._regroup()

    def set_filter(self, grouping: str | None = None, text: str | None = None) -> None:
        if grouping is not None:
            self.grouping = grouping
        if text is not None:
            self.text = text.strip().lower()
        self._regroup()

    def _matches(self, row: NoteRow) -> bool:
        h = row.placed.highlight
        fields = (h.exact, h.note, h.title, " ".join(row.tags))
        return not self.text or any(self.text in s.lower() for s in fields)

    def _regroup(self) -> None:
        self.beginResetModel()
        groups: dict[str, Group] = {}
        for row in (r for r in self.rows if self._matches(r)):
            h = row.placed.highlight
            if self.grouping == "tag":
                keys = [(t, f"#{t}") for t in row.tags] or [("", tr(UNTAGGED))]
            elif self.grouping == "story":
                keys = [row.story if row.story else ("", tr(NO_STORY))]
            else:
                keys = [(h.article_id, h.title or h.article_id)]
            for key, title in keys:
                groups.setdefault(key, Group(key, title, [])).rows.append(row)
        for group in groups.values():
            group.rows.sort(key=lambda r: (r.placed.highlight.article_id,
                                           r.placed.placement.start if r.placed.placement
                                           else 1 << 60))  # fmt: skip
        self.groups = sorted(groups.values(), key=lambda g: (g.key == "", g.title))
        self.endResetModel()

    def highlight_count(self) -> int:
        return sum(1 for r in self.rows if self._matches(r))

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.groups) else QModelIndex()
        groups = self.groups
        if (
            parent.internalId() == 0
            and parent.row() < len(groups)
            and row < len(groups[parent.row()].rows)
        ):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.row() < len(self.groups):
            return len(self.groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def row_at(self, index: Index) -> NoteRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self.groups[index.internalId() - 1]
        return group.rows[index.row()] if index.row() < len(group.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self.groups[index.row()]
            title = group.title if self.grouping == "tag" else self.shown.text(group.title)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} ({number(len(group.rows))})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(title)
            return None
        row = self.row_at(index)
        if row is None:
            return None
        h, placed = row.placed.highlight, row.placed
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(self.shown.text(h.exact).split())
            line = f"“{quote[:QUOTE_SHOWN]}…”" if len(quote) > QUOTE_SHOWN else f"“{quote}”"
            if not placed.found:
                words = NO_ARTICLE_WORDS if placed.state == NO_ARTICLE else NOT_FOUND
                line += f"  [{tr(words)}]"
            return line + (f"\n✎ {' '.join(h.note.split())}" if h.note.strip() else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self.shown.text(h.title), self.shown.text(h.exact), h.note]
            return plain_tooltip("\n\n".join(p for p in parts if p.strip()))
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(shade(self.theme, h.color))
        if role == Qt.ItemDataRole.ForegroundRole and not placed.found:
            return QBrush(QColor("#8a8a8e"))
        return None


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's width (the default size hint wrapped
    at the column's content width and cut a quote with its note after two lines)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        icon = option.decorationSize.width() + 8 if depth else 0
        width = self.view.viewport().width() - self.view.indentation() * (depth + 1) - icon - 24
        text = str(index.data() or "")
        metrics = QFontMetrics(option.font)
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        height = metrics.boundingRect(QRect(0, 0, max(width, 40), 1 << 20), flags, text).height()
        return QSize(size.width(), max(size.height(), height + 6))


class NotesPane(QWidget):
    highlight_opened = Signal(object)  # a Highlight
    export_requested = Signal(str)  # "json" or "md"
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(self)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.grouping = QComboBox()
        for key, _words in GROUPINGS:
            self.grouping.addItem("", key)
        self.more = QToolButton()
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more.setMenu(self.more_menu)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)  # a quote and its note in full, wrapped to the pane
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setItemDelegate(WrappedRows(self.view))
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.grouping)
        top.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.edit.textChanged.connect(lambda text: self._filter(text=text))
        self.grouping.currentIndexChanged.connect(
            lambda _i: self._filter(grouping=str(self.grouping.currentData()))
        )
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(tr("Search highlights and notes"))
        for i, (_key, words) in enumerate(GROUPINGS):
            self.grouping.setItemText(i, tr(words))
        self.more.setText(tr("More"))
        self.more_menu.clear()
        self.more_menu.addAction(tr("Export Highlights (JSON)…"),
                                 lambda: self.export_requested.emit("json"))  # fmt: skip
        self.more_menu.addAction(tr("Export Highlights (Markdown)…"),
                                 lambda: self.export_requested.emit("md"))  # fmt: skip
        self.more_menu.addAction(tr("Import Highlights…"), self.import_requested.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.set_filter()
        super().changeEvent(event)

    def _filter(self, grouping: str | None = None, text: str | None = None) -> None:
        self.model.set_filter(grouping, text)
        self.view.expandAll()

    def show_rows(self, rows: list[NoteRow]) -> None:
        self.model.set_rows(rows)
        self.view.expandAll()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # wrapped rows take their height from the width: lay them out again at the new one
        self.view.scheduleDelayedItemsLayout()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.highlight_opened.emit(row.placed.highlight)

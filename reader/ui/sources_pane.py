"""The sources sidebar: every outlet with its unread and total counts; choosing one filters the
article list. A few dozen rows, refreshed from the list's worker (counts are never computed on
the GUI thread)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QListView, QVBoxLayout, QWidget

from reader.ui.i18n import number, tr
from reader.ui.listing import SourceCount
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 3


class SourcesModel(QAbstractListModel):
    """Row 0 is "All sources"; then each source, most articles first."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[SourceCount] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.shown = ShownText()  # View › Show Text As: the window's

    def set_shown_text(self, shown: ShownText) -> None:
        """Outlets' names in the reader's script (a few dozen: converted as shown, cached)."""
        self.shown = shown
        shown.changed.connect(self.retranslate)

    def set_sources(self, sources: list[SourceCount]) -> None:
        self.beginResetModel()
        self.sources = list(sources)
        self.endResetModel()

    def adjust_unread(self, by_source: dict[str, int]) -> None:
        """Read marks changed for a few articles: shift their sources' unread counts."""
        for row, count in enumerate(self.sources):
            names = count.names or (count.name,)  # an outlet and its host-only sources
            if any(name in by_source for name in names):
                moved = sum(by_source.get(name, 0) for name in names)
                unread = min(count.total, max(0, count.unread + moved))
                self.sources[row] = replace(count, unread=unread)
                index = self.index(row + 1, 0)
                self.dataChanged.emit(index, index)
        first = self.index(0, 0)
        self.dataChanged.emit(first, first)

    def retranslate(self) -> None:
        """Row 0 ("All sources") and every tooltip are words."""
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.sources), 0))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sources) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self.sources):
            return None
        if index.row() == 0:
            name = tr("All sources")
            unread = sum(s.unread for s in self.sources)
            total = sum(s.total for s in self.sources)
            source = None
        else:
            count = self.sources[index.row() - 1]
            name, unread, total = self.shown.text(count.name), count.unread, count.total
            source = count.names or (count.name,)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}  ({number(unread)})" if unread else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tr("{name}: {unread} unread of {total}", name=name,
                                    unread=number(unread), total=number(total)))  # fmt: skip
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if unread else None
        if role == SOURCE_ROLE:
            return source
        return None


class SourcesPane(QWidget):
    source_chosen = Signal(object)  # the stored names of one outlet (a tuple), or None: all
    unread_only_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourcesModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.unread_only = QCheckBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.unread_only)
        layout.addWidget(self.view, 1)
        self._chosen: tuple[str, ...] | None = None
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.unread_only.toggled.connect(self.unread_only_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.unread_only.setText(tr("Unread only"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # the left column starts narrow: the article gets the room
        return QSize(230, 400)

    def show_sources(self, sources: list[SourceCount]) -> None:
        self.view.selectionModel().blockSignals(True)
        self.model.set_sources(sources)
        chosen = [s.names or (s.name,) for s in sources]
        row = chosen.index(self._chosen) + 1 if self._chosen in chosen else 0
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectionModel().blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.data(SOURCE_ROLE) if current.isValid() else None
        if chosen != self._chosen:
            self._chosen = chosen
            self.source_chosen.emit(chosen)

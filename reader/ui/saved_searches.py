"""Saved searches in the window: saving the list's search by name, opening one (its matches
are then seen), renaming and removing one, and their counts and new matches after each index
update, counted in the search process's queue (never on the GUI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from reader.core.archive.query import ListQuery
from reader.core.archive.selection import UserFiles
from reader.core.paths import library_key
from reader.core.saved.store import SavedSearchStore, pack_ids, read_seen
from reader.core.storage import StorageError
from reader.ui.i18n import tr
from reader.ui.library_controller import LibraryController
from reader.ui.navigation_pane import SavedRow

log = logging.getLogger(__name__)


class SavedSearches(QObject):
    counted = Signal(object)  # list[SavedRow]
    notice = Signal(str)
    stored = Signal()  # a change was written (the sync status checks its journal)

    def __init__(
        self,
        controller: LibraryController,
        store: SavedSearchStore,
        files: Callable[[], UserFiles],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self.files = files
        self.opening: str | None = None  # opened: its matches become seen when listed
        self.generation = 0

    def rows(self) -> list[SavedRow]:
        return [SavedRow(s.name, s.query) for s in self.store.list_saved()]

    def _stored(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except (StorageError, ValueError) as exc:
            self.notice.emit(str(exc))
            return False
        self.stored.emit()
        return True

    def save(self, parent: QWidget, query: ListQuery, ids: Callable[[], list[str]]) -> None:
        """Save Search…: asks for a name; what the list holds now is seen."""
        suggested = query.text.strip() or tr("My search")
        name, ok = QInputDialog.getText(parent, tr("Save Search"), tr("Name:"), text=suggested)
        if not ok or not name.strip():
            return
        if self._stored(lambda: self.store.add(name, query.with_changes(title=""))):
            self.seen(name.strip(), ids())
            self.notice.emit(tr("Saved the search “{name}”", name=name.strip()))

    def seen(self, name: str, ids: list[str]) -> None:
        library = self.controller.library
        if library is None or self.store.read_only:  # read-only: the start said so, once
            return
        key = library_key(library)

        def write(packed: object) -> None:  # on the GUI thread: the store's connection
            if isinstance(packed, bytes) and self._stored(
                lambda: self.store.mark_seen(name, key, packed)
            ):
                self.refresh()

        self.controller.run_in_worker(tr("Saved searches"), lambda: pack_ids(ids), write)

    def listed(self, ids: Callable[[], list[str]]) -> None:
        """The list answered: a saved search being opened has now been seen."""
        if self.opening is not None:
            name, self.opening = self.opening, None
            self.seen(name, ids())

    def rename(self, parent: QWidget, name: str) -> None:
        """Rename…: asks for the new name; what was seen of it goes with it."""
        new, ok = QInputDialog.getText(parent, tr("Rename Saved Search"), tr("Name:"), text=name)
        new = new.strip()
        if not ok or not new or new == name:
            return
        if self.store.get(new) is not None:
            self.notice.emit(tr("A saved search “{name}” is there already", name=new))
            return
        if self._stored(lambda: self.store.rename(name, new)):
            self.refresh()

    def remove(self, name: str) -> None:
        if self._stored(lambda: self.store.remove(name)):
            self.refresh()

    def refresh(self) -> None:
        """Count every saved search in the open library (after an update, a change)."""
        rows = self.rows()
        self.counted.emit(rows)
        searches, library = self.controller.searches, self.controller.library
        if searches is None or library is None or not rows:
            return
        self.generation += 1
        generation, files, path = self.generation, self.files(), self.store.path
        key = library_key(library)

        def work() -> list[SavedRow]:
            seen = read_seen(path, key)
            counted = []
            for row in rows:
                found = searches.call("list_answer", row.query, 0, files=files)
                ids = found.ids
                before = seen.get(row.name)
                new = 0 if before is None else len(set(ids) - before)
                counted.append(SavedRow(row.name, row.query, len(ids), new))
            return counted

        def done(counted: list[SavedRow]) -> None:
            if generation == self.generation:
                self.counted.emit(counted)

        def failed(exc: BaseException) -> None:
            log.warning("saved search counts: %s", exc)

        self.controller.search_runner.submit(work, done, failed)

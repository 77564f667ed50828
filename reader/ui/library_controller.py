"""The open library, seen from the GUI: catalog for the list, index work and searches in workers.

Three runners keep the GUI thread free: ``index_runner`` (one thread: the only index writer,
which runs in a child process), ``search_runner`` (one thread: searches and related articles
queue behind each other and run in the search process, stale ones are dropped by generation)
and ``io_runner`` (article parsing, listings).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.core.article import Article
from reader.core.parser import parse_article_file
from reader.core.search.background import failure_message, update_in_subprocess
from reader.core.search.catalog import Catalog
from reader.core.search.engine import LibraryIndex, SearchHit, SearchOptions, SearchResults
from reader.core.search.indexer import UpdateSummary
from reader.core.search.service import SearchService
from reader.ui.tasks import TaskRunner

MAX_WATCHED_DIRS = 2000
CATALOG_REFRESH_MS = 2500


class LibraryController(QObject):
    catalog_changed = Signal()
    index_progress = Signal(int, int)
    index_finished = Signal(object)  # UpdateSummary
    index_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Path | None = None
        self.index: SearchService | None = None
        self._updater: LibraryIndex | None = None
        self._catalog: Catalog | None = None
        self.index_runner = TaskRunner(1, self)
        self.search_runner = TaskRunner(1, self)
        self.io_runner = TaskRunner(2, self)
        self._cancel = threading.Event()
        self.indexing = False
        self._again = False
        self._progress = (0, 0)
        self._progress_lock = threading.Lock()
        self._change_timer = QTimer(self)  # a burst of file events -> one update
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(1500)
        self._change_timer.timeout.connect(self.update_index)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._change_timer.start())
        self._poll = QTimer(self)  # progress and partial catalogs, read on the GUI thread
        self._poll.setInterval(CATALOG_REFRESH_MS // 5)
        self._poll.timeout.connect(self._report_progress)
        self._poll_ticks = 0

    # -- library ---------------------------------------------------------------------------
    def open_library(self, library: Path) -> None:
        self.close_library()
        self.library = Path(library).expanduser().resolve()
        self.index = SearchService(self.library)  # searches, in their own process
        self._updater = LibraryIndex(self.library)  # the writer (index thread only)
        self.search_runner.submit(self.index.start, None, lambda _e: None)
        self.catalog_changed.emit()  # the list appears at once from the previous catalog
        self._watch()
        self.update_index()

    def close_library(self) -> None:
        self.cancel_update()
        self._poll.stop()
        self._change_timer.stop()
        for runner in (self.index_runner, self.search_runner, self.io_runner):
            runner.shutdown()
        self.indexing = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None
        for instance in (self.index, self._updater):
            if instance is not None:
                instance.close()
        self.index = self._updater = None

    def catalog_path(self) -> Path | None:
        return self.index.layout.catalog_path if self.index is not None else None

    def catalog(self) -> Catalog | None:
        """The GUI thread's own read connection (SQLite WAL: never blocked by the writer)."""
        if self._catalog is None and self.index is not None:
            if not self.index.layout.catalog_path.exists():
                return None
            try:
                # Read-only: a read-write open runs schema and journal pragmas that wait on
                # the indexer process's write lock, on the GUI thread.
                self._catalog = Catalog(self.index.layout.catalog_path, readonly=True)
            except Exception:
                return None
        return self._catalog

    def _watch(self) -> None:
        """Watch the library's folders; they are listed in a worker (walking a 24k-file tree
        on the GUI thread stalled it ~300 ms)."""
        library = self.library
        if library is None:
            return

        def folders() -> list[str]:
            found = [str(library)]
            for root, dirnames, _files in os.walk(library):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                found.extend(os.path.join(root, d) for d in dirnames)
                if len(found) >= MAX_WATCHED_DIRS:
                    break  # huge trees: the rescan when the window regains focus covers the rest
            return found[:MAX_WATCHED_DIRS]

        def add(paths: list[str]) -> None:
            if self.library == library:
                self.watcher.addPaths(paths)

        self.io_runner.submit(folders, add)

    # -- indexing ------------------------------------------------------------------------------
    def update_index(self, rebuild: bool = False) -> None:
        index = self._updater
        if index is None:
            return
        if self.indexing:
            self._again = True
            return
        self.indexing = True
        self._cancel.clear()
        self._poll_ticks = 0
        self._poll.start()

        def progress(done: int, total: int, _path: str) -> None:
            with self._progress_lock:
                self._progress = (done, total)

        library, layout = index.library, index.layout

        def work() -> UpdateSummary:  # this thread only waits on the indexer process's pipe
            return update_in_subprocess(
                library, layout, rebuild=rebuild, progress=progress, cancel=self._cancel.is_set
            )

        self.index_runner.submit(work, self._update_done, self._update_failed)

    def cancel_update(self) -> None:
        self._cancel.set()

    def _report_progress(self) -> None:
        with self._progress_lock:
            done, total = self._progress
        if total:
            self.index_progress.emit(done, total)
        self._poll_ticks += 1
        if self._poll_ticks % 5 == 0:
            self.catalog_changed.emit()  # batches commit as they go: show them

    def _finish(self) -> None:
        self.indexing = False
        self._poll.stop()
        with self._progress_lock:
            self._progress = (0, 0)
        if self._again:
            self._again = False
            self.update_index()

    def _update_done(self, summary: object) -> None:
        assert isinstance(summary, UpdateSummary)
        self._finish()
        if summary.rebuilt_reason:  # the files were replaced: reopen lazily
            if self._catalog is not None:
                self._catalog.close()
                self._catalog = None
            if self.index is not None:
                self.search_runner.submit(self.index.reset, None, lambda _e: None)
        self.catalog_changed.emit()
        self.index_finished.emit(summary)

    def _update_failed(self, exc: BaseException) -> None:
        self._finish()
        self.index_failed.emit(failure_message(exc))  # the words the CLI prints

    # -- searching and reading -------------------------------------------------------------
    def search(
        self,
        query: str,
        options: SearchOptions,
        on_done: Callable[[SearchResults], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        index = self.index
        if index is None:
            return
        self.search_runner.submit(lambda: index.search(query, options), on_done, on_error)

    def load_article(
        self,
        article_id: str,
        on_done: Callable[[Article], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        catalog = self.catalog()
        entry = catalog.entry(article_id) if catalog is not None else None
        if entry is None:
            on_error(FileNotFoundError(f"article {article_id} is not in the catalog"))
            return
        path = entry.path
        self.io_runner.submit(lambda: parse_article_file(path), on_done, on_error)

    def related(self, article_id: str, on_done: Callable[[list[SearchHit]], None]) -> None:
        index = self.index
        if index is None:
            return
        self.search_runner.submit(lambda: index.related(article_id), on_done, lambda _e: None)

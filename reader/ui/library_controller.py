"""The open library, seen from the GUI: catalog for the list, index work and searches in workers.

Four runners keep the GUI thread free: ``index_runner`` (one thread: the only index writer,
which runs in a child process), ``search_runner`` (one thread: searches and related articles
queue behind each other and run in the search process, stale ones are dropped by generation),
``io_runner`` (article parsing, listings) and ``write_runner`` (one thread: read marks, in
order). Failures of background work are logged and reported by ``failed`` in words; nothing is
swallowed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from reader.core.article import Article
from reader.core.readstate import ReadMarks
from reader.core.search.api import SearchHit, SearchOptions, SearchResults
from reader.core.search.background import failure_message, update_in_subprocess
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.search.layout import IndexLayout, UpdateSummary
from reader.core.search.service import SearchService
from reader.core.stories.grouping import group_hits, group_rows
from reader.ui.i18n import tr
from reader.ui.list_work import (
    ListRequest,
    first_screen,
    list_work,
    quick_listing,
    quick_search,
    read_counts,
    rows_by_id,
    stories_of,
    stories_of_two_or_more,
)
from reader.ui.listing import Listing, merge_sources
from reader.ui.search_stops import SearchStops
from reader.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


MAX_WATCHED_DIRS = 2000
NO_MARKS = ReadMarks()
CATALOG_REFRESH_MS = 2500


class LibraryController(QObject):
    catalog_changed = Signal()
    index_progress = Signal(int, int)
    index_finished = Signal(object)  # UpdateSummary
    index_failed = Signal(str)
    failed = Signal(str)  # background work that failed, in words for the status bar
    listing_ready = Signal(int, object)  # generation, Listing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Path | None = None
        self.searches: SearchService | None = None  # the search process (read-only)
        self._layout: IndexLayout | None = None
        self._catalog: Catalog | None = None
        self.index_runner = TaskRunner(1, self)
        self.search_runner = TaskRunner(1, self)
        self.io_runner = TaskRunner(2, self)
        self.write_runner = TaskRunner(1, self)  # the user's marks: in order, never dropped
        self._cancel = threading.Event()  # the reader pressed Cancel: stop, keeping the work
        self._abandon = threading.Event()  # the library is closing: end the indexer now
        self._held = False  # after Cancel, only the reader's Update Index starts one again
        self.indexing = False
        self.asked_by_reader = False  # the update running (or last run) was the reader's F5
        self._again = False
        self._progress = (0, 0)
        self._progress_lock = threading.Lock()
        self._change_timer = QTimer(self)  # a burst of file events -> one update
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(1500)
        self._change_timer.timeout.connect(lambda: self.update_index(automatic=True))
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._change_timer.start())
        self._poll = QTimer(self)  # progress and partial catalogs, read on the GUI thread
        self._poll.setInterval(CATALOG_REFRESH_MS // 5)
        self._poll.timeout.connect(self._report_progress)
        self._poll_ticks = 0
        self._listing_generation = 0
        self.stops = SearchStops()  # a newer listing stops an older exact search
        self.written_scripts: dict[str, str] = {}  # article id -> its script (see load_article)
        self._background_pending = False
        self._background_timer = QTimer(self)
        self._background_timer.setSingleShot(True)
        self._background_timer.setInterval(1000)
        self._background_timer.timeout.connect(self._start_background)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):  # coming back to the window: look for changes
            app.applicationStateChanged.connect(self._app_state)

    # -- library ---------------------------------------------------------------------------
    def open_library(self, library: Path) -> None:
        self.close_library()
        self.library = Path(library).expanduser().resolve()
        self.searches = SearchService(self.library)  # searches, in their own process
        self._layout = IndexLayout.of(self.library)  # updated by the indexer process
        # The list first, then the search and indexer processes: started together, their two
        # interpreters (importing Whoosh and the parser chain) took the CPU from the first
        # listing on two cores (24k articles, launch to first frame: 0.44 -> 0.37 s median).
        self._background_pending = True
        self._background_timer.start()  # in case nothing asks for a listing
        self.catalog_changed.emit()  # the list appears at once from the previous catalog

    def _start_background(self) -> None:
        """Start the folder watch and the index update (once per open). The search process
        starts when first needed (an article opened, a search typed: ``prepare_search``): a
        window at rest without it holds 117 MB instead of 151 (24k library, RSS of the tree)."""
        if not self._background_pending or self.searches is None:
            return
        self._background_pending = False
        self._background_timer.stop()
        self._watch()
        self.update_index(automatic=True)

    def prepare_search(self) -> None:
        """A search is being typed: start the search process now, not when it is asked."""
        searches = self.searches
        if searches is not None and not searches.is_running():
            self.search_runner.submit(
                searches.start, None, self._reporter(tr("The search process"))
            )

    def close_library(self) -> None:
        self._abandon.set()
        self._background_pending = False
        self._background_timer.stop()
        self._cancel.set()
        self._again = self._held = False
        self.stops.stop_all()  # a search verifying for seconds stops now, not at its end
        self._poll.stop()
        self._change_timer.stop()
        self.write_runner.wait()  # marks asked for are written before anything closes
        for runner in (self.index_runner, self.search_runner, self.io_runner, self.write_runner):
            runner.shutdown()
        self.stops.remove()
        self.indexing = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None
        if self.searches is not None:
            self.searches.close()
        self.searches = None
        self._layout = None

    def _reporter(self, what: str) -> Callable[[BaseException], None]:
        """An error callback that logs the failure and says it in words (never swallowed)."""

        def report(exc: BaseException) -> None:
            log.error("%s failed: %s: %s", what, type(exc).__name__, exc)
            self.failed.emit(f"{what}: {getattr(exc, 'message', None) or exc}")

        return report

    def catalog_path(self) -> Path | None:
        return self._layout.catalog_path if self._layout is not None else None

    def catalog(self) -> Catalog | None:
        """The GUI thread's own read connection (SQLite WAL: never blocked by the writer), for
        reading a handful of rows by id; listings and anything library-sized run in workers."""
        path = self.catalog_path()
        if self._catalog is None and path is not None:
            if not path.exists():
                return None
            try:
                # Read-only: a read-write open runs schema and journal pragmas that wait on
                # the indexer process's write lock, on the GUI thread.
                self._catalog = Catalog(path, readonly=True)
            except Exception as exc:
                log.warning("catalog %s not readable yet: %s", path, exc)
                return None
        return self._catalog

    def has_article(self, article_id: str) -> bool:
        catalog = self.catalog()
        try:
            return catalog is not None and catalog.entry(article_id) is not None
        except Exception as exc:  # a catalog without its tables yet, or being replaced
            log.warning("catalog lookup of %s: %s", article_id, exc)
            return False

    def request_listing(
        self,
        query: Callable[..., Sequence[str]],
        read: ReadMarks = NO_MARKS,
        grouped: bool = False,
    ) -> int:
        """Run a listing in a worker: the ids ``query`` picks, and every source with its total
        and unread (not in ``read``) counts. The answer comes by ``listing_ready`` with this
        generation (older answers are for the caller to drop). A large list in an index
        order comes twice: its first screen at once (``partial``: the rows and the total, a
        few ms) and then whole (a million rows: ~0.5 s of SQLite, and the sources' counts)."""
        self._listing_generation += 1
        generation = self._listing_generation
        self.stops.supersede(generation)
        path = self.catalog_path()
        if path is None:
            return generation  # no library is open: there is nothing to list

        def work() -> Listing:
            if not path.exists():
                return Listing()
            catalog = Catalog(path, readonly=True)
            try:
                done = read_counts(catalog, read)
                aliases = catalog.host_aliases()
                totals = catalog.sources()
                unread = {n: total - done.get(n, 0) for n, total in totals}
                sources = merge_sources(totals, unread, aliases)
                ids = query(catalog)
                if not grouped:
                    return Listing(ids, sources, catalog.newest(), {}, len(ids), aliases)
                rows, members = group_rows(ids, stories_of_two_or_more(catalog.db))
                return Listing(rows, sources, catalog.newest(), members, len(ids), aliases)
            except Exception as exc:
                if "no such table" in str(exc):  # the first build has not created it yet
                    return Listing()
                raise
            finally:
                catalog.close()

        def deliver(listing: Listing | None) -> None:
            if listing is None:
                return
            self.listing_ready.emit(generation, listing)
            if self._background_pending:  # after this listing is painted
                QTimer.singleShot(0, self, self._start_background)

        if not grouped and getattr(query, "quick", False):
            self.io_runner.submit(lambda: first_screen(path, query), deliver)
        self.io_runner.submit(work, deliver, self._reporter(tr("Listing the articles")))
        return generation

    def request_list(self, request: ListRequest) -> int:
        """The one list's answer for ``request`` (reader/ui/list_work.py): a search in the
        search process's queue, the rest in a worker. Answered by ``listing_ready`` with this
        generation; a request overtaken before its turn is not run."""
        self._listing_generation += 1
        generation = self._listing_generation
        self.stops.supersede(generation)
        path = self.catalog_path()
        if path is None:
            return generation
        searches = self.searches if request.query.searching else None

        def quick() -> Listing | None:
            if generation != self._listing_generation:
                return None
            return quick_listing(path, request)

        stop = self.stops.file_for(generation) if searches is not None else None

        def work() -> Listing | None:
            if generation != self._listing_generation:
                return None  # a newer request came while this one waited
            return list_work(path, request, searches, stop)

        def deliver_first(listing: Listing | None) -> None:
            if listing is not None and generation == self._listing_generation:
                self.listing_ready.emit(generation, listing)

        def deliver(listing: Listing | None) -> None:
            self.stops.done(generation)
            if listing is not None:
                self.listing_ready.emit(generation, listing)
            if self._background_pending:  # after this listing is painted
                QTimer.singleShot(0, self, self._start_background)

        if searches is None and not request.grouped:
            # A large listing's first screen at once (its rows and total: a few ms), then
            # the whole listing with its histogram and counts (a million rows: seconds).
            self.io_runner.submit(quick, deliver_first)
        elif searches is not None:  # a large library's top rows first, then the exact list
            self.search_runner.submit(
                lambda: quick_search(path, request, searches)
                if generation == self._listing_generation else None,
                deliver_first,
            )  # fmt: skip
        runner = self.search_runner if searches is not None else self.io_runner
        runner.submit(work, deliver, self._reporter(tr("Listing the articles")))
        return generation

    def fetch_hits(self, ids: list[str], needles: tuple[str, ...],
                   on_done: Callable[[list[SearchHit]], None]) -> None:  # fmt: skip
        """Snippets of list rows a search shows (asked as they scroll into view)."""
        searches = self.searches
        if searches is not None and ids:
            self.search_runner.submit(lambda: searches.call("hits", ids, needles), on_done,
                                      self._reporter(tr("Search")))  # fmt: skip

    def group_hits(self, hits: list[SearchHit], on_done: Callable[[list[SearchHit]], None]) -> None:
        """Search results one per story (read in a worker from the catalog's stories)."""
        self.read_in_worker(
            "stories",
            lambda db: group_hits(hits, stories_of(db, [h.id for h in hits])),
            on_done,  # type: ignore[arg-type]
        )

    def read_rows(self, ids: list[str], on_done: Callable[[dict[str, CatalogEntry]], None]) -> None:
        """The list's rows by id, read in a worker (the lazy list's chunks as they show)."""
        if (path := self.catalog_path()) is not None:
            self.io_runner.submit(lambda: rows_by_id(path, ids), on_done,
                                  self._reporter(tr("Listing the articles")))  # fmt: skip

    def read_in_worker(
        self,
        what: str,
        fn: Callable[[sqlite3.Connection], object],
        on_done: Callable[[object], None],
    ) -> None:
        """``fn`` reads the catalog database in a worker, on a read-only connection of its
        own (stories, timelines: small per call, but never on the GUI thread)."""
        path = self.catalog_path()
        if path is None:
            return

        def work() -> object:
            if not path.exists():
                return None
            catalog = Catalog(path, readonly=True)
            try:
                return fn(catalog.db)
            finally:
                catalog.close()

        self.io_runner.submit(work, on_done, self._reporter(what))

    def run_in_worker(self, what: str, fn: Callable[[], object],
                      on_done: Callable[[object], None] | None = None) -> None:  # fmt: skip
        """Other library-sized work (e.g. writing thousands of read marks) off the GUI thread."""
        self.io_runner.submit(fn, on_done, self._reporter(what))

    def write_in_order(self, what: str, fn: Callable[[], object],
                       on_done: Callable[[object], None] | None = None) -> None:  # fmt: skip
        """Read marks written off the GUI thread in the order asked (Mark All Read and its
        Undo never swap); waited for, never dropped, when the library closes."""
        self.write_runner.submit(fn, on_done, self._reporter(what))

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

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if (state == Qt.ApplicationState.ApplicationActive and self.searches is not None
                and not self._background_pending):  # fmt: skip
            self.update_index(automatic=True)  # for changes the folder watcher missed

    # -- indexing ------------------------------------------------------------------------------
    def update_index(self, rebuild: bool = False, *, automatic: bool = False) -> None:
        """Bring the index up to date with the folder. ``automatic`` updates (opening, file
        changes, coming back to the window) do not start after the reader cancelled one."""
        library, layout = self.library, self._layout
        if library is None or layout is None or (automatic and self._held):
            return
        self._held = False
        if self.indexing:
            self._again = True
            return
        self.indexing = True
        self.asked_by_reader = not automatic
        self._cancel.clear()
        self._abandon.clear()
        self._poll_ticks = 0
        self._listing_generation = 0
        self._poll.start()

        def progress(done: int, total: int, _path: str) -> None:
            with self._progress_lock:
                self._progress = (done, total)

        def work() -> UpdateSummary:  # this thread only waits on the indexer process's pipe
            return update_in_subprocess(
                library, layout, rebuild=rebuild, progress=progress,
                cancel=self._cancel.is_set, abandon=self._abandon.is_set,
            )  # fmt: skip

        self.index_runner.submit(work, self._update_done, self._update_failed)

    def cancel_update(self) -> None:
        """The reader's Cancel: the update stops at the next article, keeping what it did,
        and none starts by itself until the reader asks (Update Index)."""
        self._cancel.set()
        self._again = False
        self._held = True

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
            self.update_index(automatic=True)

    def _update_done(self, summary: object) -> None:
        assert isinstance(summary, UpdateSummary)
        self._finish()
        if summary.rebuilt_reason:  # the files were replaced: reopen lazily
            if self._catalog is not None:
                self._catalog.close()
                self._catalog = None
            if self.searches is not None:
                self.search_runner.submit(
                    self.searches.reset, None, self._reporter(tr("The search process"))
                )
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
        searches = self.searches
        if searches is None:
            return
        self.search_runner.submit(lambda: searches.search(query, options), on_done, on_error)

    def load_article(
        self,
        article_id: str,
        on_done: Callable[[Article], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if len(self.written_scripts) > 1000:
            self.written_scripts.clear()
        catalog = self.catalog()
        entry = catalog.entry(article_id) if catalog is not None else None
        if entry is None:
            on_error(FileNotFoundError(f"article {article_id} is not in the catalog"))
            return
        path, searches = entry.path, self.searches
        if searches is None:
            return

        # Parsed in the search process: the GUI process never imports the parser chain, and
        # no parsing thread takes the GIL from the GUI thread. Its script (the viewer's font)
        # too: OpenCC's tables are built there.
        def work() -> Article:
            article, self.written_scripts[article_id] = searches.article_script(path)
            return article

        self.io_runner.submit(work, on_done, on_error)

    def related(
        self,
        article_id: str,
        on_done: Callable[[list[SearchHit]], None],
        wanted: Callable[[], bool] = lambda: True,
    ) -> None:
        """Related coverage of an article, unless ``wanted()`` says (when its turn comes)
        that the reader has moved on: the search process then parses the next article
        sooner instead of answering for one already passed."""
        searches = self.searches
        if searches is None:
            return
        self.search_runner.submit(
            lambda: searches.related(article_id) if wanted() else [],
            on_done,
            self._reporter(tr("Related coverage")),
        )

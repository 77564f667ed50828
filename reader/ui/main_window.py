"""The main window: builds the panes, menus and toolbar, and wires signals in one place."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
)

from reader.core.article import Article
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.image_trust import trusted_images
from reader.core.paths import bundled_seeds_dir
from reader.core.readstate import ReadState
from reader.core.search.api import SearchHit, SearchResults
from reader.core.search.catalog import Catalog
from reader.core.search.layout import UpdateSummary
from reader.core.settings import Settings, save_settings
from reader.ui.article_list import ArticleListModel, ArticleListPane
from reader.ui.bookmarks_pane import BookmarksModel, BookmarksPane
from reader.ui.i18n import tr
from reader.ui.library_controller import LibraryController
from reader.ui.preferences import Preferences, PreferencesDialog
from reader.ui.search_pane import SearchPane, SearchRequest
from reader.ui.viewer import DARK, LIGHT, ViewerPane
from reader.ui.widgets import menu_text, plain_label, warn


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii")))
    except ValueError:
        return QByteArray()


class MainWindow(QMainWindow):
    article_shown = Signal(str)  # article id, once rendered (screenshots and tests wait on it)

    def __init__(
        self, settings: Settings, read_state: ReadState, bookmarks: BookmarkStore | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.read_state = read_state
        self.bookmarks = bookmarks or BookmarkStore()
        self.setWindowTitle(tr("Reader — offline news archive"))
        # Resolve the CJK fallback font at start-up, not at the first paint of Chinese text
        # (that lookup alone stalled the event loop ~50 ms in the middle of indexing).
        QFontMetrics(self.font()).horizontalAdvance("中文漢字新聞")
        self.controller = LibraryController(self)
        self.list_model = ArticleListModel(
            self.controller.catalog, read_state, is_bookmarked=self.bookmarks.has
        )
        self.list_pane = ArticleListPane(self.list_model)
        self.viewer = ViewerPane()
        self.search_pane = SearchPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.search_dock = QDockWidget(tr("&Search Library").replace("&", ""), self)
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search_pane)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.bookmarks_model = BookmarksModel(self.bookmarks, self._article_exists)
        self.bookmarks_pane = BookmarksPane(self.bookmarks_model)
        self.bookmarks_dock = QDockWidget(tr("Bookmarks"), self)
        self.bookmarks_dock.setObjectName("bookmarks-dock")
        self.bookmarks_dock.setWidget(self.bookmarks_pane)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.bookmarks_dock)
        self.tabifyDockWidget(self.search_dock, self.bookmarks_dock)
        self.search_dock.raise_()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.hide()
        self.count_label = plain_label()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._pending_needles: tuple[str, ...] = ()
        self._restore_scroll: int = 0
        self._loading_id: str | None = None
        self._listing_busy = False
        self._listing_again = False
        self._build_actions()
        self._wire()
        self._restore()

    # -- construction ---------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        menu: QMenu | None = None,
    ) -> QAction:
        action = QAction(tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self._action("&Open Library…", self.choose_library, "Ctrl+Shift+O", file_menu)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self._action("Open Bundled &Seeds", lambda: self.open_library(bundled_seeds_dir()),
                     None, file_menu)  # fmt: skip
        file_menu.addSeparator()
        self._action("&Print…", self.print_article, QKeySequence.StandardKey.Print, file_menu)
        self._action("&Export as PDF…", self.export_pdf, "Ctrl+Shift+E", file_menu)
        file_menu.addSeparator()
        self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, file_menu)

        edit = bar.addMenu(tr("&Edit"))
        self._action("&Search Library", self.focus_search, QKeySequence.StandardKey.Find, edit)
        search_k = QAction(self)
        search_k.setShortcut(QKeySequence("Ctrl+K"))
        search_k.triggered.connect(self.focus_search)
        self.addAction(search_k)
        self._action("&Find in Article…", self.viewer.find_bar.open, "Ctrl+Shift+F", edit)
        find_next = QKeySequence.StandardKey.FindNext
        self._action("Find &Next", lambda: self.viewer.next_hit(1), find_next,
                     edit)  # fmt: skip
        self._action("Find &Previous", lambda: self.viewer.next_hit(-1),
                     QKeySequence.StandardKey.FindPrevious, edit)  # fmt: skip
        edit.addSeparator()
        prefs = self._action("Pre&ferences…", self.open_preferences, "Ctrl+,", edit)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        view = bar.addMenu(tr("&View"))
        self._action("Zoom &In", lambda: self.set_zoom(self.viewer.zoom + 1),
                     QKeySequence.StandardKey.ZoomIn, view)  # fmt: skip
        self._action("Zoom &Out", lambda: self.set_zoom(self.viewer.zoom - 1),
                     QKeySequence.StandardKey.ZoomOut, view)  # fmt: skip
        self._action("&Actual Size", lambda: self.set_zoom(0), "Ctrl+0", view)
        view.addSeparator()
        self.dark_action = self._action("&Dark Theme", self.toggle_theme, None, view)
        self.dark_action.setCheckable(True)
        toggle = self.search_dock.toggleViewAction()
        toggle.setText(tr("Search &Pane"))
        view.addAction(toggle)

        article = bar.addMenu(tr("&Article"))
        self._action("&Next Article", lambda: self.list_pane.move_selection(1), "J", article)
        self._action("P&revious Article", lambda: self.list_pane.move_selection(-1), "K", article)
        self._action("Open &Original", self.open_original, "Ctrl+O", article)
        self._action("&Copy Link", self.copy_link, "Ctrl+Shift+C", article)
        self.bookmark_action = self._action("☆ &Bookmark", self.toggle_bookmark, "Ctrl+D", article)
        self.bookmark_action.setCheckable(True)
        self._action("Mark &Read/Unread", self.toggle_read, "M", article)
        self._action("Mark &All Read", self.mark_all_read, "Ctrl+Shift+M", article)
        article.addSeparator()
        self._action("Re&index Library", lambda: self.controller.update_index(rebuild=True),
                     None, article)  # fmt: skip
        space = QAction(self)
        space.setShortcut(QKeySequence(Qt.Key.Key_Space))
        space.triggered.connect(self.page_or_next)
        self.list_pane.view.addAction(space)
        space.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        help_menu = bar.addMenu(tr("&Help"))
        self._action("&About Reader", self.about, None, help_menu)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for act in self.findChildren(QAction):
            if act.text() in (tr("&Open Library…"), tr("Open &Original"), tr("Zoom &In"),
                              tr("Zoom &Out")):  # fmt: skip
                toolbar.addAction(act)
        toolbar.addAction(self.bookmark_action)
        toolbar.addAction(toggle)
        bookmarks_toggle = self.bookmarks_dock.toggleViewAction()
        view.addAction(bookmarks_toggle)
        toolbar.addAction(bookmarks_toggle)

    def _wire(self) -> None:
        c = self.controller
        c.catalog_changed.connect(self._catalog_changed)
        c.index_progress.connect(self._index_progress)
        c.index_finished.connect(self._index_finished)
        c.index_failed.connect(lambda msg: self.statusBar().showMessage(msg, 15000))
        self.cancel_button.clicked.connect(c.cancel_update)
        self.list_pane.article_selected.connect(self.load_article)
        self.search_pane.search_requested.connect(self.run_search)
        self.search_pane.hit_activated.connect(self.open_hit)
        self.viewer.link_hovered.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.viewer.related_clicked.connect(self.open_related)
        self.viewer.always_load_for_source.connect(self._always_load)
        self.bookmarks_pane.bookmark_opened.connect(self.open_bookmark)
        self.bookmarks_pane.changed.connect(self._bookmarks_changed)
        QGuiApplication.instance().applicationStateChanged.connect(self._app_state)  # type: ignore[union-attr]

    def _restore(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(_unb64(s.window_geometry))
        else:
            self.resize(1280, 800)
        if s.window_state:
            self.restoreState(_unb64(s.window_state))
        if s.splitter_sizes:
            self.splitter.setSizes(s.splitter_sizes)
        else:
            self.splitter.setSizes([460, 820])
        self.viewer.set_zoom(s.zoom)
        self.dark_action.setChecked(s.theme == "dark")
        self.apply_theme(s.theme)
        self.search_pane.set_recent(s.recent_searches)
        self.search_pane.sort_combo.setCurrentIndex(1 if s.search_sort == "date" else 0)
        self._rebuild_recent_menu()

    # -- library ---------------------------------------------------------------------------
    def open_library(self, path: Path) -> None:
        path = Path(path)
        if not path.is_dir():
            warn(self, tr("Open Library"), tr("Not a folder: {path}", path=str(path)))
            return
        is_seeds = path.resolve() == bundled_seeds_dir().resolve()
        if not is_seeds:
            self.settings.remember_library(str(path))
        else:
            self.settings.library = None
        self._rebuild_recent_menu()
        self.viewer.show_placeholder()
        self.controller.open_library(path)
        self.setWindowTitle(f"{path.name} — Reader")

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Open Library"))
        if folder:
            self.open_library(Path(folder))

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_libraries:
            act = self.recent_menu.addAction(menu_text(path))
            act.triggered.connect(lambda _c=False, p=path: self.open_library(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_libraries))

    def _catalog_changed(self) -> None:
        """Re-read the listing in a worker (24k sorted ids take longer than a frame)."""
        path = self.controller.catalog_path()
        if path is None or not path.exists():
            self.list_model.set_ids([])
            return
        if self._listing_busy:
            self._listing_again = True
            return
        self._listing_busy = True
        query = self.list_model.listing_query()

        def work() -> tuple[list[str], list[tuple[str, int]]]:
            catalog = Catalog(path, readonly=True)
            try:
                return query(catalog), catalog.sources()
            finally:
                catalog.close()

        self.controller.io_runner.submit(work, self._apply_listing, lambda _e: self._listing_done())

    def _listing_done(self) -> None:
        self._listing_busy = False
        if self._listing_again:
            self._listing_again = False
            self._catalog_changed()

    def _apply_listing(self, result: tuple[list[str], list[tuple[str, int]]]) -> None:
        self._listing_done()
        ids, sources = result
        current = self.list_pane.current_id() or self.settings.last_article
        self.list_model.set_ids(ids)
        self.list_pane.set_sources(sources)
        self.search_pane.set_sources(sources)
        self.count_label.setText(tr("{n} articles", n=self.list_model.rowCount()))
        if current and self.list_pane.current_id() != current:
            if self.list_pane.select_id(current, emit=current != self.viewer_article_id()):
                self._restore_scroll = self.settings.last_scroll
        elif not self.list_pane.current_id() and self.list_model.rowCount():
            self.list_pane.select_row(0)

    def viewer_article_id(self) -> str | None:
        return self.viewer.article.id if self.viewer.article else None

    def _index_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("Indexing {done}/{total}…", done=done, total=total))
        self.progress.show()
        self.cancel_button.show()

    def _index_finished(self, summary: UpdateSummary) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if summary.added or summary.updated or summary.removed or summary.rebuilt_reason:
            self.search_pane.rerun()  # results typed during indexing now see the new articles
        parts = []
        if summary.rebuilt_reason:
            parts.append(tr("Index rebuilt: {why}", why=summary.rebuilt_reason))
        if summary.added or summary.updated or summary.removed:
            parts.append(tr("Indexed {n} articles in {s:.1f} s",
                            n=summary.added + summary.updated, s=summary.seconds))  # fmt: skip
        if summary.problems:
            parts.append(tr("{n} files could not be read", n=summary.problems))
        if parts:
            self.statusBar().showMessage(" · ".join(parts), 12000)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.controller.index is not None:
            self.controller.update_index()  # fallback for changes the watcher missed

    # -- articles --------------------------------------------------------------------------
    def load_article(self, article_id: str, needles: tuple[str, ...] = ()) -> None:
        self._loading_id = article_id
        self._pending_needles = needles

        def done(article: Article) -> None:
            if article_id != self._loading_id:
                return  # the user moved on
            scroll, self._restore_scroll = self._restore_scroll, 0
            trusted = trusted_images(
                article.source, article.remote_images, self.settings.image_hosts_by_source
            )
            self.viewer.show_article(article, self._pending_needles, scroll, load_images=trusted)
            self.read_state.set_read([article_id])
            self.list_model.refresh_read_state([article_id])
            self.settings.last_article = article_id
            self._sync_bookmark_action()
            if self.bookmarks.has(article_id):  # keep the bookmark's last known path fresh
                self.bookmarks.update_paths({article_id: str(article.path)})
            self.controller.related(article_id, self._related_done(article_id))
            self.article_shown.emit(article_id)

        def failed(exc: BaseException) -> None:
            if article_id == self._loading_id:
                self.viewer.show_error(str(getattr(exc, "message", exc)))
                self.article_shown.emit(article_id)

        self.controller.load_article(article_id, done, failed)

    def _related_done(self, article_id: str):  # type: ignore[no-untyped-def]
        def show(hits: list[SearchHit]) -> None:
            if self.viewer_article_id() == article_id:
                self.viewer.set_related(hits)

        return show

    def open_hit(self, hit: SearchHit) -> None:
        needles = tuple(self.search_pane_needles)
        if not self.list_pane.select_id(hit.id, emit=False):
            self.list_pane.filter_edit.clear()
            self.list_pane.select_id(hit.id, emit=False)
        self.load_article(hit.id, needles)

    def open_related(self, article_id: str) -> None:
        self.list_pane.select_id(article_id, emit=False)
        self.load_article(article_id)

    search_pane_needles: tuple[str, ...] = ()

    def run_search(self, request: SearchRequest) -> None:
        def done(results: SearchResults) -> None:
            if self.search_pane.show_results(request.generation, results):
                self.search_pane_needles = results.needles
                if results.hits and request.query:
                    self.settings.remember_search(request.query)

        self.controller.search(
            request.query, request.options, done,
            lambda exc: self.search_pane.show_error(request.generation, str(exc)),
        )  # fmt: skip

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_pane.focus()

    def page_or_next(self) -> None:
        bar = self.viewer.browser.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep() - 40)
        else:
            self.list_pane.move_selection(1)

    def open_original(self) -> None:
        article = self.viewer.article
        if article and article.url:
            self.viewer.browser.open_link(QUrl(article.url))

    def copy_link(self) -> None:
        article = self.viewer.article
        if article and article.url:
            QApplication.clipboard().setText(article.url)

    def toggle_read(self) -> None:
        article_id = self.list_pane.current_id()
        if article_id:
            self.read_state.set_read([article_id], not self.read_state.is_read(article_id))
            self.list_model.refresh_read_state([article_id])

    def mark_all_read(self) -> None:
        catalog = self.controller.catalog()
        if catalog is not None:
            self.read_state.set_read(catalog.ids())
            self.list_model.refresh_read_state()

    # -- bookmarks ------------------------------------------------------------------------
    def _article_exists(self, article_id: str) -> bool:
        catalog = self.controller.catalog()
        return catalog is not None and catalog.entry(article_id) is not None

    def _sync_bookmark_action(self) -> None:
        article = self.viewer.article
        marked = article is not None and self.bookmarks.has(article.id)
        self.bookmark_action.setChecked(marked)
        self.bookmark_action.setText(("★ " if marked else "☆ ") + tr("&Bookmark").replace("&", ""))

    def toggle_bookmark(self) -> None:
        article = self.viewer.article
        if article is None:
            self._sync_bookmark_action()
            return
        if self.bookmarks.has(article.id):
            self.bookmarks.remove(article.id)
        else:
            published = article.published.isoformat() if article.published else None
            self.bookmarks.add(
                Bookmark(article.id, article.title, article.source, published, article.url,
                         str(article.path))
            )  # fmt: skip
        self._bookmarks_changed()

    def _bookmarks_changed(self) -> None:
        self._sync_bookmark_action()
        self.bookmarks_pane.refresh()
        self.list_model.refresh_read_state()

    def open_bookmark(self, bookmark: Bookmark) -> None:
        if self._article_exists(bookmark.article_id):
            if not self.list_pane.select_id(bookmark.article_id, emit=False):
                self.list_pane.filter_edit.clear()
                self.list_pane.select_id(bookmark.article_id, emit=False)
            self.load_article(bookmark.article_id)
        else:
            self._loading_id = None
            self.viewer.show_saved(bookmark)
            self._sync_bookmark_action()

    def _always_load(self, source: str, hosts: list[str]) -> None:
        rules = self.settings.image_hosts_by_source
        rules[source] = sorted(set(rules.get(source, [])) | set(hosts))

    # -- appearance and output --------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self.viewer.set_zoom(steps)
        self.settings.zoom = self.viewer.zoom

    def toggle_theme(self) -> None:
        self.apply_theme("dark" if self.dark_action.isChecked() else "light")

    def apply_theme(self, name: str) -> None:
        self.settings.theme = name
        theme = DARK if name == "dark" else LIGHT
        palette = QPalette()
        if name == "dark":
            for role, color in (
                (QPalette.ColorRole.Window, "#2b2c30"), (QPalette.ColorRole.WindowText, "#e6e4df"),
                (QPalette.ColorRole.Base, "#1f2023"), (QPalette.ColorRole.AlternateBase, "#26272b"),
                (QPalette.ColorRole.Text, "#e6e4df"), (QPalette.ColorRole.Button, "#34353a"),
                (QPalette.ColorRole.ButtonText, "#e6e4df"),
                (QPalette.ColorRole.Highlight, "#3d5a80"),
                (QPalette.ColorRole.HighlightedText, "#ffffff"),
                (QPalette.ColorRole.PlaceholderText, "#9a9aa0"),
            ):  # fmt: skip
                palette.setColor(role, color)
        QApplication.setPalette(palette)
        self.viewer.set_theme(theme)

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(Preferences.of(self.settings), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.chosen())

    def apply_preferences(self, chosen: Preferences) -> None:
        self.settings.language = chosen.language  # read at start-up (the dialog says so)
        self.settings.image_hosts_by_source = {
            source: list(hosts) for source, hosts in chosen.image_hosts_by_source
        }
        if chosen.theme != self.settings.theme:
            self.dark_action.setChecked(chosen.theme == "dark")
            self.apply_theme(chosen.theme)
        if chosen.zoom != self.viewer.zoom:
            self.set_zoom(chosen.zoom)
        self.save_state()

    def print_article(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.viewer.browser.document().print_(printer)

    def export_pdf(self, path: str | None = None) -> None:
        if not path:
            title = self.viewer.article.title if self.viewer.article else "article"
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export as PDF"), f"{title}.pdf", "PDF (*.pdf)"
            )
        if path:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
            self.viewer.browser.document().print_(printer)

    def about(self) -> None:
        text = tr("Reader is an offline reader for a local archive of saved news articles.")
        QMessageBox.about(self, tr("&About Reader").replace("&", ""), text)

    # -- shutdown ----------------------------------------------------------------------------
    def save_state(self) -> None:
        s = self.settings
        s.window_geometry = _b64(self.saveGeometry())
        s.window_state = _b64(self.saveState())
        s.splitter_sizes = list(self.splitter.sizes())
        s.last_scroll = self.viewer.browser.verticalScrollBar().value()
        s.search_sort = str(self.search_pane.sort_combo.currentData())
        save_settings(s)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.hide()
        # Views may still repaint while Qt shuts down: give them nothing to read before the
        # stores behind the models close.
        self.list_model.set_ids([])
        self.bookmarks_model.beginResetModel()
        self.bookmarks_model.items = []
        self.bookmarks_model.endResetModel()
        self.search_pane.model.set_hits([])
        self.controller.close_library()
        self.bookmarks.close()

"""The main window: builds the panes and wires their signals. No decisions live here.

Who decides what: the reading session (``session.py``) owns the current article, read marks
and bookmarks and announces every change with one ``changed`` signal; the library controller
(``library_controller.py``) owns the open library, its workers and processes; the panes show.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.archive.query import ListQuery
from reader.core.archive.selection import UserFiles
from reader.core.bookmarks import BookmarkStore
from reader.core.paths import bundled_seeds_dir
from reader.core.readstate import ReadState
from reader.core.saved.store import SavedSearchStore
from reader.core.search.layout import UpdateSummary
from reader.core.settings import Settings
from reader.core.sync.setup import Stores
from reader.ui.actions import SCRIPT_ACTIONS, build_actions, fill_recent_menu
from reader.ui.appearance import Looks, export_pdf, print_article
from reader.ui.article_list import ArticleListPane
from reader.ui.bookmark_editor import ask_details
from reader.ui.bookmarks_pane import BookmarksModel, BookmarksPane
from reader.ui.help_dialog import HelpDialog, show_about
from reader.ui.i18n import tr
from reader.ui.library_controller import LibraryController
from reader.ui.list_model import ArticleListModel
from reader.ui.listing import Listing
from reader.ui.navigation_pane import NavigationPane
from reader.ui.preferences import Preferences, PreferencesDialog
from reader.ui.reading_commands import ReadingCommands
from reader.ui.research_desk import ResearchDesk
from reader.ui.room_for_reading import RoomForReading
from reader.ui.saved_searches import SavedSearches
from reader.ui.search_pane import SearchPane
from reader.ui.session import Changed, OpenedArticle, ReadingSession
from reader.ui.sources_pane import SourcesPane
from reader.ui.status_bar import LibraryStatus
from reader.ui.sync_controller import SyncController
from reader.ui.sync_status import SyncStatus
from reader.ui.viewer import ViewerPane
from reader.ui.widgets import warn
from reader.ui.window_state import SettingsKeeper, remember_window, restore_window

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    article_shown = Signal(str)  # article id, once rendered (screenshots and tests wait on it)

    def __init__(
        self,
        settings: Settings,
        read_state: ReadState,
        bookmarks: BookmarkStore | None = None,
        saved_searches: SavedSearchStore | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.read_state = read_state
        self.bookmarks = bookmarks or BookmarkStore()
        self.library_name = ""  # the open library's folder name, in the window title
        # Resolve the CJK fallback font at start-up, not at the first paint of Chinese text
        # (that lookup alone stalled the event loop ~50 ms in the middle of indexing).
        QFontMetrics(self.font()).horizontalAdvance("中文漢字新聞")
        self.keeper = SettingsKeeper(settings, self)
        self.controller = LibraryController(self)
        self.session = ReadingSession(self.controller, settings, read_state, self.bookmarks, self)
        self.list_model = ArticleListModel(
            self.controller.catalog, self.session.is_read, self.session.is_bookmarked
        )
        self.list_pane = ArticleListPane(
            self.list_model, self.controller.request_listing, read_state.marks
        )
        self.sources_pane = SourcesPane()
        self.viewer = ViewerPane()
        # The one list at the center: the search bar and its histogram above the list.
        self.search_pane = SearchPane()
        self.navigation = NavigationPane()
        saved = saved_searches or SavedSearchStore()  # never refuses: store_notices() says
        self.saved = SavedSearches(self.controller, saved, self._user_files, self)
        self.list_pane.request_list = self.controller.request_list
        self.list_pane.user_files = self._user_files()
        self.list_model.fetch_hits = lambda ids: self.controller.fetch_hits(
            ids, self.list_model.needles, self.list_model.add_hits
        )
        self.list_model.fetch_rows = self.controller.read_rows  # never on the GUI thread
        self.viewer.known_script = self.controller.written_scripts.get
        self.search_pane.focus_list = lambda: self.list_pane.view.setFocus()
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.search_pane)
        column.addWidget(self.list_pane, 1)
        self.bookmarks_model = BookmarksModel(self.bookmarks, self.controller.has_article)
        self.bookmarks_pane = BookmarksPane(self.bookmarks_model)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the list a little...
        self.splitter.setStretchFactor(1, 3)  # ...and the article most
        self.setMinimumSize(800, 500)
        # A row's whole title, outlet and date on hover also while another window is active
        # (a list of cut titles showed no tooltip at all then, e.g. under Xvfb without a WM)
        self.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips)
        self.setCentralWidget(self.splitter)
        # One column on the left, tabbed: sources, search, bookmarks. The article keeps the
        # width (at 1280 px a right-hand search dock left it ~20 characters a line).
        # The sidebar: views and saved searches above, sources and bookmarks (tabbed) below.
        self.views_dock = self._dock("views-dock", self.navigation)
        self.sources_dock = self._dock("sources-dock", self.sources_pane)
        self.bookmarks_dock = self._dock("bookmarks-dock", self.bookmarks_pane)
        self.search_dock = self.views_dock  # (its old name: the View menu's first pane)
        self.tabifyDockWidget(self.sources_dock, self.bookmarks_dock)
        self.sources_dock.raise_()
        self.status = LibraryStatus(self.statusBar())
        self.actions_ = build_actions(
            self, self.list_pane.view, self.views_dock, self.bookmarks_dock, self.sources_dock
        )
        self.actions_.histogram_toggle.setChecked(True)
        self.actions_.group_by_story.setChecked(settings.group_by_story)
        self.list_model.grouped = settings.group_by_story
        self.commands = ReadingCommands(
            self, self.session, self.list_pane, self.viewer, self.status
        )
        # highlights, notes, citations, dossiers: reader/ui/research_desk.py
        self.research = ResearchDesk(self)
        self.notes_dock = self._dock("notes-dock", self.research.pane)
        self.tabifyDockWidget(self.bookmarks_dock, self.notes_dock)
        self.sources_dock.raise_()
        self.research.add_menu(self.notes_dock.toggleViewAction())
        self.research.notice.connect(lambda text: self.status.say(text, 8000))
        stores = Stores(read_state, self.bookmarks, self.research.store, saved)
        self.sync = SyncController(settings, stores, self._settings_merged, self)
        self.sync_status = SyncStatus(self.sync, self.statusBar())
        self._wire()
        restore_window(self, self.splitter, settings, self.sources_dock)
        self.room = RoomForReading(self, self.splitter, [self.views_dock, self.sources_dock,
                                   self.bookmarks_dock, self.notes_dock], self.viewer,
                                   self.list_pane, self.search_pane, settings)  # fmt: skip
        self.looks = Looks(self.viewer, settings, self.keeper, self.actions_)
        for model in (self.list_model, self.sources_pane.model, self.bookmarks_model,
                      self.research.pane.model, self.search_pane.strip):  # fmt: skip
            model.set_shown_text(self.looks.shown)  # Show Text As for the articles' words
        self.search_pane.set_recent(settings.recent_searches)
        self.search_pane.sort_combo.setCurrentIndex(1 if settings.search_sort == "date" else 0)
        self._rebuild_recent_menu()
        self.retranslate()
        self.sync.start()  # after the looks: a merge may change them

    def retranslate(self) -> None:
        """The window's own words in the current language (each pane does its own on the same
        LanguageChange). Dock titles first: a dock resets its menu action's text to its title."""
        if self.library_name:
            self.setWindowTitle(tr("{library} — Reader", library=self.library_name))
        else:
            self.setWindowTitle(tr("Reader — offline news archive"))
        self.sources_dock.setWindowTitle(tr("Sources"))
        self.views_dock.setWindowTitle(tr("Views"))
        self.bookmarks_dock.setWindowTitle(tr("Bookmarks"))
        if hasattr(self, "research"):
            self.notes_dock.setWindowTitle(tr("Notes"))
            self.research.retranslate()
        self.actions_.retranslate()
        self.status.retranslate()
        if hasattr(self, "sync_status"):  # a LanguageChange may come while the window is built
            self.sync_status.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _chrome(self) -> list[QWidget]:
        """What focus mode hides: everything but the article."""
        return [self.list_pane, self.search_pane, self.sources_dock, self.views_dock,
                self.bookmarks_dock, self.notes_dock, self.actions_.toolbar]  # fmt: skip

    def _dock(self, name: str, pane: object) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(pane)  # type: ignore[arg-type]
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    def _wire(self) -> None:
        c, s, a, status = self.controller, self.session, self.actions_, self.status
        c.catalog_changed.connect(self.list_pane.reload)
        c.listing_ready.connect(self.list_pane.show_listing)
        c.index_progress.connect(status.index_progress)
        c.index_progress.connect(self.search_pane.index_progress)
        c.index_finished.connect(status.index_finished)
        c.index_finished.connect(self.search_pane.index_changed)
        c.index_failed.connect(status.index_failed)
        c.index_failed.connect(self.search_pane.index_stopped)
        c.failed.connect(lambda msg: status.say(msg, 20_000))
        status.cancel_requested.connect(c.cancel_update)
        self.list_pane.listing_shown.connect(self._listing_shown)
        self.list_pane.context_menu_requested.connect(self.commands.list_menu)
        self.sources_pane.source_chosen.connect(self.list_model.set_source)
        self.sources_pane.unread_only_changed.connect(self.list_model.set_unread_only)
        self.list_pane.article_selected.connect(  # a search's rows open at their matches
            lambda article_id: s.open(article_id, self.list_model.needles)
        )
        self.list_pane.story_selected.connect(s.open_story)
        s.story_opened.connect(self.viewer.show_story)
        s.story_context_found.connect(lambda _id, context: self.viewer.set_story_context(context))
        self.viewer.story_clicked.connect(self.commands.open_story)
        s.position = self.viewer.reading_position
        s.article_opened.connect(self._article_opened)
        s.article_failed.connect(self._article_failed)
        s.bookmark_shown.connect(self.viewer.show_saved)
        s.bookmark_shown.connect(lambda _b: self._sync_bookmark_action())
        s.related_found.connect(lambda _id, hits: self.viewer.set_related(hits))
        for view in (self.list_pane, self.bookmarks_pane):  # each redraws what concerns it
            s.changed.connect(view.session_changed)
        s.changed.connect(lambda _change: self._sync_bookmark_action())
        s.unread_shifted.connect(self.sources_pane.model.adjust_unread)
        s.undo_changed.connect(a.show_undo)
        s.notice.connect(status.say)
        self.search_pane.query_changed.connect(self._search_changed)
        self.search_pane.save_requested.connect(
            lambda: self.saved.save(self, self.list_model.list_query(), self.list_model.ids)
        )
        self.navigation.view_chosen.connect(self._view_chosen)
        self.navigation.remove_requested.connect(self.saved.remove)
        self.navigation.rename_requested.connect(lambda name: self.saved.rename(self, name))
        self.saved.counted.connect(self.navigation.show_saved)
        self.saved.notice.connect(status.say)
        c.index_finished.connect(lambda _s: self.saved.refresh())
        c.index_finished.connect(self._index_finished)
        self.actions_.histogram_toggle.toggled.connect(self._show_histogram)
        s.changed.connect(self._tags_changed)
        self.search_pane.query_answered.connect(s.remember_search)
        s.settings_changed.connect(self.keeper.changed)
        self.keeper.saved.connect(self.sync.settings_saved)
        self.sync.merged.connect(
            lambda report: s.merged(
                report.applied.get("read", ()), report.applied.get("bookmark", ())
            )
        )
        self.sync.merged.connect(
            lambda report: self.research.merged() if report.applied.get("highlight") else None
        )
        self.sync.merged.connect(
            lambda report: self.saved.refresh() if report.applied.get("saved_search") else None
        )
        self.sync.failed.connect(lambda msg: status.say(msg, 20_000))
        s.changed.connect(lambda _change: self.sync.check())
        self.saved.stored.connect(self.sync.check)
        self.search_pane.edit.textEdited.connect(lambda _text: c.prepare_search())
        self.viewer.link_hovered.connect(lambda text: status.say(text, 4000))
        self.viewer.related_clicked.connect(self.commands.open_article)
        self.viewer.always_load_for_source.connect(s.trust_image_hosts)
        self.bookmarks_pane.bookmark_opened.connect(self.commands.open_bookmark)
        self.bookmarks_pane.changed.connect(s.bookmarks_edited)
        self.bookmarks_pane.status.connect(status.say)
        for action, slot in (
            (a.open_library, self.choose_library),
            (a.open_seeds, lambda: self.open_library(bundled_seeds_dir())),
            (a.print_article, lambda: print_article(self, self.viewer, self.settings, self.keeper)),
            (a.export_pdf, lambda: self.export_pdf()),
            (a.quit, self.close),
            (a.undo, s.undo),
            (a.search, lambda: self.commands.focus_search(self.search_pane)),
            (a.find_in_article, self.viewer.find_bar.open),
            (a.find_next, lambda: self.viewer.next_hit(1)),
            (a.find_previous, lambda: self.viewer.next_hit(-1)),
            (a.preferences, self.open_preferences),
            (a.zoom_in, lambda: self.looks.set_zoom(self.viewer.zoom + 1)),
            (a.zoom_out, lambda: self.looks.set_zoom(self.viewer.zoom - 1)),
            (a.zoom_reset, lambda: self.looks.set_zoom(0)),
            (a.dark_theme, lambda: self.looks.toggle_theme()),
            (a.next_article, lambda: self.list_pane.move_selection(1)),
            (a.previous_article, lambda: self.list_pane.move_selection(-1)),
            (a.open_original, self.commands.open_original),
            (a.copy_link, self.commands.copy_link),
            (a.bookmark, self.toggle_bookmark),
            (a.toggle_read, self.commands.toggle_read),
            (a.mark_all_read, self.commands.mark_all_read),
            (a.reindex, self.commands.reindex), (a.update_index, lambda: c.update_index()),
            (a.page_down, self.commands.page_or_next),
            (a.about, lambda: show_about(self)),
            (a.next_unread, self.commands.next_unread),
            (a.group_by_story, lambda: self.commands.group_by_story(a.group_by_story.isChecked())),
            (a.shortcuts_help, lambda: HelpDialog(self).exec()),
            (a.full_screen, lambda: self.commands.set_full_screen(a.full_screen.isChecked())),
            (a.focus_mode, lambda: self.commands.set_focus_mode(a.focus_mode.isChecked(),
                                                                 self._chrome())),
        ):  # fmt: skip
            action.triggered.connect(slot)
        self.viewer.script_bar.as_written.clicked.connect(a.script_as_written.trigger)
        for name, script in SCRIPT_ACTIONS.items():
            a.action(name).triggered.connect(lambda _on=False, s=script: self.looks.set_script(s))

    # -- library ---------------------------------------------------------------------------
    def open_library(self, path: Path) -> None:
        path = Path(path)
        if not path.is_dir():
            warn(self, tr("Open Library"), tr("Not a folder: {path}", path=str(path)))
            return
        self.session.remember_position()
        if path.resolve() == bundled_seeds_dir().resolve():
            self.settings.library = None
        else:
            self.settings.remember_library(str(path))
        self.keeper.changed()
        self._rebuild_recent_menu()
        self.session.forget_library()
        self.list_model.set_ids([])
        self.list_pane.restore_id = self.settings.last_article
        self.viewer.show_placeholder()
        self.search_pane.library_changed()
        self.status.library_opened()
        self.controller.open_library(path)
        self.saved.refresh()  # names at once; counts once the search process answers
        self.navigation.show_tags(self.bookmarks.tags())
        self.library_name = path.name
        self.setWindowTitle(tr("{library} — Reader", library=path.name))

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Open Library"), str(Path.home()))
        if folder:
            self.open_library(Path(folder))

    def _rebuild_recent_menu(self) -> None:
        fill_recent_menu(self.actions_.recent_menu, self.settings.recent_libraries,
                         lambda path: self.open_library(Path(path)))  # fmt: skip

    # -- reading -------------------------------------------------------------------------------
    def _article_opened(self, opened: OpenedArticle) -> None:
        self.viewer.show_opened(opened)
        self._sync_bookmark_action()
        self.keeper.changed()
        self.article_shown.emit(opened.article.id)

    def _article_failed(self, article_id: str, message: str) -> None:
        self.viewer.show_error(message)
        self.article_shown.emit(article_id)

    def _listing_shown(self, listing: Listing) -> None:
        self.status.listed(listing.articles, sum(s.total for s in listing.sources))
        self.sources_pane.show_sources(listing.sources)
        self.search_pane.show_listing(listing, len(listing.ids))
        self.saved.listed(self.list_model.ids)

    # -- the one list: the search bar and the sidebar's views filter it ------------------------
    def _user_files(self) -> UserFiles:
        return UserFiles(self.read_state.path, self.bookmarks.path)

    def store_notices(self) -> list[str]:
        """What happened to the files of the stores this window opened (a damaged file
        restored, one shown read-only): the start says them with the others'."""
        stores = (self.bookmarks, self.read_state, self.research.store, self.saved.store)
        return [store.notice for store in stores if store is not None and store.notice]

    def _search_changed(self) -> None:
        bar, model = self.search_pane, self.list_model
        since, until, preset = bar.days()
        model.order, model.by, model.by_source = (
            bar.order(),
            bar.bucket(),
            bar.by_source.isChecked(),
        )
        model.search = model.search.with_changes(text=bar.text(), since=since, until=until,
                                                 preset=preset)  # fmt: skip
        self.list_pane.reload()

    def _view_chosen(self, query: ListQuery, saved_name: str | None) -> None:
        """A smart view, saved search or tag: the list shows it (its matches are then seen)."""
        self.saved.opening = saved_name
        self.search_pane.blockSignals(True)
        self.search_pane.set_query(query.text, query.since, query.until, query.preset)
        self.search_pane.blockSignals(False)
        self.sources_pane.unread_only.blockSignals(True)
        self.sources_pane.unread_only.setChecked(query.unread_only)
        self.sources_pane.unread_only.blockSignals(False)
        self.list_model.unread_only = query.unread_only
        self.list_model.set_filter(self.list_model._filter_text, query.sources or None)
        self.list_model.search = query.with_changes(sources=(), unread_only=False)
        self._search_changed()

    def _tags_changed(self, change: Changed) -> None:
        """The sidebar's tags follow bookmark changes (not each read mark: a query on the GUI
        thread for every article opened)."""
        if change.bookmarks or change.everything:
            self.navigation.show_tags(self.bookmarks.tags())

    def _show_histogram(self, shown: bool) -> None:
        self.search_pane.strip.setVisible(shown)

    def _index_finished(self, summary: UpdateSummary) -> None:
        """F5 that found nothing new says so (an automatic update stays quiet)."""
        if self.controller.asked_by_reader and not (
            summary.added or summary.updated or summary.removed or summary.repaired
            or summary.rebuilt_reason or summary.cancelled
        ):  # fmt: skip
            self.status.say(tr("Nothing changed in the library: %Ln article(s), all indexed",
                               None, summary.articles))  # fmt: skip

    def _sync_bookmark_action(self) -> None:
        article = self.session.current
        self.actions_.show_bookmarked(
            article is not None and self.session.is_bookmarked(article.id)
        )

    def toggle_bookmark(self) -> None:
        made = self.session.toggle_bookmark()
        self._sync_bookmark_action()
        if made is not None:  # saved already; its tags and note are asked for beside it
            tags = [tag for tag, _count in self.bookmarks.tags()]
            shown = replace(made, title=self.looks.shown.text(made.title))  # Show Text As
            self.bookmark_editor = ask_details(self, shown, tags, self.session.set_bookmark_details,
                                               self.toggle_bookmark)  # fmt: skip

    # -- appearance and output -----------------------------------------------------------------
    def open_preferences(self) -> None:
        dialog = PreferencesDialog(Preferences.of(self.settings), self)
        dialog.changed.connect(self.looks.apply_preferences)  # at once; Cancel: the original
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.looks.apply_preferences(dialog.chosen())
            self.sync.set_folder(dialog.chosen().sync_folder)
        self.save_state()

    def export_pdf(self, path: str | None = None) -> None:
        if written := export_pdf(self, self.viewer, path, self.settings, self.keeper):
            self.status.say(tr("Saved {path}", path=written))

    def _settings_merged(self, names: set[str]) -> None:
        """A sync merge changed the person's settings: show them, save them."""
        self.looks.show_merged(names)
        if "group_by_story" in names:
            self.actions_.group_by_story.setChecked(self.settings.group_by_story)
            self.commands.group_by_story(self.settings.group_by_story)
        if "search_sort" in names:
            self.search_pane.sort_combo.setCurrentIndex(int(self.settings.search_sort == "date"))

    # -- shutdown ----------------------------------------------------------------------------
    def save_state(self) -> None:
        self.session.remember_position()
        remember_window(self, self.splitter, self.settings)
        self.settings.splitter_sizes = self.room.saved_sizes() or self.settings.splitter_sizes
        self.settings.search_sort = str(self.search_pane.sort_combo.currentData())
        if not self.keeper.save_now():
            self.status.say(self.keeper.error, 20_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        self.hide()
        # Views may still repaint while Qt shuts down: give them nothing to read before the
        # stores behind the models close.
        self.list_model.set_ids([])
        self.search_pane.timer.stop()  # a search typed a moment ago is not run any more
        self.bookmarks_model.beginResetModel()
        self.bookmarks_model.items = []
        self.bookmarks_model.endResetModel()
        self.controller.close_library()
        self.sync.stop()
        self.research.close()
        self.bookmarks_pane.shutdown()  # an export or import still running finishes first
        self.bookmarks.close()

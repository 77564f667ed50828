"""The research desk in the window: highlights and notes (the one owner of the highlights
store: every change goes through here and is announced with ``changed``), the Notes pane,
citations to the clipboard and to files, and dossiers.

Library-sized or CPU work runs in the library controller's workers: placing highlights in the
catalog's text, gathering references (articles parsed by the search process), formatting with
citeproc-py (imported there on first use, never at start-up), building a dossier. The PDF is
laid out on the GUI thread (QTextDocument), as Export as PDF does.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from reader.core.annotations.anchor import Anchor
from reader.core.annotations.placing import NoteRowSource, new_highlight
from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.storage import StorageError
from reader.core.stories.timeline import StoryContext, StoryTimeline
from reader.ui.highlight_layer import HighlightLayer
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.note_dialog import NoteDialog
from reader.ui.notes_pane import NoteRow, NotesPane
from reader.ui.widgets import warn

if TYPE_CHECKING:
    from reader.core.article import Article
    from reader.core.search.catalog import CatalogEntry
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)
MENU = QT_TR_NOOP("&Research")
ACTIONS = (
    ("highlight", QT_TR_NOOP("&Highlight Selection"), "Ctrl+Shift+H"),
    ("highlight_note", QT_TR_NOOP("Highlight with &Note…"), "Ctrl+Shift+N"),
    ("restore", QT_TR_NOOP("&Restore Removed Highlight"), ""),
    ("cite_chicago", QT_TR_NOOP("Copy Citation (&Chicago)"), "Ctrl+Shift+I"),
    ("cite_apa", QT_TR_NOOP("Copy Citation (&APA)"), ""),
    ("export_citations", QT_TR_NOOP("E&xport Citations…"), ""),
    ("export_dossier", QT_TR_NOOP("Export Story as &Dossier…"), ""),
)


class ResearchDesk(QObject):
    changed = Signal(object)  # frozenset of the article ids whose highlights changed
    notice = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session, self.controller = window.session, window.controller
        self.viewer = window.viewer
        self.store: HighlightStore | None = None
        self.failure = ""  # why there are no highlights this session (words)
        try:
            self.store = HighlightStore()
        except (StorageError, RuntimeError) as exc:
            self.failure = str(exc)
        self.removed: Highlight | None = None  # the last removal, for Restore
        self.story_id: str | None = None  # the story on screen (its timeline, or the article's)
        self.story_title = ""  # ... and its title
        self._generation = 0  # of the Notes pane's rows: older answers are dropped
        self.layer = HighlightLayer(self.viewer, self._add, self.edit, self.remove)
        self.pane = NotesPane()
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu(window)
        self._build_menu()
        self._wire()

    # -- wiring --------------------------------------------------------------------------
    def _build_menu(self) -> None:
        for name, _words, key in ACTIONS:
            action = QAction(self.window)
            if key:
                action.setShortcut(QKeySequence(key))
            self.window.addAction(action)
            self.actions[name] = action
        for name in ("highlight", "highlight_note", "restore"):
            self.menu.addAction(self.actions[name])
        self.menu.addSeparator()
        for name in ("cite_chicago", "cite_apa", "export_citations", "export_dossier"):
            self.menu.addAction(self.actions[name])
        self.actions["restore"].setEnabled(False)

    def add_menu(self, dock_toggle: QAction) -> None:
        """The Research menu before Help, with the Notes pane's show/hide action."""
        self.menu.insertAction(self.actions["restore"], dock_toggle)
        bar = self.window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, self.menu) if help_menu else bar.addMenu(self.menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(tr(MENU))
        for name, words, _key in ACTIONS:
            self.actions[name].setText(tr(words))

    def _wire(self) -> None:
        s, a = self.session, self.actions
        self.window.article_shown.connect(self._article_shown)  # once the viewer has it
        s.story_opened.connect(self._story_opened)
        s.story_context_found.connect(self._story_context)
        # Bookmark tags group the pane too (a read mark does not: at each article opened the
        # pane was placed again in a worker and regrouped on the GUI thread).
        s.changed.connect(lambda change: self.reload() if change.bookmarks or change.everything
                          else None)  # fmt: skip
        self.controller.index_finished.connect(lambda _summary: self.reload())
        self.controller.catalog_changed.connect(self.reload)
        self.pane.highlight_opened.connect(self.open_highlight)
        self.pane.export_requested.connect(self.export_highlights)
        self.pane.import_requested.connect(self.import_highlights)
        self.changed.connect(lambda _ids: self.reload())
        a["highlight"].triggered.connect(lambda: self._highlight_selection(False))
        a["highlight_note"].triggered.connect(lambda: self._highlight_selection(True))
        a["restore"].triggered.connect(self.restore)
        a["cite_chicago"].triggered.connect(lambda: self.copy_citation("chicago"))
        a["cite_apa"].triggered.connect(lambda: self.copy_citation("apa"))
        a["export_citations"].triggered.connect(self.export_citations)
        a["export_dossier"].triggered.connect(self.export_dossier)

    def _article_shown(self, article_id: str) -> None:
        self.story_id, self.story_title = None, ""
        shown = self.viewer.article
        self.layer.show([] if shown is None or self.store is None or shown.id != article_id
                        else self.store.for_article(article_id))  # fmt: skip

    def _story_opened(self, line: StoryTimeline) -> None:
        self.story_id, self.story_title = line.summary.id, line.summary.title

    def _story_context(self, article_id: str, context: StoryContext) -> None:
        current = self.session.current
        if current is not None and current.id == article_id and context.story is not None:
            self.story_id, self.story_title = context.story.id, context.story.title

    def _show_for(self, article_id: str) -> None:
        items = self.store.for_article(article_id) if self.store is not None else []
        self.layer.show(items)

    # -- changing highlights (the only way the window changes the store) -----------------
    def _stored(self, change: Callable[[], object]) -> object | None:
        if self.store is None:
            self.notice.emit(self.failure)
            return None
        try:
            return change()
        except StorageError as exc:  # the disk refused: nothing changed; say so
            self.notice.emit(str(exc))
            warn(self.window, tr("Highlights"), str(exc))
            return None

    def merged(self) -> None:
        """A sync merge changed highlights: shown again on the open article, the Notes pane
        reloaded."""
        current = self.session.current
        self._announce(*(() if current is None else (current.id,)))

    def _announce(self, *article_ids: str) -> None:
        current = self.session.current
        if current is not None and current.id in article_ids:
            self._show_for(current.id)
        self.changed.emit(frozenset(article_ids))

    def _highlight_selection(self, with_note: bool) -> None:
        if not self.layer.add_selection("yellow", with_note):
            self.notice.emit(tr("Select words of the article's text to highlight them."))

    def _add(self, anchor: Anchor, color: str, with_note: bool) -> None:
        article = self.session.current
        if article is None:
            return
        note, tags = "", list[str]()
        if with_note:
            dialog = NoteDialog(anchor.exact, color=color, parent=self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            note, color, tags = dialog.chosen()
        made = new_highlight(anchor, article.id, note=note, color=color, tags=tags)
        made.title, made.source, made.url, made.path = (article.title, article.source,
                                                        article.url, str(article.path))  # fmt: skip
        made.published = article.published.isoformat() if article.published else None
        store = self.store
        if self._stored(lambda: store.add(made) if store else None) is not None:
            self._announce(article.id)

    def edit(self, highlight: Highlight) -> None:
        dialog = NoteDialog(highlight.exact, highlight.note, highlight.color, highlight.tags,
                            self.window)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, color, tags = dialog.chosen()
        store = self.store
        done = self._stored(lambda: store.edit(highlight.id, note=note, color=color, tags=tags)
                            if store else None)  # fmt: skip
        if done is not None:
            self._announce(highlight.article_id)

    def remove(self, highlight: Highlight) -> None:
        store = self.store
        removed = self._stored(lambda: store.remove(highlight.id) if store else None)
        if isinstance(removed, Highlight):
            self.removed = removed
            self.actions["restore"].setEnabled(True)
            self.notice.emit(tr("Highlight removed (Research › Restore Removed Highlight)."))
            self._announce(highlight.article_id)

    def restore(self) -> None:
        removed, store = self.removed, self.store
        if removed is None or store is None:
            return
        if self._stored(lambda: store.add(removed)) is not None:
            self.removed = None
            self.actions["restore"].setEnabled(False)
            self._announce(removed.article_id)

    # -- the Notes pane ------------------------------------------------------------------
    def reload(self) -> None:
        """Place every highlight in the library's current text (a worker), then show them."""
        if self.store is None:
            return
        self._generation += 1
        generation = self._generation
        highlights = self.store.list_highlights()
        marks = self.session.bookmarks.list_bookmarks()
        source = NoteRowSource(highlights, {b.article_id: b.tags for b in marks})
        path = self.controller.catalog_path()

        def work() -> list[NoteRow]:
            from reader.core.search.catalog import Catalog

            if path is None or not path.exists():
                return [NoteRow(p, None, tags) for p, tags in source.unplaced()]
            catalog = Catalog(path, readonly=True)
            try:
                return [NoteRow(p, story, tags) for p, story, tags in source.placed(catalog)]
            except sqlite3.Error as exc:  # a catalog being built or replaced: try later
                log.warning("placing highlights: %s", exc)
                return [NoteRow(p, None, tags) for p, tags in source.unplaced()]
            finally:
                catalog.close()

        def show(rows: object) -> None:
            if generation == self._generation and isinstance(rows, list):
                self.pane.show_rows(rows)

        self.controller.run_in_worker(tr("Placing highlights"), work, show)

    def open_highlight(self, highlight: Highlight) -> None:
        if self.controller.has_article(highlight.article_id):
            self.layer.pending = highlight.id
            current = self.session.current
            if current is not None and current.id == highlight.article_id:
                self.layer.reveal(highlight.id)
                self.layer.pending = None
            else:
                self.window.commands.open_article(highlight.article_id)
        else:
            self.notice.emit(tr("The article of this highlight is not in the open library."))

    def export_highlights(self, kind: str) -> None:
        from reader.ui.research_files import export_highlights

        export_highlights(self, kind)

    def import_highlights(self) -> None:
        from reader.ui.research_files import import_highlights

        import_highlights(self)

    # -- citations and dossiers (reader/ui/research_files.py) ----------------------------
    def copy_citation(self, style: str) -> None:
        article = self.session.current
        if article is None:
            self.notice.emit(tr("Open an article to cite it."))
            return
        mark = self.session.bookmarks.get(article.id)
        highlights = self.store.for_article(article.id) if self.store else []

        def work() -> tuple[str, str]:
            from reader.core.citations.gather import reference_of
            from reader.core.citations.styled import cite

            ref = reference_of(article.id, article=article, bookmark=mark, highlights=highlights)
            assert ref is not None
            return cite(ref, style), cite(ref, style, html=True)

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            data = QMimeData()
            data.setText(result[0])
            data.setHtml(result[1])
            QGuiApplication.clipboard().setMimeData(data)
            self.notice.emit(tr("Copied: {citation}", citation=result[0]))

        self.controller.run_in_worker(tr("Formatting the citation"), work, done)

    def export_citations(self) -> None:
        from reader.ui.research_files import export_citations

        export_citations(self)

    def export_dossier(self) -> None:
        from reader.ui.research_files import export_dossier

        export_dossier(self)

    def loader(self) -> Callable[[CatalogEntry], Article | None]:
        """Articles parsed by the search process (the window never parses), for workers."""
        searches = self.controller.searches

        def load(entry: CatalogEntry) -> Article | None:
            if searches is None:
                return None
            try:
                return searches.article(entry.path)
            except Exception as exc:  # a file gone or unreadable: its catalog row serves
                log.info("citing %s from its catalog row: %s", entry.id, exc)
                return None

        return load

    def save_path(self, title: str, name: str, suffix: str, filters: str,
                  fallback: str) -> Path | None:  # fmt: skip
        """Where to save: the dialog starts in the last folder used, with a file name made
        from ``name`` (an article's, story's or tag's title; ``fallback`` if none is left)."""
        from reader.ui.save_dialogs import ask_save_path

        window = self.window
        return ask_save_path(window, window.settings, window.keeper, title, name, suffix,
                             filters, fallback)  # fmt: skip

    def open_path(self, title: str, filters: str) -> Path | None:
        from reader.ui.save_dialogs import ask_open_path

        window = self.window
        return ask_open_path(window, window.settings, window.keeper, title, filters)

    def parent_widget(self) -> QWidget:
        return self.window

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

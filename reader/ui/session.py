"""The reading session: the one owner of what is being read and what the reader marked.

Anki's pattern: an operation changes state, then one signal tells every view what changed.
Panes never fan a change out to each other: the list, the viewer, the bookmarks pane and the
toolbar all listen to ``changed`` and redraw what concerns them. No widgets here.
"""

from __future__ import annotations

import logging
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.core.article import Article
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.image_trust import trust, trusted_images
from reader.core.readstate import ReadState
from reader.core.search.api import SearchHit
from reader.core.search.catalog import Catalog
from reader.core.settings import Settings
from reader.core.storage import StorageError
from reader.core.stories.grouping import STORY_ROW
from reader.core.stories.timeline import StoryContext, StoryTimeline, story_context, timeline
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.library_controller import LibraryController

log = logging.getLogger(__name__)
PARSED_KEPT = 16  # articles kept parsed for the session: going back never re-reads a file
INLINE_MARKS = 200  # more read marks than this are written in a worker (24k: 52 ms, 100k: 0.23 s)


@dataclass(frozen=True)
class Changed:
    """What an operation changed, for the views that show it."""

    read: frozenset[str] = frozenset()  # ids whose read mark changed
    bookmarks: frozenset[str] = frozenset()  # ids bookmarked, unbookmarked or edited
    everything: bool = False  # too many to list: redraw all rows


def shift_of(path: Path | None, ids: Sequence[str], read: bool) -> dict[str, int]:
    """How each source's unread count moves when ``ids`` (all flipped) are marked ``read``
    (a worker's: one grouped query per 500 ids)."""
    if path is None or not path.exists():
        return {}
    catalog = Catalog(path, readonly=True)
    try:
        return {s: (-n if read else n) for s, n in catalog.sources_of(ids).items()}
    finally:
        catalog.close()


@dataclass(frozen=True)
class OpenedArticle:
    article: Article
    needles: tuple[str, ...] = ()  # folded search needles to highlight
    scroll: float = 0.0  # where to start reading, as a fraction of its height (0: the top)
    load_images: tuple[str, ...] = ()  # remote images whose hosts the reader trusted


REMOVE_BOOKMARK = QT_TR_NOOP("Remove Bookmark")  # what Edit › Undo undoes


@dataclass
class _MarkOperation:
    description: str
    ids: list[str] = field(default_factory=list)  # the ids whose mark it flipped
    read: bool = True


@dataclass
class _BookmarkRemoval:
    """Ctrl+D on a bookmarked article removes it, tags and note too: undoable."""

    bookmark: Bookmark
    description: str = REMOVE_BOOKMARK


class ReadingSession(QObject):
    article_opened = Signal(object)  # OpenedArticle
    article_failed = Signal(str, str)  # article id, message for the reader
    bookmark_shown = Signal(object)  # a Bookmark whose article file is gone
    changed = Signal(object)  # Changed
    unread_shifted = Signal(object)  # {source: change in its unread count}, for a few marks
    related_found = Signal(str, object)  # article id, list[SearchHit] (before stories exist)
    story_context_found = Signal(str, object)  # article id, StoryContext
    story_opened = Signal(object)  # StoryTimeline
    undo_changed = Signal(str)  # what Undo would undo ("" = nothing)
    notice = Signal(str)  # a sentence for the status bar
    settings_changed = Signal()  # a setting the session keeps changed: save it

    def __init__(
        self,
        library: LibraryController,
        settings: Settings,
        read_state: ReadState,
        bookmarks: BookmarkStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.read_state = read_state
        self.bookmarks = bookmarks
        self.current: Article | None = None
        self._opening: str | None = None  # the id asked for last: older answers are dropped
        self._parsed: OrderedDict[str, Article] = OrderedDict()
        self._undo: _MarkOperation | _BookmarkRemoval | None = None
        # The bookmarked ids, read once and forgotten at each bookmark change: the list asks
        # for every row it paints, and a query per row (each giving the GIL up, then waiting
        # for it) was a third of the samples of the list's paints under load (24k, load 14).
        self._bookmarked: set[str] | None = None
        self.changed.connect(self._bookmarks_changed)
        bookmarks.listeners.append(lambda _ids: self._forget_bookmarked())
        self.position: Callable[[], float] = lambda: 0.0  # the viewer's, set when wiring

    # -- reading -------------------------------------------------------------------------------
    def open(self, article_id: str, needles: Sequence[str] = ()) -> None:
        """Open an article (parsed off the GUI thread, once per session) and mark it read.

        It opens where the reader left it, else at its top (at its first match for a search).
        """
        self.remember_position()
        self._opening = article_id
        scroll = 0.0 if needles else self.settings.reading_positions.get(article_id, 0.0)
        cached = self._parsed.get(article_id)
        if cached is not None:
            self._parsed.move_to_end(article_id)
            self._show(cached, tuple(needles), scroll)
            return

        def done(article: Article) -> None:
            self._parsed[article_id] = article
            while len(self._parsed) > PARSED_KEPT:
                self._parsed.popitem(last=False)
            if article_id == self._opening:  # else the reader moved on
                self._show(article, tuple(needles), scroll)

        def failed(exc: BaseException) -> None:
            if article_id == self._opening:
                self.article_failed.emit(article_id, str(getattr(exc, "message", exc)))

        self.library.load_article(article_id, done, failed)

    def remember_position(self) -> None:
        if self.current is not None:
            self.settings.remember_position(self.current.id, self.position())

    def _show(self, article: Article, needles: tuple[str, ...], scroll: float) -> None:
        self.current = article
        self.settings.last_article = article.id
        trusted = trusted_images(
            article.source, article.remote_images, self.settings.image_hosts_by_source
        )
        self.article_opened.emit(OpenedArticle(article, needles, scroll, tuple(trusted)))
        if not self.read_state.is_read(article.id):
            self._mark_opened(article.id)
        if self.bookmarks.has(article.id):  # keep the bookmark's last known path fresh
            self._stored(lambda: self.bookmarks.update_paths({article.id: str(article.path)}))
        self._find_story_context(article.id)

    def _mark_opened(self, article_id: str) -> None:
        """Opening an article marks it read. The commit (an fsync) runs in the store writer,
        not on the GUI thread: on a busy disk it held reading's worst stall (24k, load 14:
        78 of the samples of a 213 ms stall, the GUI thread's own work 16 ms); the row's
        mark and the sources' counts change once it is written."""
        path = self.library.catalog_path()

        def write() -> dict[str, int] | StorageError:
            try:
                self.read_state.set_read([article_id])
            except StorageError as exc:
                return exc
            return shift_of(path, [article_id], True)

        def written(shift: object) -> None:
            if isinstance(shift, StorageError):
                log.warning("%s", shift)
                self.notice.emit(str(shift))
                return
            self.changed.emit(Changed(read=frozenset([article_id])))
            if isinstance(shift, dict):
                self.unread_shifted.emit(shift)

        self.library.write_in_order(tr("Marking articles"), write, written)

    def _find_story_context(self, article_id: str) -> None:
        """ "This story" and related stories; look-alikes while there are no stories yet."""

        def wanted() -> bool:
            return self.current is not None and self.current.id == article_id

        def answer(context: object) -> None:
            if not wanted():
                return
            if isinstance(context, StoryContext):
                self.story_context_found.emit(article_id, context)
            else:
                self.library.related(article_id, self._related_answer(article_id), wanted)

        self.library.read_in_worker(
            tr("This story"), lambda db: story_context(db, article_id), answer
        )

    def open_story(self, story_id: str) -> None:
        """A story's timeline: its articles in time order and what each one adds."""
        self.remember_position()
        self.current = None
        self._opening = STORY_ROW + story_id

        def answer(line: object) -> None:
            if isinstance(line, StoryTimeline) and self._opening == STORY_ROW + story_id:
                self.story_opened.emit(line)

        self.library.read_in_worker(tr("Story"), lambda db: timeline(db, story_id), answer)

    def _related_answer(self, article_id: str) -> Callable[[list[SearchHit]], None]:
        def answer(hits: list[SearchHit]) -> None:
            if self.current is not None and self.current.id == article_id:
                self.related_found.emit(article_id, hits)

        return answer

    def show_bookmark(self, bookmark: Bookmark) -> None:
        """A bookmark opens its article, or its saved copy when the file is gone."""
        if self.library.has_article(bookmark.article_id):
            self.open(bookmark.article_id)
        else:
            self.remember_position()
            self._opening = None
            self.current = None
            self.bookmark_shown.emit(bookmark)

    def forget_library(self) -> None:
        """Another library opens: nothing of this one stays on screen or in memory."""
        self.current = None
        self._opening = None
        self._parsed.clear()
        self._set_undo(None)

    def _stored(self, write: Callable[[], object]) -> bool:
        """Run a write to the user's stores; a full or read-only disk is said in words (the
        stores keep what they had), never raised into Qt."""
        try:
            write()
        except StorageError as exc:
            log.warning("%s", exc)
            self.notice.emit(str(exc))
            return False
        return True

    # -- read marks ------------------------------------------------------------------------------
    def is_read(self, article_id: str) -> bool:
        return self.read_state.is_read(article_id)

    def unread(self, ids: list[str]) -> list[str]:
        return self.read_state.unread(ids)

    def toggle_read(self, article_id: str) -> None:
        read = not self.read_state.is_read(article_id)
        self.mark(
            [article_id], read, QT_TR_NOOP("Mark as Read") if read else QT_TR_NOOP("Mark as Unread")
        )

    def mark(self, ids: Sequence[str], read: bool, description: str) -> None:
        """Mark ``ids`` read or unread as one undoable operation (``description``: its name in
        English, marked for translation; Edit › Undo shows it in the language of the moment)."""
        if len(ids) > INLINE_MARKS:
            self._mark_many(list(ids), read, description)
            return
        flipped = self.read_state.flips(ids, read)
        if flipped:
            self._set_undo(_MarkOperation(description, flipped, read))
            self._write_marks(flipped, read)

    def _mark_many(self, ids: list[str], read: bool, description: str) -> None:
        """A whole list: which marks flip is worked out by the store writer too (at 96k the
        flips on the GUI thread were part of Mark All Read's 34 ms of its CPU); Undo is
        offered once they are written."""
        path = self.library.catalog_path()

        def write() -> tuple[list[str], dict[str, int]]:
            flipped = self.read_state.flips(ids, read)
            if not flipped:
                return [], {}
            self.read_state.set_read(flipped, read)
            return flipped, shift_of(path, flipped, read)

        def written(result: object) -> None:
            flipped, shift = result if isinstance(result, tuple) else ([], {})
            if not flipped:
                return
            self._set_undo(_MarkOperation(description, flipped, read))
            if shift:
                self.unread_shifted.emit(shift)
            if len(flipped) > INLINE_MARKS:
                self.changed.emit(Changed(everything=True))
            else:
                self.changed.emit(Changed(read=frozenset(flipped)))

        self.library.write_in_order(tr("Marking articles"), write, written)

    def undo(self) -> None:
        operation = self._undo
        self._set_undo(None)
        if isinstance(operation, _MarkOperation):
            self._write_marks(operation.ids, not operation.read)
        elif isinstance(operation, _BookmarkRemoval):
            restored = operation.bookmark
            if self._stored(lambda: self.bookmarks.add(restored)):
                self.changed.emit(Changed(bookmarks=frozenset([restored.article_id])))
                # in place of "Bookmark removed (Edit › Undo brings it back)", which stayed
                self.notice.emit(tr("Bookmark restored"))

    def _write_marks(self, ids: list[str], read: bool) -> None:
        if len(ids) <= INLINE_MARKS:
            if self._stored(lambda: self.read_state.set_read(ids, read)):
                self._announce_marks(ids)
        else:
            # The sources' unread counts shift as soon as the marks are written: counted by
            # source in the same worker (after Mark All Read on 23k the sidebar lagged 1-4 s,
            # waiting for the whole list to be listed again).
            path = self.library.catalog_path()

            def write() -> dict[str, int]:
                self.read_state.set_read(ids, read)
                return shift_of(path, ids, read)

            def written(shift: object) -> None:
                if isinstance(shift, dict) and shift:
                    self.unread_shifted.emit(shift)
                self._announce_marks(ids)

            self.library.write_in_order(tr("Marking articles"), write, written)

    def unread_shift(self, ids: frozenset[str]) -> dict[str, int]:
        """How the unread count of each source moved when these (few) ids changed mark."""
        catalog = self.library.catalog()
        if catalog is None:
            return {}
        shift: Counter[str] = Counter()
        for entry in catalog.entries(list(ids)).values():
            shift[entry.source] += -1 if self.read_state.is_read(entry.id) else 1
        return dict(shift)

    def _announce_marks(self, ids: list[str]) -> None:
        if len(ids) > 200:  # a whole list: one repaint beats thousands of row signals
            self.changed.emit(Changed(everything=True))
        else:
            self.changed.emit(Changed(read=frozenset(ids)))
            self.unread_shifted.emit(self.unread_shift(frozenset(ids)))

    def _set_undo(self, operation: _MarkOperation | _BookmarkRemoval | None) -> None:
        self._undo = operation
        self.undo_changed.emit(operation.description if operation else "")

    # -- bookmarks ---------------------------------------------------------------------------------
    def is_bookmarked(self, article_id: str) -> bool:
        known = self._bookmarked
        if known is None:
            known = self._bookmarked = self.bookmarks.ids()
        return article_id in known

    def _forget_bookmarked(self) -> None:
        self._bookmarked = None

    def _bookmarks_changed(self, change: Changed) -> None:
        if change.bookmarks or change.everything:
            self._bookmarked = None

    def toggle_bookmark(self) -> Bookmark | None:
        """Ctrl+D: bookmark the open article, or remove its bookmark (Undo brings it back).
        Returns the bookmark made, for its tags and note to be asked for."""
        article = self.current
        if article is None:
            return None
        made: Bookmark | None = None
        if self.bookmarks.has(article.id):
            removed: list[Bookmark | None] = []
            done = self._stored(lambda: removed.append(self.bookmarks.remove(article.id)))
            if done and removed and removed[0] is not None:
                self._set_undo(_BookmarkRemoval(removed[0]))
                self.notice.emit(tr("Bookmark removed (Edit › Undo brings it back)"))
        else:
            published = article.published.isoformat() if article.published else None
            bookmark = Bookmark(article.id, article.title, article.source, published,
                                article.url, str(article.path))  # fmt: skip
            done = self._stored(lambda: self.bookmarks.add(bookmark))
            made = bookmark if done else None
        if done:
            self.changed.emit(Changed(bookmarks=frozenset([article.id])))
        return made

    def set_bookmark_details(self, article_id: str, tags: Sequence[str], note: str) -> None:
        """Tags and note from the bookmark editor."""

        def write() -> None:
            self.bookmarks.set_tags(article_id, tags)
            self.bookmarks.set_note(article_id, note)

        if self.bookmarks.has(article_id) and self._stored(write):
            self.changed.emit(Changed(bookmarks=frozenset([article_id])))

    def merged(self, read: Collection[str], bookmarks: Collection[str]) -> None:
        """A merge from the sync folder changed these read marks and bookmarks (the stores
        hold them already): announced like any change, so every view redraws."""
        if read:
            self._announce_marks(sorted(read))
        if bookmarks:
            self.bookmarks_edited(sorted(bookmarks))

    def bookmarks_edited(self, ids: Sequence[str] = ()) -> None:
        """The bookmarks pane changed the store (tags, note, removal, undo, import)."""
        self.changed.emit(Changed(bookmarks=frozenset(ids), everything=not ids))

    # -- images ---------------------------------------------------------------------------------
    def trust_image_hosts(self, source: str, urls: Sequence[str]) -> None:
        """ "Always load images for <source>": trust the hosts of these images."""
        self.settings.image_hosts_by_source = trust(
            self.settings.image_hosts_by_source, source, urls
        )
        self.settings_changed.emit()

    def remember_search(self, query: str) -> None:
        """A query that found something goes first in the recent searches."""
        self.settings.remember_search(query)
        self.settings_changed.emit()

"""The one list's model: article ids (and story rows) in order, rows read from the catalog by
id in chunks when first shown, a search's snippets and matches per row, and every filter the
list has (as the core's ``ListQuery``)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from reader.core.archive.query import ListQuery
from reader.core.dates import format_date, format_datetime, format_span, zone_name
from reader.core.search.api import SearchHit
from reader.core.search.catalog import Catalog, CatalogEntry
from reader.core.stories.api import StoryIndex, StorySummary
from reader.core.stories.grouping import STORY_ROW
from reader.ui.article_html import story_size
from reader.ui.i18n import number, tr
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_tooltip

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 200
_SORT_KEYS = ("title", "source", "date")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.ToolTipRole, ID_ROLE})  # fmt: skip
AnyIndex = QModelIndex | QPersistentModelIndex
# ids to read, and what to call (on the GUI thread) with the rows read
FetchRows = Callable[[list[str], Callable[[dict[str, CatalogEntry]], None]], None]


class ArticleListModel(QAbstractTableModel):
    """Holds only ids; row data is fetched from the catalog in chunks when first shown."""

    query_changed = Signal()  # order or filters changed: a new listing is needed

    def __init__(
        self,
        catalog: Callable[[], Catalog | None],
        is_read: Callable[[str], bool],
        is_bookmarked: Callable[[str], bool] = lambda _id: False,
    ) -> None:
        super().__init__()
        self._bookmarked = is_bookmarked
        self._catalog = catalog
        self._is_read = is_read
        self._ids: list[str] = []  # rows: article ids, and story rows (STORY_ROW + story id)
        self._rows: dict[str, CatalogEntry] = {}
        self._days: dict[str, str] = {}  # id -> its local day, as shown (kept with the rows)
        self._members: dict[str, list[str]] = {}  # story id -> its listed articles
        self._expanded: set[str] = set()
        self._stories: dict[str, StorySummary] = {}
        self.grouped = False  # one row per story (of two or more articles)
        self._order = ("date", True)
        self._filter_text = ""
        self._filter_source: tuple[str, ...] | None = None
        self.aliases: dict[str, str] = {}  # a host as source -> the outlet shown
        self.unread_only = False
        # The one list (reader/core/archive): a search, days, smart views and saved searches
        # filter it too; a search's rows carry their snippets (``hits``).
        self.search = ListQuery()  # its text, days, bookmarked, tag, story
        self.order = "date"
        self.by, self.by_source = "auto", False
        self.hits: dict[str, SearchHit] = {}
        self._shown_hits: dict[str, SearchHit] = {}  # the hits in the reader's script
        self.needles: tuple[str, ...] = ()
        self.searching = False
        self.fetch_hits: Callable[[list[str]], None] = lambda _ids: None
        self._asked: set[str] = set()  # hits asked for and not yet answered
        # Rows read in a worker (the window's): a row not read yet paints empty until its
        # chunk comes. Without it (tests of the bare model), read here at once.
        self.fetch_rows: FetchRows | None = None
        self._rows_asked: set[str] = set()
        self._resets = 0  # a chunk read for an earlier list redraws the whole view
        self._bold = QFont()
        self._bold.setBold(True)
        self.shown = ShownText()  # View › Show Text As: the window's (``set_shown_text``)

    def set_shown_text(self, shown: ShownText) -> None:
        """Titles, outlets and a search's snippets in the reader's script (converted a chunk
        of rows at a time, as they are read: never in a paint)."""
        self.shown = shown
        shown.changed.connect(lambda: self.refresh_marks(None))

    # -- data --------------------------------------------------------------------------------
    def listing_query(self, read: frozenset[str] = frozenset()) -> Callable[[Catalog], list[str]]:
        """The current order and filters as a query any thread can run on its own catalog
        (``read``: the read ids when it is made, for the unread-only view)."""
        order, descending = self._order
        text, source = self._filter_text, self._filter_source
        if not self.unread_only:
            return lambda c: c.ids(order, descending, title_contains=text, source=source)
        return lambda c: [
            i for i in c.ids(order, descending, title_contains=text, source=source)
            if i not in read
        ]  # fmt: skip

    def list_query(self) -> ListQuery:
        """Everything that filters the list, as the core's ListQuery."""
        return self.search.with_changes(
            sources=tuple(self._filter_source or ()), unread_only=self.unread_only,
            title=self._filter_text,
        )  # fmt: skip

    def set_search(self, search: ListQuery) -> None:
        """The search, its days and the sidebar's view (text, since, until, preset,
        bookmarked, tag, story; sources and unread-only are set on their own)."""
        if search != self.search:
            self.search = search
            self.query_changed.emit()

    def set_hits(self, hits: dict[str, SearchHit], needles: tuple[str, ...],
                 searching: bool) -> None:  # fmt: skip
        self.hits, self.searching = dict(hits), searching
        self._shown_hits.clear()
        self.needles = needles if searching else ()
        self._asked.clear()

    def add_hits(self, hits: list[SearchHit]) -> None:
        for hit in hits:
            self.hits[hit.id] = hit
            self._asked.discard(hit.id)
            self._shown_hits.pop(hit.id, None)
        rows = [r for h in hits if (r := self.row_of(h.id)) >= 0]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 2))

    def hit(self, row: int) -> SearchHit | None:
        """A search's row: its snippet and matches (asked for, a chunk at a time, when first
        shown), in the reader's script."""
        article_id = self.article_id(row)
        if not self.searching or article_id is None:
            return None
        found = self.hits.get(article_id)
        if found is None and article_id not in self._asked:
            start = max(0, row - CHUNK // 4)
            chunk = [i for i in self._ids[start : start + CHUNK // 2]
                     if not i.startswith(STORY_ROW) and i not in self.hits
                     and i not in self._asked]  # fmt: skip
            self._asked.update(chunk)
            self.fetch_hits(chunk)
        if found is not None and self.shown.converting:
            if article_id not in self._shown_hits:  # this row's chunk of hits, together
                first = max(0, row - CHUNK // 4)
                hits = [h for i in self._ids[first : first + CHUNK // 2]
                        if (h := self.hits.get(i)) is not None]  # fmt: skip
                self.shown.prepare_hits(hits)
                self._shown_hits.update((h.id, self.shown.hit(h)) for h in hits)
            return self._shown_hits.get(article_id, found)
        return found

    def set_ids(self, ids: list[str], members: dict[str, list[str]] | None = None,
                entries: dict[str, CatalogEntry] | None = None) -> None:  # fmt: skip
        """Show these rows; with ``members``, story rows expand to their articles (stories
        the reader had open stay open); ``entries``: rows already read (by the listing's worker:
        the first paint after a listing reads nothing on the GUI thread)."""
        self.beginResetModel()
        self._resets += 1
        self._rows_asked.clear()
        self._members = members or {}
        self._expanded &= set(self._members)
        if not self._expanded:  # nothing to open up: a plain copy (27 -> 1 ms at 96k rows)
            self._ids = list(ids)
        else:
            rows: list[str] = []
            for row in ids:
                rows.append(row)
                story = row[len(STORY_ROW) :] if row.startswith(STORY_ROW) else None
                if story in self._expanded:
                    rows.extend(self._members[story])
            self._ids = rows
        self._rows.clear()
        self._days.clear()
        self._stories.clear()
        if entries:
            self._took(entries)
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self.grouped:
            self.grouped = grouped
            self.query_changed.emit()

    # -- stories -------------------------------------------------------------------------------
    def row_key(self, row: int) -> str | None:
        """What a row shows: an article id, or STORY_ROW + a story id."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def story_id(self, row: int) -> str | None:
        value = self._ids[row] if 0 <= row < len(self._ids) else ""
        return value[len(STORY_ROW) :] if value.startswith(STORY_ROW) else None

    def story_of_row(self, row: int) -> int:
        """The row of the story an expanded article row belongs to (-1: not in a story)."""
        article = self.article_id(row)
        for up in range(row - 1, -1, -1):
            story = self.story_id(up)
            if story is not None:
                return up if article in self._members.get(story, ()) else -1
        return -1

    def is_expanded(self, row: int) -> bool:
        return self.story_id(row) in self._expanded

    def set_expanded(self, row: int, expanded: bool) -> None:
        story = self.story_id(row)
        if story is None or (story in self._expanded) == expanded:
            return
        members = self._members.get(story, [])
        if expanded:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(members))
            self._ids[row + 1 : row + 1] = members
            self._expanded.add(story)
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(members))
            del self._ids[row + 1 : row + 1 + len(members)]
            self._expanded.discard(story)
            self.endRemoveRows()
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def story_members(self, story: str) -> list[str]:
        return list(self._members.get(story, ()))

    def summary(self, row: int) -> StorySummary | None:
        story = self.story_id(row)
        if story is None:
            return None
        if story not in self._stories:
            catalog = self._catalog()
            if catalog is None:
                return None
            start = max(0, row - CHUNK // 2)
            chunk = [
                s
                for r in range(start, min(len(self._ids), start + CHUNK))
                if (s := self.story_id(r)) is not None and s not in self._stories
            ]
            summaries = StoryIndex(catalog.db).summaries(chunk)
            self.shown.prepare(s.title for s in summaries)
            self._stories.update((s.id, s) for s in summaries)
        return self._stories.get(story)

    def set_filter(self, text: str, source: tuple[str, ...] | None) -> None:
        if (text.strip(), source) != (self._filter_text, self._filter_source):
            self._filter_text, self._filter_source = text.strip(), source
            self.query_changed.emit()

    def set_source(self, source: tuple[str, ...] | None) -> None:
        self.set_filter(self._filter_text, source)

    def set_unread_only(self, unread_only: bool) -> None:
        if unread_only != self.unread_only:
            self.unread_only = unread_only
            self.query_changed.emit()

    def source(self) -> tuple[str, ...] | None:
        return self._filter_source

    def filtering(self) -> bool:
        search = self.search
        return bool(self._filter_text or self._filter_source or self.unread_only or search.text
                    or search.since or search.until or search.preset or search.bookmarked
                    or search.tag or search.story)  # fmt: skip

    def ids(self) -> list[str]:
        """Every listed article, also those inside story rows, in list order."""
        if not self._members:  # no story rows (25 ms at 96k rows through the loop below)
            return list(self._ids)
        out: list[str] = []
        seen: set[str] = set()
        for row in self._ids:
            if row.startswith(STORY_ROW):
                members = self._members.get(row[len(STORY_ROW) :], [])
                out.extend(m for m in members if m not in seen)
                seen.update(members)
            elif row not in seen:
                out.append(row)
        return out

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def article_id(self, row: int) -> str | None:
        value = self._ids[row] if 0 <= row < len(self._ids) else None
        return None if value is None or value.startswith(STORY_ROW) else value

    def row_of(self, article_id: str, open_story: bool = False) -> int:
        """The article's row; with ``open_story``, the story row it is folded in is opened."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            if not open_story:
                return -1
        for story, members in self._members.items():
            if article_id in members and story not in self._expanded:
                self.set_expanded(self._ids.index(STORY_ROW + story), True)
                return self._ids.index(article_id)
        return -1

    def entry(self, row: int) -> CatalogEntry | None:
        article_id = self.article_id(row)
        if article_id is None:
            return None
        cached = self._rows.get(article_id)
        if cached is None and (hit := self.hits.get(article_id)) is not None:
            # A search's first rows come with their hits: no catalog read on the GUI thread
            # (200 rows of a 96k catalog after a search: up to 109 ms under load).
            cached = self._rows[article_id] = CatalogEntry(
                hit.id, hit.path, hit.title, hit.source, hit.published, hit.url, (), (), None, 0
            )
        if cached is None:
            start = max(0, row - CHUNK // 2)
            if self.fetch_rows is not None:
                if article_id not in self._rows_asked:
                    self._ask_rows(start)
                return None  # painted empty until its chunk is read
            catalog = self._catalog()
            if catalog is None:
                return None
            chunk = [
                i for i in self._ids[start : start + CHUNK]
                if i not in self._rows and not i.startswith(STORY_ROW)
            ]  # fmt: skip
            self._took(catalog.entries(chunk), start)
            cached = self._rows.get(article_id)
        return cached

    def _ask_rows(self, start: int) -> None:
        """Ask the worker for the chunk of rows from ``start`` (a 96k catalog's chunk read
        on the GUI thread: up to 109 ms under load, most of it waiting on the disk and the
        GIL); the rows are redrawn when it answers."""
        assert self.fetch_rows is not None
        chunk = [
            i for i in self._ids[start : start + CHUNK]
            if i not in self._rows and i not in self._rows_asked and not i.startswith(STORY_ROW)
        ]  # fmt: skip
        if not chunk:
            return
        self._rows_asked.update(chunk)
        resets = self._resets

        def read(rows: dict[str, CatalogEntry]) -> None:
            self._rows_asked.difference_update(chunk)
            self._took(rows, start if resets == self._resets else None)
            if not self._ids:
                return
            if resets == self._resets:
                last = min(start + CHUNK, len(self._ids)) - 1
                self.dataChanged.emit(self.index(start, 0), self.index(last, 2))
            else:  # the list changed meanwhile: wherever its rows are now
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 2))

        self.fetch_rows(chunk, read)

    def _took(self, read: dict[str, CatalogEntry], start: int | None = None) -> None:
        """Keep rows read (their words converted together for Show Text As); on huge
        libraries only those around ``start`` stay once many are kept."""
        self._rows.update(read)
        if self.shown.converting:  # their words in the reader's script, together
            self.shown.prepare(
                w for e in read.values() for w in (e.title, self.aliases.get(e.source, e.source))
            )
        if len(self._rows) > 20 * CHUNK and start is not None:  # keep memory flat
            keep = set(self._ids[start : start + CHUNK])
            self._rows = {k: v for k, v in self._rows.items() if k in keep}
            self._days.clear()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for 7 roles, 4 of which no row has: answered first. With the
        # days kept, a paint of 40 rows took 6.5-6.7 ms of the GUI thread's CPU, not 9.1-9.7.
        if role not in _ROLES:
            return None
        # An exception escaping a Qt virtual can take the process down (seen: a repaint after
        # the stores closed); a row that cannot be read shows empty instead.
        try:
            return self._data(index, role)
        except Exception:
            log.exception("article list row %s", index.row())
            return None

    def _data(self, index: AnyIndex, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole
        ):  # fmt: skip
            return None
        if self.story_id(index.row()) is not None:
            return self._story_data(index, role)
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return None if self._is_read(entry.id) else self._bold
        shown = self.shown.text
        source = shown(self.aliases.get(entry.source, entry.source))
        if role == Qt.ItemDataRole.ToolTipRole:
            when = format_datetime(entry.published, zone=True)
            return plain_tooltip(f"{shown(entry.title)}\n{source} · {when}".strip(" ·\n"))
        column = index.column()
        if column == 0:
            inside = self.grouped and self.story_of_row(index.row()) >= 0
            star = "★ " if self._bookmarked(entry.id) else ""
            return ("      " if inside else "") + star + shown(entry.title)
        if column == 1:
            return source
        day = self._days.get(entry.id)
        if day is None:  # the local day of each row once, not at every paint
            day = self._days[entry.id] = format_date(entry.published)  # its time: the tooltip
        return day

    def _story_data(self, index: AnyIndex, role: int) -> Any:
        """A story row: ▸ its title and size, its outlets, its latest date; bold while any of
        its listed articles is unread (unread counts count stories)."""
        summary = self.summary(index.row())
        story = self.story_id(index.row()) or ""
        members = self._members.get(story, [])
        if summary is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if any(not self._is_read(m) for m in members) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            size = story_size(summary.size, len(summary.sources))
            span = format_span(summary.first, summary.last)
            return plain_tooltip(f"{self.shown.text(summary.title)}\n{size}, {span}")
        column = index.column()
        if column == 0:
            arrow = "▾" if story in self._expanded else "▸"
            return f"{arrow} {self.shown.text(summary.title)}  ({number(len(members))})"
        if column == 1:
            return tr("%Ln outlet(s)", None, len(summary.sources))
        first, last = format_date(summary.first), format_date(summary.last)
        return last if first == last else f"{first[5:]} – {last[5:]}"  # "01-06 – 01-09"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Title"), tr("Source"), tr("Date"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return plain_tooltip(tr("Local time ({zone})", zone=zone_name()))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 3:
            return
        wanted = (_SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self.query_changed.emit()

    def refresh_marks(self, article_ids: Iterable[str] | None = None) -> None:
        """Redraw read (bold) and bookmark (★) marks of these rows, or of all rows."""
        if not self._ids:
            return
        if article_ids is None or self._members:  # story rows show their articles' marks too
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 2))
            return
        for article_id in article_ids:
            row = self.row_of(article_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

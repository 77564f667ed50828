"""Room for reading: below ~1000 px the side panes give way so the article keeps its line.

At 800 px the sidebar (250 px) and the list (380 px) kept their widths and the article was
left ~9 characters a line (a user measured a 230 px reading column). Narrower than
``NARROW``, the sidebar's docks hide, the list gives up its Source column and the bar above it
puts its choices on two rows, and the list takes only what the article leaves once it has
``MIN_CHARACTERS`` a line. Wider again, the docks the narrow window hid come back, with the
list's width from before. A dock the reader shows from the View menu while the window is
narrow stays (their choice); the docks hidden this way are kept in settings, so a window
closed narrow opens wide with its sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

from reader.core.settings import Settings
from reader.ui.article_list import ArticleListPane
from reader.ui.search_pane import SearchPane
from reader.ui.viewer import ViewerPane

NARROW = 1000  # px of window width: narrower, always narrow
SIDEBAR, LIST = 262, 300  # px, until measured (a window started narrow)
STAY = 24  # px more than needed before a narrow window turns wide again
MIN_CHARACTERS = 30  # CJK characters a line the article keeps in a narrow window
SIDE = 16  # px the viewer keeps on each side of its column at the least (viewer._apply_measure)


def reading_characters(viewer: ViewerPane) -> float:
    """How many CJK characters a line of the article's column holds now."""
    browser = viewer.browser
    document = browser.document()
    em = QFontMetrics(document.defaultFont()).horizontalAdvance("中")
    return (browser.viewport().width() - 2 * document.documentMargin()) / max(em, 1)


def width_for(viewer: ViewerPane, characters: int) -> int:
    """The viewer's width that gives its column ``characters`` CJK characters a line."""
    browser = viewer.browser
    document = browser.document()
    em = QFontMetrics(document.defaultFont()).horizontalAdvance("中")
    # what the viewer takes besides the browser's viewport: its frame, the scroll bar (counted
    # whether it shows now or not: a long article brings it)
    chrome = (viewer.width() - browser.width() + 2 * browser.frameWidth()
              + browser.verticalScrollBar().sizeHint().width())  # fmt: skip
    return int(em * characters + 2 * document.documentMargin() + 2 * SIDE + max(chrome, 0)) + 1


class RoomForReading(QObject):
    def __init__(
        self, window: QMainWindow, splitter: QSplitter, docks: list[QDockWidget],
        viewer: ViewerPane, articles: ArticleListPane, bar: SearchPane, settings: Settings,
    ) -> None:  # fmt: skip
        super().__init__(window)
        self.window, self.splitter, self.docks = window, splitter, docks
        self.viewer, self.articles, self.bar, self.settings = viewer, articles, bar, settings
        by_name = {dock.objectName(): dock for dock in docks}
        # docks a narrow window hid (a window closed narrow: they come back when it is wide)
        self.given_way: list[QDockWidget] = [
            by_name[name] for name in settings.docks_given_way if name in by_name
        ]
        self.narrow = False
        # measured while wide: what the sidebar takes, and the list's narrowest
        self._besides, self._least = SIDEBAR, LIST
        self._wide_sizes: list[int] = []  # the list's and the article's widths before
        self._in_front: list[QDockWidget] = [d for d in self.given_way if d is by_name.get(
            "sources-dock")]  # fmt: skip
        self._fitting = QTimer(self)  # once the window's layout has followed a resize
        self._fitting.setSingleShot(True)
        self._fitting.setInterval(0)
        self._fitting.timeout.connect(self.fit)
        window.installEventFilter(self)
        splitter.installEventFilter(self)  # (it widens once the docks have given way)
        splitter.splitterMoved.connect(lambda _pos, _i: self._moved())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and watched in (
            self.window,
            self.splitter,
        ):
            self._fitting.start()
        elif kind == QEvent.Type.Hide and watched is self.window:
            self._fitting.stop()
        return False

    def fit(self) -> None:
        """Narrow or wide as the window is now; either way the list gives the article its
        line first (down to the list's narrowest), then the sidebar gives way."""
        if not self.window.isVisible() or self.viewer.focused:
            return  # (Focus Mode has the article alone; the panes follow when it ends)
        wide = self._fits_wide()
        if wide == self.narrow:
            self._leave() if wide else self._enter()
        elif wide and self.given_way:  # opened wide after closing narrow
            self._bring_back()
        if not self._give_the_article_room() and not self.narrow:
            # the widths of a window wide enough, to go back to (a narrowing resize has
            # moved the splitter before this runs: these are from the last fit)
            self._wide_sizes = list(self.splitter.sizes())

    def _fits_wide(self) -> bool:
        """Whether the sidebar, the list at its narrowest (with all its columns) and an
        article of ``MIN_CHARACTERS`` a line fit in the window (~1,100 px at the default
        text size in English), and the window is no narrower than ``NARROW``."""
        center = self.splitter.widget(0)
        if not self.narrow and not self.given_way and center is not None:  # measured wide
            self._besides = self.window.width() - self.splitter.width()
            self._least = center.minimumSizeHint().width()
        room = self.window.width() - self._besides - self._least - self.splitter.handleWidth()
        margin = STAY if self.narrow else 0  # no flapping at the edge
        return (
            self.window.width() >= NARROW
            and room >= width_for(self.viewer, MIN_CHARACTERS) + margin
        )

    def _moved(self) -> None:
        if not self.narrow:  # the reader's own widths
            self._wide_sizes = list(self.splitter.sizes())

    def _enter(self) -> None:
        self.narrow = True
        shown = [dock for dock in self.docks if not dock.isHidden() and not dock.isFloating()]
        # the tabs in front (a tab behind is not drawn): in front again when they come back
        self._in_front = [dock for dock in shown if not dock.visibleRegion().isEmpty()]
        self.given_way = list(dict.fromkeys([*self.given_way, *shown]))
        for dock in shown:
            dock.hide()
        self.articles.set_compact(True)
        self.bar.set_compact(True)
        self._remember()

    def _leave(self) -> None:
        self.narrow = False
        self.articles.set_compact(False)
        self.bar.set_compact(False)
        self._bring_back()
        if self._wide_sizes:
            self.splitter.setSizes(self._wide_sizes)

    def _bring_back(self) -> None:
        for dock in self.given_way:
            dock.show()
        for dock in self._in_front:  # (the last tab shown would be in front)
            if dock in self.given_way:
                dock.raise_()
        self.given_way = []
        self._remember()

    def _remember(self) -> None:
        self.settings.docks_given_way = [dock.objectName() for dock in self.given_way]

    def _give_the_article_room(self) -> bool:
        """The list narrows (not below its narrowest) until the article has its line;
        whether it had to."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return False
        need = width_for(self.viewer, MIN_CHARACTERS)
        if sizes[1] >= need:
            return False
        center: QWidget | None = self.splitter.widget(0)
        least = center.minimumSizeHint().width() if center is not None else 0
        articles = max(total - need, least)
        self.splitter.setSizes([articles, total - articles])
        return True

    def saved_sizes(self) -> list[int]:
        """The splitter's sizes to keep in settings: a narrow window's are not the reader's
        choice, the ones from before it narrowed are."""
        return list(self._wide_sizes) if self.narrow and self._wide_sizes else []

"""What the reader's keys and menu commands do to the article and the list.

Each command asks the session (the owner of read marks and bookmarks) or a pane; none of them
reaches into another pane's state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from reader.core.bookmarks import Bookmark
from reader.core.stories.grouping import STORY_ROW
from reader.ui.article_list import ArticleListPane
from reader.ui.i18n import QT_TR_NOOP, tr, without_mnemonic
from reader.ui.search_pane import SearchPane
from reader.ui.session import ReadingSession
from reader.ui.status_bar import LibraryStatus
from reader.ui.viewer import ViewerPane

MARK_ALL_READ = QT_TR_NOOP("Mark All Read")
CONFIRM_OVER = 20  # marking more articles than this at once asks first (and can be undone)
PAGE_OVERLAP_PX = 40  # Space keeps a couple of lines of the previous page in view


class ReadingCommands(QObject):
    def __init__(
        self,
        window: QWidget,
        session: ReadingSession,
        articles: ArticleListPane,
        viewer: ViewerPane,
        status: LibraryStatus,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.articles = articles
        self.viewer = viewer
        self.status = status
        self._stepped_aside: list[QWidget] = []

    def open_article(self, article_id: str, needles: tuple[str, ...] = ()) -> None:
        """Open an article from search, related coverage or bookmarks, and show it in the list
        (clearing a title filter that hid it)."""
        if not self.articles.select_id(article_id, emit=False):
            self.articles.filter_edit.clear()
            self.articles.select_id(article_id, emit=False)
        self.session.open(article_id, needles)

    def open_bookmark(self, bookmark: Bookmark) -> None:
        if self.session.library.has_article(bookmark.article_id):
            self.open_article(bookmark.article_id)
        else:
            self.session.show_bookmark(bookmark)

    def open_story(self, story_id: str) -> None:
        """A story's timeline, from "This story", related stories or a timeline link."""
        row = self.articles.model.row_of(STORY_ROW + story_id)
        if row >= 0:
            self.articles.select_row(row)  # its row in the grouped list opens it
        else:
            self.session.open_story(story_id)

    def group_by_story(self, grouped: bool) -> None:
        self.session.settings.group_by_story = grouped
        self.articles.model.set_grouped(grouped)

    def focus_search(self, pane: SearchPane) -> None:
        pane.show()
        pane.focus()

    def page_or_next(self) -> None:
        bar = self.viewer.browser.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep() - PAGE_OVERLAP_PX)
        else:
            self.articles.move_selection(1)

    def open_original(self) -> None:
        article = self.session.current
        if article is None or not article.url:
            self.status.say(tr("This article has no original link"))
        elif not QDesktopServices.openUrl(QUrl(article.url)):
            self.status.say(tr("No web browser could open {url}", url=article.url))

    def copy_link(self) -> None:
        article = self.session.current
        if article is not None and article.url:
            QApplication.clipboard().setText(article.url)
            self.status.say(tr("Link copied"), 3000)

    def toggle_read(self, article_id: str | None = None) -> None:
        article_id = article_id or self.articles.current_id()
        if article_id:
            self.session.toggle_read(article_id)

    def next_unread(self) -> None:
        """The next unread article below the current one, else from the top of the list."""
        ids = self.articles.model.ids()
        start = self.articles.view.currentIndex().row() + 1
        for row in [*range(start, len(ids)), *range(0, start)]:
            if not self.session.is_read(ids[row]):
                self.articles.select_row(row)
                return
        self.status.say(tr("Every article in the list is read"), 4000)

    def list_menu(self, article_id: str, where: QPoint) -> None:
        """Right-click on an article (or a story) in the list."""
        self.list_menu_for(article_id).exec(where)

    def list_menu_for(self, article_id: str) -> QMenu:
        menu = QMenu(self.window)
        if article_id.startswith(STORY_ROW):
            members = self.articles.model.story_members(article_id[len(STORY_ROW) :])
            what = tr("Mark Story Read")
            menu.addAction(what, lambda: self.session.mark(members, True, what))
            menu.addAction(tr("Mark All Read"), self.mark_all_read)
            story = article_id[len(STORY_ROW) :]
            menu.addAction(tr("List Only This Story"), lambda: self.list_story(story))
            return menu
        menu.addAction(tr("Open"), lambda: self.articles.select_id(article_id))
        read = self.session.is_read(article_id)
        menu.addAction(tr("Mark as Unread") if read else tr("Mark as Read"),
                       lambda: self.toggle_read(article_id))  # fmt: skip
        menu.addAction(tr(MARK_ALL_READ), self.mark_all_read)
        return menu

    def list_story(self, story: str) -> None:
        """The one list shows only this story's articles (a view in the sidebar clears it)."""
        model = self.articles.model
        model.set_search(model.search.with_changes(story=story))

    def set_focus_mode(self, on: bool, hide: list[QWidget]) -> None:
        """Only the article: the list, the sidebar and the toolbar step aside, and the
        viewer's image bar and related box (all come back as they were)."""
        self.viewer.set_focused(on)
        if on:
            self._stepped_aside = [w for w in hide if w.isVisible()]
            for widget in self._stepped_aside:
                widget.hide()
        else:
            for widget in self._stepped_aside:
                widget.show()
            self._stepped_aside = []

    def set_full_screen(self, on: bool) -> None:
        window = self.window
        if isinstance(window, QMainWindow):
            window.showFullScreen() if on else window.showNormal()

    def reindex(self) -> None:
        """Article › Reindex Library: a rebuild from scratch, after asking (minutes on a big
        library; the list fills again as it goes)."""
        answer = QMessageBox.question(
            self.window,
            tr("Reindex Library"),
            tr("Build this library's index again from its files? It takes a few minutes on a "
               "large library; the list fills again as it goes."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.session.library.update_index(rebuild=True)

    def mark_all_read(self) -> None:
        """Every article in the list as it is filtered now; asks first, Undo takes it back."""
        ids = self.session.unread(self.articles.model.ids())
        if not ids:
            self.status.say(tr("Every article in the list is read"), 4000)
            return
        if len(ids) > CONFIRM_OVER and not self._confirm_mark_all(len(ids)):
            return
        self.session.mark(ids, True, MARK_ALL_READ)

    def _confirm_mark_all(self, count: int) -> bool:
        """Asked with a verb on the button: Qt's Yes/No read "是(&Y)"/"否(&N)" in Chinese,
        the mnemonic shown in brackets on a button."""
        box = QMessageBox(QMessageBox.Icon.Question, without_mnemonic(tr(MARK_ALL_READ)),
                          tr("Mark %Ln unread article(s) in the list as read?", None, count),
                          QMessageBox.StandardButton.Cancel, self.window)  # fmt: skip
        box.setInformativeText(tr("Edit › Undo takes it back."))
        mark = box.addButton(tr("Mark as Read"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(mark)
        box.exec()
        return box.clickedButton() is mark

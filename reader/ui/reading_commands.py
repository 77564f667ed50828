"""What the reader's keys and menu commands do to the article and the list.

Each command asks the session (the owner of read marks and bookmarks) or a pane; none of them
reaches into another pane's state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.ui.article_list import ArticleListPane
from reader.ui.i18n import tr
from reader.ui.session import ReadingSession
from reader.ui.status_bar import LibraryStatus
from reader.ui.viewer import ViewerPane

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

    def toggle_read(self) -> None:
        article_id = self.articles.current_id()
        if article_id:
            self.session.toggle_read(article_id)

    def mark_all_read(self) -> None:
        """Every article in the list as it is filtered now; asks first, Undo takes it back."""
        ids = [i for i in self.articles.model.ids() if not self.session.is_read(i)]
        if not ids:
            self.status.say(tr("Every article in the list is read"), 4000)
            return
        if len(ids) > CONFIRM_OVER:
            answer = QMessageBox.question(
                self.window,
                tr("Mark All Read"),
                tr("Mark {n} unread articles in the list as read?", n=len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.mark(ids, True, tr("Mark All Read"))

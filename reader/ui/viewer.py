"""The article viewer: QTextBrowser (no JavaScript engine) showing sanitized HTML.

Privacy: nothing is fetched unless the user asks, per article. Every resource the document
wants goes through ``loadResource``; only images the user asked for (held in memory, fetched
asynchronously by QNetworkAccessManager into a disk cache) are returned. ``file:``/``data:``/
remote URLs get an empty image, and clicked links other than http(s) with a host do nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QImage,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.article import Article
from reader.core.bookmarks import Bookmark
from reader.core.dates import format_datetime, parse_date
from reader.core.script import (
    AS_WRITTEN,
    Conversion,
    conversion_for,
    shown_script,
    written_script,
)
from reader.core.search.api import SearchHit
from reader.core.stories.timeline import StoryContext, StoryTimeline
from reader.ui.article_browser import ArticleBrowser
from reader.ui.article_html import (
    IMAGE_SCHEME,
    MORE_SCHEME,
    STORY_SCHEME,
    article_page,
    story_page,
)
from reader.ui.find_bar import FindBar
from reader.ui.i18n import QT_TR_NOOP, tr
from reader.ui.image_bar import ImageBar
from reader.ui.image_loader import ImageLoader
from reader.ui.reading_style import (
    BASE_POINT_SIZE,
    LIGHT,
    PAPER,
    InstalledFonts,
    Theme,
    Typography,
    font_stack,
    reader_css,
)
from reader.ui.related_box import RelatedBox
from reader.ui.script_bar import ScriptBar
from reader.ui.search_marks import SearchMarks
from reader.ui.session import OpenedArticle
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_label

MISSING_ARTICLE = QT_TR_NOOP(
    "The article file is no longer in the library; this is the saved bookmark."
)


class ViewerPane(QWidget):
    """Header bars + browser + find bar + related coverage. Shows what the session opens."""

    link_hovered = Signal(str)
    related_clicked = Signal(str)  # an article id
    story_clicked = Signal(str)  # a story id
    always_load_for_source = Signal(str, list)  # source, this article's remote image URLs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ArticleBrowser()
        self.find_bar = FindBar(self.browser)
        self.find_bar.hide()
        self.font_hint = plain_label()
        self.font_hint.setWordWrap(True)
        self.font_hint.setStyleSheet("background:#fff3cd;color:#664d03;padding:4px;")
        self.image_bar = ImageBar()  # reader/ui/image_bar.py
        self.image_label, self.image_bar_layout = self.image_bar.label, self.image_bar.row
        self.load_images_button = self.image_bar.load_button
        self.always_button = self.image_bar.always_button
        self._story_line: StoryTimeline | None = None  # the timeline shown, if one is
        self._story_expanded: frozenset[str] = frozenset()  # its reports shown in full

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.font_hint)
        self.script_bar = ScriptBar()
        layout.addWidget(self.script_bar)
        layout.addWidget(self.image_bar)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.browser, 1)
        reading_layout.addWidget(self.find_bar)
        self.split = QSplitter(Qt.Orientation.Vertical)
        # This story / related stories under a splitter handle (reader/ui/related_box.py)
        self.related_box = RelatedBox(self.split)
        self.related_list, self.related_label = self.related_box.list, self.related_box.heading
        self.split.addWidget(reading)
        self.split.addWidget(self.related_box)
        self.split.setStretchFactor(0, 1)
        self.split.setCollapsible(0, False)
        self.split.setSizes([600, 130])
        layout.addWidget(self.split, 1)

        self.fonts = InstalledFonts.of_this_machine()
        self.font_hint.setVisible(not self.fonts.cjk)
        self._written = ("", "")  # (article id, the script it is written in)
        # The scripts found where articles were parsed (the window's: the search process)
        self.known_script: Callable[[str], str | None] = lambda _id: None
        self.focused = False  # Focus Mode: the article alone
        self.typography = Typography()
        self.theme = LIGHT
        self._style_bar()
        self.zoom = 0
        self.article: Article | None = None
        self.script = AS_WRITTEN  # View › Show Text As
        self.shown = ShownText()  # the same for the words around the page: the window's
        self._conversion: Conversion | None = None  # the open article's, into self.script
        # a page that is not an article, to show again in another language
        self._show_again: Callable[[], None] = self.show_placeholder
        self.marks = SearchMarks(self.browser)  # the search's, Find's and highlights' marks
        # ... and on paper: print_marks(the printed page, its text as written)
        self.print_marks: Callable[[QTextDocument, str], None] = lambda _doc, _written: None
        self._loaded: dict[str, str] = {}  # remote URL -> reader-image:N
        self._html = ""  # the article page last rendered
        self._written_page = QTextDocument(self.browser)  # the article as written, for marks
        self.images = ImageLoader(self)
        # Images arrive one by one: re-lay the article out at most every 250 ms, not per image.
        self._render_soon = QTimer(self)
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(250)
        self._render_soon.timeout.connect(self._render)

        self.browser.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))
        self.browser.blocked_link.connect(
            lambda url: self.link_hovered.emit(tr("Blocked link: {url}", url=url))
        )
        self.load_images_button.clicked.connect(lambda: self.load_images())
        self.always_button.clicked.connect(self._always)
        self.images.image_loaded.connect(self._image_loaded)
        self.browser.image_requested.connect(self._load_one)
        self.find_bar.matches_changed.connect(
            lambda spans: self.marks.mark_find_matches(spans, self.theme.find_highlight)
        )
        self.images.finished.connect(self._images_finished)
        self.related_box.related_clicked.connect(self.related_clicked)
        self.related_box.story_clicked.connect(self.story_clicked)
        self.browser.reader_link.connect(self._reader_link)
        self.retranslate()  # and the first page: the placeholder

    def retranslate(self) -> None:
        """Every word of the pane in the current language; the article page again (its
        "Open original" link), keeping the reader's place and the search marks."""
        self.script_bar.retranslate()
        self.font_hint.setText(
            tr(
                "No installed font covers Chinese. "
                "Install one, e.g. `sudo apt install fonts-noto-cjk`."
            )
        )
        self.related_box.show_again()  # its headings in the new language
        self.image_bar.say()
        if self.article is not None:
            self._render()
            self._highlight_needles(jump=False)
        else:
            self._show_again()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_shown_text(self, shown: ShownText) -> None:
        """The articles' words around the page (related box, image bar, a story's timeline) in
        the reader's script; an article's own page follows ``set_script``."""
        self.shown = shown
        self.related_box.set_shown_text(shown)
        self.image_bar.set_shown_text(shown)
        shown.changed.connect(lambda: self._show_again() if self.article is None else None)

    def set_script(self, script: str) -> None:
        """Show articles in ``script`` (reader/core/script.py), the open one at once."""
        if script == self.script:
            return
        self.script = script
        if self.article is not None:
            self._conversion = self._conversion_of(self.article)
            self._render()
            self._highlight_needles()

    def _conversion_of(self, article: Article) -> Conversion | None:
        return conversion_for(self.script, f"{article.title}\n{article.text}")

    # -- content ---------------------------------------------------------------------------
    def _page(self, body: str) -> None:
        self.browser.setHtml(
            f"<html><head><style>{self._css(self.theme)}</style></head><body>{body}</body></html>"
        )
        self._apply_zoom()

    def _leave_article(self) -> None:
        self.article = None
        self._conversion = None
        self.marks.clear()
        self.images.cancel()
        self._render_soon.stop()
        self.image_bar.hide()
        self.script_bar.hide()
        self.set_related([])

    def show_placeholder(self, message: str | None = None) -> None:
        self._leave_article()
        self._show_again = lambda: self.show_placeholder(message)
        text = message or tr("Select an article on the left, or search with Ctrl+K.")
        heading = tr("No article selected")  # (lupdate does not look inside f-strings)
        self._page(f"<p class='meta'>{html.escape(heading)}</p><p>{html.escape(text)}</p>")

    def show_saved(self, bookmark: Bookmark) -> None:
        """A bookmark whose article file is gone: its saved metadata and original link."""
        self._leave_article()
        self._show_again = lambda: self.show_saved(bookmark)
        words = tr("Open original")
        link = (
            f'<p><a href="{html.escape(bookmark.url)}">{html.escape(words)}</a></p>'
            if bookmark.url
            else ""
        )
        note = f"<blockquote>{html.escape(bookmark.note)}</blockquote>" if bookmark.note else ""
        published = parse_date(bookmark.published) if bookmark.published else None
        self._page(
            f"<h1 class='title'>{html.escape(bookmark.title)}</h1>"
            f"<p class='meta'>{html.escape(bookmark.source)} · "
            f"{html.escape(format_datetime(published, zone=True))}</p>"
            f"<p>{html.escape(tr(MISSING_ARTICLE))}</p>"
            f"<p class='meta'>{html.escape(bookmark.path or '')}</p>{note}{link}"
        )

    def show_error(self, message: str) -> None:
        self.show_placeholder(tr("This article could not be shown: {e}", e=message))
        self._show_again = lambda: self.show_error(message)

    def show_opened(self, opened: OpenedArticle) -> None:
        self.show_article(opened.article, opened.needles, opened.scroll, opened.load_images)

    def show_article(self, article: Article, needles: tuple[str, ...] = (), scroll: float = 0.0,
                     load_images: Sequence[str] = ()) -> None:  # fmt: skip
        """Show ``article`` from its top (or at ``scroll``, a fraction of its height, where the
        reader left it), or at its first search match. ``load_images``: the remote images that
        may load without asking (trusted hosts)."""
        self._leave_article()
        self.article = article
        self._conversion = self._conversion_of(article)
        self.marks.needles = needles
        self._loaded.clear()
        self.browser.images.clear()
        self._render()
        count = len(article.remote_images)
        self.image_bar.show_state("blocked", count, article.source)
        self.image_bar.setVisible(count > 0 and not self.focused)
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(scroll * bar.maximum()) if scroll > 0 else 0)
        self._highlight_needles()  # a search hit opens at its first match in the body
        if self.find_bar.isVisible():
            self.find_bar.recount()  # the open find bar marks and counts this article
        if load_images and count:
            self.load_images(load_images)

    def reading_position(self) -> float:
        """How far down the article the reader is, as a fraction of its height."""
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if self.article is not None and bar.maximum() else 0.0

    def _render(self) -> None:
        if self.article is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.document().setDefaultStyleSheet(self._css(self.theme))
        self._html = self._article_page(self.article, self._conversion)
        self.browser.setHtml(self._html)
        shown = self.script if self._conversion is not None else None
        self.script_bar.show_for(shown, self._written_script(self.article))
        self._apply_zoom()
        self.browser.verticalScrollBar().setValue(scroll)

    def _article_page(
        self, article: Article, conversion: Conversion | None, printing: bool = False
    ) -> str:
        return article_page(article, conversion, self._loaded, printing)

    def printable(self) -> QTextDocument:
        """The article as a white page for paper and PDF, whatever the screen's theme: its
        title, outlet, date and address, its text, the images that were loaded and the
        reader's highlights and notes (``print_marks``)."""
        doc = QTextDocument(self)
        for name, image in self.browser.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
        doc.setDefaultFont(self.browser.document().defaultFont())
        doc.setDefaultStyleSheet(self._css(PAPER))
        if self.article is not None:
            doc.setHtml(self._article_page(self.article, self._conversion, printing=True))
            written = doc.toPlainText()
            if self._conversion is not None:
                self._written_page.setHtml(self._article_page(self.article, None, printing=True))
                written = self._written_page.toPlainText()
            self.print_marks(doc, written)
        else:
            doc.setHtml(self.browser.toHtml())
        return doc

    def set_related(self, hits: list[SearchHit]) -> None:
        self.related_box.set_related(hits)

    def set_story_context(self, context: StoryContext) -> None:
        self.related_box.set_story_context(context)

    def _reader_link(self, kind: str, target: str) -> None:
        if kind == MORE_SCHEME:
            self._expand_report(target)
        else:
            (self.story_clicked if kind == STORY_SCHEME else self.related_clicked).emit(target)

    def _expand_report(self, article_id: str) -> None:
        """Every new sentence of one report of the shown timeline, keeping the place."""
        self._story_expanded = self._story_expanded | {article_id}
        self._story_again()

    def _story_again(self) -> None:
        """The timeline shown again (more of a report, another language or script), keeping
        the place."""
        if self._story_line is None:
            return
        bar = self.browser.verticalScrollBar()
        where = bar.value()
        self._page(story_page(self._story_line, self._story_expanded, self.shown.text))
        bar.setValue(where)

    def show_story(self, line: StoryTimeline) -> None:
        """A story's timeline: who reported first, then each report in time order with what
        it adds (the sentences no earlier report had)."""
        self._leave_article()
        self._story_line = line
        self._story_expanded = frozenset()
        self._show_again = self._story_again  # (a language switch showed the placeholder)
        self._page(story_page(line, text=self.shown.text))
        if line.related:
            self.set_story_context(StoryContext(None, [], line.related))

    # -- search highlights (reader/ui/search_marks.py) --------------------------------------
    @property
    def needles(self) -> tuple[str, ...]:
        return self.marks.needles

    @property
    def _hits(self) -> list[tuple[int, int]]:
        return self.marks.hits

    @property
    def extra_marks(self) -> Callable[[], list[QTextEdit.ExtraSelection]]:
        return self.marks.extra

    @extra_marks.setter
    def extra_marks(self, marks: Callable[[], list[QTextEdit.ExtraSelection]]) -> None:
        self.marks.extra = marks

    def _show_marks(self) -> None:
        self.marks.show()

    def page_as_written(self) -> str:
        """The plain text of the article page as written (the page shown may be converted to
        another script): positions in it carry over to the page with ``script.OffsetMap``."""
        shown = self.browser.document().toPlainText()
        if self._conversion is None or self.article is None:
            return shown
        # a document of the browser's: any resource it wants goes through loadResource
        self._written_page.setHtml(self._article_page(self.article, None))
        return self._written_page.toPlainText()

    def _highlight_needles(self, jump: bool = True) -> None:
        if self.article is None:
            self.marks.clear()
        header = len(self._title_shown())
        self.marks.highlight(self.page_as_written, self.theme.highlight, header, jump)

    def _title_shown(self) -> str:
        if self.article is None:
            return ""
        return self._conversion.text(self.article.title) if self._conversion else self.article.title

    def next_hit(self, step: int = 1) -> None:
        if not self.marks.step(step) and self.find_bar.edit.text():
            self.find_bar.find_next() if step > 0 else self.find_bar.find_previous()

    # -- images (opt-in) -------------------------------------------------------------------
    def load_images(self, urls: Sequence[str] | None = None) -> None:
        """Fetch this article's images: all (the reader asked) or ``urls`` (trusted hosts)."""
        if self.article is None:
            return
        self.image_bar.show_state("loading", 0)
        wanted = self.article.remote_images if urls is None else urls
        missing = [u for u in wanted if u in self.article.remote_images and u not in self._loaded]
        if missing:
            self.images.load(missing)
        else:
            self._images_finished(0)

    def _load_one(self, index: int) -> None:
        if self.article is not None and 0 <= index < len(self.article.remote_images):
            self.load_images([self.article.remote_images[index]])

    def _image_loaded(self, url: str, image: QImage) -> None:
        key = f"{IMAGE_SCHEME}:{len(self._loaded)}"
        self.browser.images[key] = image
        self._loaded[url] = key
        if not self._render_soon.isActive():
            self._render_soon.start()

    def _images_finished(self, failed: int) -> None:
        if self._render_soon.isActive():  # the last one: show everything now
            self._render_soon.stop()
            self._render()
        article = self.article
        blocked = len(set(article.remote_images) - set(self._loaded)) if article else 0
        if failed:  # say so, and let the user try again
            self.image_bar.show_state("failed", failed)
        elif blocked:  # only the trusted hosts' images loaded
            self.image_bar.show_state("blocked", blocked)
        else:
            self.image_bar.show_state("blocked", 0)
            self.image_bar.hide()

    def set_focused(self, on: bool) -> None:
        """Focus Mode: the article alone, without the image bar and the related box (they come
        back as they were)."""
        self.focused = self.related_box.focused = on
        self.image_bar.setVisible(not on and self.article is not None
                                  and bool(self.article.remote_images))  # fmt: skip
        self.related_box.fit()

    def _always(self) -> None:
        if self.article is not None:
            self.always_load_for_source.emit(self.article.source, list(self.article.remote_images))
            self.load_images()

    # -- appearance --------------------------------------------------------------------------
    def _css(self, theme: Theme) -> str:
        return reader_css(theme, self.font_stack(), self.typography)

    def font_stack(self) -> list[str]:
        """The open article's fonts: by the script it is shown in (Show Text As or as
        written), so a Traditional page gets a Traditional font and English a Latin one."""
        article = self.article
        script = "zh-Hans"
        if article is not None:
            script = shown_script(self.script, self._written_script(article))
        return font_stack(self.typography, self.fonts, script)

    def _written_script(self, article: Article) -> str:
        if self._written[0] != article.id:  # counted once per article, not per render
            known = self.known_script(article.id)
            if known is None:
                known = written_script(f"{article.title}\n{article.text}", article.url)
            self._written = (article.id, known)
        return self._written[1]

    def _style_bar(self) -> None:
        t = self.theme
        style = f"QFrame{{background:{t.bar};}} QLabel{{color:{t.bar_text};}}"
        self.image_bar.setStyleSheet(style)
        self.script_bar.setStyleSheet(style)

    def set_typography(self, typography: Typography) -> None:
        """Font, line spacing and column width, applied at once."""
        self.typography = typography
        if self.article is not None:
            self._render()
            self._highlight_needles()
        else:
            self.show_placeholder()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._style_bar()
        self.browser.setStyleSheet(f"QTextBrowser{{background:{theme.background};border:none;}}")
        if self.article is not None:
            self._render()
            self._highlight_needles()
        else:
            self.show_placeholder()

    def set_zoom(self, steps: int) -> None:
        """Zoom by changing the document's font: no re-parse of the article's HTML."""
        self.zoom = max(-5, min(10, steps))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.browser.font()
        font.setPointSizeF(BASE_POINT_SIZE * (1.1**self.zoom))
        self.browser.document().setDefaultFont(font)
        self._apply_measure()

    def _apply_measure(self) -> None:
        """The reading column: ``typography.column_em`` CJK characters wide, centred."""
        em = QFontMetrics(self.browser.document().defaultFont()).horizontalAdvance("中")
        measure = em * self.typography.column_em
        side = max(16, (self.browser.width() - measure) // 2)
        self.browser.document().setDocumentMargin(16)
        self.browser.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._apply_measure()
        self.image_bar.fit(self.width())

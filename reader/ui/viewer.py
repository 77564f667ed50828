"""The article viewer: QTextBrowser (no JavaScript engine) showing sanitized HTML.

Privacy: nothing is fetched unless the user asks, per article. Every resource the document
wants goes through ``loadResource``; only images the user asked for (held in memory, fetched
asynchronously by QNetworkAccessManager into a disk cache) are returned. ``file:``/``data:``/
remote URLs get an empty image, and clicked links other than http(s) with a host do nothing.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontDatabase,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkDiskCache,
    QNetworkReply,
    QNetworkRequest,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.article import Article
from reader.core.bookmarks import Bookmark
from reader.core.paths import data_dir
from reader.core.sanitize import REMOTE_SRC_ATTR
from reader.core.search.engine import SearchHit, find_spans
from reader.core.search.fold import fold
from reader.ui.i18n import tr

# Web links only: mailto: handed the mail client whatever the article asked (``?attach=``).
SAFE_SCHEMES = frozenset({"http", "https"})
IMAGE_SCHEME = "reader-image"
log = logging.getLogger(__name__)
MAX_IMAGES = 40
MAX_IMAGE_BYTES = 8 * 1024 * 1024
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans SC", "Noto Serif CJK SC",
)  # fmt: skip
MISSING_ARTICLE = "The article file is no longer in the library; this is the saved bookmark."
_IMG_TAG = re.compile(r"<img\b([^>]*)>")
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


@dataclass(frozen=True)
class Theme:
    name: str
    text: str
    background: str
    muted: str
    link: str
    highlight: str


LIGHT = Theme("light", "#1d1d1f", "#fbfaf7", "#6e6e73", "#0a58ca", "#ffe48a")
DARK = Theme("dark", "#e6e4df", "#1f2023", "#9a9aa0", "#7ab4ff", "#6b5a12")


def cjk_font_families() -> list[str]:
    """Installed fonts that cover Simplified Chinese, preferred ones first."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    preferred = [f for f in CJK_FAMILIES if f in installed]
    return preferred + sorted(installed - set(preferred))


def reader_css(theme: Theme, families: list[str]) -> str:
    fonts = ", ".join(f"'{f}'" for f in [*families[:3], "sans-serif"])
    return f"""
    body {{ color: {theme.text}; background-color: {theme.background}; font-family: {fonts};
            line-height: 180%; }}
    h1.title {{ font-size: 1.55em; font-weight: 600; line-height: 140%; margin-bottom: 0.3em; }}
    p.meta {{ color: {theme.muted}; font-size: 0.9em; margin-top: 0; margin-bottom: 1.4em; }}
    p {{ margin-top: 0; margin-bottom: 0.9em; }}
    a {{ color: {theme.link}; text-decoration: none; }}
    span.blocked {{ color: {theme.muted}; font-size: 0.85em; }}
    figcaption, .caption {{ color: {theme.muted}; font-size: 0.9em; }}
    blockquote {{ color: {theme.muted}; margin-left: 1.2em; }}
    """


def render_body(body_html: str, loaded: dict[str, str]) -> str:
    """Replace each image with its loaded resource, or with a visible blocked placeholder."""

    def replace(match: re.Match[str]) -> str:
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(match.group(1))}
        url = attrs.get(REMOTE_SRC_ATTR, "")
        alt = attrs.get("alt", "").strip()
        if url in loaded:
            width = attrs.get("width", "")
            size = f' width="{html.escape(width)}"' if width.isdigit() else ""
            return f'<img src="{loaded[url]}"{size} alt="{html.escape(alt)}">'
        label = tr("image") + (f": {alt}" if alt else "")
        return f'<span class="blocked">[{html.escape(label)}]</span>'

    return _IMG_TAG.sub(replace, body_html)


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything on its own."""

    blocked_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.images: dict[str, QImage] = {}  # reader-image:N -> image the user asked for
        self.resource_requests: list[str] = []  # every URL the document asked for (tests)
        self._empty = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._empty.fill(0)
        self.anchorClicked.connect(self.open_link)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        self.resource_requests.append(text)
        if kind == QTextDocument.ResourceType.ImageResource.value and text in self.images:
            return self.images[text]
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._empty  # a valid answer, so Qt never falls back to the file system
        return ""  # stylesheets and anything else: nothing

    def open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES and url.host():
            QDesktopServices.openUrl(url)
        else:
            self.blocked_link.emit(url.toString())


class FindBar(QFrame):
    def __init__(self, browser: ArticleBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("Find:"))
        self.status = QLabel()
        prev_button, next_button, close = QToolButton(), QToolButton(), QToolButton()
        prev_button.setText("▲")
        next_button.setText("▼")
        close.setText("✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.textChanged.connect(lambda _t: self.find_next(restart=True))
        next_button.clicked.connect(lambda: self.find_next())
        prev_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.hide)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.hide)

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def _positions(self) -> list[tuple[int, int]]:
        needle = fold(self.edit.text().strip())
        if not needle:
            return []
        return find_spans(fold(self.browser.document().toPlainText()), needle)

    def _go(self, step: int, restart: bool = False) -> None:
        spans = self._positions()
        if not spans:
            self.status.setText(tr("Not found") if self.edit.text().strip() else "")
            return
        cursor = self.browser.textCursor()
        here = -1 if restart else cursor.selectionStart()
        if step > 0:
            target = next((i for i, s in enumerate(spans) if s[0] > here), 0)
        else:
            target = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < here), -1)
            target %= len(spans)
        start, end = spans[target]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.status.setText(tr("{i} of {n}", i=target + 1, n=len(spans)))

    def find_next(self, restart: bool = False) -> None:
        self._go(1, restart)

    def find_previous(self) -> None:
        self._go(-1)


class ViewerPane(QWidget):
    """Header bars + browser + find bar + related coverage."""

    link_hovered = Signal(str)
    related_clicked = Signal(str)
    always_load_for_source = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ArticleBrowser()
        self.find_bar = FindBar(self.browser)
        self.find_bar.hide()
        self.font_hint = QLabel(
            tr(
                "No installed font covers Chinese. "
                "Install one, e.g. `sudo apt install fonts-noto-cjk`."
            )
        )
        self.font_hint.setWordWrap(True)
        self.font_hint.setStyleSheet("background:#fff3cd;color:#664d03;padding:4px;")
        self.image_bar = QFrame()
        self.image_label = QLabel()
        self.load_images_button = QPushButton(tr("Load for this article"))
        self.always_button = QPushButton()
        bar = QHBoxLayout(self.image_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.image_label, 1)
        bar.addWidget(self.load_images_button)
        bar.addWidget(self.always_button)
        self.image_bar.setStyleSheet("QFrame{background:#eef3fb;} QLabel{color:#2b3a55;}")
        self.image_bar.hide()
        self.related_label = QLabel(tr("Related coverage"))
        self.related_list = QListWidget()  # a handful of rows, never a library-sized list
        self.related_list.setMaximumHeight(120)
        self.related_label.hide()
        self.related_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.font_hint)
        layout.addWidget(self.image_bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.related_label)
        layout.addWidget(self.related_list)

        self.families = cjk_font_families()
        self.font_hint.setVisible(not self.families)
        self.theme = LIGHT
        self.zoom = 0
        self.article: Article | None = None
        self.needles: tuple[str, ...] = ()
        self._hits: list[tuple[int, int]] = []
        self._hit_index = -1
        self._loaded: dict[str, str] = {}  # remote URL -> reader-image:N
        self._pending: set[QNetworkReply] = set()
        self._failed = 0  # images of this article that could not be loaded
        # Images arrive one by one: re-lay the article out at most every 250 ms, not per image.
        self._render_soon = QTimer(self)
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(250)
        self._render_soon.timeout.connect(self._render)
        self._network: QNetworkAccessManager | None = None  # created on the first opt-in

        self.browser.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))
        self.browser.blocked_link.connect(
            lambda url: self.link_hovered.emit(tr("Blocked link: {url}", url=url))
        )
        self.load_images_button.clicked.connect(self.load_images)
        self.always_button.clicked.connect(self._always)
        self.related_list.itemActivated.connect(
            lambda item: self.related_clicked.emit(item.data(256))
        )
        self.related_list.itemClicked.connect(
            lambda item: self.related_clicked.emit(item.data(256))
        )
        self.show_placeholder()

    # -- content ---------------------------------------------------------------------------
    def show_placeholder(self, message: str | None = None) -> None:
        self.article = None
        self.image_bar.hide()
        text = message or tr("Select an article on the left, or search with Ctrl+K.")
        self.browser.setHtml(
            f"<html><head><style>{reader_css(self.theme, self.families)}</style></head><body>"
            f"<p class='meta'>{html.escape(tr('No article selected'))}</p>"
            f"<p>{html.escape(text)}</p></body></html>"
        )

    def show_saved(self, bookmark: Bookmark) -> None:
        """A bookmark whose article file is gone: its saved metadata and original link."""
        self.article = None
        self.image_bar.hide()
        link = (
            f'<p><a href="{html.escape(bookmark.url)}">{html.escape(tr("Open original"))}</a></p>'
            if bookmark.url
            else ""
        )
        note = f"<blockquote>{html.escape(bookmark.note)}</blockquote>" if bookmark.note else ""
        self.browser.setHtml(
            f"<html><head><style>{reader_css(self.theme, self.families)}</style></head><body>"
            f"<h1 class='title'>{html.escape(bookmark.title)}</h1>"
            f"<p class='meta'>{html.escape(bookmark.source)} · "
            f"{html.escape((bookmark.published or '')[:10])}</p>"
            f"<p>{html.escape(tr(MISSING_ARTICLE))}</p>"
            f"<p class='meta'>{html.escape(bookmark.path or '')}</p>{note}{link}</body></html>"
        )

    def show_error(self, message: str) -> None:
        self.show_placeholder(tr("This article could not be shown: {e}", e=message))

    def show_article(self, article: Article, needles: tuple[str, ...] = (), scroll: int = 0,
                     load_images: bool = False) -> None:  # fmt: skip
        self.article = article
        self.needles = needles
        self._cancel_downloads()
        self._loaded.clear()
        self.browser.images.clear()
        self._render()
        count = len(article.remote_images)
        self.image_label.setText(tr("{n} remote images blocked", n=count))
        self.load_images_button.setText(tr("Load for this article"))
        self.always_button.setText(tr("Always for {source}", source=article.source or "?"))
        self.image_bar.setVisible(count > 0)
        self.related_list.clear()
        self.related_label.hide()
        self.related_list.hide()
        self._highlight_needles()
        if scroll:
            self.browser.verticalScrollBar().setValue(scroll)
        if load_images and count:
            self.load_images()

    def _render(self) -> None:
        article = self.article
        if article is None:
            return
        meta = [html.escape(article.source)] if article.source else []
        if article.published:
            meta.append(article.published.strftime("%Y-%m-%d %H:%M UTC"))
        if article.url:
            meta.append(
                f'<a href="{html.escape(article.url)}">{html.escape(tr("Open original"))}</a>'
            )
        body = render_body(article.html, self._loaded)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.document().setDefaultStyleSheet(reader_css(self.theme, self.families))
        self.browser.setHtml(
            f"<html><body><h1 class='title'>{html.escape(article.title)}</h1>"
            f"<p class='meta'>{' · '.join(meta)}</p>{body}</body></html>"
        )
        self._apply_zoom()
        self.browser.verticalScrollBar().setValue(scroll)

    def set_related(self, hits: list[SearchHit]) -> None:
        self.related_list.clear()
        for hit in hits:
            date = hit.published.strftime("%m-%d") if hit.published else ""
            item = QListWidgetItem(f"{date}  {hit.source} · {hit.title}")
            item.setData(256, hit.id)
            self.related_list.addItem(item)
        self.related_label.setVisible(bool(hits))
        self.related_list.setVisible(bool(hits))

    # -- search highlights -------------------------------------------------------------------
    def _highlight_needles(self) -> None:
        self._hits, self._hit_index = [], -1
        if not self.needles:
            self.browser.setExtraSelections([])
            return
        folded = fold(self.browser.document().toPlainText())
        spans = sorted({s for n in self.needles for s in find_spans(folded, n)})
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.theme.highlight))
        selections = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.browser.setExtraSelections(selections)
        self._hits = spans
        # Skip matches in the title/meta header: go to the first one in the body.
        header = len(self.article.title) if self.article else 0
        first = next((i for i, s in enumerate(spans) if s[0] > header), 0 if spans else -1)
        if first >= 0:
            self._hit_index = first - 1
            self.next_hit()

    def next_hit(self, step: int = 1) -> None:
        if not self._hits:
            if self.find_bar.edit.text():
                self.find_bar.find_next() if step > 0 else self.find_bar.find_previous()
            return
        self._hit_index = (self._hit_index + step) % len(self._hits)
        start, end = self._hits[self._hit_index]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    # -- images (opt-in) -------------------------------------------------------------------
    def _manager(self) -> QNetworkAccessManager:
        if self._network is None:
            self._network = QNetworkAccessManager(self)
            cache = QNetworkDiskCache(self._network)
            cache.setCacheDirectory(str(data_dir() / "image-cache"))
            cache.setMaximumCacheSize(200 * 1024 * 1024)
            self._network.setCache(cache)
        return self._network

    def load_images(self) -> None:
        """Fetch this article's images (the user asked). Asynchronous, GUI never waits."""
        if self.article is None:
            return
        self.image_label.setText(tr("Loading images…"))
        self._failed = 0
        for url in self.article.remote_images[:MAX_IMAGES]:
            if url in self._loaded:
                continue
            request = QNetworkRequest(QUrl(url))
            request.setAttribute(
                QNetworkRequest.Attribute.CacheLoadControlAttribute,
                QNetworkRequest.CacheLoadControl.PreferCache,
            )
            request.setTransferTimeout(20_000)
            reply = self._manager().get(request)
            self._pending.add(reply)
            reply.finished.connect(lambda r=reply, u=url, a=self.article: self._image_done(r, u, a))

    def _image_done(self, reply: QNetworkReply, url: str, article: Article | None) -> None:
        self._pending.discard(reply)
        reply.deleteLater()
        if article is not self.article:
            return
        image = QImage()
        if reply.error() == QNetworkReply.NetworkError.NoError:
            data: QByteArray = reply.readAll()
            if data.size() <= MAX_IMAGE_BYTES:
                image = QImage.fromData(data)
        if image.isNull():
            log.info("image not loaded: %s (%s)", url, reply.errorString())
            self._failed += 1
        else:
            key = f"{IMAGE_SCHEME}:{len(self._loaded)}"
            self.browser.images[key] = image
            self._loaded[url] = key
            if not self._render_soon.isActive():
                self._render_soon.start()
        if not self._pending:
            if self._render_soon.isActive():  # the last one: show everything now
                self._render_soon.stop()
                self._render()
            if self._failed:  # say so, and let the user try again
                self.image_label.setText(tr("{n} images could not be loaded", n=self._failed))
                self.load_images_button.setText(tr("Try again"))
            else:
                self.image_bar.hide()

    def _cancel_downloads(self) -> None:
        self._render_soon.stop()
        for reply in list(self._pending):
            reply.abort()
        self._pending.clear()

    def _always(self) -> None:
        if self.article is not None:
            self.always_load_for_source.emit(self.article.source)
            self.load_images()

    # -- appearance --------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.browser.setStyleSheet(f"QTextBrowser{{background:{theme.background};border:none;}}")
        if self.article is not None:
            self._render()
            self._highlight_needles()
        else:
            self.show_placeholder()

    def set_zoom(self, steps: int) -> None:
        self.zoom = max(-5, min(10, steps))
        if self.article is not None:
            self._render()
        else:
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.browser.font()
        font.setPointSizeF(12.0 * (1.1**self.zoom))
        self.browser.document().setDefaultFont(font)

    def resizeEvent(self, event: Any) -> None:  # a comfortable measure: ~40 CJK characters
        super().resizeEvent(event)
        measure = int(self.browser.fontMetrics().horizontalAdvance("中") * 42 * (1.1**self.zoom))
        side = max(16, (self.browser.width() - measure) // 2)
        self.browser.document().setDocumentMargin(16)
        self.browser.setViewportMargins(side, 0, side, 0)

"""The viewer's privacy and link safety: nothing loads or opens unless the user asks."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from pytestqt.qtbot import QtBot

from reader.core.image_trust import trusted_images
from reader.core.parser import parse_article_file
from reader.ui.viewer import ViewerPane

HOSTILE = """---
title: 远程图片与追踪像素
date: 2021-01-01
from: https://news.example/a
---
<p>正文<img src="https://tracker.example/pixel.gif" width="1" height="1"></p>
<p><img data-src="https://images.weserv.nl/?url=cdn.example/photo.jpg" alt="照片"></p>
<p><img src="file:///etc/hostname"><img src="data:image/png;base64,iVBORw0KGgo="></p>
<div style="background:url(https://tracker.example/bg.png)">x</div>
<link rel="stylesheet" href="https://tracker.example/s.css">
<a href="javascript:alert(1)">js</a> <a href="file:///etc/passwd">file</a>
<a href="https://news.example/more">ok</a>
"""


@pytest.fixture
def article(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    return parse_article_file(path)


def test_opening_an_article_makes_no_network_request(article, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    pane.show()
    qtbot.wait(50)
    assert pane.images._network is None, "no network manager exists until the user asks"
    remote = [u for u in pane.browser.resource_requests if not u.startswith("reader-image:")]
    assert remote == [], remote
    assert pane.image_bar.isVisibleTo(pane)
    assert "2" in pane.image_label.text()
    assert "照片" in pane.browser.toPlainText()  # the placeholder names the image


def test_unsafe_links_do_nothing_and_http_opens_externally(
    article, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    blocked: list[str] = []
    pane.browser.blocked_link.connect(blocked.append)
    unsafe = (
        "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x/y",
        "mailto:someone@example.com?attach=/etc/passwd", "MAILTO:x@example.com", "https:///x",
    )  # fmt: skip
    for url in unsafe:
        pane.browser.anchorClicked.emit(QUrl(url))
    pane.browser.anchorClicked.emit(QUrl("https://news.example/more"))
    assert opened == ["https://news.example/more"]
    assert len(blocked) == len(unsafe)
    assert "javascript" not in pane.browser.toHtml().lower()


def test_local_and_data_resources_are_never_loaded(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    image = pane.browser.loadResource(2, QUrl("file:///etc/hostname"))
    assert image.width() == 1  # the empty placeholder, not the file
    assert pane.browser.loadResource(2, QUrl("data:image/png;base64,iVBORw0KGgo=")).width() == 1
    assert pane.browser.loadResource(3, QUrl("https://tracker.example/s.css")) == ""


def test_search_terms_highlighted_and_stepped(article, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article, needles=("正文",))
    assert pane._hits and len(pane.browser.extraSelections()) == len(pane._hits)
    assert pane.browser.textCursor().selectedText() == "正文"


def test_find_bar_finds_folded_text(article, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    pane.find_bar.edit.setText("遠程")  # Traditional query finds Simplified text
    assert pane.browser.textCursor().selectedText() == "远程"
    assert pane.find_bar.status.text().endswith("1")


class _ImageServer:
    """A loopback HTTP server that counts requests: the only network a test may use."""

    def __init__(self) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image = QImage(24, 16, QImage.Format.Format_RGB32)
        image.fill(QColor("#3366cc"))
        image.save(buffer, "PNG")
        png = bytes(buffer.data().data())
        self.requests: list[str] = []
        requests = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                requests.append(self.path)
                ok = self.path.startswith("/photo")
                body = png if ok else b"not here"
                self.send_response(200 if ok else 404)
                self.send_header("Content-Type", "image/png" if ok else "text/plain")
                self.send_header("Cache-Control", "max-age=3600")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            # Request threads are joined by server_close(): the default daemon threads are
            # not, and one still finishing a response failed the leak check under load.
            daemon_threads = False
            block_on_close = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def image_server() -> Iterator[_ImageServer]:
    server = _ImageServer()
    yield server
    server.close()


def test_images_load_only_when_asked_and_then_from_the_disk_cache(
    image_server: _ImageServer, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "photos.md"
    path.write_text(
        "---\ntitle: 图片\ndate: 2021-01-01\n---\n"
        f'<p>图一<img src="{image_server.url}/photo1.png"></p>'
        f'<p>图二<img src="{image_server.url}/gone.png"></p>\n',
        encoding="utf-8",
    )
    article = parse_article_file(path)
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_article(article)
    qtbot.wait(100)
    assert image_server.requests == []  # opening fetched nothing

    qtbot.mouseClick(pane.load_images_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be loaded" in pane.image_label.text(), timeout=10_000)
    assert sorted(image_server.requests) == ["/gone.png", "/photo1.png"]
    assert pane.image_label.text() == "1 image could not be loaded"
    assert pane.load_images_button.text() == "Try again"
    assert list(pane.browser.images) == ["reader-image:0"]
    assert "reader-image:0" in pane.browser.toHtml()
    shown = pane.browser.loadResource(2, QUrl("reader-image:0"))
    assert (shown.width(), shown.height()) == (24, 16)  # the real picture, not the placeholder

    pane.show_article(article)  # again: blocked again until asked, then served from disk
    assert pane.browser.images == {} and pane.image_bar.isVisibleTo(pane)
    qtbot.mouseClick(pane.load_images_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be loaded" in pane.image_label.text(), timeout=10_000)
    assert image_server.requests.count("/photo1.png") == 1  # the disk cache answered
    assert list(pane.browser.images) == ["reader-image:0"]


def test_many_images_relayout_the_article_in_bursts_not_per_image(
    image_server: _ImageServer, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gallery.md"
    images = "".join(f'<p>图{i}<img src="{image_server.url}/photo{i}.png"></p>' for i in range(8))
    path.write_text(f"---\ntitle: 图集\ndate: 2021-01-01\n---\n{images}\n", encoding="utf-8")
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_article(parse_article_file(path))
    layouts: list[int] = []
    set_html = pane.browser.setHtml
    monkeypatch.setattr(pane.browser, "setHtml", lambda h: (layouts.append(1), set_html(h)))
    qtbot.mouseClick(pane.load_images_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.image_bar.isVisibleTo(pane), timeout=10_000)
    assert len(pane.browser.images) == 8
    assert all(f"reader-image:{i}" in pane.browser.toHtml() for i in range(8))
    assert 1 <= len(layouts) < 8, layouts


def test_a_file_claiming_a_trusted_source_loads_only_the_trusted_hosts_images(
    image_server: _ImageServer, tmp_path: Path, qtbot: QtBot
) -> None:
    """ "Always for BBC中文" trusted the hosts of the article the user saw (here: localhost);
    a hostile file that claims to be BBC中文 cannot bring its own tracking host along."""
    port = image_server.url.rsplit(":", 1)[1]
    path = tmp_path / "claims-bbc.md"
    path.write_text(
        "---\ntitle: 冒充\nauthor: BBC中文\ndate: 2021-01-01\n---\n"
        f'<p>正文<img src="http://localhost:{port}/photo-real.png"></p>'
        f'<p><img src="http://127.0.0.1:{port}/photo-track.png" alt="."></p>\n',
        encoding="utf-8",
    )
    article = parse_article_file(path)
    trusted = trusted_images(article.source, article.remote_images, {"BBC中文": ["localhost"]})
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_article(article, load_images=trusted)
    qtbot.waitUntil(lambda: len(pane.browser.images) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "1 remote image blocked" in pane.image_label.text(), timeout=10_000)
    assert image_server.requests == ["/photo-real.png"]
    emitted: list[tuple[str, list[str]]] = []
    pane.always_load_for_source.connect(lambda s, h: emitted.append((s, h)))
    qtbot.mouseClick(pane.always_button, Qt.MouseButton.LeftButton)
    assert emitted == [("BBC中文", list(article.remote_images))]  # the session trusts their hosts
    qtbot.waitUntil(lambda: not pane.image_bar.isVisibleTo(pane), timeout=10_000)
    assert len(pane.browser.images) == 2  # the image already shown is not fetched again


def test_the_printed_page_is_white_with_the_articles_address_and_no_words_of_the_app(
    article, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Print and Export as PDF: title, outlet, date and URL on a white page; a blocked image
    is its caption, not "Image · host — Load this image"; no "Open original"."""
    from reader.ui.i18n import tr

    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    doc = pane.printable()
    text = doc.toPlainText()
    assert article.title in text and "https://news.example/a" in text
    assert "2021-01-01" in text
    assert "照片" in text  # the blocked image's caption
    for words in (tr("Load this image"), tr("Open original"), tr("Image")):
        assert words not in text, words
    assert "background-color: #ffffff" in doc.defaultStyleSheet()
    # The screen keeps its placeholders and link.
    assert tr("Load this image") in pane.browser.toPlainText()


def test_the_image_bar_fits_a_narrow_pane_without_overlap(article, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At an 800 px window the article pane is ~330 px: the bar's buttons overlapped its
    sentence and held the pane ~480 px wide. They go under it instead."""
    from dataclasses import replace

    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.resize(330, 500)
    pane.show()
    pane.show_article(replace(article, source="一个名字非常非常长的新闻来源网站中文版"))
    qtbot.waitUntil(lambda: pane.image_bar.isVisible())
    assert pane.minimumSizeHint().width() <= 330
    label, buttons = pane.image_label, (pane.load_images_button, pane.always_button)
    qtbot.waitUntil(lambda: all(not label.geometry().intersects(b.geometry()) for b in buttons))
    for b in buttons:
        assert b.geometry().right() <= pane.image_bar.width()
    pane.resize(1000, 500)  # wide again: one row
    row = pane.image_bar_layout
    qtbot.waitUntil(lambda: row.direction() == row.Direction.LeftToRight)


def test_focus_mode_shows_the_article_alone(article, qtbot) -> None:  # type: ignore[no-untyped-def]
    """F9 kept the image bar and the related box; they step aside too, also for the next
    article, and come back after."""
    from reader.core.search.api import SearchHit

    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.show()
    hit = SearchHit(id="x", title="另一篇", source="来源", published=None, path=article.path,
                    url=None, score=1.0, snippet="", snippet_spans=[])  # fmt: skip
    pane.show_article(article)
    pane.set_related([hit])
    assert pane.image_bar.isVisible() and pane.related_box.isVisible()
    pane.set_focused(True)
    assert not pane.image_bar.isVisible() and not pane.related_box.isVisible()
    pane.show_article(article)  # the next article, still in Focus Mode
    pane.set_related([hit])
    assert not pane.image_bar.isVisible() and not pane.related_box.isVisible()
    pane.set_focused(False)
    assert pane.image_bar.isVisible() and pane.related_box.isVisible()

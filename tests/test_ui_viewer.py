"""The viewer's privacy and link safety: nothing loads or opens unless the user asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

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
    assert pane._network is None, "no network manager exists until the user asks"
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
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x/y"):
        pane.browser.anchorClicked.emit(QUrl(url))
    pane.browser.anchorClicked.emit(QUrl("https://news.example/more"))
    assert opened == ["https://news.example/more"]
    assert len(blocked) == 4
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

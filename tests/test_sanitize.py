"""The one-pass sanitizer: same rules as before, bounded structure, http(s)-only links."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.decode import decode_article_bytes
from reader.core.parser import parse_article_text
from reader.core.sanitize import sanitize_html
from reader.core.text import html_to_text
from tests.conftest import FIXTURES, SEEDS, STANDINS

REAL_FILES = sorted(
    [
        *(FIXTURES / "corpus").glob("*.md"),
        *STANDINS.glob("*.md"),
        *SEEDS.iterdir(),
    ]
)


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_same_text_and_images_as_the_beautifulsoup_sanitizer(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-corpus check is ``python -m bench.sanitize_equivalence``; these real files
    keep the comparison in ``make test`` (where the old code still installs)."""
    pytest.importorskip("bs4")
    from bench import legacy_sanitize as legacy

    text = decode_article_bytes(path.read_bytes()).text
    new = parse_article_text(text, path)
    monkeypatch.setattr("reader.core.parser.sanitize_html", legacy.sanitize_html)
    monkeypatch.setattr("reader.core.parser.html_to_text", legacy.html_to_text)
    old = parse_article_text(text, path)
    assert new.text == old.text
    assert new.remote_images == old.remote_images
    assert new.lead_image == old.lead_image


def test_rules_in_one_pass() -> None:
    body = (
        "<div><!-- c --><p>before</p><script>var x</script><nav>menu</nav>"
        '<div class="share-bar"><img src="https://cdn.example/share.png"></div>'
        '<p><img data-src="//img.example/a.jpg" onerror="x()" alt="A"></p>'
        '<p><img src="data:image/png;base64,AA" alt="only alt"></p><p><img src="file:///x.gif"></p>'
        '<iframe src="https://video.example/v/1"></iframe><iframe src="javascript:x"></iframe>'
        '<p><a href="/rel">rel</a> <a href="javascript:alert(1)">js</a></p>'
        "<p> </p><div><span>\u3000</span></div><p>after</p></div>"
    )
    result = sanitize_html(body, "https://news.example/a/b")
    assert result.remote_images == ("https://img.example/a.jpg",)
    assert result.removed_images == frozenset({"https://cdn.example/share.png"})
    text = html_to_text(result.html)
    assert text.splitlines() == ["before", "A", "only alt", "▶ video.example", "rel js", "after"]
    assert 'href="https://news.example/rel"' in result.html
    assert 'href="https://video.example/v/1"' in result.html
    assert "<p> </p>" not in result.html and "<span>" not in result.html
    assert "menu" not in result.html and "var x" not in result.html


@pytest.mark.parametrize(
    "body", ["", "   \n", "<!-- only a comment -->", "<title>t</title>", "<?php x ?>"]
)
def test_bodies_without_content(body: str) -> None:
    result = sanitize_html(body)
    assert result.html == "" and result.remote_images == ()


def test_text_around_removed_elements_stays_in_order() -> None:
    out = sanitize_html("<p>one<script>x</script>two<img>three<img alt=' '>four</p>").html
    assert html_to_text(out) == "onetwothree four"

"""The one-pass sanitizer: same rules as before, bounded structure, http(s)-only links."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from reader.core.decode import decode_article_bytes
from reader.core.parser import parse_article_text
from reader.core.sanitize import (
    MAX_DEPTH,
    MAX_TABLE_NESTING,
    SanitizedHtml,
    _sanitize,
    sanitize_html,
)
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
def test_same_text_and_images_as_the_beautifulsoup_sanitizer(path: Path) -> None:
    """The whole-corpus check is ``python -m bench.sanitize_equivalence``; these real files
    keep the comparison in ``make test`` (where the old code still installs). Text may differ
    only by the intended changes the bench names (a caption said once, a feed footer gone)."""
    pytest.importorskip("bs4")
    from bench import legacy
    from bench.sanitize_equivalence import explain, legacy_sanitize_html, run_pipeline

    text = decode_article_bytes(path.read_bytes()).text
    old = run_pipeline(text, path, legacy_sanitize_html, legacy.html_to_text)
    new = run_pipeline(text, path, sanitize_html, html_to_text)
    assert new.remote == old.remote and new.removed == old.removed
    if new.text != old.text:
        assert explain(text, path, old, new) != "unexplained", (old.text[:300], new.text[:300])


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


@pytest.mark.parametrize("shallow", [False, True], ids=["native", "fallback"])
@pytest.mark.parametrize(
    "body", ["", "   \n", "<!-- only a comment -->", "<title>t</title>", "<?php x ?>"]
)
def test_bodies_without_content(body: str, shallow: bool) -> None:
    result = _sanitize(body, None, shallow=shallow)
    assert result.html == "" and result.remote_images == ()


def test_text_around_removed_elements_stays_in_order() -> None:
    out = sanitize_html("<p>one<script>x</script>two<img>three<img alt=' '>four</p>").html
    assert html_to_text(out) == "onetwothree four"


def structure(html: str) -> tuple[int, int]:
    """(deepest element nesting, deepest table nesting) of a sanitized fragment."""
    root = lxml.html.fragment_fromstring(html or "<div></div>", create_parent="div")
    depth = deepest = tables = deepest_table = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        step = 1 if event == "start" else -1
        depth += step
        if el.tag == "table":
            tables += step
        deepest, deepest_table = max(deepest, depth), max(deepest_table, tables)
    return deepest - 1, deepest_table


def missing(words: list[str], text: str) -> list[str]:
    present = set(text.split())
    return [w for w in words if w not in present]


def nested(open_tag: str, close_tag: str, levels: int) -> tuple[str, list[str]]:
    """``levels`` nested elements with a distinct word at every level, and text after them."""
    words = [f"w{i}x" for i in range(levels)]
    body = "".join(open_tag + w + " " for w in words) + close_tag * levels + "<p>afterx</p>"
    return "<p>beforex</p>" + body, ["beforex", *words, "afterx"]


NESTINGS = {
    "div": ("<div>", "</div>", 3000),
    "list": ("<ul><li>", "</li></ul>", 2000),
    "blockquote": ("<blockquote>", "</blockquote>", 2000),
    "span": ("<span>", "</span>", 3000),
    "table": ("<table><tr><td>", "</td></tr></table>", 40),
    "table-deep": ("<table><tr><td>", "</td></tr></table>", 500),
}


@pytest.mark.parametrize("kind", NESTINGS)
def test_deep_nesting_is_bounded_and_keeps_every_word(kind: str) -> None:
    """Issue 11: libxml2 stopped at 255 levels (the rest was shown but never indexed) and
    nested tables make Qt's layout exponential."""
    body, words = nested(*NESTINGS[kind])
    result = sanitize_html(body)
    depth, tables = structure(result.html)
    assert depth <= MAX_DEPTH + MAX_TABLE_NESTING + 2, depth
    assert tables <= MAX_TABLE_NESTING
    indexed = html_to_text(result.html)
    shown = re.sub(r"<[^>]*>", " ", result.html)  # what the viewer gets, tags aside
    assert missing(words, indexed) == []
    assert missing(words, shown) == []
    # Words of different levels stay apart, in order.
    assert indexed.index("w1x") < indexed.index("w2x") and "w1xw2x" not in indexed


def test_unwrapped_levels_keep_images_and_drop_what_is_dropped() -> None:
    deep = "<div>" * 300
    body = (
        deep + 'a<img src="https://img.example/1.jpg">b<script>secretx</script>'
        '<div class="share-x"><img src="https://img.example/ad.jpg">adx</div>'
        '<nav><div><div>menux</div></div></nav><iframe src="https://v.example/1"></iframe>'
        + "</div>"
        * 300
    )
    result = sanitize_html(body)
    assert result.remote_images == ("https://img.example/1.jpg",)
    assert result.removed_images == frozenset({"https://img.example/ad.jpg"})
    text = html_to_text(result.html)
    assert "secretx" not in text and "adx" not in text and "menux" not in text
    assert "▶ v.example" in text


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_fallback_parse_path_gives_the_same_result(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents nested deeper than MAX_DEPTH are rebuilt by a parser target; on the real
    files (shallow ones) it must agree with the normal path. The whole corpus:
    ``python -m bench.sanitize_equivalence --shallow``."""
    pairs: list[tuple[SanitizedHtml, SanitizedHtml]] = []

    def both(body: str, base: str | None = None) -> SanitizedHtml:
        pairs.append((sanitize_html(body, base), _sanitize(body, base, shallow=True)))
        return pairs[-1][0]

    monkeypatch.setattr("reader.core.parser.sanitize_html", both)
    parse_article_text(decode_article_bytes(path.read_bytes()).text, path)
    [(native, forced)] = pairs
    assert html_to_text(forced.html) == html_to_text(native.html)
    assert forced.remote_images == native.remote_images
    assert forced.removed_images == native.removed_images


@pytest.mark.parametrize("shallow", [False, True], ids=["native", "fallback"])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>a\x01b\x08c</p><p>after</p>", "after"),
        ('<img src="https://images.weserv.nl/?url=%01x.example/a.png"><p>after</p>', "after"),
        ('<?xml version="1.0" encoding="gbk"?><p>中文 after</p>', "中文 after"),
        ("<o:p>office</o:p><div 1a=2>after</div>", "after"),
    ],
)
def test_odd_input_never_loses_the_article(body: str, expected: str, shallow: bool) -> None:
    """lxml refuses control characters in values set through its API, and a str that
    declares an encoding: such input raised, and the whole article was reported unreadable."""
    result = _sanitize(body, None, shallow=shallow)
    assert expected in html_to_text(result.html)
    for url in result.remote_images:
        assert not re.search(r"[\x00-\x1f]", url)


def test_only_web_links_survive() -> None:
    """Issue 11: mailto: links survived and opened the mail client, ``attach=`` and all."""
    out = sanitize_html(
        '<p><a href="mailto:a@example.com?attach=/etc/passwd">write</a> '
        '<a href="https://ok.example/">web</a> <a href="tel:123">call</a></p>'
    ).html
    assert "mailto" not in out and "tel:" not in out
    assert 'href="https://ok.example/"' in out
    assert html_to_text(out) == "write web call"


@pytest.mark.parametrize(
    "seed", ["001_d31ba643041d82b7.txt", "002_3568484641814460.txt", "004_9d386193ba5a9105.txt"]
)
def test_seed_caption_is_said_once(seed: str) -> None:
    """Issue 13: the zaobao seeds copy the caption into alt and title, so the text (and every
    snippet) began with the caption twice and the viewer showed "[image: X]" above X."""
    article = parse_article_text(
        decode_article_bytes((SEEDS / seed).read_bytes()).text, SEEDS / seed
    )
    caption, second = article.text.splitlines()[:2]
    assert caption.endswith("）") and second != caption
    assert article.text.count(caption) == 1
    assert article.html.count(caption) == 1  # in the figcaption, not in alt or title
    assert article.html.count("<img data-remote-src=") == 1  # the image is still offered


def test_alt_or_title_repeating_the_caption_goes_and_other_labels_stay() -> None:
    body = (
        '<figure><figcaption>图说：海边</figcaption><img src="https://i.example/1.jpg" '
        'alt="图说：海边" title="图说"></figure>'
        '<p><img src="https://i.example/2.jpg" alt="一只猫" title="一只猫"></p><p>狗在叫</p>'
        '<p><img src="file:///x.png" alt="只有说明"></p><p>只有说明，而且更长</p>'
        '<div><img src="https://i.example/3.jpg" alt="长说明被截"></div><p>长说明被截断了</p>'
    )
    result = sanitize_html(body)
    assert result.remote_images == tuple(f"https://i.example/{i}.jpg" for i in (1, 2, 3))
    assert html_to_text(result.html).splitlines() == [
        "图说：海边",
        "一只猫",
        "狗在叫",
        "只有说明，而且更长",
        "长说明被截断了",
    ]
    assert 'alt="一只猫"' in result.html and 'title="一只猫"' in result.html
    assert 'alt="图说' not in result.html and 'title="图说"' not in result.html

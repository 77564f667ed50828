"""Issue 20, hostile markup: no removed container takes text a browser shows (point 7); no
shape of markup makes the sanitizer quadratic (14) or the viewer's layout slow (13).

The full-size files of the issue are timed in ``make faults`` (test_hostile_scale.py) and
``python -m bench.hostile_files``; these are the same shapes, smaller, checked by what the
bounds leave (structure), never by a clock.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from reader.core import sanitize as sanitize_mod
from reader.core.html_bounds import BREAK_EVERY, MAX_ATTRIBUTES, MAX_TABLE_CELLS
from reader.core.parser import parse_article_text
from reader.core.problems import Problem
from reader.core.sanitize import MAX_IMAGES, MAX_SPAN, _sanitize, sanitize_html
from reader.core.scan import scan_library
from reader.core.search.engine import LibraryIndex
from reader.core.text import ZERO_WIDTH_SPACE, html_to_text

VOID = ["<embed src=x.swf>", "<embed>", "<source src=a.mp4>", "<track src=t.vtt>", "<input>"]
UNCLOSED = ["<aside>", "<nav>", "<form action=x>", "<button>", "<object data=x.swf>",
            "<noscript>", "<select>", "<canvas>", '<div class="share-bar">']  # fmt: skip


def text_of(body: str, *, shallow: bool = False) -> str:
    return html_to_text(_sanitize(body, "https://news.example/a", shallow=shallow).html)


@pytest.mark.parametrize("shallow", [False, True], ids=["native", "fallback"])
@pytest.mark.parametrize("markup", VOID)
def test_a_void_element_holds_nothing(markup: str, shallow: bool) -> None:
    """Issue 20: libxml2 makes <embed>, <source>, <track> hold what follows them, and the
    sanitizer dropped it with them: not shown, not indexed."""
    text = text_of(f"<p>前文 {markup} 后面的文字</p><p>下一段</p>", shallow=shallow)
    assert "后面的文字" in text and "下一段" in text


def test_images_after_source_in_a_picture_are_kept() -> None:
    """306 real articles lost images this way (<picture><source …><img …></picture>)."""
    result = sanitize_html(
        '<picture><source srcset="https://i.example/a.webp"><img src="https://i.example/a.jpg"'
        ' alt="图片说明"></picture><p>正文</p>'
    )
    assert result.remote_images == ("https://i.example/a.jpg",)


@pytest.mark.parametrize("shallow", [False, True], ids=["native", "fallback"])
@pytest.mark.parametrize("markup", UNCLOSED)
def test_an_unclosed_container_takes_no_article_text(markup: str, shallow: bool) -> None:
    body = f"<p>开头</p>{markup}框里<p>文章的正文</p><div>还有一段</div>"
    result = _sanitize(body, None, shallow=shallow)
    text = html_to_text(result.html)
    assert "文章的正文" in text and "还有一段" in text
    assert [kind for kind, _ in result.notes] == ["unclosed-markup"]


@pytest.mark.parametrize("shallow", [False, True], ids=["native", "fallback"])
def test_closed_containers_still_go_with_their_content(shallow: bool) -> None:
    body = (
        "<p>开头</p><nav>菜单</nav><aside>相关文章</aside><form><button>订阅</button></form>"
        '<noscript><img src="https://t.example/p.gif"></noscript><div class="share-bar">分享'
        "</div><p>结尾</p>"
    )
    result = _sanitize(body, None, shallow=shallow)
    text = html_to_text(result.html)
    assert text.split() == ["开头", "结尾"] and result.notes == ()


def test_an_end_tag_the_parser_ignores_lets_no_container_take_the_article() -> None:
    """libxml2 ignores </aside> while a <div> in it is open: the aside held everything after;
    a browser closes both there."""
    text = text_of("<p>开头</p><aside><div>侧栏</aside>正文一</div><p>正文二</p>")
    assert "正文一" in text and "正文二" in text


def test_deep_in_the_document_too() -> None:
    deep = "<div>" * 300
    body = f"{deep}<p>开头</p><nav>菜单</nav><aside>侧栏<p>正文</p>{'</div>' * 300}<p>末尾</p>"
    text = text_of(body)
    assert "菜单" not in text and "正文" in text and "末尾" in text


def test_check_and_the_index_say_and_keep_it(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.md").write_text("---\ntitle: t\n---\n<p>前</p><aside>x<p>独特正文</p>\n", "utf-8")
    (lib / "b.md").write_text("---\ntitle: u\n---\n<p>前<embed src=v>嵌入之后</p>\n", "utf-8")
    warnings = [p.kind for p in scan_library(lib) if not getattr(p, "fatal", True)]
    assert "unclosed-markup" in warnings
    index = LibraryIndex(lib)
    try:
        index.update(workers=1)
        assert index.search("独特正文").total == 1 and index.search("嵌入之后").total == 1
    finally:
        index.close()


def longest_run(html: str) -> int:
    """The longest run of characters without a break opportunity in the text Qt lays out."""
    root = lxml.html.fragment_fromstring(html or "<div></div>", create_parent="div")
    texts = [*root.itertext(), *(v for el in root.iter() for k, v in el.attrib.items()
                                 if k in ("alt", "title"))]  # fmt: skip
    runs = (len(r) for t in texts for r in re.split(rf"[\s{ZERO_WIDTH_SPACE}]", t))
    return max(runs, default=0)


@pytest.mark.parametrize(
    "word",
    ["слово" * 8_000, "T" * 40_000, "&amp;" * 20_000, "a\u0301" * 20_000, "%E4" * 20_000],
    ids=["cyrillic", "latin", "entities", "combining", "escapes"],
)
def test_a_long_unbroken_run_gets_break_opportunities(word: str) -> None:
    """Qt lays a line out in time quadratic in its longest word: one 400,000-character
    Cyrillic word froze the window 27-35 s (issue 20). The text itself is unchanged."""
    body = f'<p>{word}</p><p><img src="https://i.example/a.png" alt="{word}"></p>'
    result = sanitize_html(body)
    assert longest_run(result.html) <= 2 * BREAK_EVERY
    plain = html_to_text(result.html)
    assert lxml.html.fromstring(f"<p>{word}</p>").text_content() in plain


def test_breaks_never_split_a_letter_from_its_accent() -> None:
    result = sanitize_html("<p>" + "a\u0301" * 20_000 + "</p>")
    assert f"{ZERO_WIDTH_SPACE}\u0301" not in result.html


def test_a_table_past_the_budget_is_lines_of_text_with_every_cell() -> None:
    """110,000 rows froze the viewer 15 s (issue 20)."""
    rows = MAX_TABLE_CELLS  # two cells a row: twice the budget
    small = "<table>" + "<tr><td>小表</td></tr>" * 10 + "</table>"
    big = "".join(f"<tr><td>行{i}</td><td>值{i}</td></tr>" for i in range(rows))
    result = sanitize_html(f"{small}<table>{big}</table><p>表后</p>")
    assert result.html.count("<td>") == 10 and "<table>" in result.html
    lines = html_to_text(result.html).splitlines()
    assert f"行{rows - 1} 值{rows - 1}" in lines and lines[-1] == "表后"
    assert [kind for kind, _ in result.notes] == ["large-table"]


def test_spans_are_bounded() -> None:
    result = sanitize_html('<table><tr><td colspan="100000" rowspan="x">a</td></tr></table>')
    assert f'colspan="{MAX_SPAN}"' in result.html and 'rowspan="1"' in result.html


def test_images_past_the_limit_are_their_descriptions() -> None:
    """20,000 images froze the viewer 11 s (issue 20); past MAX_IMAGES an image is text."""
    body = "".join(
        f'<img src="https://i.example/{i}.png" alt="图{i}">' for i in range(MAX_IMAGES + 50)
    )
    result = sanitize_html(f"<p>{body}</p>")
    assert len(result.remote_images) == MAX_IMAGES
    assert f"图{MAX_IMAGES + 49}" in html_to_text(result.html)
    assert [kind for kind, _ in result.notes] == ["too-many-images"]


def test_libxml2_is_never_given_a_tag_with_thousands_of_attributes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """200,000 attributes on one tag took 128 s: libxml2 compares each with every earlier
    one. A tag keeps MAX_ATTRIBUTES and the first of each name the sanitizer reads."""
    given: list[str] = []
    parse = sanitize_mod._parse_body

    def spy(html: str, *, shallow: bool = False):  # type: ignore[no-untyped-def]
        given.append(html)
        return parse(html, shallow=shallow)

    monkeypatch.setattr(sanitize_mod, "_parse_body", spy)
    junk = " ".join(f"a{i}=x" for i in range(20_000))
    result = sanitize_html(f'<p><img {junk} alt="说明" src="https://i.example/a.png">正文</p>')
    assert result.remote_images == ("https://i.example/a.png",)
    assert "正文" in html_to_text(result.html)
    attributes = max(len(re.findall(r"\sa\d+=", html)) for html in given)
    assert attributes <= MAX_ATTRIBUTES
    assert [kind for kind, _ in result.notes] == ["too-many-attributes"]


def test_nh3_is_never_given_a_long_run_of_character_references(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """html5ever copies its text node for each character reference: 1.5 million &amp; took
    20 s. Every 32 references a (removed) element starts a new text node."""
    given: list[str] = []
    clean = sanitize_mod.nh3.clean

    def spy(html: str, **kwargs: object) -> str:
        given.append(html)
        return clean(html, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(sanitize_mod.nh3, "clean", spy)
    result = sanitize_html("<p>" + "&amp;" * 20_000 + "</p>")
    longest = max(len(m) for m in re.findall(r"(?:&amp;)+", given[0]))
    assert longest <= 32 * len("&amp;")
    assert html_to_text(result.html).replace(" ", "") == "&" * 20_000


def test_many_alt_images_keep_every_alt_in_order() -> None:
    """60,000 <img alt> took 35 s (each caption check walked on from its image, each alt text
    was appended to one growing string); the texts stay, in order."""
    body = "".join(f'<img alt="说明{i}">' for i in range(5_000))
    text = html_to_text(sanitize_html(f"<p>{body}</p>").html)
    assert text == "".join(f"说明{i}" for i in range(5_000))


def test_a_caption_repeated_in_alt_is_still_said_once() -> None:
    body = '<figure><img src="https://i.example/a.png" alt="照片说明"><figcaption>照片说明' \
           "</figcaption></figure><p><img alt=\"另一说明\">另一说明，正文</p>"  # fmt: skip
    text = html_to_text(sanitize_html(body).html)
    assert text.count("照片说明") == 1 and text.count("另一说明") == 1


def test_markers_never_show(tmp_path: Path) -> None:
    """The end-tag markers (html_rules) are never left in the article, even where a source
    puts an end tag inside raw text or an attribute."""
    body = (
        '<p title="</aside>"><img src="https://i.example/a.png" alt="</nav>说明">'
        "<a href='https://x.example/' title='</form>'>链接</a></p><xmp></aside></xmp>"
        "<script>var s = '</aside>';</script><p>正文</p>"
    )
    article = parse_article_text(f"---\ntitle: t\n---\n{body}", tmp_path / "a.md")
    assert "reader-end" not in article.html and "reader-end" not in article.text


def test_twelve_thousand_alt_images_parse_well_inside_the_budget(tmp_path: Path) -> None:
    """12,000 of them took 48 s; the parse budget (20 s of processor time, parse_budget.py)
    skips a file past it, so this fails as a "too-slow" problem if the walk is slow again."""
    from reader.core.scan import parse_or_problem

    body = "".join(f'<img alt="说明{i}">' for i in range(12_000))
    path = tmp_path / "alts.md"
    path.write_text(f"---\ntitle: 图\n---\n<p>{body}</p>\n", encoding="utf-8")
    article = parse_or_problem(path)
    assert not isinstance(article, Problem), article
    assert "说明11999" in article.text

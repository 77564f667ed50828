"""Real files from ../shared/corpus, one per quirk listed in its README."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reader.core.article import article_id
from reader.core.parser import parse_article_file
from tests.conftest import FIXTURES, SEEDS

CORPUS = FIXTURES / "corpus"


def parse(name: str):  # type: ignore[no-untyped-def]
    return parse_article_file(CORPUS / name)


def test_date_only_value() -> None:
    assert parse("date-only.md").published == datetime(2020, 5, 26, tzinfo=UTC)


def test_offset_date_converted_to_utc() -> None:
    assert parse("offset-date.md").published == datetime(2014, 3, 12, 8, 55, 39, tzinfo=UTC)


def test_z_without_milliseconds() -> None:
    assert parse("z-no-millis.md").published == datetime(2019, 4, 22, 5, 49, 8, tzinfo=UTC)


def test_multiline_title_is_folded_to_one_line() -> None:
    a = parse("multiline-title.md")
    assert "\n" not in a.title
    assert a.title == "美四大科技巨头国会听证 提及中国"


def test_escaped_quote_in_title() -> None:
    assert parse("escaped-quote-title.md").title.startswith('美国拟列89家中企入"军方黑名单”')


def test_neist_without_epoch_or_heading() -> None:
    a = parse("neist-no-heading.md")
    assert a.title == "台风"
    assert a.text and "<" not in a.text


def test_english_article_and_drop_cap() -> None:
    a = parse("economist-english.md")
    assert a.title.startswith("Five years after")
    assert "Germany" in a.text
    b = parse("drop-cap.md")
    assert b.text


def test_heading_cut_with_ellipsis_does_not_replace_title() -> None:
    a = parse("cctv-heading-cut.md")
    assert a.title.endswith("击鼓催")
    assert not a.title.endswith("...")


def test_empty_title_falls_back(tmp_path: Path) -> None:
    original_name = tmp_path / "2019-10-14-.md"  # its name in the corpus
    original_name.write_bytes((CORPUS / "empty-title.md").read_bytes())
    a = parse_article_file(original_name)
    assert a.title == "the everything atom"  # no heading, no name after the date: URL slug
    assert any(w.kind == "stub" for w in a.warnings)


def test_stub_article() -> None:
    a = parse("stub.md")
    assert a.text == "美国小费文化造成的难题"


def test_weserv_proxy_resolved_to_real_image() -> None:
    a = parse("weserv-images.md")
    assert a.remote_images[0].startswith("https://imgcdn.cna.com.tw/www/WebPhotos/")
    assert "weserv" not in a.html


def test_lazy_images_and_captions() -> None:
    a = parse("lazy-data-src.md")
    assert a.remote_images and a.remote_images[0].startswith("https://www.zaobao.com.sg/")
    assert "<figcaption>" in a.html
    assert "中国嫦娥五号在月球表面展示五星旗" in a.text


def test_iframe_becomes_a_link() -> None:
    a = parse("iframe.md")
    assert "<iframe" not in a.html
    assert "▶" in a.html


def test_empty_paragraphs_removed() -> None:
    assert "<p></p>" not in parse("empty-paragraphs.md").html


def test_comments_key_and_protocol_relative_urls() -> None:
    assert parse("comments-true.md").title
    a = parse("protocol-relative.md")
    assert 'href="//' not in a.html and 'src="//' not in a.html
    assert all(u.startswith("https://") for u in a.remote_images)


def test_duplicate_categories_and_tags_collapse(tmp_path: Path) -> None:
    p = tmp_path / "dup.md"
    p.write_text(
        "---\ntitle: t\ncategories: [ A, A, B ]\ntags: [ x, x ]\n"
        "date: 2021-01-01\n---\n<p>body</p>",
        encoding="utf-8",
    )
    a = parse_article_file(p)
    assert a.categories == ("A", "B") and a.tags == ("x",)


def test_rescrape_of_same_url_shares_the_id() -> None:
    assert article_id("https://Example.com/a/#top", "x", "1") == article_id(
        "http://example.com/a", "y", "2"
    )
    assert article_id(None, "t", "a  b") == article_id(None, " t ", "a b")
    assert article_id(None, "t", "a") != article_id(None, "t", "b")


def test_better_feed_footer_is_removed_and_its_tags_kept() -> None:
    """Issue 13: every chinadigitaltimes item ends with the WordPress Better Feed plugin's
    footer, indexed and shown as text. The fixture is, byte for byte, the corpus file
    ``duty-machine__chinadigitaltimes/articles/400701_【真理部】《掮客徐升》.md``
    (git blob ca2e9807)."""
    a = parse("cdt-better-feed-footer.md")
    for boilerplate in ("get_post_time", "Permalink", "No comment", "del.icio.us", "Better Feed"):
        assert boilerplate not in a.text and boilerplate not in a.html
    assert "<hr>" not in a.html
    assert a.text.endswith(
        "以及中共中央网信办，国务院新闻办公室，中央文明办，国家广播电影电视总局，出版总署，文化部等一系列言论出版审查机构的总称。】"
    )
    assert a.tags == ("真理部指令",)  # the footer's "Post tags" are kept as the article's tags
    assert a.remote_images == ("http://chinadigitaltimes.net/chinese/files/2011/10/zhenlibu2.jpg",)


def test_the_outlet_is_the_source_and_a_person_is_the_author() -> None:
    """oped2 files name a person in author: and the outlet first in categories."""
    a = parse_article_file(FIXTURES / "corpus" / "offset-date.md")
    assert (a.source, a.author) == ("泡泡", "长平")
    b = parse_article_file(FIXTURES / "corpus" / "comments-true.md")
    assert (b.source, b.author) == ("中参馆", "Sim Chi Yin & Ian Johnson")
    sina = parse_article_file(SEEDS / "000_5cbf0c6a1009751e.txt")  # outlet in author and categories
    assert (sina.source, sina.author) == ("新浪财经", "")

"""The lead's furniture: the title again as a heading, "updated N minutes ago" (BBC 中文's
page head, kept by the scraper), dropped from what is shown and indexed; nothing else."""

from __future__ import annotations

from pathlib import Path

from reader.core.article import article_id
from reader.core.furniture import drop_lead_furniture
from reader.core.parser import parse_article_text
from reader.core.sanitize import sanitize_html
from reader.core.text import html_to_text

TITLE = "美国国会骚乱：推特封特朗普账号 民主党人计划再弹劾特朗普"
BBC_HEAD = (
    f'<div dir="ltr"><h1 id="content">{TITLE}</h1></div>'
    '<div dir="ltr"><time datetime="2021-01-09">2021年1月9日早上8点03分</time>'
    '<div><time datetime="2021-01-09">最近更新： 7 分钟前</time></div></div>'
)
FIRST = "社交媒体推特公司表示，已永久暂停特朗普的推特帐户。"
BODY = f"{BBC_HEAD}<p><b>{FIRST}</b></p><p>较早前，美国国会大楼被特朗普支持者闯入。</p>"


def shown(body: str, title: str = TITLE) -> str:
    html = sanitize_html(body).html
    return html_to_text(drop_lead_furniture(html, title) or html)


def test_the_title_again_and_a_stale_update_time_go_the_dateline_stays() -> None:
    text = shown(BODY)
    assert TITLE not in text
    assert "分钟前" not in text
    assert "2021年1月9日早上8点03分" in text
    assert text.index(FIRST) < 40


def test_english_relative_times_go_too() -> None:
    body = "<h2>Storm hits coast</h2><p><span>Updated 5 hours ago</span></p><p>Winds rose.</p>"
    assert shown(body, "Storm hits coast").split() == ["Winds", "rose."]


def test_headings_that_are_not_the_title_and_later_ones_are_kept() -> None:
    body = f"<h1>另一个标题</h1><p>{FIRST}</p><h2>{TITLE}</h2><p>5 分钟前</p>"
    text = shown(body)
    assert "另一个标题" in text and TITLE in text and "5 分钟前" in text


def test_words_before_the_heading_end_the_lead() -> None:
    body = f"<p>编者按：转载。</p><h1>{TITLE}</h1><p>{FIRST}</p>"
    assert TITLE in shown(body)


def test_an_article_that_is_only_its_title_keeps_it() -> None:
    assert drop_lead_furniture(sanitize_html(f"<h1>{TITLE}</h1>").html, TITLE) is None


def test_a_body_without_furniture_is_not_parsed_again() -> None:
    assert drop_lead_furniture(f"<p>{FIRST}</p>" * 50, TITLE) is None


def test_the_id_of_a_file_without_a_url_is_of_the_text_as_written() -> None:
    """Ids key bookmarks and highlights: what the lead rules drop must not change them."""
    text = f"---\ntitle: {TITLE}\ndate: 2021-01-09\n---\n{BODY}"
    article = parse_article_text(text, Path("a.md"))
    written = html_to_text(sanitize_html(BODY).html)
    assert article.id == article_id(None, TITLE, written)
    assert TITLE not in article.text and FIRST in article.text
    assert "分钟前" not in article.html

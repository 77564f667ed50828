"""Highlights are anchored by quote, context and a position hint (W3C Web Annotation): found
again in a text that was re-sanitized, converted to the other script, laid out as the window's
page, shifted or edited; not placed at all once the quote is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reader.core.annotations.anchor import FUZZY_MIN, Anchor, describe, locate
from reader.core.annotations.placing import anchor_quote
from reader.core.parser import parse_article_file
from reader.core.script import OffsetMap, conversion_for
from tests.conftest import SEEDS

ZAOBAO = SEEDS / "001_d31ba643041d82b7.txt"  # the 2022-01-27 call, Lianhe Zaobao


@pytest.fixture(scope="module")
def text() -> str:
    return parse_article_file(ZAOBAO).text


def made(text: str, quote: str) -> Anchor:
    start = text.index(quote)
    return describe(text, start, start + len(quote))


def test_the_anchor_keeps_quote_context_and_offsets(text: str) -> None:
    anchor = made(text, "停止干扰北京冬奥会")
    assert anchor.exact == "停止干扰北京冬奥会"
    assert text[: anchor.start].endswith(anchor.prefix) and len(anchor.prefix) == 32
    assert text[anchor.end :].startswith(anchor.suffix) and len(anchor.suffix) == 32
    where = locate(anchor, text)
    assert (
        where is not None
        and where.exact
        and (where.start, where.end)
        == (
            anchor.start,
            anchor.end,
        )
    )


def test_found_in_another_extraction_of_the_same_html(text: str) -> None:
    """A sanitizer that lays text out differently (BeautifulSoup's get_text: other line
    breaks and spaces, image alt texts gone) still shows the highlight on the same words."""
    article = parse_article_file(ZAOBAO)
    other = BeautifulSoup(article.html, "html.parser").get_text()
    assert other != text
    for quote in ("停止干扰北京冬奥会", "美国官方则称，布林肯在通话中强调乌克兰危机所带来的风险。"):
        where = locate(made(text, quote), other)
        assert where is not None and where.exact
        assert "".join(other[where.start : where.end].split()) == quote


def test_found_when_text_is_added_before_it_and_offsets_are_wrong(text: str) -> None:
    anchor = made(text, "停止干扰北京冬奥会")
    shifted = "编者按：本文有一段新加的导语，放在最前面。\n" * 3 + text
    where = locate(anchor, shifted)
    assert where is not None and shifted[where.start : where.end] == "停止干扰北京冬奥会"


def test_equal_quotes_are_told_apart_by_their_context(text: str) -> None:
    """王毅 occurs many times: each highlight of it lands on its own occurrence."""
    starts = [i for i in range(len(text)) if text.startswith("王毅", i)]
    assert len(starts) > 3
    for start in starts:
        anchor = describe(text, start, start + 2)
        moved = Anchor(anchor.exact, anchor.prefix, anchor.suffix)  # no position hint at all
        where = locate(moved, "前言。\n" + text)
        assert where is not None and where.start == start + 4


def test_found_in_the_other_script_and_in_a_page_with_paragraph_separators(text: str) -> None:
    anchor = made(text, "停止干扰北京冬奥会")
    conversion = conversion_for("zh-Hant-TW", text)
    assert conversion is not None
    traditional = conversion.text(text)
    where = locate(anchor, traditional)
    assert where is not None and traditional[where.start : where.end] == "停止干擾北京冬奧會"
    page = "王毅应约同布林肯通话\u2029联合早报 · 2022-01-27\u2029" + text.replace("\n", "\u2029")
    where = locate(anchor, page)
    assert where is not None and page[where.start : where.end] == "停止干扰北京冬奥会"


def test_an_offset_map_carries_a_highlight_to_a_phrase_converted_page() -> None:
    """Phrases change length under s2twp (方便面 → 泡麵): the window carries the span found in
    the text as written to the converted page with OffsetMap."""
    written = "他说方便面的价格涨了，软件也涨了。"
    conversion = conversion_for("zh-Hant-TW", written)
    assert conversion is not None
    shown = conversion.text(written)
    where = locate(made(written, "软件也涨了"), written)
    assert where is not None
    start, end = OffsetMap(written, shown).span(where.start, where.end)
    assert shown[start:end] == "軟體也漲了"


def test_an_edited_quote_is_found_while_it_still_reads_alike(text: str) -> None:
    quote = "美国官方则称，布林肯在通话中强调乌克兰危机所带来的风险。"
    anchor = made(text, quote)
    edited = text.replace(quote, "美国官方则称，布林肯在通话中特别强调了乌克兰危机带来的风险。")
    where = locate(anchor, edited)
    assert where is not None and not where.exact
    assert "乌克兰危机" in edited[where.start : where.end]


def test_a_quote_edited_out_is_not_placed_anywhere(text: str) -> None:
    quote = "美国官方则称，布林肯在通话中强调乌克兰危机所带来的风险。"
    anchor = made(text, quote)
    gone = text.replace(quote, "")
    assert locate(anchor, gone) is None
    rewritten = text.replace(quote, "另据报道，双方同意保持沟通，下一次会谈的时间另行商定。")
    assert locate(anchor, rewritten) is None
    assert FUZZY_MIN >= 0.7  # a different sentence between the same neighbours never counts


def test_a_quote_typed_in_the_other_script_anchors_to_the_words_as_written(text: str) -> None:
    anchor = anchor_quote(text, "停止干擾北京 冬奧會")
    assert anchor is not None and anchor.exact == "停止干扰北京冬奥会"
    assert anchor_quote(text, "这句话不在文章里") is None


def test_empty_and_whitespace_quotes_are_never_placed(text: str) -> None:
    assert locate(Anchor(""), text) is None
    assert locate(Anchor(" \n"), text) is None
    assert locate(Anchor("王毅"), "") is None


def test_seeds_every_sentence_round_trips() -> None:
    """Every sentence of every seed, anchored and placed again, lands on itself."""
    for path in sorted(Path(SEEDS).iterdir()):
        text = parse_article_file(path).text
        start = 0
        for sentence in text.split("。"):
            end = start + len(sentence)
            if sentence.strip():
                where = locate(describe(text, start, end), text)
                assert where is not None and (where.start, where.end) == (
                    start + len(sentence) - len(sentence.lstrip()),
                    end - (len(sentence) - len(sentence.rstrip())),
                ), (path.name, sentence)
            start = end + 1

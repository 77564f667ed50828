from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.parser import parse_article_file
from tests.conftest import SEEDS


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS.iterdir() if p.name.startswith(prefix))


def test_five_seeds_ship() -> None:
    assert len([p for p in SEEDS.iterdir() if p.suffix == ".md"]) == 5


def test_sina_hexo_seed_leading_blank_line_rfc822_and_boilerplate() -> None:
    a = parse_article_file(seed("000"))
    assert a.title == "王毅应约同美国国务卿布林肯通电话"
    assert a.published == datetime(2022, 2, 22, 6, 11, tzinfo=UTC)
    assert a.source == "新浪财经"
    assert a.categories == ("金融", "新浪财经", "新浪财经－国內")
    assert a.url is None
    assert "王毅应约同美国国务卿布林肯通电话" in a.text
    # Sina's QR/app block, editor line, style block and comments are gone.
    for junk in ("新浪财经APP", "责任编辑", "appendQr", "<style", "<!--", "正文下iframe"):
        assert junk not in a.html
        assert junk not in a.text
    # The headimg is the QR-code image of the removed block, not a lead image.
    assert a.lead_image is None
    assert a.warnings == ()


def test_sina_seed_keeps_article_paragraphs() -> None:
    a = parse_article_file(seed("003"))
    assert a.text.count("\n") >= 4
    assert "原标题：100吨天然放射性超标矿砂在广州被退运出境" in a.text
    assert "来源：中国新闻网" not in a.text  # it sits inside an HTML comment
    assert a.published == datetime(2021, 6, 22, 7, 2, 47, tzinfo=UTC)


def test_zaobao_jekyll_seed_epoch_heading_and_ads() -> None:
    a = parse_article_file(seed("001"))
    assert a.title == "王毅访问缅甸 承诺中国将提供冠病疫苗"
    assert a.url == "https://www.zaobao.com/realtime/china/story20210112-1115709"
    assert a.published == datetime(2021, 1, 12, 1, 42, tzinfo=UTC)  # date:, not the epoch line
    assert a.source == "联合早报"
    assert a.tags == ("联合早报",) and a.categories == ("联合早报",)
    assert "dfp-ad" not in a.html and "imu" not in a.html
    assert "------" not in a.text
    assert not a.text.startswith("王毅访问缅甸"), "the [title](url) heading must not show twice"


def test_traditional_chinese_seed() -> None:
    a = parse_article_file(seed("002"))
    assert a.title == "王毅訪東協 分析：趕在拜登上任前鞏固關係"
    assert a.source == "(臺)中央社CNA"
    assert "中央社記者邱國強" in a.text


def test_no_front_matter_seed_uses_heading_and_date_line() -> None:
    a = parse_article_file(seed("004"))
    assert a.title == "【网络民议】俄罗斯专业“辱华” 生动诠释“战略伙伴关系”"
    assert a.url is not None and a.url.startswith("https://chinadigitaltimes.net/chinese/2020/07/")
    assert a.published == datetime(2020, 7, 2, 10, 28, 51, tzinfo=UTC)
    assert "日期：" not in a.text
    assert a.source == "chinadigitaltimes.net"
    assert a.lead_image is not None and a.lead_image.startswith("https://chinadigitaltimes.net/")
    assert ' src="' not in a.html, "remote images must not be loadable by default"
    assert 'data-remote-src="https://chinadigitaltimes.net/' in a.html


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_ids_are_stable_across_moves(prefix: str, tmp_path: Path) -> None:
    original = parse_article_file(seed(prefix))
    moved = tmp_path / "elsewhere" / "renamed.md"
    moved.parent.mkdir()
    moved.write_bytes(seed(prefix).read_bytes())
    again = parse_article_file(moved)
    assert again.id == original.id
    assert len(original.id) == 16


def test_seed_ids_are_distinct() -> None:
    ids = {parse_article_file(p).id for p in SEEDS.iterdir()}
    assert len(ids) == 5

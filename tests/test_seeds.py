"""The five seed articles (seeds/ = ../shared/seeds byte for byte) and the stand-ins."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.parser import parse_article_file
from tests.conftest import ROOT, SEEDS, STANDINS

# The seed files as received (../shared/seeds): sample data is never edited.
SEED_SHA256 = {
    "000_5cbf0c6a1009751e.txt": "99a048a34d24e76b393da87b8f73421b694f5fc7ab5506dc3927d7f23b4f7964",
    "001_d31ba643041d82b7.txt": "a82a3858025807b9c7d755be256cbce590a9528bee84712e0ba727854eb23347",
    "002_3568484641814460.txt": "48567594076bdf73e95c97f102c059410ad8c7d93c84b92dbcfc07bd2dd95baa",
    "003_740b901baec55788.txt": "fcee3502569e8195f964702f2f4849a214085ef95951ba158bdddfa4441f3f64",
    "004_9d386193ba5a9105.txt": "2305f153995b3adb8cd128407d45e2dd4988f27c5d96d951e0d05d707f976aca",
}
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS.iterdir() if p.name.startswith(prefix))


def test_seeds_are_exactly_the_five_seed_files() -> None:
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.iterdir()}
    assert found == SEED_SHA256


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_seeds_match_shared_seeds_byte_for_byte() -> None:
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.iterdir()}
    assert {p.name: p.read_bytes() for p in SEEDS.iterdir()} == shared


def test_sina_hexo_seed_leading_blank_line_rfc822_and_boilerplate() -> None:
    raw = seed("000").read_text(encoding="utf-8")
    assert raw.startswith("\n---\n")  # Hexo: a blank line before the front matter
    a = parse_article_file(seed("000"))
    assert a.title == "王毅应约同美国国务卿布林肯通电话"
    assert a.published == datetime(2022, 1, 27, 4, 57, 49, tzinfo=UTC)
    assert a.source == "新浪财经"
    assert a.categories == ("金融", "新浪财经", "新浪财经－国內")
    assert a.url is None
    assert a.text.startswith("2022年1月27日，国务委员兼外交部长王毅应约同美国国务卿布林肯通电话。")
    assert "新明斯克协议" in a.text
    # Sina's QR/app block, editor line, style block and comments are gone.
    for junk in ("新浪财经APP", "责任编辑", "appendQr", "<style", "<!--", "正文下iframe"):
        assert junk not in a.html
        assert junk not in a.text
    # The headimg is the QR-code image of the removed block, not a lead image.
    assert a.lead_image is None
    assert a.warnings == ()


def test_sina_seed_of_2021_11_13_keeps_article_paragraphs() -> None:
    a = parse_article_file(seed("003"))
    assert a.title == "王毅同美国国务卿布林肯通电话"
    assert a.published == datetime(2021, 11, 13, 5, 12, 27, tzinfo=UTC)
    assert a.text.count("\n") >= 4
    assert a.text.startswith("原标题：王毅同美国国务卿布林肯通电话")
    assert "视频会晤" in a.text  # the <font> inside the paragraph keeps its words
    assert a.warnings == ()


@pytest.mark.parametrize(
    ("prefix", "title", "published", "url"),
    [
        ("001", "王毅应约同布林肯通话 吁美停止干扰北京冬奥",
         datetime(2022, 1, 27, 9, 36, 52, 404000, tzinfo=UTC), "story20220127-1237193"),
        ("002", "布林肯与王毅通话 强调维护乌克兰领土完整必要性",
         datetime(2022, 2, 22, 5, 32, tzinfo=UTC), "story20220222-1245267"),
        ("004", "王毅与布林肯通话：停止对华打压 不要为两国关系制造新障碍",
         datetime(2022, 10, 31, 6, 46, tzinfo=UTC), "story20221031-1328240"),
    ],
)  # fmt: skip
def test_zaobao_jekyll_seeds_epoch_heading_comments_and_ads(
    prefix: str, title: str, published: datetime, url: str
) -> None:
    raw = seed(prefix).read_text(encoding="utf-8")
    assert "\ncomments: True\n" in raw or prefix == "001"
    a = parse_article_file(seed(prefix))
    assert a.title == title
    assert a.url == f"https://www.zaobao.com/realtime/china/{url}"
    assert a.published == published  # date:, not the epoch line
    assert a.source == "联合早报"
    assert a.tags == ("联合早报",) and a.categories == ("联合早报",)
    assert "dfp-ad" not in a.html and "imu" not in a.html
    assert "------" not in a.text
    assert not a.text.startswith(title), "the [title](url) heading must not show twice"
    assert ' src="' not in a.html, "remote images must not be loadable by default"
    assert a.lead_image is not None and a.lead_image.startswith("https://static.zaobao.com/")
    assert a.warnings == ()


def test_the_four_calls_are_dated_as_reported() -> None:
    days = sorted(parse_article_file(p).published.date().isoformat() for p in SEEDS.iterdir())  # type: ignore[union-attr]
    assert days == ["2021-11-13", "2022-01-27", "2022-01-27", "2022-02-22", "2022-10-31"]


def test_traditional_chinese_standin() -> None:
    a = parse_article_file(STANDINS / "cna-traditional-wangyi-asean.md")
    assert a.title == "王毅訪東協 分析：趕在拜登上任前鞏固關係"
    assert a.source == "(臺)中央社CNA"
    assert "中央社記者邱國強" in a.text


def test_no_front_matter_standin_uses_heading_and_date_line() -> None:
    a = parse_article_file(STANDINS / "cdt-no-front-matter-2020-07-02.md")
    assert a.title == "【网络民议】俄罗斯专业“辱华” 生动诠释“战略伙伴关系”"
    assert a.url is not None and a.url.startswith("https://chinadigitaltimes.net/chinese/2020/07/")
    assert a.published == datetime(2020, 7, 2, 10, 28, 51, tzinfo=UTC)
    assert "日期：" not in a.text
    assert a.source == "chinadigitaltimes.net"
    assert a.lead_image is not None and a.lead_image.startswith("https://chinadigitaltimes.net/")
    assert ' src="' not in a.html, "remote images must not be loadable by default"
    assert 'data-remote-src="https://chinadigitaltimes.net/' in a.html


def test_sina_standin_drops_source_comment() -> None:
    a = parse_article_file(STANDINS / "sina-hexo-2021-06-22-radioactive-ore.md")
    assert "原标题：100吨天然放射性超标矿砂在广州被退运出境" in a.text
    assert "来源：中国新闻网" not in a.text  # it sits inside an HTML comment
    assert a.published == datetime(2021, 6, 22, 7, 2, 47, tzinfo=UTC)


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

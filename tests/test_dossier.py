"""A story as a dossier: the seeds' 2022-01-27 call (Sina Finance first, then Lianhe Zaobao)
in Markdown and PDF, with the reader's highlight and note at their report and the references
at the end; Chinese set as glyphs in the PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.dossier.as_html import readable_url, to_html
from reader.core.dossier.as_markdown import md, to_markdown
from reader.core.dossier.build import selection_dossier, story_dossier
from reader.core.search.engine import LibraryIndex
from tests.conftest import SEEDS
from tests.faultkit import run_reader

STORY = "e12039983fa2610c"  # the 2022-01-27 call: its first report's id
SINA, ZAOBAO = "e12039983fa2610c", "a9b57668a3b7e4e6"


@pytest.fixture(autouse=True)
def utc() -> Iterator[None]:
    """Dates are shown in local time: these tests read them in UTC, wherever they run."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def mark_up() -> None:
    store = HighlightStore()
    store.add(Highlight(ZAOBAO, "停止干扰北京冬奥会", note="早报标题里的要求", color="green"))
    store.add(Highlight(SINA, "新明斯克协议", note="乌克兰问题的原点"))
    store.add(Highlight(ZAOBAO, "一句已被删掉的话，不在文中。"))
    store.close()
    BookmarkStore().add(Bookmark(ZAOBAO, "t", note="新加坡的视角"))


def test_markdown_dossier_of_the_story(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    mark_up()
    target = tmp_path / "dossier.md"
    assert cli(["dossier", STORY, "--format", "md", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 王毅应约同美国国务卿布林肯通电话\n")
    assert "2 reports from 2 outlets" in text
    assert "First reported by 新浪财经 at 2022-01-27" in text
    sina, zaobao = text.index("### 1. 新浪财经"), text.index("### 2. 联合早报")
    refs = text.index("## References")
    assert sina < zaobao < refs
    # each highlight and note at its own report, the one gone from the text said so
    assert sina < text.index("> “新明斯克协议”") < text.index("Note: 乌克兰问题的原点") < zaobao
    assert zaobao < text.index("> “停止干扰北京冬奥会”") < text.index("早报标题里的要求") < refs
    assert "“一句已被删掉的话，不在文中。” *(not found in the text)*" in text
    assert "**Your note:**\n\n> 新加坡的视角" in text
    assert "What it adds:" in text and "sentences an earlier report already had" in text
    # the report's address once: its title's link
    assert (
        text[zaobao:refs].count("https://www.zaobao.com/realtime/china/story20220127-1237193") == 1
    )
    assert text.endswith(".\n") and not text.endswith("\n\n")
    assert "1. 新浪财经. “王毅应约同美国国务卿布林肯通电话,” January 27, 2022." in text
    # an article id of the story names it too
    other = tmp_path / "other.md"
    assert cli(["dossier", ZAOBAO, "-o", str(other)]) == 0
    assert other.read_text(encoding="utf-8") == text


def test_pdf_dossier_of_the_story(tmp_path: Path, isolated_data_dir: Path) -> None:
    """As a person runs it: its own process, which makes an offscreen QGuiApplication (in
    this one it would stand in the way of the tests' QApplication)."""
    mark_up()
    target = tmp_path / "dossier.pdf"
    result = run_reader(["dossier", STORY, "--format", "pdf", "-o", str(target)],
                        isolated_data_dir, extra_env={"TZ": "UTC"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert not list(tmp_path.glob("*.tmp"))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text was not read back")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    # Qt's PDF maps some CJK glyphs to Kangxi radicals in its ToUnicode table (止 -> U+2F4C):
    # the same glyph; NFKC reads them back as the characters.
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    for needle in ("王毅应约同美国国务卿布林肯通电话", "停止干扰北京冬奥会", "早报标题里的要求",
                   "新明斯克协议", "乌克兰问题的原点", "References", "联合早报"):  # fmt: skip
        assert needle in flat, needle


def test_a_hostile_title_stays_text_in_both(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.md").write_text(
        "---\ntitle: '<img src=\"file:///etc/passwd\"> **bold** [x](y)'\n"
        "date: 2022-01-27T00:00:00Z\nauthor: 某报\nfrom: https://example.com/a\n---\n"
        "<p>正文第一句。正文第二句。</p>\n",
        encoding="utf-8",
    )
    index = LibraryIndex(lib)
    index.update()
    [article_id] = index.catalog.ids()
    d = selection_dossier(index.catalog, "#t", [article_id])
    page = to_html(d)
    assert "<img" not in page and "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in page
    markdown = to_markdown(d)
    assert '\\<img src="file:///etc/passwd"\\> \\*\\*bold\\*\\* \\[x\\](y)' in markdown
    assert md("a|b#c") == "a\\|b\\#c"
    index.close()


def test_a_tag_makes_a_dossier_of_its_articles(tmp_path: Path) -> None:
    BookmarkStore().add(Bookmark("9f83dc02ca34c415", "t", tags=["通话"]))
    HighlightStore().add(Highlight("1e884ccdf1a70340", "乌克兰", tags=["通话"], note="领土"))
    target = tmp_path / "tag.md"
    assert cli(["dossier", "--tag", "通话", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# \\#通话")
    first = text.index("### 1. 联合早报 — 2022-02-22")
    second = text.index("### 2. 联合早报 — 2022-10")
    assert first < text.index("Note: 领土") < second
    assert cli(["dossier", "--tag", "没有", "-o", str(target)]) == 1


def test_the_story_dossier_uses_the_timeline_in_time_order() -> None:
    index = LibraryIndex(SEEDS)
    index.update()
    d = story_dossier(index.catalog, STORY)
    assert d is not None and d.is_story
    assert [r.source for r in d.reports] == ["新浪财经", "联合早报"]
    assert d.outlets == ("新浪财经", "联合早报") and d.first and d.last and d.first < d.last
    assert all(r.adds for r in d.reports) and d.reports[1].told > 0
    # every sentence a report adds, not the first few the window shows before "more"
    from reader.core.stories.timeline import SHOWN_NEW, timeline

    line = timeline(index.catalog.db, STORY)
    assert line is not None
    assert [r.adds for r in d.reports] == [e.adds for e in line.entries]
    assert len(d.reports[0].adds) > SHOWN_NEW
    assert "more new sentence" not in to_markdown(d) + to_html(d)
    assert [r.article_id for r in d.references] == [SINA, ZAOBAO]
    assert story_dossier(index.catalog, "0000000000000000") is None
    index.close()


def test_traditional_chinese_is_set_as_glyphs_in_the_pdf(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    """Both scripts in one PDF: a Traditional report beside a Simplified one."""
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "cna.md").write_text(
        "---\ntitle: '外交部：臺美關係穩健發展'\ndate: 2022-01-28T02:00:00Z\nauthor: 中央社\n"
        "from: https://www.cna.com.tw/news/a\n---\n<p>外交部今天表示，臺灣與美國的關係穩健發展，"
        "雙方將持續深化合作。</p>\n",
        encoding="utf-8",
    )
    shutil.copy(SEEDS / "001_d31ba643041d82b7.txt", lib / "zaobao.md")
    index = LibraryIndex(lib)
    index.update()
    ids = index.catalog.ids()
    index.close()
    for article_id in ids:
        BookmarkStore().add(Bookmark(article_id, "t", tags=["兩岸"]))
    target = tmp_path / "both.pdf"
    result = run_reader(["dossier", "--tag", "兩岸", "--format", "pdf", "-o", str(target),
                         "--library", str(lib)], isolated_data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text was not read back")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    assert "臺美關係穩健發展" in flat and "王毅应约同布林肯通话" in flat


def test_notes_keep_every_line_in_the_quote(tmp_path: Path) -> None:
    BookmarkStore().add(Bookmark(ZAOBAO, "t", note="第一行\n第二行 # 不是标题\n\n第二段"))
    HighlightStore().add(Highlight(ZAOBAO, "停止干扰北京冬奥会", note="甲\n\n乙\n丙"))
    target = tmp_path / "d.md"
    assert cli(["dossier", STORY, "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    mine = text[text.index("**Your note:**") : text.index("## References")]
    quotes = [block for block in mine.split("\n\n") if block.startswith(">")]
    assert quotes == [
        "> 第一行\\\n> 第二行 \\# 不是标题\n>\n> 第二段",
        "> “停止干扰北京冬奥会”\n>\n> Note: 甲\n>\n> 乙\\\n> 丙",
    ]
    page = to_html(story_dossier(LibraryIndex(SEEDS).catalog, STORY,  # type: ignore[arg-type]
                                 bookmarks=BookmarkStore().list_bookmarks(),
                                 highlights=HighlightStore().list_highlights()))  # fmt: skip
    assert "第一行<br>第二行 # 不是标题<br><br>第二段" in page and "甲<br><br>乙<br>丙" in page


def test_the_pdf_shows_addresses_decoded_and_links_them_encoded(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    """RFI's addresses are percent-encoded Chinese: people read the characters, the link
    leads to the address as it is. Outlets are named as their citations name them."""
    from tests.conftest import FIXTURES

    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copy(FIXTURES / "citations" / "rfi-encoded-url.md", lib / "rfi.md")
    index = LibraryIndex(lib)
    index.update()
    [article_id] = index.catalog.ids()
    url = index.catalog.entry(article_id).url  # type: ignore[union-attr]
    assert url is not None and "%E5%9B%BD%E9%99%85" in url
    d = selection_dossier(index.catalog, "#rfi", [article_id])
    index.close()
    assert d.reports[0].source == "法国国际广播电台"  # the feed calls it 法广
    page = to_html(d)
    readable = readable_url(url)
    assert readable.startswith("http://www.rfi.fr//cn/国际/20210108-从特朗普到拜登")
    assert f'<a href="{url}">' in page and "国际/20210108-从特朗普到拜登" in page
    assert page.count(f'<a href="{url}">') == 2  # the title, the reference
    BookmarkStore().add(Bookmark(article_id, "t", tags=["rfi"]))
    target = tmp_path / "rfi.pdf"
    result = run_reader(["dossier", "--tag", "rfi", "--format", "pdf", "-o", str(target),
                         "--library", str(lib)], isolated_data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert b"%E5%9B%BD%E9%99%85" in target.read_bytes()  # the link, as it was
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text was not read back")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    assert readable.replace(" ", "") in flat and "%E5" not in flat

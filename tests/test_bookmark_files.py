"""Bookmark exports and imports (issue 20 points 3, 10, 15, 19; issue 22): every format keeps
tags and notes and imports back, hostile titles, notes and URLs never become live markup or
links, and a bad import file costs only its bad entries."""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from pathlib import Path

import lxml.html
import pytest

from reader.cli import main as cli
from reader.core.bookmark_files import MARKDOWN_TAG, read_import
from reader.core.bookmarks import Bookmark, BookmarkStore

HOSTILE = [
    Bookmark(
        "h1",
        "<script>alert(1)</script> ]( [x](javascript:alert(1)) --> \"' &amp;",
        "来源 <b>|",
        "2022-01-27T08:00:00+00:00",
        "javascript:alert(document.cookie)",
        "/lib/a.md",
        "第一行 <img src=x onerror=alert(1)>\n[a](javascript:b) -->\n\n# 标题 *x*",
        "2022-01-28T00:00:00+00:00",
        ["<b>", "中美", "a&b"],
    ),
    Bookmark(
        "h2",
        "王毅应约同美国国务卿布林肯通电话",
        "新浪财经",
        "2022-01-27T00:00:00+00:00",
        'https://example.com/a (b)<c>?q=1&r="2"',
        None,
        "",
        "2022-01-27T00:00:00+00:00",
        ["外交"],
    ),
    Bookmark(
        "h3",
        "",
        "控制 \x00 \x01 \x1b[2J \x7f \x9b \u202e",  # control characters in a field
        None,
        "data:text/html,<script>x</script>",
        None,
        "-->",
        "2022-01-26T00:00:00+00:00",
        [],
    ),
]


def store_with(bookmarks: list[Bookmark], path: Path | None = None) -> BookmarkStore:
    store = BookmarkStore(path)
    for b in bookmarks:
        store.add(b)
    return store


@pytest.mark.parametrize("suffix", [".json", ".md", ".html"])
def test_every_format_round_trips_with_tags_notes_and_hostile_text(
    tmp_path: Path, suffix: str
) -> None:
    store = store_with(HOSTILE)
    target = tmp_path / f"b{suffix}"
    assert store.export_file(target) == 3
    other = BookmarkStore(tmp_path / "other.sqlite")
    report = other.import_file(target)
    assert (report.added, report.merged, report.skipped) == (3, 0, [])
    assert other.list_bookmarks() == store.list_bookmarks()
    again = other.import_file(target)
    assert (again.added, again.merged) == (0, 3) and other.count() == 3


def test_the_json_export_is_utf8_as_written(tmp_path: Path) -> None:
    store_with(HOSTILE).export_file(tmp_path / "b.json")
    text = (tmp_path / "b.json").read_text(encoding="utf-8")
    assert "王毅应约同美国国务卿布林肯通电话" in text
    escaped = [int(code, 16) for code in re.findall(r"\\u([0-9a-f]{4})", text)]
    assert escaped and all(code < 0x20 for code in escaped)  # JSON escapes controls only


def test_the_html_export_has_no_live_markup_and_only_web_links(tmp_path: Path) -> None:
    store_with(HOSTILE).export_file(tmp_path / "b.html")
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    root = lxml.html.document_fromstring(page)
    assert root.xpath("//script") == [] and root.xpath("//img") == []
    assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
    hrefs = [a.get("href") for a in root.iter("a")]
    assert hrefs == ["https://example.com/a%20%28b%29%3Cc%3E?q=1&r=%222%22"]
    items = root.xpath("//li")
    assert len(items) == 3
    assert items[0].text_content().startswith(HOSTILE[0].title)
    assert "Content-Security-Policy" in page  # nothing would run even so
    notes = root.xpath("//p[@class='note']")
    assert notes[0].text_content().startswith("第一行 <img src=x onerror=alert(1)>")
    assert "#<b>" in items[0].text_content()  # tags are in the page


def test_the_markdown_export_escapes_notes_and_links_only_the_web(tmp_path: Path) -> None:
    store_with(HOSTILE).export_file(tmp_path / "b.md")
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    visible = re.sub(rf"<!-- {MARKDOWN_TAG} .*? -->", "", text)
    assert "<" not in visible.replace("\\<", "")  # no raw HTML anywhere
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\)" in visible  # the title's "link", as text
    links = re.findall(r"\]\(([^)]*)\)", visible.replace("\\]", "").replace("\\)", ""))
    assert links == ["https://example.com/a%20%28b%29%3Cc%3E?q=1&r=%222%22"]
    assert "  > 第一行 \\<img src=x onerror=alert\\(1\\)\\>" in text  # the note, as text
    assert "\\#外交" in text
    assert text.count(f"<!-- {MARKDOWN_TAG} ") == 3 and text.count("-->") == 3


def test_a_bad_entry_costs_only_itself_and_is_said(tmp_path: Path) -> None:
    entries = [
        {"article_id": "g1", "title": "好", "tags": ["a"]},
        {"article_id": "b1", "title": "坏的标签", "tags": [1, 2]},
        {"article_id": "g2", "title": "也好", "note": "n"},
        "not an object",
        {"article_id": 5, "title": "id is a number"},
        {"article_id": "b3", "title": "bad date", "published": "yesterday"},
        {"article_id": "b4", "title": "\ud800 lone surrogate"},
        {"article_id": "b5", "title": "note", "note": {"x": 1}},
        {"article_id": "g3", "title": "最后一个好的", "tags": None, "note": None},
    ]
    source = tmp_path / "mixed.json"
    payload = {"format": "reader-bookmarks", "version": 1, "bookmarks": entries}
    source.write_text(json.dumps(payload), encoding="utf-8")
    store = BookmarkStore()
    report = store.import_file(source)
    assert (report.added, report.merged) == (3, 0)
    assert {b.article_id for b in store.list_bookmarks()} == {"g1", "g2", "g3"}
    said = [str(s) for s in report.skipped]
    assert [s.position for s in report.skipped] == [2, 4, 5, 6, 7, 8]
    assert said[0] == "entry 2 (坏的标签): its tags are not a list of text"
    assert "not a bookmark entry" in said[1] and "no article id" in said[2]
    assert "date is not a date" in said[3] and "title is not text" in said[4]
    assert "note is not text" in said[5]


def test_cli_import_with_wrong_types_says_what_was_skipped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "bad.json"
    payload = {"format": "reader-bookmarks", "version": 1, "bookmarks": [
        {"article_id": "b1", "title": "x", "tags": [1, 2]},
        {"article_id": "g1", "title": "好"},
    ]}  # fmt: skip
    source.write_text(json.dumps(payload), encoding="utf-8")
    assert cli(["bookmarks", "import", str(source)]) == 0
    out = capsys.readouterr()
    assert "Imported 1 new bookmark" in out.out
    assert "1 entry skipped:" in out.err and "entry 1 (x): its tags" in out.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are Unix")
def test_importing_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "bookmarks.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(outcome, fifo), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # blocked in open/read: free it, then fail
        with open(fifo, "wb"):
            pass
        worker.join(10)
        pytest.fail("importing a FIFO blocked")
    assert len(outcome) == 1 and isinstance(outcome[0], ValueError)
    assert "is not a regular file" in str(outcome[0])


def _catch(outcome: list[BaseException], path: Path) -> None:
    try:
        read_import(path)
    except BaseException as exc:
        outcome.append(exc)


def test_a_foreign_file_in_any_format_is_not_an_export(tmp_path: Path) -> None:
    for name, text in (("a.md", "# notes\n- [x](https://a.example)\n"),
                       ("a.html", "<ul><li><a href='https://a.example'>x</a></li></ul>"),
                       ("a.json", "[1, 2]"), ("a.txt", "\x00\xff")):  # fmt: skip
        (tmp_path / name).write_text(text, encoding="utf-8", errors="surrogateescape")
        with pytest.raises(ValueError, match="not a Reader bookmarks export"):
            read_import(tmp_path / name)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_import_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_import(tmp_path / "missing.json")


def test_a_multi_line_note_stays_in_the_quote(tmp_path: Path) -> None:
    """Every line of a note in the bookmark's blockquote, its line breaks kept (hard breaks),
    a blank line a paragraph inside the quote; the file ends with one newline."""
    store_with(HOSTILE).export_file(tmp_path / "b.md")
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    start = text.index("  > 第一行")
    quote = text[start : text.index(f"  <!-- {MARKDOWN_TAG}", start)].splitlines()
    assert quote == [
        "  > 第一行 \\<img src=x onerror=alert\\(1\\)\\>\\",
        "  > \\[a\\]\\(javascript:b\\) --\\>",
        "  >",
        "  > \\# 标题 \\*x\\*",
    ]
    assert text.endswith("-->\n") and not text.endswith("\n\n")

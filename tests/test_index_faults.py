"""The search index and catalog under faults: file names that are not UTF-8."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.parser import parse_article_file
from reader.core.search.engine import LibraryIndex, SearchOptions
from tests.conftest import SEEDS
from tests.faultkit import run_reader

GBK_NAME = "2021-01-05-美国新闻.md".encode("gbk")  # as unzipped from a Chinese-Windows archive
needs_byte_names = pytest.mark.skipif(
    sys.platform != "linux", reason="only Linux file systems take names that are not UTF-8"
)


def write(path: Path, title: str, body: str, url: str | None = None, date: str = "2021-01-01"):  # type: ignore[no-untyped-def]
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\ndate: {date}T00:00:00Z\n" + (f"from: {url}\n" if url else "")
    path.write_text(front + f"---\n<p>{body}</p>\n", encoding="utf-8")


def hit_ids(index: LibraryIndex, query: str) -> list[str]:
    results = index.search(query, SearchOptions(limit=10_000))
    return [h.id for h in results.hits]


def whoosh_docs(index: LibraryIndex) -> int:
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index.layout.whoosh_dir))
    with ix.searcher() as searcher:
        return int(searcher.doc_count())


# -- 1. file names that are not UTF-8 --------------------------------------------------------
@needs_byte_names
def test_a_file_name_that_is_not_utf8_is_indexed_and_opens(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    lib = tmp_path / "L"
    shutil.copytree(SEEDS, lib)
    raw = os.fsencode(lib) + b"/" + GBK_NAME
    with open(raw, "w", encoding="utf-8") as fh:
        fh.write("---\ntitle: 美国新闻\ndate: 2021-01-05\n---\n<p>独一无二的测试词汇</p>\n")
    index = LibraryIndex(lib)
    summary = index.update(workers=1)
    assert summary.problems == 0 and index.catalog.article_count() == 6
    assert len(hit_ids(index, "布林肯")) >= 1, "the rest of the library is searchable"
    [hit] = index.search("独一无二").hits
    assert os.fsencode(hit.path) == raw, "the stored path round-trips to the same bytes"
    assert parse_article_file(hit.path).title == "美国新闻", "and the file opens from it"
    again = index.update(workers=1)
    assert (again.added, again.unchanged) == (0, 6), "not taken for a new file every time"

    assert cli(["search", "独一无二", "--library", str(lib), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.splitlines()[0])["path"]
    assert shown.endswith("/2021-01-05-\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.md")
    assert cli(["check", str(lib)]) == 0
    assert "6 files: 6 parsed" in capsys.readouterr().out
    assert cli(["bookmarks", "add", hit.id, "--library", str(lib)]) == 0
    assert cli(["bookmarks", "list", "--json"]) == 0
    bookmark = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert bookmark["path"] == shown


@needs_byte_names
def test_cli_index_with_a_gbk_file_name(tmp_path: Path, isolated_data_dir: Path) -> None:
    lib = tmp_path / "L"
    shutil.copytree(SEEDS, lib)
    (Path(os.fsdecode(os.fsencode(lib) + b"/" + GBK_NAME))).write_text(
        "---\ntitle: 美国新闻\n---\n<p>正文</p>\n", encoding="utf-8"
    )
    result = run_reader(["index", "--library", str(lib)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert "; 6 articles" in result.stdout


@needs_byte_names
def test_problem_messages_with_undecodable_names_are_stored(tmp_path: Path) -> None:
    lib = tmp_path / "L"
    write(lib / "ok.md", "好", "内容")
    Path(os.fsdecode(os.fsencode(lib) + b"/" + GBK_NAME)).write_bytes(b"")  # empty: a problem
    index = LibraryIndex(lib)
    summary = index.update(workers=1)
    assert summary.problems == 1 and index.catalog.article_count() == 1
    [problem] = index.catalog.problems()
    assert problem.problem_kind == "empty" and os.fsencode(problem.path).endswith(GBK_NAME)


def test_stored_path_text_round_trips_and_leaves_unicode_paths_as_they_are() -> None:
    from reader.core.paths import display_path, path_from_text, path_to_text

    gbk = os.fsdecode(b"/lib/" + GBK_NAME)
    for path in (gbk, "/lib/中文 100% #1.md", "/lib/file:/x.md", "relative/名.md"):
        assert path_from_text(path_to_text(path)) == str(Path(path))
        path_to_text(path).encode("utf-8")  # storable as SQLite text and as a Whoosh term
    assert path_to_text("/lib/中文 100% #1.md") == "/lib/中文 100% #1.md"
    assert display_path(gbk) == "/lib/2021-01-05-" + "\ufffd" * 8 + ".md"

"""Issue 20, point 16: one query's work is bounded (10,000 ORs took 10.5 s on 1,200
articles); a cut query is said, in the window and on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.search.api import MAX_NEEDLE_CHARS, MAX_QUERY_TERMS, SearchResults
from reader.core.search.engine import LibraryIndex
from reader.core.search.query import parse_query
from tests.faultkit import run_reader


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LibraryIndex:
    lib = tmp_path_factory.mktemp("lib")
    for i in range(5):
        (lib / f"{i}.md").write_text(
            f"---\ntitle: 第{i}篇\nfrom: https://n.example/{i}\n---\n<p>王毅 词{i} text{i}</p>\n",
            encoding="utf-8",
        )
    built = LibraryIndex(lib)
    built.update(workers=1)
    return built


def ors(n: int, first: str = "词0") -> str:
    return " OR ".join([first, *(f"无{i}" for i in range(1, n))])


@pytest.mark.parametrize(
    "query",
    [
        ors(10_001),
        " ".join(f"w{i}" for i in range(10_000)),
        "王毅 " + " ".join(f"-x{i}" for i in range(10_000)),
        " ".join(f"NOT y{i}" for i in range(10_000)),
        '"' + '" "'.join(f"z{i}" for i in range(10_000)) + '"',
        " ".join(f"title:t{i}" for i in range(10_000)),
    ],
    ids=["ors", "words", "minus", "not", "phrases", "titles"],
)
def test_a_query_has_at_most_max_terms(query: str) -> None:
    parsed = parse_query(query)
    assert len(parsed.needles) + len(parsed.excluded) == MAX_QUERY_TERMS
    assert parsed.left_out == len(query.split(" OR ")) - MAX_QUERY_TERMS if " OR " in query \
        else parsed.left_out > 9_000  # fmt: skip


def test_filters_and_long_words_are_bounded() -> None:
    parsed = parse_query(" ".join(f"source:s{i}" for i in range(1_000)))
    assert len(parsed.sources) == MAX_QUERY_TERMS and parsed.left_out == 1_000 - MAX_QUERY_TERMS
    long = parse_query("国" * 100_000)
    assert len(long.needles[0].text) == MAX_NEEDLE_CHARS and long.left_out == 1


def test_an_ordinary_query_is_not_cut() -> None:
    parsed = parse_query('王毅 OR 布林肯 "通电话" -香港 source:联合早报 date:2022')
    assert parsed.left_out == 0 and len(parsed.needles) == 3


def test_a_cut_query_still_finds_its_first_terms_and_says_so(index: LibraryIndex) -> None:
    results = index.search(ors(10_001))
    assert results.total == 1 and results.terms_left_out == 10_001 - MAX_QUERY_TERMS
    assert index.search("王毅").terms_left_out == 0


def test_the_command_line_says_the_query_was_cut(index: LibraryIndex, tmp_path: Path) -> None:
    done = run_reader(
        ["search", "--library", str(index.library), ors(2_000)],
        Path(str(index.layout.root)).parent,
    )
    assert done.returncode == 0, done.stderr
    assert "query cut: 1968 terms left out or shortened" in done.stderr


def test_the_window_says_the_query_was_cut(index: LibraryIndex, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's list is answered by archive.answer (every match), the words under it by
    the search pane."""
    from reader.core.archive.answer import answer
    from reader.core.archive.query import ListQuery
    from reader.ui.search_pane import SearchPane

    found = answer(index, ListQuery(text=ors(100)))
    assert len(found.ids) == 1 and found.terms_left_out == 100 - MAX_QUERY_TERMS
    said = SearchPane._status_words(found.query.text, 1, 1, left_out=found.terms_left_out)
    assert "query cut: 68 terms left out or shortened" in said
    said = SearchPane._results_status(SearchResults("q", total=3, terms_left_out=7), None)
    assert "query cut: 7 terms left out or shortened" in said

"""The command line under faults says what happened in words, never with a traceback (issue 20,
points 19 and 22)."""

from __future__ import annotations

import sqlite3

import pytest

from reader.cli import main as cli
from reader.core.search.api import SearchResults
from reader.core.search.engine import LibraryIndex
from reader.core.search.index_state import OPEN_KEY
from reader.core.search.locking import UpdateLock
from reader.ui.search_pane import SearchPane
from tests.conftest import SEEDS


def indexed_seeds() -> LibraryIndex:
    index = LibraryIndex(SEEDS)
    index.update(workers=1)
    index.close()
    return index


@pytest.mark.parametrize("part", ["MAIN_*.seg", "_MAIN_*.toc"])
def test_search_over_a_damaged_whoosh_file_says_so_and_rebuilds(part: str, capsys) -> None:  # type: ignore[no-untyped-def]
    index = indexed_seeds()
    (target,) = index.layout.whoosh_dir.glob(part)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2])  # cut short, as by a crash or a bad copy
    assert cli(["search", "王毅"]) == 0
    out = capsys.readouterr()
    assert "is damaged" in out.err, out.err
    assert "5 results" in out.err
    assert "王毅" in out.out


def _open_update(index: LibraryIndex) -> None:
    """What an update that stopped half-way leaves: its open mark (cleared by its last commit)."""
    db = sqlite3.connect(index.layout.catalog_path)
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')", (OPEN_KEY,))
    db.commit()
    db.close()


def test_search_after_an_update_that_stopped_says_why(capsys) -> None:  # type: ignore[no-untyped-def]
    """It said "0 results" after a build stopped by a full disk (issue 20 point 22)."""
    index = indexed_seeds()
    _open_update(index)
    assert cli(["search", "没有这个词"]) == 0
    err = capsys.readouterr().err
    assert "0 results — the last index update did not finish" in err, err
    assert cli(["search", "王毅"]) == 0
    assert "5 results — the last index update did not finish" in capsys.readouterr().err


def test_search_during_another_process_update_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    index = indexed_seeds()
    _open_update(index)
    with UpdateLock(index.layout.lock_path):  # held as the updating process holds it
        assert cli(["search", "王毅"]) == 0
    err = capsys.readouterr().err
    assert "the index is being updated now: results may be incomplete" in err, err


def test_a_complete_index_says_nothing_more(capsys) -> None:  # type: ignore[no-untyped-def]
    indexed_seeds()
    assert cli(["search", "王毅"]) == 0
    assert capsys.readouterr().err.startswith("5 results (")


def test_the_window_says_why_too() -> None:
    results = SearchResults("疫苗", incomplete="the last index update did not finish (…)")
    said = SearchPane._results_status(results, None)
    assert "No results for “疫苗”" in said and "the last index update did not finish" in said
    assert "did not finish" not in SearchPane._results_status(SearchResults("疫苗"), None)

"""The command line under faults says what happened in words, never with a traceback (issue 20,
points 19 and 22)."""

from __future__ import annotations

import pytest

from reader.cli import main as cli
from reader.core.search.engine import LibraryIndex
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

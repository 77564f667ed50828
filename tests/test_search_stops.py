"""A newer listing stops an older exact search between chunks of texts (issue 25: a common
word at a million articles verified for tens of seconds, and the next search waited)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.archive.answer import ListAnswer
from reader.core.archive.query import ListQuery
from reader.core.search import matching
from reader.core.search.engine import LibraryIndex
from reader.ui.search_stops import SearchStops


def test_an_exact_search_stops_when_its_stop_file_exists(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = LibraryIndex(seeds_dir)
    index.update(workers=1)
    checked: list[bool] = []
    check = matching._check_stop

    def counted() -> None:
        checked.append(True)
        check()

    monkeypatch.setattr(matching, "_check_stop", counted)
    stop = tmp_path / "stop-1"
    query = ListQuery(text="王毅 布林肯")
    try:
        found = matching.list_answer(index, query, stop_file=str(stop))
        assert isinstance(found, ListAnswer) and len(found.ids) == 5
        assert checked  # its matches were verified, chunk by chunk
        index._matches_cache = None  # type: ignore[attr-defined]  # (verified again)
        stop.touch()
        assert matching.list_answer(index, query, stop_file=str(stop)) is None
        # the stop file is the running answer's only: the next one without it runs whole
        again = matching.list_answer(index, query)
        assert isinstance(again, ListAnswer) and len(again.ids) == 5
    finally:
        index.close()


def test_a_newer_listing_makes_the_older_searches_stop_files() -> None:
    stops = SearchStops()
    try:
        first, second = Path(stops.file_for(1)), Path(stops.file_for(2))
        assert not first.exists() and not second.exists()
        stops.supersede(2)
        assert first.exists() and not second.exists()  # only the older one stops
        stops.done(1)
        assert not first.exists()  # its answer came: the file goes
        third = Path(stops.file_for(3))
        stops.stop_all()  # the library closes
        assert second.exists() and third.exists()
        folder = second.parent
    finally:
        stops.remove()
    assert not folder.exists()

"""The lazy list reads its rows off the GUI thread: the listing's worker reads the rows it
paints first, and a row scrolled to later is read in a worker while it paints empty (a chunk
of a 96k catalog read on the GUI thread: up to 109 ms under load)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.archive.query import ListQuery
from reader.core.search.catalog import CatalogEntry
from reader.core.search.engine import LibraryIndex
from reader.ui.list_model import CHUNK, ArticleListModel
from reader.ui.list_work import ListRequest, first_rows, list_work

IDS = [f"{i:016x}" for i in range(1000)]


def entry(article_id: str) -> CatalogEntry:
    return CatalogEntry(article_id, Path(f"/lib/{article_id}.md"), f"标题 {int(article_id, 16)}",
                        "来源", None, None, (), (), None, 0)  # fmt: skip


def test_rows_not_read_yet_are_asked_of_a_worker_once_and_redrawn_when_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    opened: list[int] = []
    model = ArticleListModel(lambda: opened.append(1), lambda _id: False)  # type: ignore[arg-type, func-returns-value]
    asked: list[tuple[list[str], Callable[[dict[str, CatalogEntry]], None]]] = []
    model.fetch_rows = lambda ids, done: asked.append((ids, done))
    model.set_ids(IDS, entries={i: entry(i) for i in IDS[:CHUNK]})
    assert model.data(model.index(0, 0)) == "标题 0" and not asked  # read with the listing
    assert model.data(model.index(600, 0)) is None  # not read yet: painted empty
    model.data(model.index(601, 0))
    model.data(model.index(600, 1))
    assert len(asked) == 1 and not opened  # one chunk, asked once; no catalog read here
    chunk, done = asked[0]
    assert IDS[600] in chunk and len(chunk) == CHUNK
    with qtbot.waitSignal(model.dataChanged) as changed:
        done({i: entry(i) for i in chunk})
    top, bottom = changed.args[:2]
    assert top.row() <= 600 <= bottom.row() and (top.column(), bottom.column()) == (0, 2)
    assert model.data(model.index(600, 0)) == "标题 600"
    assert model.data(model.index(600, 1)) == "来源" and len(asked) == 1


def test_a_chunk_read_for_an_earlier_list_redraws_the_whole_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ArticleListModel(lambda: None, lambda _id: False)
    asked: list[tuple[list[str], Callable[[dict[str, CatalogEntry]], None]]] = []
    model.fetch_rows = lambda ids, done: asked.append((ids, done))
    model.set_ids(IDS)
    model.data(model.index(500, 0))
    model.set_ids(list(reversed(IDS)))  # sorted the other way while it was read
    chunk, done = asked[0]
    with qtbot.waitSignal(model.dataChanged) as changed:
        done({i: entry(i) for i in chunk})
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row()) == (0, len(IDS) - 1)
    assert model.data(model.index(len(IDS) - 1 - 500, 0)) == "标题 500"


def test_the_rows_painted_first_are_the_top_and_around_the_kept_row() -> None:
    assert first_rows(IDS, None) == IDS[:CHUNK]
    assert first_rows(IDS, IDS[50]) == IDS[:CHUNK]
    assert first_rows(IDS, IDS[700]) == IDS[:CHUNK] + IDS[700 - CHUNK // 2 : 700 + CHUNK // 2]
    assert first_rows(IDS, "gone") == IDS[:CHUNK]
    assert first_rows(["story:x", *IDS[:3]], None) == IDS[:3]


def test_a_listing_comes_with_its_first_rows_read(corpus_fixture: Path) -> None:
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    try:
        listing = list_work(index.layout.catalog_path, ListRequest(ListQuery()), None)
        assert listing is not None and listing.ids and set(listing.entries) == set(listing.ids)
        newest = listing.entries[listing.ids[0]]
        assert newest.title == index.catalog.entries([listing.ids[0]])[listing.ids[0]].title
    finally:
        index.close()

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from reader.core.readstate import ReadState
from reader.core.search.api import SearchHit
from reader.core.search.catalog import Catalog
from reader.core.search.engine import LibraryIndex
from reader.ui.article_list import ArticleListPane
from reader.ui.list_model import ID_ROLE, ArticleListModel
from reader.ui.listing import Listing

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def list_synchronously(model: ArticleListModel, catalog: Catalog) -> None:
    """What the list pane does in a worker, done at once: re-list when the query changes."""
    model.query_changed.connect(lambda: model.set_ids(model.listing_query()(catalog)))
    model.set_ids(model.listing_query()(catalog))


def test_article_list_model_passes_model_tester(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    read = ReadState()
    model = ArticleListModel(lambda: index.catalog, read.is_read)
    QAbstractItemModelTester(model, MODE)
    list_synchronously(model, index.catalog)
    assert model.rowCount() == index.catalog.article_count() > 10
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter("王毅", None)
    assert all("王毅" in model.data(model.index(r, 0)) for r in range(model.rowCount()))
    model.set_filter("", ("联合早报",))
    assert {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {"联合早报"}
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(model.index(0, 0)) == 0


def test_unread_rows_are_bold_until_read(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    read = ReadState()
    model = ArticleListModel(lambda: index.catalog, read.is_read)
    list_synchronously(model, index.catalog)
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.FontRole).bold()
    read.set_read([model.data(first, ID_ROLE)])
    assert model.data(first, Qt.ItemDataRole.FontRole) is None
    assert ReadState().is_read(model.data(first, ID_ROLE)), "read state persists"


def test_list_pane_keyboard_navigation(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    model = ArticleListModel(lambda: index.catalog, ReadState().is_read)
    asked: list[int] = []
    pane = ArticleListPane(
        model, lambda _query, _read, _grouped: asked.append(len(asked) + 1) or len(asked)
    )
    qtbot.addWidget(pane)
    pane.reload()
    pane.show_listing(asked[-1], Listing(model.listing_query()(index.catalog)))
    seen: list[str] = []
    pane.article_selected.connect(seen.append)
    pane.move_selection(1)
    pane.move_selection(1)
    pane.move_selection(-1)
    assert seen == [model.article_id(0), model.article_id(1), model.article_id(0)]


def test_the_list_in_search_mode_passes_model_tester(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A search's rows carry their hits; rows without one ask for them (a chunk at once)."""
    model = ArticleListModel(lambda: None, lambda _id: False)
    QAbstractItemModelTester(model, MODE)
    asked: list[list[str]] = []
    model.fetch_hits = asked.append
    hit = SearchHit("a", "t", "s", datetime(2021, 1, 1, tzinfo=UTC), Path("x.md"), None, 1.0)
    model.set_hits({"a": hit}, ("t",), True)
    model.set_ids(["a", "b", "c"])
    assert model.hit(0) == hit and model.hit(1) is None and asked == [["b", "c"]]
    assert model.hit(2) is None and asked == [["b", "c"]]  # asked once
    model.add_hits([SearchHit("b", "u", "s", None, Path("y.md"), None, 1.0)])
    assert model.hit(1) is not None and model.rowCount() == 3
    model.set_ids([])
    assert model.rowCount() == 0


def test_list_shows_only_the_newest_listing_and_debounces_the_filter(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Listings run in a worker: an answer to an older order or filter never replaces a
    newer one, and typing a filter asks once per pause, not once per key."""
    model = ArticleListModel(lambda: None, lambda _id: False)
    asked: list[object] = []

    def request(query: object, _read: object, _grouped: object) -> int:
        asked.append(query)
        return len(asked)

    pane = ArticleListPane(model, request)
    qtbot.addWidget(pane)
    pane.reload()
    model.sort(0, Qt.SortOrder.AscendingOrder)  # a second request before the first answer
    assert len(asked) == 2
    pane.show_listing(2, Listing(["b", "a"]))
    pane.show_listing(1, Listing(["stale"]))  # the first answer arrives late: dropped
    assert [model.article_id(r) for r in range(model.rowCount())] == ["b", "a"]
    for text in ("王", "王毅", "王毅 "):
        pane.filter_edit.setText(text)
    assert len(asked) == 2  # nothing asked while typing
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=5_000)
    qtbot.wait(300)
    assert len(asked) == 3  # one listing for the pause


def test_title_filter_folds_scripts_and_unread_only_hides_read(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    read = ReadState()
    model = ArticleListModel(lambda: index.catalog, read.is_read)
    list_synchronously(model, index.catalog)
    model.set_filter("國務卿", None)  # Traditional finds the Simplified 国务卿 titles
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles and all("国务卿" in t for t in titles)
    model.set_filter("", None)
    everything = model.ids()
    read.set_read(everything[:3])
    model.set_unread_only(True)
    model.set_ids(model.listing_query(read.marks())(index.catalog))
    assert model.ids() == everything[3:]


def test_a_host_named_source_counts_with_its_outlet(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Files without front matter are filed under their URL's host; the library's other
    files from that host name the outlet (chinadigitaltimes.net is 中国数字时代)."""
    from collections import Counter

    from reader.ui.listing import merge_sources

    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    aliases = index.catalog.host_aliases()
    assert aliases == {"chinadigitaltimes.net": "中国数字时代"}
    merged = {s.name: s for s in merge_sources(index.catalog.sources(), Counter(), aliases)}
    assert "chinadigitaltimes.net" not in merged
    outlet = merged["中国数字时代"]
    assert set(outlet.names) == {"中国数字时代", "chinadigitaltimes.net"}
    both = index.catalog.ids(source=outlet.names)
    assert len(both) == outlet.total == 3  # two hosted-only copies and one with front matter

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from reader.core.readstate import ReadState
from reader.core.search.api import SearchHit
from reader.core.search.engine import LibraryIndex
from reader.ui.article_list import ID_ROLE, ArticleListModel, ArticleListPane
from reader.ui.search_pane import SearchResultsModel

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_article_list_model_passes_model_tester(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    read = ReadState()
    model = ArticleListModel(lambda: index.catalog, read)
    QAbstractItemModelTester(model, MODE)
    model.reload()
    assert model.rowCount() == index.catalog.article_count() > 10
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter("王毅", None)
    assert all("王毅" in model.data(model.index(r, 0)) for r in range(model.rowCount()))
    model.set_filter("", "联合早报")
    assert {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {"联合早报"}
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(model.index(0, 0)) == 0


def test_unread_rows_are_bold_until_read(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    read = ReadState()
    model = ArticleListModel(lambda: index.catalog, read)
    model.reload()
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.FontRole).bold()
    read.set_read([model.data(first, ID_ROLE)])
    assert model.data(first, Qt.ItemDataRole.FontRole) is None
    assert ReadState().is_read(model.data(first, ID_ROLE)), "read state persists"


def test_list_pane_keyboard_navigation(corpus_fixture: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    model = ArticleListModel(lambda: index.catalog, ReadState())
    pane = ArticleListPane(model)
    qtbot.addWidget(pane)
    model.reload()
    seen: list[str] = []
    pane.article_selected.connect(seen.append)
    pane.move_selection(1)
    pane.move_selection(1)
    pane.move_selection(-1)
    assert seen == [model.article_id(0), model.article_id(1), model.article_id(0)]


def test_search_results_model_passes_model_tester(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    QAbstractItemModelTester(model, MODE)
    hit = SearchHit("a", "t", "s", datetime(2021, 1, 1, tzinfo=UTC), Path("x.md"), None, 1.0)
    model.set_hits([hit, hit])
    assert model.rowCount() == 2 and model.rowCount(QModelIndex()) == 2
    model.set_hits([])
    assert model.rowCount() == 0

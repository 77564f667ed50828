"""The one list in the window: a search, days, views and saved searches filter it, its
histogram counts exactly what it holds, and the small points of issue 22 (a right click, F5
with nothing changed, no "(0 ms)" for people)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QInputDialog

from reader.core.archive.days import DayRange
from reader.core.saved.store import SavedSearchStore
from reader.ui.main_window import MainWindow
from tests.conftest import SEEDS
from tests.windowkit import seeds_window


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    yield from seeds_window(qtbot, SavedSearchStore())


def histogram_total(win: MainWindow) -> int:
    found = win.search_pane.strip.histogram
    return found.total if found is not None else -1


def test_the_histogram_counts_what_the_list_holds_and_follows_the_search(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: histogram_total(window) == 5, timeout=10_000)
    assert "ms)" not in window.search_pane.status.text()
    window.search_pane.by_source.setChecked(True)
    window.search_pane.edit.setText("王毅 布林肯")
    model = window.list_model
    qtbot.waitUntil(lambda: model.searching and histogram_total(window) == model.rowCount(),
                    timeout=10_000)  # fmt: skip
    histogram = window.search_pane.strip.histogram
    assert histogram is not None and histogram.total == 5
    assert all(sum(b.sources.values()) == b.count for b in histogram.buckets)
    assert {s for b in histogram.buckets for s in b.sources} == {"新浪财经", "联合早报"}
    status = window.search_pane.status.text()
    assert status.startswith("5 results") and " ms" not in status  # no "(0 ms)" for people
    # Dragged across the histogram: only those days, in the list and in the histogram.
    window.search_pane.strip.range_chosen.emit(DayRange(date(2022, 1, 1), date(2022, 2, 28)))
    qtbot.waitUntil(lambda: model.rowCount() == 3 and histogram_total(window) == 3,
                    timeout=10_000)  # fmt: skip
    assert window.search_pane.range_edit.text() == "2022-01-01 – 2022-02-28"
    window.search_pane.clear_days()
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    # The presets end at the archive's last active day and say it.
    seven = window.search_pane.date_combo.findData("7d")
    assert window.search_pane.date_combo.itemText(seven) == "Last 7 days (to 2022-10-31)"
    window.search_pane.date_combo.setCurrentIndex(seven)
    window.search_pane.date_combo.activated.emit(seven)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and histogram_total(window) == 1,
                    timeout=10_000)  # fmt: skip


def test_views_and_a_saved_search_in_the_sidebar(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = window.list_model
    window.search_pane.edit.setText("布林肯")
    qtbot.waitUntil(lambda: model.searching and model.rowCount() == 5, timeout=10_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Blinken calls", True))
    window.search_pane.save_button.click()
    saved = window.navigation.sections[1]
    qtbot.waitUntil(lambda: saved.rowCount() == 1 and "(5)" in saved.child(0).text(),
                    timeout=10_000)  # fmt: skip
    assert saved.child(0).text() == "Blinken calls (5)"
    # "Bookmarked" is a view of the list: nothing bookmarked, nothing listed.
    bookmarked = window.navigation.sections[0].child(2)
    window.navigation.view.clicked.emit(bookmarked.index())
    qtbot.waitUntil(lambda: not model.searching and model.rowCount() == 0, timeout=10_000)
    assert window.search_pane.edit.text() == ""
    # The saved search brings its words back.
    window.navigation.view.clicked.emit(saved.child(0).index())
    qtbot.waitUntil(lambda: model.searching and model.rowCount() == 5, timeout=10_000)
    assert window.search_pane.edit.text() == "布林肯"
    today = window.navigation.sections[0].child(3)  # Today in the Archive: 2022-10-31
    window.navigation.view.clicked.emit(today.index())
    qtbot.waitUntil(lambda: not model.searching and model.rowCount() == 1, timeout=10_000)


def test_a_right_click_neither_opens_nor_marks_and_its_menu_says_mark_as_read(
    window: MainWindow,
) -> None:  # type: ignore[no-untyped-def]
    view = window.list_pane.view
    unread = window.list_model.article_id(1)
    assert unread and not window.read_state.is_read(unread)
    where = view.visualRect(window.list_model.index(1, 0)).center()
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(where), QPointF(where),
                        Qt.MouseButton.RightButton, Qt.MouseButton.RightButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication_send(view.viewport(), press)
    asked: list[str] = []
    window.list_pane.context_menu_requested.disconnect()  # the menu would wait for a click
    window.list_pane.context_menu_requested.connect(
        lambda article_id, _at: asked.append(article_id)
    )
    window.list_pane._context_menu(where)
    assert asked == [unread]
    offered = [a.text() for a in window.commands.list_menu_for(unread).actions()]
    assert window.list_pane.current_id() != unread and window.session.current is None
    assert not window.read_state.is_read(unread)
    assert "Mark as Read" in offered


def QApplication_send(target: object, event: QEvent) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(target, event)  # type: ignore[arg-type]


def test_f5_with_nothing_changed_says_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.actions_.update_index.trigger()
    qtbot.waitUntil(lambda: any("Nothing changed" in m for m in said), timeout=30_000)
    assert any("5 articles" in m for m in said)


def test_a_search_during_the_first_build_keeps_up_with_what_is_listed(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The index is written once per 25,000 articles, the list every 500: articles listed and
    not yet in the index are searched in the catalog (the answer went stale: "No results …
    still indexing (3850 of 23922 files)" at 14,337 indexed)."""
    from reader.core.search.catalog import Catalog
    from reader.core.search.engine import LibraryIndex

    library = tmp_path / "lib"
    library.mkdir()
    for seed in SEEDS.iterdir():
        (library / seed.name).write_bytes(seed.read_bytes())
    index = LibraryIndex(library)
    index.update(workers=1)
    index.close()
    # As a first build leaves it between two Whoosh commits: listed, not yet searchable.
    for stale in index.layout.whoosh_dir.iterdir():
        stale.unlink()
    assert Catalog(index.layout.catalog_path, readonly=True).article_count() == 5
    found = LibraryIndex(library).matches("布林肯")
    assert len(found.ids) == 5 and found.scanned == 5


def test_every_pane_comes_back_from_the_view_menu(window: MainWindow) -> None:
    view_menu = next(menu for menu, title in window.actions_.menus if title == "&View")
    offered = view_menu.actions()
    for dock in (window.views_dock, window.sources_dock, window.bookmarks_dock):
        dock.close()
        assert not dock.isVisible()
        assert dock.toggleViewAction() in offered
        dock.toggleViewAction().trigger()
        assert dock.isVisible()
    window.actions_.histogram_toggle.trigger()  # the histogram too
    assert not window.search_pane.strip.isVisible()
    window.actions_.histogram_toggle.trigger()
    assert window.search_pane.strip.isVisible()


def test_a_story_filters_the_one_list(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from reader.core.stories.grouping import STORY_ROW

    model = window.list_model
    window.actions_.group_by_story.trigger()
    qtbot.waitUntil(lambda: any(model.story_id(r) for r in range(model.rowCount())),
                    timeout=10_000)  # fmt: skip
    story = next(s for r in range(model.rowCount()) if (s := model.story_id(r)))
    members = set(model.story_members(story))
    menu = window.commands.list_menu_for(STORY_ROW + story)
    [only] = [a for a in menu.actions() if a.text() == "List Only This Story"]
    only.trigger()
    qtbot.waitUntil(lambda: histogram_total(window) == len(members), timeout=10_000)
    assert set(model.ids()) == members
    window.navigation.view.clicked.emit(window.navigation.sections[0].child(0).index())  # All
    qtbot.waitUntil(lambda: histogram_total(window) == 5, timeout=10_000)
    window.actions_.group_by_story.trigger()

"""The search pane says why its answer may be incomplete (issue 20 point 22): after an update
stopped by a full disk it said "still indexing … more may come" for ever, or "No results"."""

from __future__ import annotations

from reader.core.readstate import ReadState
from reader.core.search.api import SearchResults
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from tests.conftest import SEEDS


def test_a_failed_update_is_no_longer_said_as_still_indexing(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.open_library(SEEDS)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 5, timeout=30_000)
    assert win.controller.index_runner.wait(30_000)
    qtbot.waitUntil(lambda: win.search_pane.indexing is None, timeout=10_000)
    win.search_pane.index_progress(3, 10)  # an update that then fails on a full disk
    win.controller.index_failed.emit("Cannot use the search index …: the disk is full.")
    assert win.search_pane.indexing is None
    pane = win.search_pane
    said = pane._results_status(SearchResults("x", incomplete="the last index update …"), None)
    assert "still indexing" not in said and "the last index update" in said
    win.close()


def test_a_status_cut_at_the_pane_s_edge_is_whole_in_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The status line never wraps, so a long one is cut where the pane ends: what it says
    about an incomplete answer must still be readable (its tooltip, as plain text)."""
    from tests.test_ui_untrusted_text import shown_as_qt_would

    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.open_library(SEEDS)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 5, timeout=30_000)
    assert win.controller.index_runner.wait(30_000)
    pane = win.search_pane
    pane.index_progress(3, 10)
    pane.edit.setText("<b>布林肯</b>")
    qtbot.waitUntil(lambda: "still indexing" in pane.status.text(), timeout=30_000)
    text = pane.status.text()
    shown = shown_as_qt_would(pane.status.toolTip())
    assert shown.toPlainText() == text and not shown.loads
    win.close()

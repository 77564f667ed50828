"""A window on the seeds, indexed, for the UI tests that need one: closed and its workers
joined when the test ends."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from reader.core.readstate import ReadState
from reader.core.saved.store import SavedSearchStore
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from tests.conftest import SEEDS


def seeds_window(qtbot: QtBot, saved: SavedSearchStore | None = None) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), ReadState(), saved_searches=saved)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.open_library(SEEDS)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 5, timeout=30_000)
    qtbot.waitUntil(lambda: not win.controller.indexing, timeout=30_000)
    yield win
    win.close()
    for runner in (win.controller.index_runner, win.controller.search_runner,
                   win.controller.io_runner):  # fmt: skip
        assert runner.wait(10_000)

"""A large library's search shows its top rows before the exact list (issue 25: verifying
every match of a common word takes tens of seconds at a million articles), and a small
library's does not (its exact answer comes at once: one paint, not two)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.saved.store import SavedSearchStore
from reader.ui import library_controller, list_work
from reader.ui.main_window import MainWindow
from tests.windowkit import seeds_window


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The exact list of a search waits until the test lets it go."""
    release = threading.Event()
    exact = list_work.list_work

    def waiting(path: Any, request: Any, searches: Any, *rest: Any) -> Any:
        if searches is not None:
            release.wait(60)
        return exact(path, request, searches, *rest)

    monkeypatch.setattr(library_controller, "list_work", waiting)
    yield release
    release.set()  # whatever the test did: the worker finishes and the runner can be joined


@pytest.fixture
def window(qtbot: QtBot, held: threading.Event) -> Iterator[MainWindow]:
    yield from seeds_window(qtbot, SavedSearchStore())
    held.set()


def test_a_large_librarys_search_shows_its_top_rows_before_the_exact_list(
    window: MainWindow, held: threading.Event, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_work, "QUICK_SEARCH_FROM", 0)  # the seeds count as large
    model = window.list_model
    window.search_pane.edit.setText("王毅 布林肯")
    qtbot.waitUntil(lambda: model.searching and model.rowCount() > 0, timeout=20_000)
    # The top rows with their snippets, while the exact list is still held back.
    assert not held.is_set()
    ids = model.ids()
    assert all(model.hit(r) is not None for r in range(model.rowCount()))
    assert all(model.hits[i].snippet for i in ids)
    assert not window.search_pane.status.text().startswith("5 results")
    held.set()
    qtbot.waitUntil(lambda: window.search_pane.status.text().startswith("5 results"),
                    timeout=20_000)  # fmt: skip
    assert set(model.ids()) >= set(ids) and model.rowCount() == 5


def test_a_small_librarys_search_waits_for_the_exact_list(
    window: MainWindow, held: threading.Event, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered: list[object] = []
    quick = list_work.quick_search

    def recorded(*args: Any) -> object:
        answered.append(quick(*args))
        return answered[-1]

    monkeypatch.setattr(library_controller, "quick_search", recorded)
    model = window.list_model
    window.search_pane.edit.setText("王毅 布林肯")
    # The top rows' turn comes first in the search queue and gives nothing to show: the
    # list waits for the exact answer, held back here.
    qtbot.waitUntil(lambda: len(answered) == 1, timeout=20_000)
    assert answered == [None] and not model.searching
    held.set()
    qtbot.waitUntil(lambda: model.searching and model.rowCount() == 5, timeout=20_000)
    assert window.search_pane.status.text().startswith("5 results")

"""`--screenshot` with a restored article grabs once its coverage is shown (issue 20 point 21):
once stories exist that is the story panel, and the grab waited its whole 60 s timeout for
related articles that never come."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.readstate import ReadState
from reader.core.search.engine import LibraryIndex
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from tests.conftest import SEEDS


def test_a_restored_article_in_a_story_is_grabbed_without_waiting_for_the_timeout(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from reader.app import arm_screenshot

    index = LibraryIndex(SEEDS)
    index.update(workers=1)  # the stories exist before the window starts, as on a 2nd start
    entries = index.catalog.entries(index.catalog.ids())
    restored = next(i for i, e in entries.items() if e.source == "新浪财经")
    index.close()
    monkeypatch.setenv("READER_SCREENSHOT_TIMEOUT_MS", "45000")
    win = MainWindow(Settings(last_article=restored), ReadState())
    qtbot.addWidget(win)
    win.show()
    stories: list[str] = []
    win.session.story_context_found.connect(lambda article_id, _story: stories.append(article_id))
    win.open_library(SEEDS)
    finished: list[bool] = []
    result = arm_screenshot(win, tmp_path / "s.png", False, done=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=50_000)
    assert stories == [restored], "the restored article was shown with its story panel"
    assert result["timed_out"] == 0 and result["code"] == 0
    assert win.controller.index_runner.wait(10_000)

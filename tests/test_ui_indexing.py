"""Indexing as the window drives it: Cancel says it is stopping and sticks; only the reader's
Update Index starts again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

from reader.core.search.layout import UpdateSummary
from reader.ui.library_controller import LibraryController
from reader.ui.status_bar import LibraryStatus


def write_library(lib: Path, count: int) -> None:
    lib.mkdir()
    for i in range(count):
        (lib / f"{i:03}.md").write_text(
            f"---\ntitle: 第{i}篇\ndate: 2021-01-01\n---\n<p>取消以后{i:03}</p>\n", encoding="utf-8"
        )


def test_after_cancel_only_the_reader_starts_an_update(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Cancel during a first build was undone by the next automatic update (the window
    coming back to the front after the click started one at once)."""
    lib = tmp_path / "lib"
    write_library(lib, 300)
    controller = LibraryController()
    # A failed update says why here instead of leaving a bare timeout (one such failure was
    # seen in 20 rounds under load; its cause is not known yet).
    failures: list[str] = []
    done: list[UpdateSummary] = []
    controller.index_failed.connect(failures.append)
    controller.index_finished.connect(done.append)
    try:
        controller.open_library(lib)
        qtbot.waitUntil(lambda: controller.indexing, timeout=10_000)  # the first build
        controller.cancel_update()
        qtbot.waitUntil(lambda: bool(done or failures), timeout=60_000)
        assert not failures, failures
        assert not controller.indexing

        controller._app_state(Qt.ApplicationState.ApplicationActive)  # back to the window
        controller._change_timer.timeout.emit()  # a file changed
        assert not controller.indexing

        with qtbot.waitSignal(controller.index_finished, timeout=60_000) as finished:
            controller.update_index()  # Update Index (F5)
        assert controller.indexing is False
        summary = finished.args[0]
        assert not summary.cancelled and summary.articles == 300

        controller._app_state(Qt.ApplicationState.ApplicationActive)  # automatic again
        assert controller.indexing
        with qtbot.waitSignal(controller.index_finished, timeout=60_000):
            pass
    finally:
        controller.close_library()


def test_cancel_says_it_is_stopping_and_is_not_asked_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = LibraryStatus(bar)
    bar.show()
    status.index_progress(120, 24_000)
    assert status.cancel_button.isVisible() and status.cancel_button.isEnabled()
    with qtbot.waitSignal(status.cancel_requested, timeout=1000):
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert not status.cancel_button.isEnabled()
    assert status.progress.format() == "Stopping: saving 120 indexed…"
    status.index_progress(150, 24_000)  # progress still arrives while it saves
    assert status.progress.format() == "Stopping: saving 150 indexed…"

    status.index_finished(UpdateSummary(files=150, articles=150, added=150, cancelled=True))
    assert not status.progress.isVisible() and not status.cancel_button.isVisible()
    assert bar.currentMessage() == (
        "Indexing stopped with 150 articles indexed; Update Index (F5) goes on from here"
    )
    status.index_progress(1, 10)  # the next update: Cancel can be pressed again
    assert status.cancel_button.isEnabled()
    assert status.progress.format() == "Indexing 1/10…"

"""Sync in the window: changes another machine writes to the sync folder show up while the
window runs (folder watching), the status bar says when it last merged and from which
machines, and changes made in the window reach this machine's log at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations.store import Highlight
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.core.sync.formats import read_data_file
from reader.ui.main_window import MainWindow
from reader.ui.preferences import Preferences, PreferencesDialog
from tests.conftest import SEEDS
from tests.synckit import Machine
from tests.test_sync_merge import bookmark


@pytest.fixture
def sync_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setenv("READER_SYNC_DIR", str(folder))
    monkeypatch.setenv("READER_SYNC_NAME", "desk")
    return folder


def listed_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    win.show()
    win.open_library(SEEDS)
    qtbot.waitUntil(lambda: win.list_model.rowCount() == 5, timeout=30_000)
    qtbot.waitUntil(lambda: win.sync.last is not None and not win.sync.busy, timeout=30_000)
    return win


def brought(report: object) -> bool:
    """A merge that brought something from another machine."""
    return bool(getattr(report, "from_devices", None))


def close(win: MainWindow) -> None:
    win.close()
    assert win.controller.io_runner.wait(10_000) and win.sync.runner.wait(10_000)


def test_the_window_picks_up_another_machine_s_changes_while_it_runs(
    qtbot,
    sync_folder: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    win = listed_window(qtbot)
    ids = [win.list_model.article_id(r) for r in range(5)]
    assert win.sync_status.isVisible() and "no other machine yet" in win.sync_status.text()
    laptop = Machine(tmp_path, "laptop", sync_folder)
    announced: list[object] = []
    win.session.changed.connect(announced.append)
    try:
        with qtbot.waitSignal(win.sync.merged, timeout=30_000, check_params_cb=brought):
            laptop.read.set_read([ids[1]])  # the watcher sees the laptop's new folder
            laptop.bookmarks.add(bookmark(ids[2], note="写在笔记本上", tags=("外交",)))
            made = laptop.highlights.add(Highlight(ids[2], "王毅", note="笔记本上的划线"))
            laptop.settings.theme = "dark"
            laptop.settings.remember_position(ids[4], 0.6)
            laptop.settings_saved()
        qtbot.waitUntil(lambda: win.read_state.is_read(ids[1]) and win.settings.theme == "dark",
                        timeout=30_000)  # fmt: skip
        saved = win.bookmarks.get(ids[2])
        assert saved is not None and (saved.note, saved.tags) == ("写在笔记本上", ["外交"])
        assert win.bookmarks_model.rowCount() == 1  # the pane redrew by itself
        # Announced like any change: the list redraws the mark, the pane the bookmark.
        assert any(ids[1] in c.read for c in announced)  # type: ignore[attr-defined]
        assert any(ids[2] in c.bookmarks for c in announced)  # type: ignore[attr-defined]
        assert win.looks.dark.isChecked()  # shown, not only stored
        assert win.research.store is not None
        merged = win.research.store.get(made.id)
        assert merged is not None and merged.note == "笔记本上的划线"
        assert win.settings.reading_positions == {ids[4]: 0.6}
        assert "with laptop" in win.sync_status.text()
        details = win.sync_status.details()
        assert "from laptop" in details and "desk: this machine" in details
        # Later: one more change on the laptop, into its existing log (a watched file).
        with qtbot.waitSignal(win.sync.merged, timeout=30_000, check_params_cb=brought):
            laptop.read.set_read([ids[1]], False)
        assert not win.read_state.is_read(ids[1])
        # A change made in the window is in this machine's log when the store commits.
        win.session.toggle_read(ids[3])
        own = sync_folder / f"device-{win.sync.engine.device}"  # type: ignore[union-attr]
        logged = [op for p in own.glob("log-*.jsonl") for op in read_data_file(p).ops]
        assert ("read", ids[3], True) in [(o.kind, o.entity, o.value) for o in logged]
        laptop.engine.sync()
        assert laptop.read.is_read(ids[3])
    finally:
        close(win)
        laptop.close()


def test_a_sync_folder_that_is_not_there_is_said_in_words(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("READER_SYNC_DIR", str(tmp_path / "not-mounted"))
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    try:
        assert win.sync.engine is None and win.sync.error and "is not there" in win.sync.error
        assert win.sync_status.text() == "Sync: a problem"
        assert "is not there" in win.sync_status.details()
    finally:
        close(win)


def test_no_sync_folder_no_sync(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    try:
        assert win.sync.engine is None and win.sync.error is None
        assert win.sync_status.isHidden()
    finally:
        close(win)


def test_preferences_choose_and_turn_off_the_sync_folder(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    settings = Settings()
    dialog = PreferencesDialog(Preferences.of(settings))
    qtbot.addWidget(dialog)
    row = dialog.sync_folder
    assert row.choose.isEnabled() and not row.off.isEnabled()
    row._set(str(tmp_path))
    assert dialog.chosen().sync_folder == str(tmp_path) and row.off.isEnabled()
    row.off.click()
    assert dialog.chosen().sync_folder == ""
    assert "Off" in row.path_label.text()


def test_preferences_show_a_folder_set_by_the_environment(
    qtbot,
    sync_folder: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = PreferencesDialog(Preferences.of(Settings()))
    qtbot.addWidget(dialog)
    assert str(sync_folder) in dialog.sync_folder.path_label.text()
    assert "READER_SYNC_DIR" in dialog.sync_folder.path_label.text()
    assert not dialog.sync_folder.choose.isEnabled()


def test_choosing_a_folder_in_the_window_starts_syncing(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    win = MainWindow(Settings(), ReadState())
    qtbot.addWidget(win)
    try:
        win.read_state.set_read(["0123456789abcdef"])  # read before sync was on
        folder = tmp_path / "Sync"
        folder.mkdir()
        win.sync.set_folder(str(folder))
        qtbot.waitUntil(lambda: win.sync.last is not None and not win.sync.busy, timeout=30_000)
        assert win.settings.sync_folder == str(folder)
        other = Machine(tmp_path, "other", folder)
        other.engine.sync()
        assert other.read.is_read("0123456789abcdef")  # published when sync was turned on
        other.close()
        win.sync.set_folder("")
        assert win.sync.engine is None and win.sync_status.isHidden()
    finally:
        close(win)


def test_a_full_sync_disk_is_said_when_the_change_is_made(
    qtbot,
    sync_folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import errno
    import os

    from reader.core.sync import folder as folder_module

    win = listed_window(qtbot)
    laptop = Machine(sync_folder.parent, "laptop", sync_folder)
    try:
        first, second = win.list_model.article_id(0), win.list_model.article_id(1)
        real_write = folder_module._write_all

        def full(_fd: int, _data: bytes) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(folder_module, "_write_all", full)
        said: list[str] = []
        win.sync.failed.connect(said.append)
        win.session.toggle_read(first)
        assert win.read_state.is_read(first)  # kept here
        assert said and "the disk is full" in said[0] and "next sync" in said[0]
        assert win.sync_status.text() == "Sync: a problem"
        monkeypatch.setattr(folder_module, "_write_all", real_write)
        with qtbot.waitSignal(win.sync.merged, timeout=30_000):
            win.session.toggle_read(second)  # written: a merge soon republishes the first
        assert win.sync_status.text().startswith("Synced")
        qtbot.waitUntil(lambda: not win.sync.busy and win.sync.runner.wait(0), timeout=30_000)
        laptop.engine.sync()
        assert laptop.read.is_read(first) and laptop.read.is_read(second)
    finally:
        close(win)
        laptop.close()


def test_saved_searches_reach_the_sidebar_and_go_out_at_once(
    qtbot, sync_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from reader.core.archive.query import ListQuery

    win = listed_window(qtbot)
    laptop = Machine(tmp_path, "laptop", sync_folder)
    saved = win.navigation.sections[1]
    try:
        with qtbot.waitSignal(win.sync.merged, timeout=30_000, check_params_cb=brought):
            laptop.saved.add("布林肯", ListQuery("布林肯"))
        # The sidebar redraws by itself, with the count in this machine's library.
        qtbot.waitUntil(lambda: saved.rowCount() == 1 and saved.child(0).text() == "布林肯 (5)",
                        timeout=30_000)  # fmt: skip
        # Renamed in the window: both names are in this machine's log when the store commits.
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Blinken calls", True))
        win.navigation.rename_requested.emit("布林肯")
        qtbot.waitUntil(lambda: saved.child(0).text() == "Blinken calls (5)", timeout=30_000)
        own = sync_folder / f"device-{win.sync.engine.device}"  # type: ignore[union-attr]
        logged = [(o.entity, o.field, o.value) for p in own.glob("log-*.jsonl")
                  for o in read_data_file(p).ops if o.kind == "saved_search"]  # fmt: skip
        assert ("布林肯", "", None) in logged and ("Blinken calls", "", True) in logged
        laptop.engine.sync()
        assert [s.name for s in laptop.saved.list_saved()] == ["Blinken calls"]
    finally:
        close(win)
        laptop.close()

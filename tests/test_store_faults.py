"""User data under faults: bookmarks, read state and settings are never taken for damaged
when the disk refuses, are restored when they really are damaged or empty, and the user is
told in words which file and what happened."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.bookmarks import BookmarkStore
from reader.core.readstate import ReadState
from reader.core.settings import Settings, load_settings, save_settings
from tests.conftest import ROOT, SEEDS
from tests.faultkit import (
    assert_said_in_words,
    corrupt_copies,
    fill_disk,
    remount,
    run_reader,
    tmpfs,
)

needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is Unix")


def add_many(store: BookmarkStore, n: int, prefix: str = "id") -> None:
    with store._write() as db:
        db.executemany(
            "INSERT INTO bookmarks(article_id, title, created_at) VALUES(?, ?, ?)",
            [(f"{prefix}{i:06}", f"标题{i}", "2021-01-01T00:00:00+00:00") for i in range(n)],
        )


def make_bookmarks(n: int, starts: int = 1) -> None:
    """n bookmarks, then ``starts`` app starts (each makes a backup)."""
    store = BookmarkStore()
    add_many(store, n)
    store.close()
    for _ in range(starts):
        BookmarkStore().close()


# -- 2. a disk that refuses writes is not damage ------------------------------------------
@needs_rlimit
def test_unwritable_disk_never_moves_healthy_bookmarks_aside(isolated_data_dir: Path) -> None:
    """While the disk is full the bookmarks are still listed (issue 20 point 11: `bookmarks
    list` failed); adding one fails in words; nothing is moved."""
    make_bookmarks(3)  # 20 KB; opening it needs a 32 KB shared-memory file: that write fails
    path = str(isolated_data_dir / "bookmarks.sqlite")
    listed = run_reader(["bookmarks", "list"], isolated_data_dir, file_size_limit=8192)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 3
    assert "cannot be changed now" in listed.stderr and path in listed.stderr
    added = run_reader(["bookmarks", "add", "0" * 16], isolated_data_dir, file_size_limit=8192)
    assert_said_in_words(added, "bookmarks file", path)
    assert added.returncode == 4
    assert not corrupt_copies(isolated_data_dir, "bookmarks.sqlite")
    store = BookmarkStore()  # space again: everything is there, nothing to report
    assert store.count() == 3 and store.notice is None


# -- 3. an empty file with good backups is damage; backups never rotate good data out -----
# -- 4. read state --------------------------------------------------------------------------
def test_garbage_read_state_is_set_aside_with_a_message_naming_it(isolated_data_dir: Path) -> None:
    path = isolated_data_dir / "state.sqlite"
    path.write_bytes(b"not a database at all" * 300)
    state = ReadState()
    assert state.notice and str(path) in state.notice and "damaged" in state.notice
    kept = corrupt_copies(isolated_data_dir, "state.sqlite")
    assert kept and kept[0].read_bytes().startswith(b"not a database")
    state.set_read(["x"])
    state.close()
    again = ReadState()
    assert again.is_read("x") and again.notice is None


def test_empty_read_state_is_reported(isolated_data_dir: Path) -> None:
    path = isolated_data_dir / "state.sqlite"
    path.write_bytes(b"")
    state = ReadState()
    assert state.notice and str(path) in state.notice and "empty (0 bytes)" in state.notice
    state.set_read(["y"])
    assert ReadState().is_read("y")


def test_damaged_read_state_keeps_the_marks_it_can_still_read(isolated_data_dir: Path) -> None:
    state = ReadState()
    state.set_read([f"{i:016x}" for i in range(20_000)])
    state.close()
    path = isolated_data_dir / "state.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    with open(path, "r+b") as fh:  # the last page: a leaf of the table or of its index
        fh.seek((pages - 1) * page_size)
        fh.write(b"\xa5" * page_size)
    recovered = ReadState()
    assert recovered.notice and "damaged" in recovered.notice
    assert "read marks could be saved" in recovered.notice
    assert recovered.is_read(f"{0:016x}")


def test_app_starts_with_damaged_read_state_and_says_so(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    for content in (b"garbage" * 1000, b""):
        path = isolated_data_dir / "state.sqlite"
        path.write_bytes(content)
        shot = tmp_path / "shot.png"
        result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], isolated_data_dir)
        assert result.returncode == 0, result.stderr
        assert f"The read-state file {path}" in result.stderr
        log = (isolated_data_dir / "logs" / "reader.log").read_text(encoding="utf-8")
        assert f"The read-state file {path}" in log
        assert shot.exists()


# -- settings ----------------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_settings_that_cannot_be_read_are_left_in_place(isolated_data_dir: Path) -> None:
    path = isolated_data_dir / "settings.json"
    path.mkdir()  # reading it fails with an OSError, as for a file without permission
    settings, warning = load_settings()
    assert settings == Settings() and warning and "defaults" in warning and str(path) in warning
    assert path.is_dir() and not (isolated_data_dir / "settings.json.corrupt").exists()


def test_settings_that_cannot_be_saved_raise_in_words_and_leave_no_temp_file(
    isolated_data_dir: Path,
) -> None:
    save_settings(Settings(theme="dark"))
    from reader.core.storage import StorageError

    target = isolated_data_dir / "sub" / "settings.json"  # a folder that does not exist
    with pytest.raises(StorageError, match="settings file"):
        save_settings(Settings(), target)
    assert load_settings()[0].theme == "dark"
    assert not list(isolated_data_dir.glob(".settings-*"))


# -- faults: real full and read-only disks (root) ---------------------------------------------
FULL_DISK_SCRIPT = """
import sys
from reader.core.bookmarks import BookmarkStore
store = BookmarkStore()
with store._write() as db:
    db.executemany(
        "INSERT INTO bookmarks(article_id, title, created_at) VALUES(?, ?, ?)",
        [(f"id{i:06}", f"t{i}", "x") for i in range(int(sys.argv[1]))],
    )
store.close()
BookmarkStore().close()
"""


@pytest.mark.faults
def test_full_disk_keeps_every_bookmark_and_says_so(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        data = disk / "data"
        data.mkdir()
        env = {**os.environ, "READER_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, "3000"], cwd=ROOT, env=env,
                       check=True)  # fmt: skip
        filler = fill_disk(disk)
        listed = run_reader(["bookmarks", "list"], data)  # still listed (issue 20 point 11)
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3000
        assert "cannot be changed now: the disk is full" in listed.stderr
        for command in (
            ["bookmarks", "add", "0" * 16, "--library", str(SEEDS)],
            ["index", "--library", str(SEEDS)],
        ):
            result = run_reader(command, data)
            assert_said_in_words(result, "the disk is full", str(data))
            assert not corrupt_copies(data, "bookmarks.sqlite")
        shot = tmp_path / "shot.png"
        result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], data,
                            extra_env={"READER_SCREENSHOT_TIMEOUT_MS": "20000"})  # fmt: skip
        assert result.returncode == 0, result.stderr  # it starts (it refused before)
        assert "cannot be changed now: the disk is full" in result.stderr
        filler.unlink()
        result = run_reader(["bookmarks", "list", "--json"], data)
        assert result.returncode == 0 and result.stderr == ""
        assert len(result.stdout.splitlines()) == 3000
        assert not corrupt_copies(data, "bookmarks.sqlite")


@pytest.mark.faults
def test_read_only_disk_says_so_and_renames_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "16m") as disk:
        data = disk / "data"
        data.mkdir()
        env = {**os.environ, "READER_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, "50"], cwd=ROOT, env=env,
                       check=True)  # fmt: skip
        before = sorted(p.name for p in data.rglob("*"))
        remount(disk, "ro")
        try:
            listed = run_reader(["bookmarks", "list"], data)
            assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 50
            assert "cannot be changed now" in listed.stderr
            for command in (
                ["bookmarks", "add", "0" * 16, "--library", str(SEEDS)],
                ["index", "--library", str(SEEDS)],
            ):
                result = run_reader(command, data)
                assert_said_in_words(result, str(data))
                assert "read-only" in result.stderr or "cannot be opened" in result.stderr
            assert sorted(p.name for p in data.rglob("*")) == before
        finally:
            remount(disk, "rw")
        result = run_reader(["bookmarks", "list", "--json"], data)
        assert result.returncode == 0 and len(result.stdout.splitlines()) == 50

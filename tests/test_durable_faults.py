"""Disk faults and kills for every store of the user's own data, each case run for bookmarks,
highlights and saved searches alike, in subprocesses as the app meets them: a full disk (a
file-size limit, and a real full tmpfs), a read-only disk, a kill in the middle of writing.
Nothing is taken for damage, nothing committed is lost, and the user is told in words."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.faultkit import (
    CAN_OBEY_PERMISSIONS,
    corrupt_copies,
    fill_disk,
    remount,
    run_python,
    run_reader,
    tmpfs,
)
from tests.storekit import ALL, FILL, PROBE, WRITER, Kind, fill, keys, probed, remove_file

needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is Unix")
by_kind = pytest.mark.parametrize("kind", ALL, ids=str)


@needs_rlimit
@by_kind
def test_a_full_disk_shows_the_items_refuses_changes_in_words_and_moves_nothing(
    isolated_data_dir: Path, kind: Kind
) -> None:
    """Opening the file needs a 32 KB shared-memory file: under an 8 KB limit that write fails,
    as on a full disk."""
    fill(kind, 3)
    path = str(isolated_data_dir / kind.file)
    result = run_python(["-c", PROBE, kind.name], isolated_data_dir, file_size_limit=8192)
    assert result.returncode == 0, result.stderr
    seen = probed(result.stdout)
    assert seen["count"] == 3 and set(seen["keys"]) == keys(3)
    assert seen["read_only"] and path in seen["notice"]
    assert "shown but cannot be changed now" in seen["notice"]
    assert seen["refused"] and f"the {kind.noun} file" in seen["refused"]
    assert path in seen["refused"]
    assert not corrupt_copies(isolated_data_dir, kind.file)
    store = kind.store()  # space again: everything is there, nothing to report
    assert store.count() == 3 and store.notice is None and store.read_only is None


@pytest.mark.skipif(not CAN_OBEY_PERMISSIONS, reason="POSIX permissions (root: setpriv)")
@pytest.mark.parametrize("read_only", ["folder", "file"])
@by_kind
def test_a_read_only_folder_or_file_shows_the_items_and_refuses_changes(
    isolated_data_dir: Path, kind: Kind, read_only: str
) -> None:
    """SQLite opens a file it may not write to read without a word: the store says so at
    once (it said nothing until the first change failed)."""
    fill(kind, 3)
    before = {p: p.read_bytes() for p in isolated_data_dir.rglob("*") if p.is_file()}
    every = (isolated_data_dir, *isolated_data_dir.rglob("*"))
    modes = {p: p.stat().st_mode for p in every
             if read_only == "folder" or p == isolated_data_dir / kind.file}  # fmt: skip
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        result = run_python(["-c", PROBE, kind.name], isolated_data_dir, obey_permissions=True)
        seen = probed(result.stdout)
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
    assert seen["count"] == 3 and set(seen["keys"]) == keys(3), result.stderr
    said = f"The {kind.noun} in {isolated_data_dir / kind.file} are shown but cannot be changed"
    why = seen["read_only"]
    assert why in ("the file or its folder is read-only", "permission denied")
    assert said in seen["notice"] and why in seen["notice"]
    assert seen["refused"] and why in seen["refused"] and kind.file in seen["refused"]
    assert {p: p.read_bytes() for p in isolated_data_dir.rglob("*") if p.is_file()} == before
    store = kind.store()  # its mode mended: writable again, nothing to say
    assert store.read_only is None and store.notice is None
    kind.add(store, "after")
    assert store.count() == 4


@by_kind
def test_a_kill_in_the_middle_of_writing_loses_nothing_committed(
    isolated_data_dir: Path, kind: Kind
) -> None:
    kind.store().close()
    env = {**os.environ, "READER_DATA_DIR": str(isolated_data_dir)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, kind.name, "100000"], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        count = 0
        while time.monotonic() < deadline and count <= 300:
            db = sqlite3.connect(isolated_data_dir / kind.file, timeout=30)
            count = db.execute(f"SELECT count(*) FROM {kind.table}").fetchone()[0]
            db.close()
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert count > 300
    store = kind.store()
    assert store.notice is None and store.read_only is None
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = store.count()
    assert n >= count
    assert kind.keys(store) == keys(n)  # every committed one, in order, no gap


# -- the app starts whatever its stores hold, and says what happened --------------------------
@needs_rlimit
def test_the_app_starts_on_a_full_disk_and_says_which_stores_cannot_be_changed(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    for kind in ALL:
        fill(kind, 3)
    result = run_reader(
        ["--library", str(SEEDS), "--screenshot", str(tmp_path / "s.png")],
        isolated_data_dir, file_size_limit=8192,
        extra_env={"READER_SCREENSHOT_TIMEOUT_MS": "20000"},  # the index cannot be written
    )  # fmt: skip
    assert "could not start" not in result.stderr  # the PNG itself cannot be written here
    for kind in ALL:
        said = f"The {kind.noun} in {isolated_data_dir / kind.file} are shown but cannot be"
        assert said in result.stderr, result.stderr
        assert not corrupt_copies(isolated_data_dir, kind.file)
        assert kind.store().count() == 3
    assert "read marks are kept only until Reader closes" in result.stderr


@by_kind
def test_the_app_starts_with_a_damaged_store_and_says_it_was_restored(
    isolated_data_dir: Path, tmp_path: Path, kind: Kind
) -> None:
    fill(kind, 3)
    path = isolated_data_dir / kind.file
    remove_file(path)
    path.write_bytes(b"garbage" * 1000)
    shot = tmp_path / "s.png"
    result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.exists()
    said = f"The {kind.noun} file {path} was damaged"
    assert said in result.stderr and f"3 {kind.noun} were restored" in result.stderr
    log = (isolated_data_dir / "logs" / "reader.log").read_text(encoding="utf-8")
    assert said in log
    assert kind.store().count() == 3 and corrupt_copies(isolated_data_dir, kind.file)


# -- real full and read-only disks (root; `make faults`) ----------------------------------------
@contextlib.contextmanager
def filled_disk(tmp_path: Path, size: str, kind: Kind, n: int) -> Iterator[tuple[Path, Path]]:
    """A tmpfs of ``size`` with a data folder holding ``n`` items of ``kind`` and a backup."""
    with tmpfs(tmp_path / "disk", size) as disk:
        data = disk / "data"
        data.mkdir()
        assert run_python(["-c", FILL, kind.name, str(n)], data).returncode == 0
        yield disk, data


@pytest.mark.faults
@by_kind
def test_a_full_disk_keeps_every_item_and_says_so(tmp_path: Path, kind: Kind) -> None:
    with filled_disk(tmp_path, "4m", kind, 3000) as (disk, data):
        filler = fill_disk(disk)
        seen = probed(run_python(["-c", PROBE, kind.name], data).stdout)
        assert seen["count"] == 3000 and set(seen["keys"]) == keys(3000)
        assert "cannot be changed now: the disk is full" in seen["notice"]
        assert seen["refused"] and "the disk is full" in seen["refused"]
        assert str(data) in seen["refused"]
        assert not corrupt_copies(data, kind.file)
        filler.unlink()
        seen = probed(run_python(["-c", PROBE, kind.name], data).stdout)
        assert seen["notice"] is None and seen["refused"] is None  # the change is made now
        assert seen["count"] == 3000 and not corrupt_copies(data, kind.file)


@pytest.mark.faults
@by_kind
def test_a_read_only_disk_says_so_and_renames_nothing(tmp_path: Path, kind: Kind) -> None:
    with filled_disk(tmp_path, "16m", kind, 50) as (disk, data):
        before = sorted(p.name for p in data.rglob("*"))
        remount(disk, "ro")
        try:
            seen = probed(run_python(["-c", PROBE, kind.name], data).stdout)
            assert seen["count"] == 50 and "cannot be changed now" in seen["notice"]
            assert seen["refused"] and str(data) in seen["refused"]
            refused = seen["refused"]
            assert "read-only" in refused or "cannot be opened" in refused, refused
            assert sorted(p.name for p in data.rglob("*")) == before
        finally:
            remount(disk, "rw")
        seen = probed(run_python(["-c", PROBE, kind.name], data).stdout)
        assert seen["count"] == 50 and seen["notice"] is None and seen["refused"] is None

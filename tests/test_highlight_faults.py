"""Highlights are user data under the bookmarks' rules: a disk that refuses writes is never
taken for damage, a damaged or emptied file comes back from its backups (which never rotate
out for a smaller copy), a kill loses nothing committed, and the user is told in words."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.annotations.durable import BACKUPS_KEPT
from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.storage import StorageError
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
FILE = "highlights.sqlite"
ZAOBAO = "a9b57668a3b7e4e6"


def add_many(store: HighlightStore, n: int, prefix: str = "h") -> None:
    with store.file.write() as db:
        db.executemany(
            "INSERT INTO highlights(id, article_id, exact, created_at, updated_at)"
            " VALUES(?, ?, ?, ?, ?)",
            [(f"{prefix}{i:06}", ZAOBAO, f"引文{i}", "2021-01-01", "2021-01-01") for i in range(n)],
        )


def make_highlights(n: int, starts: int = 1) -> None:
    """n highlights, then ``starts`` opens (each makes a backup)."""
    store = HighlightStore()
    add_many(store, n)
    store.close()
    for _ in range(starts):
        HighlightStore().close()


@needs_rlimit
def test_an_unwritable_disk_never_moves_healthy_highlights_aside(isolated_data_dir: Path) -> None:
    make_highlights(3)  # opening it needs a 32 KB shared-memory file: that write fails
    for command in (["highlights", "list"], ["highlights", "remove", "h000001"]):
        result = run_reader(command, isolated_data_dir, file_size_limit=8192)
        assert_said_in_words(result, "highlights file", str(isolated_data_dir / FILE))
        assert result.returncode == 4
        assert not corrupt_copies(isolated_data_dir, FILE)
    store = HighlightStore()  # space again: everything is there, nothing to report
    assert store.count() == 3 and store.notice is None


def test_a_failed_write_says_which_file_and_keeps_the_highlights(isolated_data_dir: Path) -> None:
    store = HighlightStore()
    kept = store.add(Highlight(ZAOBAO, "甲"))
    blocker = sqlite3.connect(isolated_data_dir / FILE, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    store.file.db.execute("PRAGMA busy_timeout=50")
    told: list[object] = []
    store.listen(told.append)
    try:
        with pytest.raises(StorageError, match="another process is using the file") as caught:
            store.add(Highlight(ZAOBAO, "乙"))
        assert FILE in str(caught.value) and "highlights file" in str(caught.value)
        with pytest.raises(StorageError):
            store.edit(kept.id, note="改")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert told == []  # a change that was not written is not announced
    assert [(h.exact, h.note) for h in store.list_highlights()] == [("甲", "")]


def test_highlights_truncated_to_zero_bytes_all_come_back_across_starts(
    isolated_data_dir: Path,
) -> None:
    make_highlights(5000, starts=3)
    path = isolated_data_dir / FILE
    path.write_bytes(b"")
    notices = []
    for start in range(5):
        store = HighlightStore()
        notices.append(store.notice)
        store.add(Highlight(ZAOBAO, f"新{start}"))
        store.close()
    assert notices[0] and "restored" in notices[0] and "5000 highlights" in notices[0]
    assert str(path) in notices[0] and "empty (0 bytes)" in notices[0]
    assert notices[1:] == [None] * 4
    store = HighlightStore()
    assert store.count() == 5000 + 5
    assert store.get("h000000") is not None and store.get("h004999") is not None


def test_a_damaged_file_is_set_aside_and_restored_from_the_newest_good_backup(
    isolated_data_dir: Path,
) -> None:
    make_highlights(2000)
    path = isolated_data_dir / FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    store = HighlightStore()
    assert store.notice and "damaged" in store.notice and "restored" in store.notice
    assert store.count() == 2000
    assert corrupt_copies(isolated_data_dir, FILE)


def test_garbage_without_a_backup_is_kept_aside_and_said(isolated_data_dir: Path) -> None:
    path = isolated_data_dir / FILE
    path.write_bytes(b"not a database at all" * 300)
    store = HighlightStore()
    assert store.notice and str(path) in store.notice and "no backup was found" in store.notice
    kept = corrupt_copies(isolated_data_dir, FILE)
    assert kept and kept[0].read_bytes().startswith(b"not a database")
    assert store.count() == 0


def test_an_empty_file_without_a_backup_is_reported(isolated_data_dir: Path) -> None:
    (isolated_data_dir / FILE).write_bytes(b"")
    store = HighlightStore()
    assert store.notice and "highlights.sqlite was empty (0 bytes)" in store.notice


def test_backups_keep_the_largest_while_the_file_is_much_smaller(isolated_data_dir: Path) -> None:
    make_highlights(500, starts=2)
    for extra in ("", "-wal", "-shm"):  # the file is lost (not damaged: no file at all)
        Path(f"{isolated_data_dir / FILE}{extra}").unlink(missing_ok=True)
    store = HighlightStore()
    store.add(Highlight(ZAOBAO, "唯一"))
    store.close()
    for _ in range(BACKUPS_KEPT + 3):
        HighlightStore().close()
    backups = sorted((isolated_data_dir / "highlight-backups").glob("highlights-*.sqlite"))
    counts = []
    for backup in backups:
        db = sqlite3.connect(f"{backup.as_uri()}?mode=ro&immutable=1", uri=True)
        counts.append(db.execute("SELECT count(*) FROM highlights").fetchone()[0])
        db.close()
    assert max(counts) == 500, "the 500-highlight backup was rotated out for 1-highlight copies"
    assert len(backups) <= BACKUPS_KEPT + 1


def test_a_backup_that_cannot_be_written_is_said_and_leaves_no_partial_copy(
    isolated_data_dir: Path,
) -> None:
    make_highlights(5)
    backups = isolated_data_dir / "highlight-backups"
    for old in backups.iterdir():
        old.unlink()
    backups.rmdir()
    backups.write_bytes(b"")  # the backup folder cannot be created
    store = HighlightStore()
    assert store.count() == 5
    assert store.notice and "No backup of the highlights could be written" in store.notice


def test_a_file_from_a_newer_reader_is_left_untouched(isolated_data_dir: Path) -> None:
    make_highlights(2)
    db = sqlite3.connect(isolated_data_dir / FILE)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    with pytest.raises(RuntimeError, match="newer Reader"):
        HighlightStore()
    result = run_reader(["highlights", "list"], isolated_data_dir)
    assert result.returncode == 1 and "newer Reader" in result.stderr


WRITER = """
import sys
from reader.core.annotations.store import Highlight, HighlightStore
store = HighlightStore()
for i in range(int(sys.argv[1])):
    store.add(Highlight("a9b57668a3b7e4e6", f"quote {i}", id=f"k-{i:06}"))
"""


def test_kill_mid_write_keeps_every_committed_highlight(isolated_data_dir: Path) -> None:
    HighlightStore().close()
    env = {**os.environ, "READER_DATA_DIR": str(isolated_data_dir)}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, "100000"], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        count = 0
        while time.monotonic() < deadline and count <= 300:
            db = sqlite3.connect(isolated_data_dir / FILE, timeout=30)
            count = db.execute("SELECT count(*) FROM highlights").fetchone()[0]
            db.close()
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert count > 300
    store = HighlightStore()
    assert store.notice is None
    assert store.file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = store.count()
    assert n >= count
    ids = {h.id for h in store.list_highlights()}
    assert ids == {f"k-{i:06}" for i in range(n)}  # every committed one, in order, no gap


# -- real full and read-only disks (root; `make faults`) --------------------------------------
FILL = """
import sys
from reader.core.annotations.store import HighlightStore
store = HighlightStore()
with store.file.write() as db:
    db.executemany(
        "INSERT INTO highlights(id, article_id, exact, created_at, updated_at) VALUES(?,?,?,?,?)",
        [(f"h{i:06}", "a9b57668a3b7e4e6", f"q{i}", "x", "x") for i in range(int(sys.argv[1]))],
    )
store.close()
HighlightStore().close()
"""


@pytest.mark.faults
def test_full_disk_keeps_every_highlight_and_says_so(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        data = disk / "data"
        data.mkdir()
        env = {**os.environ, "READER_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-c", FILL, "3000"], cwd=ROOT, env=env, check=True)
        filler = fill_disk(disk)
        for command in (
            ["highlights", "list"],
            ["highlights", "add", "a9b57668a3b7e4e6", "--quote", "王毅", "--library", str(SEEDS)],
        ):
            result = run_reader(command, data)
            assert_said_in_words(result, "the disk is full", str(data))
            assert not corrupt_copies(data, FILE)
        filler.unlink()
        result = run_reader(["highlights", "list", "--json", "--library", str(SEEDS)], data)
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 3000
        assert not corrupt_copies(data, FILE)


@pytest.mark.faults
def test_read_only_disk_says_so_and_renames_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "16m") as disk:
        data = disk / "data"
        data.mkdir()
        env = {**os.environ, "READER_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-c", FILL, "50"], cwd=ROOT, env=env, check=True)
        before = sorted(p.name for p in data.rglob("*"))
        remount(disk, "ro")
        try:
            result = run_reader(["highlights", "list"], data)
            assert_said_in_words(result, str(data))
            assert "read-only" in result.stderr or "cannot be opened" in result.stderr
            assert sorted(p.name for p in data.rglob("*")) == before
        finally:
            remount(disk, "rw")
        result = run_reader(["highlights", "list", "--json", "--library", str(SEEDS)], data)
        assert result.returncode == 0 and len(result.stdout.splitlines()) == 50

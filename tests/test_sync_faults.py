"""Sync whatever the sync tool does: half-written files, conflict copies, clocks hours wrong,
a machine back after months, a deleted device, files late and out of order, compaction, a
full disk. Nothing lost, nothing doubled, no crash."""

from __future__ import annotations

import errno
import gzip
import os
import sqlite3
from pathlib import Path

import pytest

from reader.core.archive.query import ListQuery
from reader.core.sync import folder as sync_folder
from reader.core.sync.formats import Op, log_header, log_lines, read_data_file
from tests.synckit import Machine, carry, mirror
from tests.test_sync_merge import Wall, bookmark, ids

DAY = 86_400.0


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "sync-a", tmp_path / "sync-b"
    a.mkdir()
    b.mkdir()
    return a, b


def machines(
    tmp_path: Path, folders: tuple[Path, Path], wall: Wall | None = None
) -> tuple[Machine, Machine]:
    kw = {"wall": wall} if wall else {}
    return Machine(tmp_path, "a", folders[0], **kw), Machine(tmp_path, "b", folders[1], **kw)


def own_ops(machine: Machine) -> list[Op]:
    return [op for p in sorted(machine.own.iterdir()) for op in read_data_file(p).ops]


def test_a_half_written_log_merges_its_whole_lines_and_is_read_again(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    a, b = machines(tmp_path, folders)
    a.engine.sync()
    marks = ids(6, "a")
    a.bookmarks.add(bookmark("b" * 16, note="整个"))
    for x in marks:
        a.read.set_read([x])
    (log,) = a.own.glob("log-*.jsonl")
    carry(folders[0], folders[1], a.engine.device)
    whole = log.read_bytes()
    copy = folders[1] / a.own.name / log.name
    cut = whole.index(marks[3].encode())  # in the middle of the line of the 4th mark
    copy.write_bytes(whole[:cut])  # a sync tool that writes in place, caught half-way
    report = b.engine.sync()
    assert report.incomplete == [f"{a.own.name}/{log.name}"]
    assert b.state()["read"] == marks[:3]  # the whole lines before the cut, nothing made up
    copy.write_bytes(whole[:cut] + b"\x00" * 40)  # still being written: zeros past the end
    b.engine.sync()
    copy.write_bytes(whole)  # complete now
    report = b.engine.sync()
    assert report.incomplete == []
    assert b.state()["read"] == sorted(marks)
    assert b.state()["bookmarks"] == a.state()["bookmarks"]
    assert b.engine.sync().files_read == 0  # read whole once: not read again


def test_a_half_written_snapshot_is_read_again_later(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    a, b = machines(tmp_path, folders)
    a.read.set_read(ids(50, "c"))
    a.bookmarks.add(bookmark("d" * 16, tags=("x",)))
    a.engine.compact()
    snapshot = a.own / "snapshot.json.gz"
    data = snapshot.read_bytes()
    target = folders[1] / a.own.name
    target.mkdir()
    (target / snapshot.name).write_bytes(data[: len(data) // 2])
    report = b.engine.sync()
    assert report.incomplete == [f"{a.own.name}/snapshot.json.gz"] and report.problems == []
    assert b.state()["read"] == [] and b.state()["bookmarks"] == {}
    (target / snapshot.name).write_bytes(data)
    b.engine.sync()
    assert (
        b.state()["read"] == a.state()["read"] and b.state()["bookmarks"] == a.state()["bookmarks"]
    )


@pytest.mark.parametrize(
    ("copy_name", "canonical_name"),
    [
        ("log-0000000001.sync-conflict-20260102-101530-7Q3XK2M.jsonl", "log-0000000001.jsonl"),
        ("log-0000000001 (laptop's conflicted copy 2026-01-02).jsonl", "log-0000000001.jsonl"),
        ("log-0000000001 (conflicted copy 2026-01-02 101530).jsonl", "log-0000000001.jsonl"),
        ("snapshot.json.sync-conflict-20260102-101530-7Q3XK2M.gz", "snapshot.json.gz"),
        ("snapshot (laptop's conflicted copy 2026-01-02).json.gz", "snapshot.json.gz"),
    ],
)
def test_conflict_copies_are_merged_never_shown_as_data(
    tmp_path: Path, folders: tuple[Path, Path], copy_name: str, canonical_name: str
) -> None:
    """Two versions of one of a's files (a restored backup, a tool that lost track): the sync
    tool keeps both. Both are a's operations: both merge; neither is a machine or a record."""
    a, b = machines(tmp_path, folders)
    if canonical_name.startswith("snapshot"):
        a.read.set_read(ids(2, "e"))
        a.engine.compact()
        other = a.own / "snapshot.json.gz"
        other_version = other.read_bytes()
        a.read.set_read(ids(1, "f"))
        a.engine.compact()
    else:
        a.engine.sync()
        a.read.set_read(ids(1, "f"))
        stamp = own_ops(a)[-1].stamp
        other_version = log_header(a.engine.device, "a") + log_lines(
            [Op("read", i, "", stamp + n, a.engine.device, True, 90 + n)
             for n, i in enumerate(ids(2, "e"))]
        )  # fmt: skip
    carry(folders[0], folders[1], a.engine.device)
    (folders[1] / a.own.name / copy_name).write_bytes(other_version)
    report = b.engine.sync()
    assert report.conflict_copies == 1
    assert b.state()["read"] == sorted(ids(2, "e") + ids(1, "f"))
    assert {d.id for d in report.devices} == {a.engine.device, b.engine.device}
    assert [d.name for d in report.devices] == ["a", "b"]
    # a's own copy of the conflict: merged by a too, then gone with its next snapshot.
    (a.own / copy_name).write_bytes(other_version)
    a.engine.sync()
    a.engine.compact()
    assert not (a.own / copy_name).exists()
    assert a.state()["read"] == b.state()["read"]


def test_a_clock_twelve_hours_ahead_does_not_swallow_later_edits(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    right = Wall()
    ahead = Wall(right.now + 12 * 3600)
    a = Machine(tmp_path, "ahead", folders[0], ahead)
    b = Machine(tmp_path, "b", folders[1], right)
    x, y = "1" * 16, "2" * 16
    a.bookmarks.add(bookmark(x, note="from the machine 12 hours ahead"))
    a.read.set_read([y])
    a.saved.add("疫苗", ListQuery("疫苗"))
    a.engine.sync()
    mirror(*folders, a.engine.device, b.engine.device)
    b.engine.sync()
    right.tick(60)
    ahead.tick(60)
    b.bookmarks.set_note(x, "edited an hour later, on a right clock")  # after seeing a's note
    b.read.set_read([y], False)
    b.saved.add("疫苗", ListQuery("疫苗 -流感"))
    assert b.saved.rename("疫苗", "Vaccines")
    mirror(*folders, a.engine.device, b.engine.device)
    a.engine.sync()
    for m in (a, b):
        assert m.bookmarks.get(x).note == "edited an hour later, on a right clock"  # type: ignore[union-attr]
        assert m.state()["read"] == []
        assert m.state()["saved"] == b.state()["saved"]
        assert [(s.name, s.query.text) for s in m.saved.list_saved()] == [
            ("Vaccines", "疫苗 -流感")
        ]
    # a's clock is put right (12 hours back) and a restarts: its new edit still comes after
    # everything it made or saw before.
    ahead.now = right.now + 5
    a.restart()
    a.bookmarks.set_note(x, "after the clock was put right")
    a.read.set_read([y])
    mirror(*folders, a.engine.device, b.engine.device)
    b.engine.sync()
    for m in (a, b):
        assert m.bookmarks.get(x).note == "after the clock was put right"  # type: ignore[union-attr]
        assert m.state()["read"] == [y]


def test_a_machine_back_after_months(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """a goes away for three months. Meanwhile b reads, deletes and compacts (a's logs are
    gone from b's folder by then); a read and edited offline. Back: both hold everything,
    each register decided by when it was last changed."""
    wall = Wall()
    a, b = machines(tmp_path, folders, wall)
    kept, deleted = "3" * 16, "4" * 16
    for x in (kept, deleted):
        a.bookmarks.add(bookmark(x, note="before"))
    a.read.set_read(ids(5, "5"))
    a.engine.sync()
    mirror(*folders, a.engine.device, b.engine.device)
    b.engine.sync()
    wall.tick(DAY)  # a, offline: reads and edits
    a.read.set_read(ids(3, "6"))
    a.read.set_read(ids(1, "5"), False)
    a.bookmarks.set_note(deleted, "edited offline, before b deleted it")
    a.bookmarks.set_note(kept, "edited offline")
    wall.tick(30 * DAY)  # b
    b.bookmarks.remove(deleted)
    b.read.set_read(ids(4, "7"))
    b.bookmarks.add(bookmark("8" * 16, title="new on b"))
    b.engine.sync()
    b.engine.compact()
    wall.tick(60 * DAY)
    for _ in range(2):
        mirror(*folders, a.engine.device, b.engine.device)
        a.engine.sync()
        b.engine.sync()
    assert a.state() == b.state()
    state = a.state()
    assert state["read"] == sorted(ids(5, "5")[1:] + ids(3, "6") + ids(4, "7"))
    assert set(state["bookmarks"]) == {kept, "8" * 16}
    assert state["bookmarks"][kept][4] == "edited offline"


def test_a_deleted_device_loses_nothing(tmp_path: Path) -> None:
    """c's folder is deleted from the sync folder (the machine is gone, or someone tidied
    up): what c did stays with everyone who merged it, and reaches a machine that joins
    later through the others' snapshots."""
    shared = tmp_path / "Sync"
    shared.mkdir()
    a, b, c = (Machine(tmp_path, n, shared) for n in "abc")
    c.read.set_read(ids(3, "c"))
    c.bookmarks.add(bookmark("c" * 16, note="只在 c 上写的"))
    for m in (a, b, c):
        m.engine.sync()
    c.close()
    import shutil

    shutil.rmtree(c.own)
    report = a.engine.sync()
    assert report.gone == [c.engine.device] and report.compacted
    b.engine.sync()
    d = Machine(tmp_path, "d", shared)  # joins after c is gone
    d.engine.sync()
    for m in (a, b, d):
        assert m.state()["read"] == sorted(ids(3, "c"))
        assert m.bookmarks.get("c" * 16).note == "只在 c 上写的"  # type: ignore[union-attr]
    assert a.state() == b.state() == d.state()


def test_files_late_and_out_of_order(
    tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_folder, "SEGMENT_BYTES", 300)  # a new segment every few lines
    wall = Wall()
    a, b = machines(tmp_path, folders, wall)
    a.engine.sync()
    x = "9" * 16
    for n in range(12):
        wall.tick()
        a.read.set_read([x], n % 2 == 0)
        a.bookmarks.add(bookmark(f"{n:016x}", title=f"第{n}篇"))
        if n % 3 == 0:
            a.bookmarks.remove(f"{max(n - 1, 0):016x}")
    segments = sorted(a.own.glob("log-*.jsonl"))
    assert len(segments) > 4
    target = folders[1] / a.own.name
    target.mkdir()
    for segment in reversed(segments):  # newest first, one per sync
        (target / segment.name).write_bytes(segment.read_bytes())
        b.engine.sync()
    assert b.state()["read"] == a.state()["read"] == []
    assert b.state()["bookmarks"] == a.state()["bookmarks"]


def test_compaction_keeps_the_same_state(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    wall = Wall()
    a, b = machines(tmp_path, folders, wall)
    a.engine.sync()
    for n in range(400):
        wall.tick(0.01)
        x = f"{n % 97:016x}"
        a.read.set_read([x], n % 3 != 0)
        if n % 4 == 0:
            a.bookmarks.add(bookmark(x, title=f"t{n}", tags=(f"tag{n % 5}",)))
        if n % 7 == 0:
            a.bookmarks.remove(f"{(n + 3) % 97:016x}")
        if n % 11 == 0 and a.bookmarks.has(x):
            a.bookmarks.set_note(x, f"note {n}")
        if n % 13 == 0:
            a.saved.add(f"search {n % 5}", ListQuery(f"词{n}", unread_only=n % 2 == 0))
        if n % 17 == 0:
            a.saved.rename(f"search {n % 5}", f"renamed {n}")
        if n % 19 == 0:
            a.saved.remove(f"renamed {n - 17}")
    assert len(a.state()["saved"]) > 5
    before_files = {p.name: p.stat().st_size for p in a.own.iterdir()}
    carry(folders[0], folders[1], a.engine.device)
    b.engine.sync()
    assert b.state() == a.state()
    assert a.engine.compact()
    after_files = {p.name: p.stat().st_size for p in a.own.iterdir()}
    assert list(after_files) == ["snapshot.json.gz"]
    assert sum(after_files.values()) < sum(before_files.values()) / 3
    fresh = Machine(tmp_path, "fresh", folders[1])  # only the snapshot to read
    carry(folders[0], folders[1], a.engine.device)
    fresh.engine.sync()
    b.engine.sync()
    assert fresh.state() == b.state() == a.state()


def test_a_full_disk_while_writing_to_the_sync_folder_loses_nothing(
    tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills half-way through an append: the segment is cut back to where it was,
    the change stays in the store, the user is told in words; once there is room, the next
    sync republishes it."""
    a, b = machines(tmp_path, folders)
    a.engine.sync()
    a.read.set_read(ids(1, "a"))
    (segment,) = a.own.glob("log-*.jsonl")
    before = segment.read_bytes()
    real_write = sync_folder._write_all

    def disk_fills(fd: int, data: bytes) -> None:
        real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(sync_folder, "_write_all", disk_fills)
    a.read.set_read(ids(2, "b"))
    a.bookmarks.add(bookmark("c" * 16, note="written while the disk was full"))
    assert segment.read_bytes() == before  # no torn line left behind
    assert a.engine.error is not None and "the disk is full" in a.engine.error
    assert a.read.is_read(ids(2, "b")[1]) and a.bookmarks.has("c" * 16)
    report = a.engine.sync()  # still full: said again, nothing lost
    assert not report.compacted and a.engine.error in report.problems
    monkeypatch.setattr(sync_folder, "_write_all", real_write)  # room again
    report = a.engine.sync()
    assert report.compacted and a.engine.error is None
    carry(folders[0], folders[1], a.engine.device)
    b.engine.sync()
    assert b.state()["read"] == sorted(ids(1, "a") + ids(2, "b"))
    assert b.bookmarks.get("c" * 16).note == "written while the disk was full"  # type: ignore[union-attr]


def test_garbage_in_the_sync_folder_is_never_fatal(
    tmp_path: Path, folders: tuple[Path, Path]
) -> None:
    a, b = machines(tmp_path, folders)
    a.read.set_read(ids(2, "a"))
    a.engine.sync()
    carry(folders[0], folders[1], a.engine.device)
    junk = folders[1] / "device-0123456789abcdef"
    junk.mkdir()
    (junk / "log-0000000001.jsonl").write_bytes(os.urandom(3000))
    (junk / "snapshot.json.gz").write_bytes(gzip.compress(b"\xff\xfe not json"))
    (junk / "log-0000000002.jsonl").write_bytes(
        b'{"reader_sync":"log","version":1,"device":"0123456789abcdef"}\n'
        b'[1,2,"read",5,"",true]\n[1,"x","read","a","",true]\n["deep",' + b"[" * 100_000 + b"\n"
    )
    (junk / "snapshot (x's conflicted copy).json.gz").write_bytes(
        gzip.compress(b'{"reader_sync":"snapshot","version":1,"device":"0123456789abcdef",'
                      b'"own_seq":1,"devices":["0123456789abcdef"],"kinds":{"read":{"entity":'
                      b'["a"],"field":[""],"stamp":[-5],"device":[0],"value":[true]}}}')
    )  # fmt: skip
    (folders[1] / "device-not-a-device").mkdir()
    (folders[1] / "device-fedcba9876543210").write_bytes(b"a file, not a folder")
    newer = folders[1] / "device-00000000000000ff"
    newer.mkdir()
    (newer / "log-0000000001.jsonl").write_bytes(
        b'{"reader_sync":"log","version":99,"device":"00000000000000ff"}\n[1,1,"read","x","",1]\n'
    )
    report = b.engine.sync()
    assert b.state()["read"] == sorted(ids(2, "a"))
    assert any("newer Reader" in p for p in report.problems)
    assert len(report.incomplete) == 4  # every junk file of the made-up device, read again later


def test_a_journal_that_fails_never_fails_the_store_s_change(
    tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store committed: whatever goes wrong in the journal (here the sync state file
    refusing) is said, and the next sync finds the change in the store."""
    a, b = machines(tmp_path, folders)
    a.engine.sync()
    original = a.engine.replica.transaction

    def refused() -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(a.engine.replica, "transaction", refused)
    a.read.set_read(ids(1, "9"))  # does not raise
    a.bookmarks.set_note("0" * 16, "")  # nor does this
    assert a.read.is_read(ids(1, "9")[0])
    assert a.engine.behind and a.engine.error and "sync state" in a.engine.error
    monkeypatch.setattr(a.engine.replica, "transaction", original)
    a.engine.sync()
    carry(folders[0], folders[1], a.engine.device)
    b.engine.sync()
    assert b.read.is_read(ids(1, "9")[0])


def test_a_damaged_sync_state_is_made_again(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    """replica.sqlite damaged: set aside, said, and made again from the folder and the stores
    (under a new device id: the old folder's operations merge like another machine's)."""
    a, b = machines(tmp_path, folders)
    a.read.set_read(ids(3, "d"))
    a.bookmarks.add(bookmark("e" * 16, note="before the damage"))
    a.engine.sync()
    old = a.engine.device
    a.close()
    state = a.dir / "sync" / "replica.sqlite"
    for extra in ("-wal", "-shm"):
        Path(str(state) + extra).unlink(missing_ok=True)
    state.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    a = Machine(tmp_path, "a", folders[0])
    assert a.engine.notice and "was damaged" in a.engine.notice
    assert list((a.dir / "sync").glob("replica.sqlite.corrupt-*"))
    assert a.engine.device != old
    a.read.set_read(ids(1, "f"))
    a.engine.sync()
    for _ in range(2):
        mirror(folders[0], folders[1], a.engine.device, b.engine.device)
        carry(folders[0], folders[1], old)
        b.engine.sync()
        a.engine.sync()
    assert a.state() == b.state()
    assert b.state()["read"] == sorted(ids(3, "d") + ids(1, "f"))
    assert b.bookmarks.get("e" * 16).note == "before the damage"  # type: ignore[union-attr]


@pytest.mark.parametrize("file_name", ["state.sqlite", "bookmarks.sqlite", "saved-searches.sqlite"])
def test_a_store_started_again_after_damage_is_filled_by_sync(
    tmp_path: Path, file_name: str
) -> None:
    """b's read marks, bookmarks or saved searches file is damaged when it next starts (a
    folder stands there; garbage, 0 bytes alike): the store sets it aside and starts empty.
    What it lacks was lost on b, not removed by its user: a keeps everything, and b gets it
    all back from the merged state (before, b's emptiness went out as removals and both
    machines lost every mark and bookmark)."""
    shared = tmp_path / "Sync"
    shared.mkdir()
    a, b = Machine(tmp_path, "a", shared), Machine(tmp_path, "b", shared)
    a.read.set_read(ids(3, "a"))
    a.bookmarks.add(bookmark("a" * 16, note="a 的笔记"))
    a.saved.add("疫苗", ListQuery(text="疫苗"))
    for m in (a, b, a):
        m.engine.sync()
    before = a.state()
    assert b.state() == before
    b.close()
    (b.dir / file_name).unlink()
    (b.dir / file_name).mkdir()
    b = Machine(tmp_path, "b", shared)
    told = (b.read.notice, b.bookmarks.notice, b.saved.notice)
    assert any(n and "damaged" in n for n in told), told
    for m in (b, a, b, a):
        m.engine.sync()
    assert a.state() == b.state() == before
    assert a.bookmarks.get("a" * 16).note == "a 的笔记"  # type: ignore[union-attr]
    assert [s.name for s in b.saved.list_saved()] == ["疫苗"]

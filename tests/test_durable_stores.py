"""Every store of the user's own data follows the same rules (``reader/core/durable.py``),
each case run for bookmarks, highlights and saved searches alike: a damaged, emptied,
truncated, deleted or foreign file, or a folder in its place, is set aside (never deleted) and
the newest good backup restored, and said; a newer Reader's file is shown and never changed;
a refused write changes nothing and says which file; backups never rotate the largest out for
a smaller copy. (The disk faults and kills, in subprocesses: test_durable_faults.py.)"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core.durable import BACKUPS_KEPT
from reader.core.storage import StorageError
from tests.faultkit import corrupt_copies
from tests.storekit import ALL, Kind, backup_counts, fill, keys, remove_file

pytestmark = pytest.mark.parametrize("kind", ALL, ids=str)


def damage(path: Path, how: str) -> None:
    data = path.read_bytes() if path.exists() else b""
    remove_file(path)
    path.write_bytes({
        "garbage": b"not a database at all" * 300,
        "header-then-junk": b"SQLite format 3\x00" + b"\xff" * 5000,
        "truncated": data[: len(data) // 3],
        "zero-bytes": b"",
    }[how])  # fmt: skip


# -- damaged, emptied, truncated: set aside, restored from the newest good backup, said -----------
@pytest.mark.parametrize("how", ["garbage", "header-then-junk", "truncated", "zero-bytes"])
def test_a_damaged_file_is_set_aside_and_restored_from_its_backup(
    isolated_data_dir: Path, kind: Kind, how: str
) -> None:
    fill(kind, 2000)
    path = isolated_data_dir / kind.file
    damage(path, how)
    kept = path.read_bytes()
    store = kind.store()
    assert store.count() == 2000 and kind.keys(store) == keys(2000)
    assert store.notice and str(path) in store.notice and f"2000 {kind.noun}" in store.notice
    assert "restored from the backup" in store.notice
    said = "empty (0 bytes)" if how == "zero-bytes" else "was damaged"
    assert said in store.notice and not store.read_only
    (aside,) = corrupt_copies(isolated_data_dir, kind.file)  # kept, never deleted
    assert aside.read_bytes() == kept
    kind.add(store, "after")
    assert kind.store().count() == 2001


@pytest.mark.parametrize("how", ["garbage", "header-then-junk"])
def test_a_damaged_file_without_a_backup_is_kept_aside_and_said(
    isolated_data_dir: Path, kind: Kind, how: str
) -> None:
    path = isolated_data_dir / kind.file
    damage(path, how)
    kept = path.read_bytes()
    store = kind.store()
    assert store.notice and str(path) in store.notice and "was damaged" in store.notice
    assert "no backup was found" in store.notice and store.count() == 0
    (aside,) = corrupt_copies(isolated_data_dir, kind.file)
    assert aside.read_bytes() == kept
    kind.add(store, "after")
    assert kind.keys(kind.store()) == {"after"}


def test_an_empty_file_without_a_backup_is_said_and_made_anew(
    isolated_data_dir: Path, kind: Kind
) -> None:
    """0 bytes (an interrupted first start; ``sqlite3.connect().close()`` makes one): said,
    migrated to the current schema, writable."""
    path = isolated_data_dir / kind.file
    sqlite3.connect(path).close()
    assert path.stat().st_size == 0
    store = kind.store()
    assert store.notice and f"{kind.file} was empty (0 bytes)" in store.notice
    assert store.count() == 0 and not store.read_only
    version = store.db.execute("PRAGMA user_version").fetchone()[0]
    assert version == kind.store.durability.schema_version
    kind.add(store, "a")
    assert kind.store().count() == 1


def test_a_file_emptied_comes_back_whole_across_starts(isolated_data_dir: Path, kind: Kind) -> None:
    """The reported case: 15,187 bookmarks, the database truncated to 0 bytes, five starts:
    the backups that held them all must not rotate out for the new small copies."""
    fill(kind, 15_187, starts=3)
    path = isolated_data_dir / kind.file
    path.write_bytes(b"")
    notices = []
    for start in range(5):
        store = kind.store()
        notices.append(store.notice)
        kind.add(store, f"new{start}")
        store.close()
    assert notices[0] and "restored" in notices[0] and f"15187 {kind.noun}" in notices[0]
    assert str(path) in notices[0] and "empty (0 bytes)" in notices[0]
    assert notices[1:] == [None] * 4
    store = kind.store()
    assert store.count() == 15_187 + 5
    assert kind.keys(store) == keys(15_187) | {f"new{i}" for i in range(5)}


# -- deleted, a folder in its place, another program's file -------------------------------
def test_a_deleted_file_is_restored_from_its_backup_and_said(
    isolated_data_dir: Path, kind: Kind
) -> None:
    store = kind.store()
    for key in sorted(keys(3)):
        kind.add(store, key)
    whole = kind.dump(store)
    store.close()
    kind.store().close()  # another start: a backup of them
    remove_file(isolated_data_dir / kind.file)
    store = kind.store()
    assert kind.dump(store) == whole and len(whole) == 3 and not store.read_only
    assert store.notice and str(isolated_data_dir / kind.file) in store.notice
    assert f"was missing; 3 {kind.noun} were restored from the backup" in store.notice
    assert not corrupt_copies(isolated_data_dir, kind.file)  # nothing to set aside


def test_a_first_start_says_nothing(isolated_data_dir: Path, kind: Kind) -> None:
    store = kind.store()
    assert store.count() == 0 and store.notice is None and store.read_only is None


@pytest.mark.parametrize("backup", [True, False], ids=["with-backup", "no-backup"])
def test_a_folder_in_its_place_is_set_aside_and_said(
    isolated_data_dir: Path, kind: Kind, backup: bool
) -> None:
    path = isolated_data_dir / kind.file
    if backup:
        fill(kind, 3)
        remove_file(path)
    path.mkdir()
    (path / "inside.txt").write_text("kept", encoding="utf-8")
    store = kind.store()
    assert store.notice and "it is a folder" in store.notice and str(path) in store.notice
    assert not store.read_only
    assert store.count() == (3 if backup else 0)
    (aside,) = corrupt_copies(isolated_data_dir, kind.file)
    assert aside.is_dir() and (aside / "inside.txt").read_text(encoding="utf-8") == "kept"
    kind.add(store, "after")
    assert kind.store().count() == (4 if backup else 1)


def foreign(path: Path, kind: Kind, case: str) -> None:
    db = sqlite3.connect(path)
    if case == "other-program-newer":  # our table's name, another program's columns
        db.execute(f"CREATE TABLE {kind.table}(url TEXT, added INTEGER)")
        db.execute("PRAGMA user_version=12")
    elif case == "our-names-other-columns":
        for table in kind.store.durability.columns:
            db.execute(f"CREATE TABLE {table}(whatever TEXT)")
        db.execute("PRAGMA user_version=1")
    else:  # unversioned: another program's tables
        db.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)")
    db.commit()
    db.close()


FOREIGN_WORDS = {"other-program-newer": "not a Reader {noun} file",
                 "our-names-other-columns": "another program",
                 "unversioned-tables": "another program"}  # fmt: skip


@pytest.mark.parametrize("case", list(FOREIGN_WORDS))
def test_another_programs_file_is_set_aside_and_the_backup_restored(
    isolated_data_dir: Path, kind: Kind, case: str
) -> None:
    fill(kind, 3)
    path = isolated_data_dir / kind.file
    remove_file(path)
    foreign(path, kind, case)
    store = kind.store()
    assert not store.read_only and store.count() == 3
    assert store.notice and FOREIGN_WORDS[case].format(noun=kind.noun) in store.notice
    assert "restored from the backup" in store.notice and str(path) in store.notice
    (aside,) = corrupt_copies(isolated_data_dir, kind.file)
    db = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] >= 1  # kept whole
    db.close()


def test_another_programs_file_without_a_backup_leaves_an_empty_store(
    isolated_data_dir: Path, kind: Kind
) -> None:
    foreign(isolated_data_dir / kind.file, kind, "our-names-other-columns")
    store = kind.store()
    assert store.notice and "another program" in store.notice and "no backup" in store.notice
    kind.add(store, "b1")
    assert store.count() == 1 and corrupt_copies(isolated_data_dir, kind.file)


# -- a newer Reader's file: shown, never changed ----------------------------------------------
def test_a_newer_readers_file_is_shown_and_never_changed(
    isolated_data_dir: Path, kind: Kind
) -> None:
    fill(kind, 2)
    path = isolated_data_dir / kind.file
    db = sqlite3.connect(path)
    db.execute(f"ALTER TABLE {kind.table} ADD COLUMN synced_at TEXT")  # what a newer one adds
    db.execute("PRAGMA user_version=99")
    db.close()
    before = path.read_bytes()
    backups = sorted((isolated_data_dir / kind.backups).iterdir())
    store = kind.store()
    assert store.read_only and "newer Reader (schema 99)" in store.read_only
    assert store.notice and "shown but cannot be changed now" in store.notice
    assert "newer Reader (schema 99)" in store.notice and str(path) in store.notice
    assert kind.keys(store) == keys(2)
    with pytest.raises(StorageError, match="newer Reader") as refused:
        kind.add(store, "new")
    assert str(path) in str(refused.value)
    with store.on_this_thread() as view:  # a worker reads it too (an export)
        assert kind.keys(view) == keys(2)
    store.close()
    assert path.read_bytes() == before
    assert sorted((isolated_data_dir / kind.backups).iterdir()) == backups
    assert not corrupt_copies(isolated_data_dir, kind.file)


# -- refused writes and backups ---------------------------------------------------------------
def test_a_refused_write_says_which_file_changes_nothing_and_tells_no_one(
    isolated_data_dir: Path, kind: Kind
) -> None:
    store = kind.store()
    kind.add(store, "a")
    heard: list[object] = []
    kind.listen(store, heard.append)
    blocker = sqlite3.connect(isolated_data_dir / kind.file, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    store.db.execute("PRAGMA busy_timeout=50")
    try:
        with pytest.raises(StorageError, match="another process is using the file") as caught:
            kind.add(store, "b")
        assert kind.file in str(caught.value)
        assert str(caught.value).startswith(f"Cannot use the {kind.noun} file")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert heard == []  # a change that was not written is not announced
    assert kind.keys(store) == {"a"} and not corrupt_copies(isolated_data_dir, kind.file)


def test_backups_keep_the_largest_while_the_file_is_much_smaller(
    isolated_data_dir: Path, kind: Kind
) -> None:
    fill(kind, 500, starts=2)
    store = kind.store()  # all but one removed (a deleted file would be restored)
    with store._write() as db:
        db.execute(f"DELETE FROM {kind.table}")
    kind.add(store, "only")
    store.close()
    for _ in range(BACKUPS_KEPT + 3):
        kind.store().close()
    counts = backup_counts(kind, isolated_data_dir)
    assert max(counts) == 500, f"the 500-item backup was rotated out for 1-item copies: {counts}"
    assert 2 <= len(counts) <= BACKUPS_KEPT + 1 and counts[-1] == 1
    assert not list((isolated_data_dir / kind.backups).glob("*-wal"))


def test_backups_roll(isolated_data_dir: Path, kind: Kind) -> None:
    fill(kind, 1, starts=8)
    counts = backup_counts(kind, isolated_data_dir)
    assert len(counts) == BACKUPS_KEPT and set(counts) == {1}


def test_a_backup_that_cannot_be_written_is_said_and_leaves_no_partial_copy(
    isolated_data_dir: Path, kind: Kind
) -> None:
    fill(kind, 5)
    backups = isolated_data_dir / kind.backups
    for old in backups.iterdir():
        old.unlink()
    backups.rmdir()
    backups.write_bytes(b"")  # the backup folder cannot be created
    store = kind.store()
    assert store.count() == 5
    assert store.notice and f"No backup of the {kind.noun} could be written" in store.notice
    assert not list(isolated_data_dir.rglob("*.partial"))


def test_a_worker_thread_changes_the_store_through_its_own_connection(
    isolated_data_dir: Path, kind: Kind
) -> None:
    """The window imports and exports in workers: their changes are the store's (its listeners
    hear them), and the view is closed after."""
    store = kind.store()
    heard: list[object] = []
    kind.listen(store, heard.append)
    kind.add(store, "from-main")
    per_add = len(heard)  # what one change is announced as, on the store's own thread
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with store.on_this_thread() as view:
                kind.add(view, "from-worker")
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert not errors, errors
    assert kind.keys(store) == {"from-main", "from-worker"} and len(heard) == 2 * per_add >= 2

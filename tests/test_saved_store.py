"""Saved searches are kept as bookmarks are: a damaged or emptied file is restored from its
backup, a disk that refuses writes keeps the file as it is and says why, a rebuild of the
index changes nothing (they are kept by article id), and every change is announced once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.archive.query import ListQuery
from reader.core.saved.store import SavedChange, SavedSearchStore
from reader.core.storage import StorageError


def filled(path: Path) -> None:
    store = SavedSearchStore(path)
    store.add("疫苗", ListQuery("疫苗", preset="7d"))
    store.add("BBC", ListQuery(sources=("BBC",), unread_only=True))
    store.mark_seen("疫苗", "lib", ["a" * 16, "b" * 16])
    store.close()
    SavedSearchStore(path).close()  # another start: a backup of both


def test_a_damaged_file_is_set_aside_and_restored_from_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "saved-searches.sqlite"
    filled(path)
    path.write_bytes(b"\0garbage" * 1000)
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    store = SavedSearchStore(path)
    assert [s.name for s in store.list_saved()] == ["BBC", "疫苗"]
    assert store.get("疫苗").query == ListQuery("疫苗", preset="7d")  # type: ignore[union-attr]
    assert store.seen_ids("疫苗", "lib") == {"a" * 16, "b" * 16}
    assert store.notice and "damaged" in store.notice and "restored" in store.notice
    assert list(tmp_path.glob("saved-searches.sqlite.corrupt-*"))  # kept, never deleted
    store.close()


def test_an_emptied_file_is_restored_too(tmp_path: Path) -> None:
    path = tmp_path / "saved-searches.sqlite"
    filled(path)
    path.write_bytes(b"")
    store = SavedSearchStore(path)
    assert store.count() == 2
    store.close()


def test_a_refused_write_keeps_the_file_and_says_which(tmp_path: Path) -> None:
    path = tmp_path / "saved-searches.sqlite"
    filled(path)
    store = SavedSearchStore(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    store.db.execute("PRAGMA busy_timeout=50")
    with pytest.raises(StorageError, match="saved searches file"):
        store.add("new", ListQuery("x"))
    blocker.execute("ROLLBACK")
    blocker.close()
    assert store.count() == 2 and not list(tmp_path.glob("*.corrupt-*"))
    store.close()


def test_every_change_is_announced_once_for_a_sync_layer(tmp_path: Path) -> None:
    store = SavedSearchStore(tmp_path / "s.sqlite")
    seen: list[SavedChange] = []
    store.listeners.append(seen.append)
    store.add("a", ListQuery("x"))
    store.rename("a", "b")
    store.mark_seen("b", "lib", ["c" * 16])
    store.remove("b")
    assert [(c.kind, c.name) for c in seen] == [("add", "a"), ("rename", "a"), ("seen", "b"),
                                               ("remove", "b")]  # fmt: skip
    assert seen[0].query == ListQuery("x").to_json() and seen[1].new_name == "b"
    with pytest.raises(ValueError):
        store.add("  ", ListQuery("x"))
    store.close()


def test_a_file_that_cannot_be_opened_leaves_the_app_a_store_for_the_session(
    tmp_path: Path,
) -> None:
    """The app starts when the file cannot be opened (here a folder stands where it should
    be; a read-only or full disk alike): saved searches work in memory for the session, what
    stands there is left as it is, and the notice says so."""
    path = tmp_path / "saved-searches.sqlite"
    path.mkdir()
    with pytest.raises(StorageError):
        SavedSearchStore(path)
    store = SavedSearchStore.open_or_memory(path)
    assert store.notice and "cannot be used now" in store.notice and str(path) in store.notice
    store.add("疫苗", ListQuery("疫苗"))
    assert [s.name for s in store.list_saved()] == ["疫苗"]
    store.close()
    assert path.is_dir() and not any(path.iterdir())

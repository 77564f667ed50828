"""Saved searches are kept as every store of the user's own data is (the faults, for every
store alike: test_durable_stores.py, test_durable_faults.py): a damaged file comes back with
its queries and what was seen, and every change is announced once."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.archive.query import ListQuery
from reader.core.saved.store import SavedChange, SavedSearchStore


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


def test_the_window_gets_a_store_whatever_stands_where_the_file_should_be(
    tmp_path: Path,
) -> None:
    """``open_or_memory`` (the window's call; the app starts either way): a folder where the
    file should be is set aside and said, and searches saved after it are kept. (The other
    faults, for every store alike: test_durable_stores.py.)"""
    path = tmp_path / "saved-searches.sqlite"
    path.mkdir()
    store = SavedSearchStore.open_or_memory(path)
    assert store.notice and "it is a folder" in store.notice and str(path) in store.notice
    store.add("疫苗", ListQuery("疫苗"))
    store.close()
    assert [s.name for s in SavedSearchStore(path).list_saved()] == ["疫苗"]
    (aside,) = tmp_path.glob("saved-searches.sqlite.corrupt-*")
    assert aside.is_dir()

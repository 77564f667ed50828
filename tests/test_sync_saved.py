"""Saved searches on every machine (reader/core/sync/kinds/saved_searches.py): one record per
name, the query whole; a rename never swallows an edit it did not see; what each machine saw
("new since last opened") stays its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.archive.query import ListQuery
from reader.core.sync.formats import read_data_file
from tests.synckit import Machine, carry
from tests.test_sync_merge import Wall, ids, sync_all

VACCINE = ListQuery("疫苗", preset="30d")
EDITED = ListQuery("疫苗 -流感", sources=("联合早报",), unread_only=True)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def names(m: Machine) -> dict[str, ListQuery]:
    return {s.name: s.query for s in m.saved.list_saved()}


def test_a_saved_search_reaches_the_other_machine_whole(tmp_path: Path, shared: Path) -> None:
    a, b = Machine(tmp_path, "a", shared), Machine(tmp_path, "b", shared)
    a.saved.add("疫苗", VACCINE)
    a.saved.add("BBC", ListQuery(sources=("BBC中文",), bookmarked=True))
    a.saved.mark_seen("疫苗", "lib", ids(3, "a"))
    sync_all(a, b)
    assert names(b) == names(a) == {"疫苗": VACCINE, "BBC": ListQuery(sources=("BBC中文",),
                                                                    bookmarked=True)}  # fmt: skip
    assert b.saved.stored() == a.saved.stored()  # the query's JSON and both times, as made
    # What a machine saw when it last opened a search is its own: "new" counts per machine.
    assert a.saved.seen_ids("疫苗", "lib") == set(ids(3, "a"))
    assert b.saved.seen_ids("疫苗", "lib") is None
    assert a.state() == b.state()


def test_the_later_query_wins_whole(tmp_path: Path, shared: Path) -> None:
    """Two machines change one search: the later query wins as it was made (a mix of both
    would be a search nobody made); what each machine saw of it stays."""
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    a.saved.add("疫苗", VACCINE)
    sync_all(a, b)
    b.saved.mark_seen("疫苗", "lib", ids(2, "b"))
    wall.tick()
    a.saved.add("疫苗", ListQuery("疫苗", sources=("BBC中文",)))
    wall.tick()
    b.saved.add("疫苗", EDITED)
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"疫苗": EDITED}
    assert b.saved.seen_ids("疫苗", "lib") == set(ids(2, "b"))
    assert a.state() == b.state()


def test_a_removal_wins_only_over_older_edits(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    a.saved.add("gone", VACCINE)
    a.saved.add("kept", VACCINE)
    sync_all(a, b)
    wall.tick()
    b.saved.add("gone", EDITED)  # before the removal
    wall.tick()
    a.saved.remove("gone")
    a.saved.remove("kept")
    wall.tick()
    b.saved.add("kept", EDITED)  # after it: nothing the user did after a removal is lost
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"kept": EDITED}
    assert a.state() == b.state()


@pytest.mark.parametrize("edit_first", [True, False])
def test_a_rename_on_one_machine_while_the_other_edits(
    tmp_path: Path, shared: Path, edit_first: bool
) -> None:
    """a renames the search while b (not having seen the rename) changes its query: b's edit
    is kept under the old name, whichever came first by the clock, beside the renamed copy.
    Nothing either did is lost, and both show the same."""
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    a.saved.add("疫苗", VACCINE)
    sync_all(a, b)
    b.saved.mark_seen("疫苗", "lib", ids(2, "b"))
    wall.tick()
    if edit_first:
        b.saved.add("疫苗", EDITED)
        wall.tick()
        assert a.saved.rename("疫苗", "Vaccines")
    else:
        assert a.saved.rename("疫苗", "Vaccines")
        wall.tick()
        b.saved.add("疫苗", EDITED)
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"Vaccines": VACCINE, "疫苗": EDITED}
    assert a.state() == b.state()
    # Removed afterwards: gone on both for good (the rename's exception does not outlive it).
    wall.tick()
    a.saved.remove("疫苗")
    sync_all(a, b)
    a.restart()
    b.restart()
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"Vaccines": VACCINE}


def test_a_rename_that_saw_the_edit_takes_it_along(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    a.saved.add("疫苗", VACCINE)
    sync_all(a, b)
    wall.tick()
    b.saved.add("疫苗", EDITED)
    sync_all(a, b)
    wall.tick()
    assert a.saved.rename("疫苗", "Vaccines")
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"Vaccines": EDITED}
    assert a.state() == b.state()


def test_a_rename_elsewhere_keeps_what_this_machine_saw(tmp_path: Path, shared: Path) -> None:
    """ "New since last opened" is this machine's: a rename made on another machine moves it
    with the search (the same query, made at the same time), not forgets it."""
    a, b = Machine(tmp_path, "a", shared), Machine(tmp_path, "b", shared)
    a.saved.add("疫苗", VACCINE)
    a.saved.add("other", EDITED)
    sync_all(a, b)
    b.saved.mark_seen("疫苗", "lib", ids(4, "b"))
    b.saved.mark_seen("other", "lib", ids(1, "c"))
    assert a.saved.rename("疫苗", "Vaccines")
    a.saved.remove("other")
    a.saved.add("made again", EDITED)  # the same query as the removed one: not a rename
    sync_all(a, b)
    assert b.saved.seen_ids("Vaccines", "lib") == set(ids(4, "b"))
    assert b.saved.seen_ids("疫苗", "lib") is None
    assert b.saved.seen_ids("made again", "lib") is None
    assert a.state() == b.state()


def test_a_rename_writes_both_names_and_seen_stays_here(tmp_path: Path, shared: Path) -> None:
    a = Machine(tmp_path, "a", shared)
    a.saved.add("疫苗", VACCINE)
    a.saved.mark_seen("疫苗", "lib", ids(2))
    assert a.saved.rename("疫苗", "Vaccines")
    ops = [(o.entity, o.field, o.value) for p in sorted(a.own.glob("log-*.jsonl"))
           for o in sorted(read_data_file(p).ops, key=lambda o: o.seq)]  # fmt: skip
    assert ("疫苗", "query", VACCINE.to_json()) in ops
    assert ("Vaccines", "query", VACCINE.to_json()) in ops
    assert ("Vaccines", "", True) in ops and ("疫苗", "", None) in ops
    moved = [v for e, f, v in ops if f == "moved"]
    assert len(moved) == 1 and moved[0]["to"] == "Vaccines"
    assert not any("lib" in str(v) for _e, _f, v in ops)  # what was seen is not synced


def test_a_newer_reader_s_query_travels_untouched(tmp_path: Path, shared: Path) -> None:
    """A query with keys this Reader does not know (written by a newer one) is carried and
    stored as it was written, never re-encoded without them."""
    a, b = Machine(tmp_path, "a", shared), Machine(tmp_path, "b", shared)
    newer = '{"colour":"red","text":"疫苗"}'
    a.saved.add("疫苗", VACCINE)
    with a.saved.file.write() as db:  # as a newer Reader would have written it
        db.execute("UPDATE saved_searches SET query=?", (newer,))
    sync_all(a, b)
    assert b.saved.stored()["疫苗"].query == newer
    assert b.saved.get("疫苗").query.extra == {"colour": "red"}  # type: ignore[union-attr]
    sync_all(a, b)
    assert a.saved.stored()["疫苗"].query == newer


def test_half_of_a_saved_search_waits_for_the_rest(tmp_path: Path, shared: Path) -> None:
    """A log cut between a search's lines (a tool that writes in place): nothing half made is
    shown, nothing is removed, and the rest completes it."""
    folders = tmp_path / "sync-a", tmp_path / "sync-b"
    for f in folders:
        f.mkdir()
    a, b = Machine(tmp_path, "a", folders[0]), Machine(tmp_path, "b", folders[1])
    a.engine.sync()
    a.saved.add("疫苗", VACCINE)
    (log,) = a.own.glob("log-*.jsonl")
    carry(folders[0], folders[1], a.engine.device)
    whole = log.read_bytes()
    copy = folders[1] / a.own.name / log.name
    copy.write_bytes(whole[: whole.index(b'"query"')])  # the record's "" and times, no query
    b.engine.sync()
    assert names(b) == {}
    b.engine.sync()  # catching up must not take the half for a removal made here
    copy.write_bytes(whole)
    b.engine.sync()
    carry(folders[1], folders[0], b.engine.device)
    a.engine.sync()
    assert names(a) == names(b) == {"疫苗": VACCINE}


def test_catching_up_in_a_worker_reads_the_store_there(tmp_path: Path, shared: Path) -> None:
    """The window's first merge catches up in a worker: searches saved while sync was off are
    read through a connection of that thread (SQLite refuses the GUI thread's)."""
    import threading

    a = Machine(tmp_path, "a", shared)
    a.detach()  # sync off
    a.saved.add("疫苗", VACCINE)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            a.engine.catch_up()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not errors
    b = Machine(tmp_path, "b", shared)
    b.engine.sync()
    assert names(b) == {"疫苗": VACCINE}


def test_a_rename_between_a_merge_and_its_writing(tmp_path: Path, shared: Path) -> None:
    """The window merges in a worker and writes the winners a moment later on the GUI thread:
    a rename in between has not seen the merged edit, which keeps the old name."""
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    a.saved.add("疫苗", VACCINE)
    sync_all(a, b)
    wall.tick()
    b.saved.add("疫苗", EDITED)
    b.engine.sync()
    wall.tick()
    a.engine.pull()  # merged, not written yet
    assert a.saved.rename("疫苗", "Vaccines")
    a.engine.apply()
    sync_all(a, b)
    for m in (a, b):
        assert names(m) == {"Vaccines": VACCINE, "疫苗": EDITED}
    assert a.state() == b.state()

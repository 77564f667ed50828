"""Sync: what two (or three) machines show after merging each other's files.

Each machine has its own data dir and stores; the engines share one folder (as if a sync tool
carried every file at once) unless a test carries files itself (tests/synckit.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.core.bookmarks import Bookmark
from reader.core.sync.formats import read_data_file
from tests.synckit import Machine, carry


class Wall:
    """A wall clock the test moves (HLC stamps follow it)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float = 1.0) -> None:
        self.now += seconds


def ids(n: int, prefix: str = "") -> list[str]:
    return [f"{prefix}{i:0{16 - len(prefix)}x}" for i in range(n)]


def bookmark(
    article_id: str, title: str = "标题", note: str = "", tags: tuple[str, ...] = ()
) -> Bookmark:
    return Bookmark(article_id, title, "新浪财经", "2022-01-27T08:00:00+00:00",
                    f"https://example.com/{article_id}", f"/lib/{article_id}.md", note,
                    "2022-02-01T10:00:00+00:00", list(tags))  # fmt: skip


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def sync_all(*machines: Machine, rounds: int = 2) -> None:
    for _ in range(rounds):
        for m in machines:
            m.engine.sync()


def test_two_machines_end_up_with_everything_either_did(tmp_path: Path, shared: Path) -> None:
    a, b = Machine(tmp_path, "desk", shared), Machine(tmp_path, "laptop", shared)
    a.read.set_read(ids(3, "a"))
    b.read.set_read(ids(2, "b"))
    a.bookmarks.add(bookmark("a" * 16, note="从台式机", tags=("外交",)))
    b.bookmarks.add(bookmark("b" * 16, title="Blinken call"))
    a.settings.theme, a.settings.zoom = "dark", 2
    a.settings.remember_position("a" * 16, 0.5)
    a.settings.image_hosts_by_source = {"BBC中文": ["ichef.bbci.co.uk"]}
    a.settings_saved()
    sync_all(a, b)
    assert a.state() == b.state()
    state = b.state()
    assert state["read"] == sorted(ids(3, "a") + ids(2, "b"))
    assert state["bookmarks"]["a" * 16][4] == "从台式机"
    assert state["bookmarks"]["a" * 16][6] == ("外交",)
    assert state["prefs"]["theme"] == "dark" and state["prefs"]["zoom"] == 2
    assert state["positions"] == {"a" * 16: 0.5}
    assert state["hosts"] == {"BBC中文": ["ichef.bbci.co.uk"]}
    assert {"theme", "zoom", "reading_positions", "image_hosts_by_source"} <= b.touched
    # A bookmark's path is the machine's own: the other keeps none until it opens the file.
    assert b.bookmarks.get("a" * 16).path is None  # type: ignore[union-attr]
    assert a.bookmarks.get("a" * 16).path == f"/lib/{'a' * 16}.md"  # type: ignore[union-attr]


def test_read_and_unread_are_ordered_by_the_clock(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    x, y = ids(2, "c")
    a.read.set_read([x, y])
    sync_all(a, b)
    wall.tick()
    b.read.set_read([x], False)  # unmarked later on b
    wall.tick()
    a.read.set_read([y], False)
    wall.tick()
    b.read.set_read([y], False)
    wall.tick()
    b.read.set_read([y])  # read again later on b, which had not seen a's unmark
    sync_all(a, b)
    assert a.state()["read"] == b.state()["read"] == [y]


def test_fields_merge_one_by_one_and_the_later_note_wins(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    x = "d" * 16
    a.bookmarks.add(bookmark(x, note="first", tags=("a",)))
    sync_all(a, b)
    wall.tick()
    a.bookmarks.set_tags(x, ["a", "from-a"])
    b.bookmarks.set_tags(x, ["a", "from-b"])
    a.bookmarks.set_note(x, "note on a")
    wall.tick()
    b.bookmarks.set_note(x, "note on b, later")
    sync_all(a, b)
    for m in (a, b):
        got = m.bookmarks.get(x)
        assert got is not None
        assert got.note == "note on b, later"
        assert got.tags == ["a", "from-a", "from-b"]
    assert a.state() == b.state()


def test_a_deletion_wins_only_over_older_edits(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    old, new = "e" * 16, "f" * 16
    a.bookmarks.add(bookmark(old, title="kept title", tags=("t",)))
    a.bookmarks.add(bookmark(new, title="kept title", tags=("t",)))
    sync_all(a, b)
    wall.tick()
    b.bookmarks.set_note(old, "edited before the deletion")
    wall.tick()
    a.bookmarks.remove(old)
    a.bookmarks.remove(new)
    wall.tick()
    b.bookmarks.set_note(new, "edited after the deletion")
    sync_all(a, b)
    for m in (a, b):
        assert m.bookmarks.get(old) is None
        kept = m.bookmarks.get(new)
        assert kept is not None  # nothing the user did after the deletion is lost
        assert (kept.title, kept.note, kept.tags) == (
            "kept title",
            "edited after the deletion",
            ["t"],
        )
    assert a.state() == b.state()


def test_bookmarked_again_after_a_removal_starts_afresh(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    x = "1" * 16
    a.bookmarks.add(bookmark(x, note="old note", tags=("old",)))
    sync_all(a, b)
    wall.tick()
    a.bookmarks.remove(x)
    wall.tick()
    a.bookmarks.add(bookmark(x, title="again"))
    sync_all(a, b)
    got = b.bookmarks.get(x)
    assert got is not None and (got.title, got.note, got.tags) == ("again", "", [])
    assert a.state() == b.state()


def test_a_new_machine_s_defaults_never_override_chosen_preferences(
    tmp_path: Path, shared: Path
) -> None:
    a = Machine(tmp_path, "a", shared)
    a.settings.theme, a.settings.line_spacing, a.settings.language = "dark", 2.0, "zh_TW"
    a.settings_saved()
    a.engine.sync()
    b = Machine(tmp_path, "b", shared)  # fresh: every preference at its default
    b.settings_saved()
    sync_all(b, a)
    assert (b.settings.theme, b.settings.line_spacing, b.settings.language) == (
        "dark",
        2.0,
        "zh_TW",
    )
    b.settings.theme = "light"  # chosen back to the default: that is a choice too
    b.settings_saved()
    sync_all(b, a)
    assert a.settings.theme == "light"
    # Machine-only settings never travel.
    a.settings.window_geometry, a.settings.library = "AAAA", "/home/a/news"
    a.settings_saved()
    sync_all(a, b)
    assert (b.settings.window_geometry, b.settings.library) == ("", None)


def test_machines_that_saw_the_same_files_show_the_same_state(tmp_path: Path) -> None:
    """Three machines change the same few articles at random, each in its own folder; the
    files reach the others in different orders and at different moments. Once every file
    has reached every folder, all three show one state."""
    rng = random.Random(24)
    folders = [tmp_path / f"sync-{n}" for n in range(3)]
    for f in folders:
        f.mkdir()
    wall = Wall()
    machines = [Machine(tmp_path, f"m{n}", folders[n], wall) for n in range(3)]
    pool = ids(12, "9")
    for step in range(300):
        m = rng.choice(machines)
        wall.tick(rng.choice([0.001, 0.5, 3]))
        x = rng.choice(pool)
        action = rng.randrange(6)
        if action == 0:
            m.read.set_read([x], rng.random() < 0.6)
        elif action == 1:
            m.bookmarks.add(bookmark(x, title=f"t{step}", tags=(rng.choice("pqr"),)))
        elif action == 2 and m.bookmarks.has(x):
            m.bookmarks.set_note(x, f"note {step} on {m.name}")
        elif action == 3 and m.bookmarks.has(x):
            m.bookmarks.set_tags(x, rng.sample("pqrs", rng.randrange(3)))
        elif action == 4:
            m.bookmarks.remove(x)
        else:  # a sync tool carries someone's folder somewhere, then that machine merges
            src, dst = rng.sample(range(3), 2)
            carry(folders[src], folders[dst], machines[src].engine.device)
            machines[dst].engine.sync()
    for _ in range(2):
        for src in range(3):
            for dst in range(3):
                if src != dst:
                    carry(folders[src], folders[dst], machines[src].engine.device)
        for m in machines:
            m.engine.sync()
    states = [m.state() for m in machines]
    assert states[0] == states[1] == states[2]
    assert states[0]["bookmarks"] or states[0]["read"]


def test_a_copied_data_folder_takes_a_new_identity(tmp_path: Path, shared: Path) -> None:
    """Someone copies their data folder to a new machine: two Readers with one device id
    would write one log. The second to write notices and takes a new id."""
    import shutil

    a = Machine(tmp_path, "a", shared)
    a.read.set_read(ids(2, "7"))
    a.engine.sync()
    a.read.set_read(ids(1, "8"))
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "clone")
    a = Machine(tmp_path, "a", shared)
    clone = Machine(tmp_path, "clone", shared)
    assert clone.engine.device == a.engine.device
    a.read.set_read(ids(1, "5"))  # a appends to the log the two share
    clone.read.set_read(ids(1, "6"))  # the clone finds lines it did not write
    assert clone.engine.device != a.engine.device
    sync_all(a, clone)
    assert (
        a.state()["read"]
        == clone.state()["read"]
        == sorted(ids(2, "7") + ids(1, "8") + ids(1, "5") + ids(1, "6"))
    )


def test_every_change_is_in_the_log_when_the_store_commits(tmp_path: Path, shared: Path) -> None:
    a = Machine(tmp_path, "a", shared)
    a.engine.sync()  # the first sync publishes a snapshot; what follows is appended
    x = ids(1, "4")[0]
    a.read.set_read([x])
    a.bookmarks.add(bookmark(x, note="n"))
    a.bookmarks.set_tags(x, ["q"])
    ops = [op for log in sorted(a.own.glob("log-*.jsonl")) for op in read_data_file(log).ops]
    assert [(o.kind, o.field, o.value) for o in ops if o.entity == x] == [
        ("read", "", True),
        ("bookmark", "", True), ("bookmark", "created", "2022-02-01T10:00:00+00:00"),
        ("bookmark", "note", "n"), ("bookmark", "published", "2022-01-27T08:00:00+00:00"),
        ("bookmark", "source", "新浪财经"), ("bookmark", "title", "标题"),
        ("bookmark", "url", f"https://example.com/{x}"), ("bookmark", "tag:q", True),
    ]  # fmt: skip


def test_a_change_committed_by_a_worker_thread_is_journaled(tmp_path: Path, shared: Path) -> None:
    """The window imports bookmarks and marks whole lists in workers, through a connection of
    the worker's own (SQLite refuses another thread's): the journal reads the store there
    too."""
    import threading

    a = Machine(tmp_path, "a", shared)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with a.bookmarks.on_this_thread() as view:  # its listeners shared
                view.add(bookmark("5" * 16, title="导入的"))
            a.read.set_read(ids(300, "6"))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert not errors, errors
    logged = {(o.kind, o.entity, o.field, o.value) for o in a.ops}
    assert ("bookmark", "5" * 16, "title", "导入的") in logged
    assert sum(1 for o in a.ops if o.kind == "read") == 300

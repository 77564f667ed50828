"""Highlights on every machine: the registry's third store kind (reader/core/sync/kinds/
highlights.py) merges what the reader made field by field; each machine keeps its own copy of
the article's title and path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations.store import Highlight
from reader.core.sync.formats import read_data_file
from tests.conftest import SEEDS
from tests.synckit import Machine, carry
from tests.test_sync_merge import Wall, sync_all


def highlight(article_id: str = "a" * 16, exact: str = "王毅", note: str = "",
              tags: tuple[str, ...] = ()) -> Highlight:  # fmt: skip
    return Highlight(article_id, exact, prefix="国务委员兼外长", suffix="应约同美国",
                     start=20, end=22, note=note, tags=list(tags), title="本机的标题",
                     source="联合早报", path="/home/desk/news/a.md")  # fmt: skip


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def test_a_highlight_reaches_the_other_machine_whole(tmp_path: Path, shared: Path) -> None:
    a, b = Machine(tmp_path, "a", shared), Machine(tmp_path, "b", shared)
    made = a.highlights.add(highlight(note="要点", tags=("外交", "证据")))
    sync_all(a, b)
    got = b.highlights.get(made.id)
    assert got is not None
    assert (got.article_id, got.exact, got.prefix, got.suffix, got.start, got.end) == (
        made.article_id, made.exact, made.prefix, made.suffix, 20, 22
    )  # fmt: skip
    assert (got.note, got.tags, got.color, got.created_at) == ("要点", ["外交", "证据"], "yellow",
                                                               made.created_at)  # fmt: skip
    # The copy of the article is each machine's own (its library is elsewhere).
    assert (got.title, got.path) == ("", None)
    assert a.state()["highlights"] == b.state()["highlights"]


def test_edits_on_two_machines_merge_field_by_field(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    made = a.highlights.add(highlight(tags=("t",)))
    sync_all(a, b)
    wall.tick()
    a.highlights.edit(made.id, color="green", tags=["t", "from-a"])
    wall.tick()
    b.highlights.edit(made.id, note="b 的笔记", tags=["t", "from-b"])
    sync_all(a, b)
    for m in (a, b):
        got = m.highlights.get(made.id)
        assert got is not None
        assert (got.color, got.note, got.tags) == ("green", "b 的笔记", ["from-a", "from-b", "t"])
    assert a.state()["highlights"] == b.state()["highlights"]


def test_a_removal_wins_only_over_older_edits(tmp_path: Path, shared: Path) -> None:
    wall = Wall()
    a, b = Machine(tmp_path, "a", shared, wall), Machine(tmp_path, "b", shared, wall)
    gone = a.highlights.add(highlight(exact="布林肯"))
    kept = a.highlights.add(highlight(exact="通电话"))
    sync_all(a, b)
    wall.tick()
    b.highlights.edit(gone.id, note="before the removal")
    wall.tick()
    a.highlights.remove(gone.id)
    a.highlights.remove(kept.id)
    wall.tick()
    b.highlights.edit(kept.id, note="after the removal")
    sync_all(a, b)
    for m in (a, b):
        assert m.highlights.get(gone.id) is None
        assert gone.id in m.highlights.removed_ids()  # Restore knows it on both
        back = m.highlights.get(kept.id)
        assert back is not None and (back.exact, back.note) == ("通电话", "after the removal")
    assert a.state()["highlights"] == b.state()["highlights"]


def test_half_of_a_highlight_waits_for_the_rest(tmp_path: Path) -> None:
    """A log cut inside a highlight's lines (its article, no quote yet): nothing half made is
    shown, and the next sync's catching up does not take the half for a highlight removed
    here (it did: the highlight was then gone on both machines)."""
    folders = tmp_path / "sync-a", tmp_path / "sync-b"
    for f in folders:
        f.mkdir()
    a, b = Machine(tmp_path, "a", folders[0]), Machine(tmp_path, "b", folders[1])
    a.engine.sync()
    made = a.highlights.add(highlight(note="要点"))
    (log,) = a.own.glob("log-*.jsonl")
    carry(folders[0], folders[1], a.engine.device)
    whole = log.read_bytes()
    copy = folders[1] / a.own.name / log.name
    copy.write_bytes(whole[: whole.index(b'"exact"')])
    b.engine.sync()
    b.engine.sync()
    assert b.highlights.list_highlights() == []
    copy.write_bytes(whole)
    b.engine.sync()
    carry(folders[1], folders[0], b.engine.device)
    a.engine.sync()
    for m in (a, b):
        got = m.highlights.get(made.id)
        assert got is not None and got.note == "要点"


def test_highlight_commands_write_to_the_log_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setenv("READER_SYNC_DIR", str(folder))
    assert main(["search", "--library", str(SEEDS), "布林肯", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])["id"]
    assert main(["highlights", "add", first, "--library", str(SEEDS), "--quote", "布林肯",
                 "--note", "记下"]) == 0  # fmt: skip
    ops = [(o.kind, o.field, o.value) for p in folder.glob("device-*/log-*.jsonl")
           for o in read_data_file(p).ops]  # fmt: skip
    assert ("highlight", "exact", "布林肯") in ops and ("highlight", "note", "记下") in ops
    hid = next(o.entity for p in folder.glob("device-*/log-*.jsonl")
               for o in read_data_file(p).ops if o.kind == "highlight")  # fmt: skip
    assert main(["highlights", "remove", hid]) == 0
    ops = [(o.kind, o.entity, o.field, o.value) for p in folder.glob("device-*/log-*.jsonl")
           for o in read_data_file(p).ops]  # fmt: skip
    assert ops[-1] == ("highlight", hid, "", None)

"""The sync faces of the command line: `reader marks read|unread|list`, `reader sync`, and
every command that changes user data writing its change to this machine's log at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.sync.formats import read_data_file
from tests.conftest import SEEDS
from tests.faultkit import assert_said_in_words, fill_disk, run_reader, tmpfs

A, B = "0123456789abcdef", "fedcba9876543210"


@pytest.fixture
def sync_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    monkeypatch.setenv("READER_SYNC_DIR", str(folder))
    monkeypatch.setenv("READER_SYNC_NAME", "desk")
    return folder


def logged(folder: Path) -> list[tuple[str, str, str, object]]:
    """Every operation in the logs of the sync folder, in the order written."""
    return [(op.kind, op.entity, op.field, op.value)
            for log in sorted(folder.glob("device-*/log-*.jsonl"))
            for op in sorted(read_data_file(log).ops, key=lambda o: o.seq)]  # fmt: skip


def test_marks_read_unread_list(sync_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["marks", "read", A, B]) == 0
    assert "Marked 2 articles read." in capsys.readouterr().out
    assert main(["marks", "unread", B]) == 0
    assert main(["marks", "list", "--json"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()[1:]] == [{"id": A}]
    # Written to this machine's log by each command, as it ran.
    assert logged(sync_dir) == [("read", A, "", True), ("read", B, "", True),
                                ("read", B, "", None)]  # fmt: skip
    assert main(["marks", "read", A]) == 0  # already read: nothing to write
    assert "Marked 0 articles read." in capsys.readouterr().out
    assert len(logged(sync_dir)) == 3


def test_marks_list_of_a_library(sync_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--library", str(SEEDS), "布林肯", "--json"]) == 0
    found = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert main(["marks", "read", found[0], A]) == 0
    capsys.readouterr()
    assert main(["marks", "list", "--library", str(SEEDS), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [found[0]]  # A is not an article of the seeds
    assert "布林肯" in rows[0]["title"] and rows[0]["source"]


def test_marks_refuses_what_is_not_an_id(
    sync_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["marks", "read", "../etc/passwd"])
    assert stop.value.code == 2
    assert "not an article ID: ../etc/passwd" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["marks", "unread"])


def test_bookmark_commands_write_to_the_log_at_once(
    sync_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--library", str(SEEDS), "布林肯", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])["id"]
    assert main(["bookmarks", "add", first, "--library", str(SEEDS), "--add-tag", "外交",
                 "--note", "要点"]) == 0  # fmt: skip
    ops = logged(sync_dir)
    assert ("bookmark", first, "", True) in ops and ("bookmark", first, "tag:外交", True) in ops
    assert ("bookmark", first, "note", "要点") in ops
    assert main(["bookmarks", "remove", first]) == 0
    assert logged(sync_dir)[-1] == ("bookmark", first, "", None)


def test_saved_search_commands_write_to_the_log_at_once(
    sync_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """`reader saved add|rename|remove` write their change as they run; what was seen stays
    on this machine; `reader sync` on another machine brings the searches, renamed."""
    assert main(["saved", "add", "布林肯", "布林肯", "--library", str(SEEDS)]) == 0
    query = next(v for k, _e, f, v in logged(sync_dir) if f == "query")
    assert ("saved_search", "布林肯", "", True) in logged(sync_dir)
    assert main(["saved", "rename", "布林肯", "Blinken calls"]) == 0
    assert "renamed “布林肯” to “Blinken calls”" in capsys.readouterr().out
    ops = logged(sync_dir)
    assert ("saved_search", "布林肯", "", None) in ops
    assert ("saved_search", "Blinken calls", "query", query) in ops
    assert main(["saved", "add", "王毅", "王毅", "--library", str(SEEDS)]) == 0
    assert main(["saved", "rename", "王毅", "Blinken calls"]) == 1  # taken: nothing changes
    assert "is there already" in capsys.readouterr().err
    assert main(["saved", "remove", "王毅"]) == 0
    assert logged(sync_dir)[-1] == ("saved_search", "王毅", "", None)
    assert all(k == "saved_search" for k, *_rest in logged(sync_dir))  # "seen" is not synced
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "laptop-data"))
    monkeypatch.setenv("READER_SYNC_NAME", "laptop")
    assert main(["sync"]) == 0
    capsys.readouterr()
    assert main(["saved", "list", "--json", "--library", str(SEEDS)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["query"], r["count"]) for r in rows] == [("Blinken calls", "布林肯", 5)]


def test_sync_merges_and_says_from_which_machines(
    sync_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "desk-data"))
    assert main(["marks", "read", A]) == 0
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "laptop-data"))
    monkeypatch.setenv("READER_SYNC_NAME", "laptop")
    capsys.readouterr()
    assert main(["sync"]) == 0
    out = capsys.readouterr().out
    assert "Merged 1 change from desk (" in out and "laptop (" in out and "this machine" in out
    assert main(["marks", "read", B]) == 0
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "desk-data"))
    monkeypatch.setenv("READER_SYNC_NAME", "desk")
    capsys.readouterr()
    assert main(["sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(f["name"], f["changes"]) for f in report["from"]] == [("laptop", 1)]
    assert {m["name"]: m["this"] for m in report["machines"]} == {"desk": True, "laptop": False}
    capsys.readouterr()
    assert main(["marks", "list"]) == 0
    assert capsys.readouterr().out.split() == [A, B]


def test_sync_without_a_folder_says_how_to_set_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("READER_SYNC_DIR", raising=False)
    assert main(["sync"]) == 1
    assert "No sync folder is set" in capsys.readouterr().err
    monkeypatch.setenv("READER_SYNC_DIR", str(tmp_path / "unmounted"))
    assert main(["sync"]) == 1
    assert "is not there" in capsys.readouterr().err
    assert main(["marks", "read", A]) == 0  # the mark is kept here, and said so
    assert "goes out at the next sync" in capsys.readouterr().err
    assert not (tmp_path / "unmounted").exists()  # never created: it may be a disk not mounted


@pytest.mark.faults
def test_a_full_sync_disk_keeps_the_change_and_publishes_it_later(tmp_path: Path) -> None:
    """The sync folder on a small tmpfs, filled up: the mark is kept in the store, the command
    says so in words (exit 4); with room again, `reader sync` publishes it."""
    data = tmp_path / "data"
    with tmpfs(tmp_path / "sync", "1m") as folder:
        env = {"READER_SYNC_DIR": str(folder), "READER_SYNC_NAME": "desk"}
        assert run_reader(["sync"], data, extra_env=env).returncode == 0
        filler = fill_disk(folder)
        result = run_reader(["marks", "read", A, B], data, extra_env=env)
        assert_said_in_words(result, "Cannot write to the sync folder", "the disk is full")
        assert result.returncode == 4
        listed = run_reader(["marks", "list"], data, extra_env=env)
        assert listed.stdout.split() == [A, B]
        os.unlink(filler)
        assert run_reader(["sync"], data, extra_env=env).returncode == 0
        other = run_reader(
            ["sync"], tmp_path / "laptop", extra_env={**env, "READER_SYNC_NAME": "laptop"}
        )
        assert "Merged 2 changes from desk" in other.stdout
        assert run_reader(["marks", "list"], tmp_path / "laptop", extra_env=env).stdout.split() == [
            A,
            B,
        ]

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import ROOT, SEEDS


def test_check_seeds_summary(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "5 files: 5 parsed, 0 skipped" in out


def test_check_json_lists_problems(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ok.md").write_text("---\ntitle: t\n---\n<p>x</p>", encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    assert main(["check", str(tmp_path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == {
        "path": str(tmp_path / "empty.md"),
        "kind": "empty",
        "message": "the file is empty",
        "skipped": True,
    }
    assert rows[-1]["summary"] and rows[-1]["parsed"] == 1 and rows[-1]["skipped"] == 1


def test_check_rejects_missing_folder(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 2


def test_show_text_html_json(capsys) -> None:  # type: ignore[no-untyped-def]
    seed = next(SEEDS.glob("001_*"))
    assert main(["show", str(seed), "--text"]) == 0
    assert "王毅" in capsys.readouterr().out
    assert main(["show", str(seed), "--html"]) == 0
    assert capsys.readouterr().out.startswith("<div>")
    assert main(["show", str(seed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "联合早报"


def test_show_reports_bad_file(tmp_path: Path) -> None:
    (tmp_path / "e.md").write_bytes(b"")
    assert main(["show", str(tmp_path / "e.md")]) == 1


def test_module_entry_point_runs_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reader", "check", str(SEEDS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert "5 parsed" in out


def test_help_lists_the_commands_and_show_takes_an_id(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, cwd=ROOT,
        check=True,
    ).stdout  # fmt: skip
    for command in ("check", "show", "index", "search", "related", "bookmarks"):
        assert f"  {command} " in out
    assert main(["index", "--library", str(SEEDS)]) == 0
    capsys.readouterr()
    assert main(["search", "新明斯克", "--library", str(SEEDS)]) == 0
    printed = capsys.readouterr().out
    article_id = printed.split("[", 1)[1].split("]", 1)[0]  # search prints ids...
    assert main(["show", article_id, "--library", str(SEEDS), "--text"]) == 0
    assert "新明斯克" in capsys.readouterr().out  # ...and show opens them
    assert main(["show", "0123456789abcdef", "--library", str(SEEDS)]) == 1


def test_piped_output_has_no_progress_line_nor_raw_tags(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["index", "--library", str(SEEDS)]) == 0
    assert "\r" not in capsys.readouterr().err  # stderr is not a terminal here
    assert main(["search", "布林肯", "--library", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "布林肯" in out and "<b>" not in out and "\033[" not in out


def test_related_prints_dates_sources_titles_and_ids(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["index", "--library", str(SEEDS)]) == 0
    capsys.readouterr()
    from reader.core.parser import parse_article_file

    first = parse_article_file(next(SEEDS.glob("001_*")))
    assert main(["related", first.id, "--library", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line[:4].isdigit() and line.rstrip().endswith("]") for line in lines)


def test_an_empty_bookmark_list_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bookmarks", "list"]) == 0
    assert "no bookmarks yet" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["search", "王毅"], ["stories"], ["related", "0" * 16]])
def test_a_library_that_is_not_a_folder_is_said_not_answered_with_nothing(
    command: list[str], tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """`search 王毅 --library /nonexistent` printed "0 results" and exited 0."""
    assert main([*command, "--library", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "missing" in err and "not a folder" in err

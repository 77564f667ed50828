"""The app starts whatever state its own files are in (issue 20, points 11, 17 and 18): a wrong-
typed settings file, a read-state or bookmarks file of another schema, a folder where a file
should be, a full disk. The damaged part is set aside and said; the rest works."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest

from reader.core.archive.query import ListQuery
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.readstate import ReadState
from reader.core.saved.store import SavedSearchStore
from reader.core.settings import Settings, load_settings
from tests.conftest import SEEDS
from tests.faultkit import corrupt_copies, run_reader

WRONG_SETTINGS = [
    {"library": 5},
    {"recent_libraries": [1]},
    {"splitter_sizes": ["a"]},
    {"line_spacing": 1e308},
    {"line_spacing": math.nan},
    {"zoom": True},
    {"zoom": 10**9},
    {"theme": ["dark"]},
    {"window_geometry": None},
    {"reading_positions": {"a": "x"}},
    {"image_hosts_by_source": {"BBC": "ichef.bbci.co.uk"}},
    {"image_hosts_by_source": {"BBC": [1]}},
]


@pytest.mark.parametrize("raw", WRONG_SETTINGS, ids=lambda raw: json.dumps(raw)[:40])
def test_a_wrong_typed_setting_gets_its_default_and_is_said(
    isolated_data_dir: Path, raw: dict[str, object]
) -> None:
    path = isolated_data_dir / "settings.json"
    path.write_text(json.dumps({**raw, "column_em": 42}), encoding="utf-8")
    settings, warning = load_settings()
    name = next(iter(raw))
    default = getattr(Settings(), name)
    if name == "reading_positions":
        assert settings.reading_positions == {} and warning is None  # the bad entry dropped
    else:
        assert getattr(settings, name) == default
        assert warning is not None and name in warning and str(path) in warning
    assert settings.column_em == 42, "the good settings are kept"
    assert path.exists(), "the file is not set aside for one wrong value"


def test_the_app_starts_with_wrong_typed_settings(isolated_data_dir: Path, tmp_path: Path) -> None:
    bad = {"library": 5, "recent_libraries": [1], "splitter_sizes": ["a"], "line_spacing": 1e308}
    (isolated_data_dir / "settings.json").write_text(json.dumps(bad), encoding="utf-8")
    shot = tmp_path / "s.png"
    result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.exists()


# -- stores: the damaged part set aside and said, never refusing the whole app ------------------
def newer_bookmarks(data: Path) -> None:
    store = BookmarkStore()
    store.add(Bookmark("n1", "新版本的书签"))
    store.close()
    db = sqlite3.connect(data / "bookmarks.sqlite")
    db.execute("PRAGMA user_version=7")
    db.close()


def foreign_database(path: Path, user_version: int) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE read(x INTEGER)")  # the same table names, another schema
    db.execute("CREATE TABLE bookmarks(url TEXT, added INTEGER)")
    db.execute("INSERT INTO read VALUES(1)")
    db.execute(f"PRAGMA user_version={user_version}")
    db.commit()
    db.close()


def test_read_state_of_another_schema_is_set_aside_and_said(isolated_data_dir: Path) -> None:
    foreign_database(isolated_data_dir / "state.sqlite", user_version=3)
    state = ReadState()
    assert state.notice and "another program" in state.notice and "state.sqlite" in state.notice
    state.set_read(["a"])
    assert state.is_read("a")
    assert corrupt_copies(isolated_data_dir, "state.sqlite")


def test_read_state_that_is_a_folder_is_set_aside_and_said(isolated_data_dir: Path) -> None:
    (isolated_data_dir / "state.sqlite").mkdir()
    state = ReadState()
    assert state.notice and "it is a folder" in state.notice
    state.set_read(["a"])
    (aside,) = corrupt_copies(isolated_data_dir, "state.sqlite")
    assert aside.is_dir()


@pytest.mark.parametrize("case", ["folder-and-newer", "foreign-all"])
def test_the_app_starts_whatever_its_stores_hold(
    isolated_data_dir: Path, tmp_path: Path, case: str
) -> None:
    if case == "folder-and-newer":
        (isolated_data_dir / "state.sqlite").mkdir()
        newer_bookmarks(isolated_data_dir)
        (isolated_data_dir / "highlights.sqlite").mkdir()
        saved = SavedSearchStore()
        saved.add("疫苗", ListQuery("疫苗"))
        saved.close()
        db = sqlite3.connect(isolated_data_dir / "saved-searches.sqlite")
        db.execute("PRAGMA user_version=8")
        db.close()
        said = ["it is a folder", "The read-state file", "newer Reader (schema 7)",
                "The highlights file", "newer Reader (schema 8)"]  # fmt: skip
    else:
        for name, version in (("state", 3), ("bookmarks", 9), ("highlights", 9),
                              ("saved-searches", 0)):  # fmt: skip
            foreign_database(isolated_data_dir / f"{name}.sqlite", user_version=version)
        saved = isolated_data_dir / "saved-searches.sqlite"
        said = ["not a Reader bookmarks file", "not a Reader highlights file",
                f"The saved searches file {saved} was damaged (it holds tables of another"
                " program)", "The read-state file"]  # fmt: skip
    shot = tmp_path / "s.png"
    result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.exists()
    for words in said:
        assert words in result.stderr, result.stderr

"""Bookmarks must never be lost: moves, rebuilds, corruption, kills, concurrent writers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.search.engine import LibraryIndex
from tests.conftest import ROOT, SEEDS


def mark(i: int, **kw: object) -> Bookmark:
    return Bookmark(f"id{i:04}", f"标题{i}", "来源", "2021-01-01T00:00:00+00:00",
                    f"https://x.example/{i}", f"/lib/{i}.md", **kw)  # type: ignore[arg-type]  # fmt: skip


def test_add_list_tags_note_remove_undo() -> None:
    store = BookmarkStore()
    store.add(mark(1, tags=["中美", "外交"], note="重要"))
    store.add(mark(2))
    assert [b.article_id for b in store.list_bookmarks(tag="外交")] == ["id0001"]
    assert [b.article_id for b in store.list_bookmarks(text="重要")] == ["id0001"]
    assert store.tags() == [("中美", 1), ("外交", 1)]
    store.add(mark(1, tags=["新"]))  # re-adding keeps note and tags, adds the new tag
    kept = store.get("id0001")
    assert kept is not None and kept.note == "重要" and kept.tags == ["中美", "外交", "新"]
    removed = store.remove("id0001")
    assert removed is not None and not store.has("id0001")
    store.add(removed)  # undo
    again = store.get("id0001")
    assert again is not None and again.tags == removed.tags and again.note == "重要"
    assert again.created_at == removed.created_at


def test_bookmark_survives_file_move_and_index_rebuild(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(SEEDS, lib)
    index = LibraryIndex(lib)
    index.update(workers=1)
    entry = index.catalog.entry(index.catalog.ids()[0])
    assert entry is not None
    store = BookmarkStore()
    store.add(Bookmark(entry.id, entry.title, entry.source, None, entry.url, str(entry.path)))
    (lib / "moved").mkdir()
    shutil.move(entry.path, lib / "moved" / "renamed.md")
    index.update(workers=1, rebuild=True)
    assert index.catalog.entry(entry.id) is not None, "same id after move + rebuild"
    kept = store.get(entry.id)
    assert kept is not None and kept.title == entry.title
    (lib / "moved" / "renamed.md").unlink()
    index.update(workers=1)
    assert index.catalog.entry(entry.id) is None
    assert store.get(entry.id) is not None, "a bookmark outlives its article file"


def test_json_round_trip_and_merge_without_duplicates(tmp_path: Path) -> None:
    store = BookmarkStore()
    store.add(mark(1, tags=["a"], note="n1"))
    store.add(mark(2))
    out = tmp_path / "b.json"
    assert store.export_json(out) == 2
    other = BookmarkStore(tmp_path / "other.sqlite")
    other.add(mark(2, tags=["b"]))
    assert other.import_json(out) == (1, 1)
    assert other.import_json(out) == (0, 2), "importing twice adds nothing"
    assert other.count() == 2
    two = other.get("id0002")
    assert two is not None and two.tags == ["b"]
    one = other.get("id0001")
    original = store.get("id0001")
    assert one == original, "a JSON round trip keeps everything"


def test_markdown_and_html_exports(tmp_path: Path) -> None:
    store = BookmarkStore()
    store.add(mark(1, tags=["x"], note="备注 <b>"))
    store.export_markdown(tmp_path / "b.md")
    md = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert "[标题1](https://x.example/1)" in md and "#x" in md and "备注" in md
    store.export_html(tmp_path / "b.html")
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert '<a href="https://x.example/1">标题1</a>' in page and "&lt;b&gt;" in page


def test_import_rejects_foreign_files(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"bookmarks": []}), encoding="utf-8")
    with pytest.raises(ValueError):
        BookmarkStore().import_json(tmp_path / "x.json")


WRITER = """
import sys
from reader.core.bookmarks import Bookmark, BookmarkStore
store = BookmarkStore()
tag = sys.argv[1]
for i in range(int(sys.argv[2])):
    store.add(Bookmark(f"{tag}-{i}", f"t{i}", tags=[tag]))
    store.add(Bookmark(f"shared-{i}", f"s{i}", tags=[tag]))
print("done", flush=True)
"""


def test_two_processes_writing_at_once_lose_and_duplicate_nothing(isolated_data_dir: Path) -> None:
    BookmarkStore().close()
    env = {**os.environ, "READER_DATA_DIR": str(isolated_data_dir)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, tag, "150"], cwd=ROOT, env=env)
        for tag in ("a", "b")
    ]
    assert [p.wait(120) for p in procs] == [0, 0]
    store = BookmarkStore()
    assert store.count() == 450  # 150 + 150 own + 150 shared, each once
    shared = store.get("shared-7")
    assert shared is not None and shared.tags == ["a", "b"]


def test_cli_add_list_export_import_remove(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(SEEDS)
    index.update(workers=1)
    article_id = index.catalog.ids()[0]
    assert cli(["bookmarks", "add", article_id, "--add-tag", "seed", "--note", "看"]) == 0
    assert cli(["bookmarks", "list", "--json"]) == 0
    out = capsys.readouterr().out
    row = json.loads(out.strip().splitlines()[-1])
    assert row["article_id"] == article_id and row["tags"] == ["seed"]
    assert cli(["bookmarks", "export", str(tmp_path / "b.json")]) == 0
    assert cli(["bookmarks", "export", str(tmp_path / "b.md")]) == 0
    assert cli(["bookmarks", "remove", article_id]) == 0
    assert cli(["bookmarks", "import", str(tmp_path / "b.json")]) == 0
    assert cli(["bookmarks", "remove", "nope"]) == 1
    assert cli(["bookmarks", "add", "0000000000000000"]) == 1

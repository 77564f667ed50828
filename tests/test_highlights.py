"""Highlights with notes: made on a seed article, they survive a moved file, a full rebuild
and the article shown as Traditional; one whose quote is edited out of the file is listed as
not found, kept, and found again when the text returns. The store's API is what a sync layer
records: stable ids, every change through add/edit/remove, told to listeners, tombstones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.annotations.placing import CHANGED, FOUND, NOT_FOUND, place_in_catalog
from reader.core.annotations.store import Highlight, HighlightChange, HighlightStore
from reader.core.search.engine import LibraryIndex
from tests.conftest import SEEDS

ZAOBAO_FILE = "001_d31ba643041d82b7.txt"
ZAOBAO = "a9b57668a3b7e4e6"  # its article id
QUOTE = "美国官方则称，布林肯在通话中强调乌克兰危机所带来的风险。"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Test copies of the seeds (seeds/ itself is never touched)."""
    lib = tmp_path / "library"
    shutil.copytree(SEEDS, lib)
    return lib


def listed(capsys: pytest.CaptureFixture[str], library: Path) -> list[dict[str, object]]:
    capsys.readouterr()
    assert cli(["highlights", "list", "--json", "--library", str(library)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_highlight_survives_a_move_a_rebuild_and_an_edit_and_comes_back(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["index", "--library", str(library)]) == 0
    assert cli(["highlights", "add", ZAOBAO, "--quote", QUOTE, "--note", "美方的说法",
                "--color", "blue", "--library", str(library)]) == 0  # fmt: skip
    [row] = listed(capsys, library)
    assert set(row) >= {"id", "article", "quote", "prefix", "suffix", "note", "color", "found"}
    assert (row["article"], row["quote"], row["note"], row["color"], row["found"]) == (
        ZAOBAO, QUOTE, "美方的说法", "blue", True,
    )  # fmt: skip
    hid = row["id"]

    # the file moved into a subfolder and renamed; the index updated, then rebuilt
    (library / "2022" / "moved").mkdir(parents=True)
    (library / ZAOBAO_FILE).rename(library / "2022" / "moved" / "zaobao.md")
    assert cli(["index", "--library", str(library)]) == 0
    assert [(r["id"], r["found"]) for r in listed(capsys, library)] == [(hid, True)]
    assert cli(["index", "--library", str(library), "--rebuild"]) == 0
    assert [(r["id"], r["found"]) for r in listed(capsys, library)] == [(hid, True)]

    # the quoted sentence edited out of the file: kept, listed as not found in the text
    moved = library / "2022" / "moved" / "zaobao.md"
    original = moved.read_bytes()
    moved.write_bytes(original.replace(QUOTE.encode(), "据报道双方同意保持沟通。".encode()))
    assert cli(["index", "--library", str(library)]) == 0
    [row] = listed(capsys, library)
    assert (row["id"], row["found"], row["state"], row["quote"]) == (hid, False, NOT_FOUND, QUOTE)
    assert cli(["highlights", "list", "--library", str(library)]) == 0
    assert "[not found in the text]" in capsys.readouterr().out

    # the text returns: so does the highlight
    moved.write_bytes(original)
    assert cli(["index", "--library", str(library)]) == 0
    assert [(r["id"], r["found"]) for r in listed(capsys, library)] == [(hid, True)]


def test_placing_in_the_catalog_tells_found_changed_and_missing(library: Path) -> None:
    index = LibraryIndex(library)
    index.update()
    store = HighlightStore()
    made = [store.add(Highlight(ZAOBAO, q)) for q in (QUOTE, "停止干扰北京冬奥会")]
    gone = store.add(Highlight("0123456789abcdef", "不在库里", title="别处的文章"))
    edited = (library / ZAOBAO_FILE).read_text(encoding="utf-8")
    (library / ZAOBAO_FILE).write_text(
        edited.replace("停止干扰北京冬奥会", "停止干扰北京冬季奥运会"), encoding="utf-8"
    )
    index.update()
    states = {p.highlight.id: p.state for p in place_in_catalog(index.catalog, [*made, gone])}
    assert states == {made[0].id: FOUND, made[1].id: CHANGED, gone.id: "no-article"}
    index.close()


def test_cli_add_refuses_a_quote_that_is_not_in_the_article(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["highlights", "add", ZAOBAO, "--quote", "这句话不在文章里",
                "--library", str(library)]) == 1  # fmt: skip
    assert "the quote is not in the text" in capsys.readouterr().err
    assert HighlightStore().count() == 0


def test_every_change_is_told_with_a_stable_id_and_removals_leave_tombstones() -> None:
    store = HighlightStore()
    seen: list[HighlightChange] = []
    store.listen(seen.append)
    h = store.add(Highlight(ZAOBAO, QUOTE, note="一", tags=["乌克兰", " ", "乌克兰"]))
    assert len(h.id) == 32 and h.created_at == h.updated_at and h.tags == ["乌克兰"]
    edited = store.edit(h.id, note="二", color="pink", tags=["美方"])
    assert edited is not None and edited.updated_at >= h.updated_at
    removed = store.remove(h.id)
    assert removed is not None and store.get(h.id) is None
    assert [(c.kind, c.highlight.id) for c in seen] == [
        ("added", h.id), ("edited", h.id), ("removed", h.id),
    ]  # fmt: skip
    assert seen[1].highlight.note == "二" and seen[1].highlight.color == "pink"
    assert h.id in store.removed_ids()
    store.add(removed)  # Undo: back as it was, same id, no tombstone
    again = HighlightStore().get(h.id)
    assert again is not None and again.note == "二" and h.id not in store.removed_ids()


def test_listing_by_text_tag_and_article() -> None:
    store = HighlightStore()
    a = store.add(Highlight(ZAOBAO, QUOTE, note="Ukraine", tags=["美方"], title="王毅"))
    b = store.add(Highlight("e12039983fa2610c", "上海公报", tags=["历史"]))
    assert [h.id for h in store.list_highlights(text="ukraine")] == [a.id]
    assert [h.id for h in store.list_highlights(text="公报")] == [b.id]
    assert [h.id for h in store.list_highlights(tag="历史")] == [b.id]
    assert [h.id for h in store.list_highlights(article_ids=[ZAOBAO])] == [a.id]
    assert store.list_highlights(article_ids=[]) == []
    assert store.tags() == [("历史", 1), ("美方", 1)]


def test_export_and_import_merge_by_id_and_keep_the_newer_edit(tmp_path: Path) -> None:
    store = HighlightStore()
    a = store.add(Highlight(ZAOBAO, QUOTE, note="旧"))
    target = tmp_path / "highlights.json"
    assert store.export_json(target) == 1
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["format"] == "reader-highlights"
    store.edit(a.id, note="新")
    store.add(Highlight(ZAOBAO, "停止干扰北京冬奥会"))
    other = HighlightStore(tmp_path / "elsewhere" / "highlights.sqlite")
    assert other.import_json(target) == (1, 0)
    assert other.import_json(target) == (0, 0)  # the same file again: nothing changes
    store.export_json(target)
    assert other.import_json(target) == (1, 1)  # one new, one newer edit
    got = other.get(a.id)
    assert got is not None and got.note == "新" and other.count() == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "reader-bookmarks"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a Reader highlights export"):
        other.import_json(bad)


def test_markdown_export_by_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = HighlightStore()
    store.add(Highlight(ZAOBAO, QUOTE, note="注", tags=["t"], title="标题]", url="https://x.y/z"))
    store.close()
    target = tmp_path / "h.md"
    assert cli(["highlights", "export", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "## [标题\\]](https://x.y/z)" in text and f"> {QUOTE}" in text and "> — 注" in text
    assert text.endswith("> \\#t\n")


def test_markdown_export_keeps_every_line_of_a_note_in_the_quote(tmp_path: Path) -> None:
    store = HighlightStore()
    store.add(Highlight(ZAOBAO, QUOTE, note="第一行\n# 第二行\n\n第二段", title="标题"))
    store.close()
    target = tmp_path / "h.md"
    assert cli(["highlights", "export", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    quote = text[text.index(f"> {QUOTE}") :].rstrip("\n").splitlines()
    assert quote == [f"> {QUOTE}", ">", "> — 第一行\\", "> \\# 第二行", ">", "> 第二段"]
    assert text.endswith("第二段\n")


def test_cli_list_ends_each_line(capsys: pytest.CaptureFixture[str]) -> None:
    HighlightStore().add(Highlight(ZAOBAO, QUOTE, note="第一行\n第二行"))
    capsys.readouterr()
    assert cli(["highlights", "list"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("第一行 第二行\n") and out.count("\n") == 1
    assert cli(["highlights", "list", "--json"]) == 0
    assert capsys.readouterr().out.endswith("}\n")


def test_cli_remove(capsys: pytest.CaptureFixture[str]) -> None:
    h = HighlightStore().add(Highlight(ZAOBAO, QUOTE))
    assert cli(["highlights", "remove", h.id]) == 0
    assert cli(["highlights", "remove", h.id]) == 1
    assert HighlightStore().count() == 0


def test_an_edit_in_the_millisecond_of_its_creation_is_still_newer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The export/import test failed once: an edit stamped in the same millisecond as the
    highlight's creation was taken for the same version by an import."""
    from reader.core.annotations import store as module

    monkeypatch.setattr(module, "now_iso", lambda: "2026-12-07T20:00:00.000+00:00")
    store = HighlightStore()
    a = store.add(Highlight(ZAOBAO, QUOTE, note="旧"))
    edited = store.edit(a.id, note="新")
    assert edited is not None and edited.updated_at > a.updated_at
    again = store.edit(a.id, note="更新")
    assert again is not None and again.updated_at > edited.updated_at

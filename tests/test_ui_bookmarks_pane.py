"""The bookmarks pane: tags and note in one dialog, export and import from the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog

from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.ui.bookmarks_pane import BookmarkEditor, BookmarksModel, BookmarksPane


def pane_with(qtbot, store: BookmarkStore) -> BookmarksPane:  # type: ignore[no-untyped-def]
    pane = BookmarksPane(BookmarksModel(store, lambda _id: True))
    qtbot.addWidget(pane)
    return pane


def test_tags_and_note_are_edited_in_one_dialog(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = BookmarkStore()
    store.add(Bookmark("a1", "王毅与布林肯通话", "联合早报", "2022-10-31T06:46:00+00:00"))
    pane = pane_with(qtbot, store)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    dialogs: list[BookmarkEditor] = []

    def answer(editor: BookmarkEditor) -> int:
        dialogs.append(editor)
        editor.tags.setText("#外交 中美")
        editor.note.setPlainText("第四次通话\n看乌克兰部分")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BookmarkEditor, "exec", answer)
    pane.edit_current()
    assert len(dialogs) == 1  # one dialog for both, not two in a row
    saved = store.get("a1")
    assert saved is not None and sorted(saved.tags) == ["中美", "外交"]
    assert saved.note == "第四次通话\n看乌克兰部分"


def test_export_and_import_from_the_pane(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = BookmarkStore()
    store.add(Bookmark("a1", "标题一", "联合早报", note="备注"))
    store.add(Bookmark("a2", "标题二", "新浪财经"))
    pane = pane_with(qtbot, store)
    said: list[str] = []
    pane.status.connect(said.append)
    pane.export(str(tmp_path / "b.json"))
    pane.export(str(tmp_path / "b.md"))
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert {b["article_id"] for b in data["bookmarks"]} == {"a1", "a2"}
    assert "标题一" in (tmp_path / "b.md").read_text(encoding="utf-8")
    other = BookmarkStore(tmp_path / "other.sqlite")
    other_pane = pane_with(qtbot, other)
    other_pane.import_(str(tmp_path / "b.json"))
    assert other.count() == 2 and other_pane.model.rowCount() == 2
    assert len(said) == 2 and "2" in said[0]
    other.close()

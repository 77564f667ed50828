"""The bookmarks pane: tags and note in one dialog, export and import from the window."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

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
    for name in ("b.json", "b.md"):
        with qtbot.waitSignal(pane.exported, timeout=30_000):
            pane.export(str(tmp_path / name))
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert {b["article_id"] for b in data["bookmarks"]} == {"a1", "a2"}
    assert "标题一" in (tmp_path / "b.md").read_text(encoding="utf-8")
    other = BookmarkStore(tmp_path / "other.sqlite")
    other_pane = pane_with(qtbot, other)
    with qtbot.waitSignal(other_pane.imported, timeout=30_000):
        other_pane.import_(str(tmp_path / "b.json"))
    assert other.count() == 2 and other_pane.model.rowCount() == 2
    assert len(said) == 2 and "2" in said[0]
    for each in (pane, other_pane):
        each.shutdown()  # the worker has answered; its thread is let go
    other.close()


def test_a_bad_import_imports_the_good_entries_and_says_which_were_skipped(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """One entry with ``"tags": [1, 2]`` stopped the import silently before (later entries lost)."""
    source = tmp_path / "mixed.json"
    entries = [
        {"article_id": "g1", "title": "好"},
        {"article_id": "b1", "title": "坏", "tags": [1, 2]},
        {"article_id": "g2", "title": "后面的也导入"},
    ]
    source.write_text(json.dumps({"format": "reader-bookmarks", "bookmarks": entries}), "utf-8")
    store = BookmarkStore()
    pane = pane_with(qtbot, store)
    with qtbot.waitSignal(pane.imported, timeout=30_000) as done:
        pane.import_(str(source))
    assert done.args[0].added == 2 and pane.model.rowCount() == 2
    boxes = [b for b in pane.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "entry 2 (坏): its tags are not a list of text" in boxes[0].text()
    boxes[0].close()
    pane.shutdown()


def test_an_import_runs_off_the_gui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """20,000 bookmarks blocked the window 4.6 s: reading, checking and writing run in a worker,
    and the pane answers while it does."""
    store = BookmarkStore()
    store.add(Bookmark("a1", "标题一"))
    store.export_file(tmp_path / "b.html")
    pane = pane_with(qtbot, store)
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    real = BookmarkStore.import_file

    def slow_import(self: BookmarkStore, source: Path) -> object:
        ran_on.append(threading.current_thread())
        assert release.wait(30)
        return real(self, source)

    monkeypatch.setattr(BookmarkStore, "import_file", slow_import)
    with qtbot.waitSignal(pane.imported, timeout=30_000):
        pane.import_(str(tmp_path / "b.html"))  # returns at once: the import waits in a worker
        assert not pane.import_action.isEnabled()
        qtbot.waitUntil(lambda: bool(ran_on))
        release.set()
    assert ran_on[0] is not threading.main_thread()
    assert pane.import_action.isEnabled()
    pane.shutdown()


def test_an_import_that_fails_is_said_in_a_box(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = pane_with(qtbot, BookmarkStore())
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    with qtbot.waitSignal(pane.failed, timeout=30_000):
        pane.import_(str(tmp_path / "x.json"))
    boxes = [b for b in pane.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "not a Reader bookmarks export" in boxes[0].text()
    boxes[0].close()
    pane.shutdown()

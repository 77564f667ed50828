"""Highlights in the window: a selection becomes a highlight drawn on the text, in light and
dark, as written and shown as Traditional (where the words are other characters); its note
is a tooltip, the Notes pane lists it by article, tag or story and opens the article at it;
a highlight whose words left the file says so in the pane. Citations reach the clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor

from reader.core.annotations.placing import NOT_FOUND
from reader.core.annotations.store import Highlight, HighlightStore
from reader.ui.main_window import MainWindow
from tests.windowkit import seeds_window

ZAOBAO = "a9b57668a3b7e4e6"
QUOTE = "停止干扰北京冬奥会"


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from seeds_window(qtbot)


def open_article(win: MainWindow, qtbot, article_id: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.article_shown, timeout=30_000):
        win.commands.open_article(article_id)


def select(win: MainWindow, words: str) -> None:
    browser = win.viewer.browser
    text = browser.document().toPlainText()
    start = text.index(words)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def marked(win: MainWindow) -> list[str]:
    """The words under each highlight drawn (the first extra selections are the highlights)."""
    spans = win.research.layer.spans
    text = win.viewer.browser.document().toPlainText()
    return sorted(text[s:e] for s, e in spans.values())


def test_a_selection_becomes_a_highlight_in_every_theme_and_script(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    select(window, QUOTE)
    window.research.actions["highlight"].trigger()
    [made] = HighlightStore().list_highlights()
    assert (made.article_id, made.exact, made.color) == (ZAOBAO, QUOTE, "yellow")
    assert made.title == "王毅应约同布林肯通话 吁美停止干扰北京冬奥" and made.start is not None
    assert marked(window) == [QUOTE]
    selections = window.viewer.browser.extraSelections()
    assert selections and selections[0].cursor.selectedText() == QUOTE

    window.looks.apply_theme("dark")
    qtbot.waitUntil(lambda: marked(window) == [QUOTE], timeout=5_000)
    assert window.viewer.browser.extraSelections()[0].format.background().color().name() == (
        "#55501f"
    )
    window.looks.set_script("zh-Hant-TW")
    qtbot.waitUntil(lambda: marked(window) == ["停止干擾北京冬奧會"], timeout=5_000)
    window.looks.set_script("")
    window.looks.apply_theme("light")
    qtbot.waitUntil(lambda: marked(window) == [QUOTE], timeout=5_000)


def test_a_highlight_made_on_traditional_shows_on_simplified(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    window.looks.set_script("zh-Hant-TW")
    select(window, "美國官方則稱")
    window.research.actions["highlight"].trigger()
    [made] = HighlightStore().list_highlights()
    assert made.exact == "美国官方则称"  # kept as the article is written
    window.looks.set_script("zh-Hans")
    qtbot.waitUntil(lambda: marked(window) == ["美国官方则称"], timeout=5_000)


def test_a_selection_outside_the_body_is_not_highlighted(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    select(window, "Open original")
    window.research.actions["highlight"].trigger()
    assert HighlightStore().count() == 0


def test_the_notes_pane_lists_opens_and_says_not_found(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = window.research.store
    assert store is not None
    store.add(Highlight(ZAOBAO, QUOTE, note="早报的要求", tags=["冬奥"], title="早报"))
    store.add(Highlight(ZAOBAO, "这句话不在文中", title="早报"))
    window.research.changed.emit(frozenset([ZAOBAO]))
    model = window.research.pane.model
    qtbot.waitUntil(lambda: model.highlight_count() == 2, timeout=10_000)
    group = model.index(0, 0)
    rows = [model.data(model.index(i, 0, group)) for i in range(model.rowCount(group))]
    assert any(r.startswith(f"“{QUOTE}”\n✎ 早报的要求") for r in rows)
    assert any(r.endswith("[not found in the text]") for r in rows)
    states = sorted(r.placed.state for g in model.groups for r in g.rows)
    assert states == ["found", NOT_FOUND]
    window.research.pane.grouping.setCurrentIndex(1)  # by tag
    assert [g.title for g in model.groups] == ["#冬奥", "(no tag)"]
    window.research.pane.grouping.setCurrentIndex(2)  # by story
    qtbot.waitUntil(lambda: model.groups[0].key == "e12039983fa2610c", timeout=5_000)
    window.research.pane.edit.setText("要求")
    assert model.highlight_count() == 1
    # activating it opens the article at the highlight
    index = model.index(0, 0, model.index(0, 0))
    with qtbot.waitSignal(window.article_shown, timeout=30_000):
        window.research.pane.view.activated.emit(index)
    qtbot.waitUntil(lambda: marked(window) == [QUOTE], timeout=5_000)
    start = min(s for s, _e in window.research.layer.spans.values())
    qtbot.waitUntil(lambda: window.viewer.browser.textCursor().position() == start, timeout=5_000)


def test_removing_and_restoring_a_highlight(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    select(window, QUOTE)
    window.research.actions["highlight"].trigger()
    [made] = HighlightStore().list_highlights()
    window.research.remove(made)
    assert HighlightStore().count() == 0 and marked(window) == []
    window.research.actions["restore"].trigger()
    assert [h.id for h in HighlightStore().list_highlights()] == [made.id]
    assert marked(window) == [QUOTE]


def test_copy_citation_puts_chicago_on_the_clipboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.research.actions["cite_chicago"].trigger()
    qtbot.waitUntil(lambda: clipboard.text().startswith("联合早报. “王毅应约同布林肯通话"),
                    timeout=10_000)  # fmt: skip
    # Chicago lists an unsigned article under its newspaper, named once
    chicago = clipboard.text()
    assert chicago.count("联合早报") == 1 and "冬奥,” January 27, 2022." in chicago
    clipboard.clear()
    window.research.actions["cite_apa"].trigger()  # APA: the title in the author's place
    apa = "王毅应约同布林肯通话 吁美停止干扰北京冬奥. (2022, January 27). 联合早报."
    qtbot.waitUntil(lambda: clipboard.text().startswith(apa), timeout=10_000)
    assert "<i>联合早报</i>" in (clipboard.mimeData().html() or "")
    clipboard.clear()  # mime data still held by the offscreen clipboard at exit crashed Qt


def test_export_dossier_of_the_open_story(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_article(window, qtbot, ZAOBAO)
    qtbot.waitUntil(lambda: window.research.story_id == "e12039983fa2610c", timeout=10_000)
    target = tmp_path / "story.pdf"
    monkeypatch.setattr(window.research, "save_path", lambda *_args: target)
    window.research.actions["export_dossier"].trigger()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_notes_pane_is_placed_again_for_bookmark_changes_not_read_marks(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Bookmark tags group the pane; a read mark (one per article opened) does not."""
    from reader.ui.session import Changed

    placed: list[int] = []
    window.research.reload = lambda: placed.append(1)  # type: ignore[method-assign]
    window.session.changed.emit(Changed(read=frozenset([ZAOBAO])))
    assert placed == []
    window.session.changed.emit(Changed(bookmarks=frozenset([ZAOBAO])))
    window.session.changed.emit(Changed(everything=True))
    assert placed == [1, 1]

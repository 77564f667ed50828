"""Stories in the window: the grouped list, a story's timeline, "This story" beside an article."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent

from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from tests.conftest import SEEDS


def test_grouped_list_story_timeline_and_this_story(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(group_by_story=True), ReadState())
    qtbot.addWidget(win)
    win.show()
    win.open_library(SEEDS)
    model = win.list_model
    # Five seeds, four calls: the Sina and Zaobao reports of 2022-01-27 are one story row.
    qtbot.waitUntil(lambda: not win.controller.indexing and model.rowCount() == 4, timeout=60_000)
    story_rows = [r for r in range(model.rowCount()) if model.story_id(r) is not None]
    assert len(story_rows) == 1
    row = story_rows[0]
    assert model.data(model.index(row, 0)).startswith("▸ ")
    assert "2" in model.data(model.index(row, 1))  # two outlets

    with qtbot.waitSignal(win.session.story_opened, timeout=10_000):
        win.list_pane.select_row(row)
    page = win.viewer.browser.toPlainText()
    assert "新浪财经" in page and "联合早报" in page
    assert page.index("新浪财经") < page.index("联合早报")  # in time order: Sina first
    # The first report says more than six new sentences: the rest open on demand, in place.
    line = win.viewer._story_line
    assert line is not None
    first = line.entries[0]
    assert first.more_new > 0 and first.adds[-1] not in page
    assert "more new sentence" in page
    win.viewer.browser.open_link(QUrl(f"reader-more:{first.article.id}"))
    page = win.viewer.browser.toPlainText()
    assert all(sentence in page for sentence in first.adds)
    assert "联合早报" in page  # still the whole timeline

    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
    win.list_pane.eventFilter(win.list_pane.view, key)
    assert model.rowCount() == 6 and model.is_expanded(row)
    with qtbot.waitSignal(win.session.story_context_found, timeout=10_000):
        win.list_pane.select_row(row + 1)  # one of the story's two reports
    shown = win.session.current
    assert shown is not None
    other = {"新浪财经": "联合早报", "联合早报": "新浪财经"}[shown.source]
    items = [win.viewer.related_list.item(i).text() for i in range(win.viewer.related_list.count())]
    assert any(other in text for text in items), items  # the other report of the same call
    assert win.viewer.related_label.text().startswith("This story")

    pane = win.search_pane
    pane.edit.setText("布林肯")  # grouped by story, a search's list too: five hits, four calls
    qtbot.waitUntil(lambda: model.searching and pane.status.text().startswith("5 results"),
                    timeout=10_000)  # fmt: skip
    assert pane.status.text().startswith("5 results in 4 rows")  # not "5 results" for 4 rows
    story_rows = [r for r in range(4) if model.story_id(r) is not None]
    assert (
        len(story_rows) == 1 and len(model.story_members(model.story_id(story_rows[0]) or "")) == 2
    )
    pane.edit.clear()

    win.actions_.group_by_story.trigger()  # off: the flat list again, remembered
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert win.settings.group_by_story is False
    win.close()

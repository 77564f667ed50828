"""Reading: articles open at their top or where the reader left them, every find match is
marked, the search box reaches its results, next unread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from reader.core.parser import parse_article_file
from reader.core.search.api import SearchHit, SearchOptions, SearchResults
from reader.ui.search_pane import SearchPane
from reader.ui.viewer import ViewerPane
from tests.conftest import SEEDS


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS.iterdir() if p.name.startswith(prefix))


def viewer(qtbot) -> ViewerPane:  # type: ignore[no-untyped-def]
    pane = ViewerPane()
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    return pane


def test_a_new_article_opens_at_its_top_and_a_saved_position_is_restored(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = viewer(qtbot)
    first, second = parse_article_file(seed("000")), parse_article_file(seed("003"))
    pane.show_article(first)
    bar = pane.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    bar.setValue(bar.maximum())  # read to the end (three Spaces and more)
    left_at = pane.reading_position()
    assert left_at > 0.9
    pane.show_article(second)
    assert bar.value() == 0, "the next article starts at its title, not mid-body"
    pane.show_article(first, scroll=left_at)
    assert abs(pane.reading_position() - left_at) < 0.05


def test_find_in_article_marks_every_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = viewer(qtbot)
    pane.show_article(parse_article_file(seed("000")))
    text = pane.browser.document().toPlainText()
    pane.find_bar.open()
    pane.find_bar.edit.setText("王毅")
    assert len(pane.browser.extraSelections()) == text.count("王毅") > 3
    pane.find_bar.close_bar()
    assert pane.browser.extraSelections() == []


def test_down_reaches_the_results_and_enter_opens_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    hit = SearchHit("a", "标题", "来源", None, Path("a.md"), None, 1.0)
    asked: list[str] = []

    def run(query: str, _options: SearchOptions, done, _failed) -> None:  # type: ignore[no-untyped-def]
        asked.append(query)
        done(SearchResults(query, [hit], total=1))

    pane = SearchPane(run)
    qtbot.addWidget(pane)
    opened: list[SearchHit] = []
    pane.hit_activated.connect(lambda h, _needles: opened.append(h))
    pane.edit.setText("王毅")
    pane.edit.returnPressed.emit()  # Enter searches now (no waiting for the pause)
    assert asked == ["王毅"] and pane.model.rowCount() == 1
    pane.edit.returnPressed.emit()  # Enter again: these are its results, open the first
    assert opened == [hit]
    pane.eventFilter(pane.edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                          Qt.KeyboardModifier.NoModifier))  # fmt: skip
    assert pane.view.currentIndex().row() == 0


def test_a_custom_date_range_searches_those_days_and_can_be_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Presets count back from the newest article; any other span of an archive needed the
    date: syntax. The range is of local days, both included."""
    from datetime import UTC, date, datetime

    from reader.ui.date_range_dialog import DateRangeDialog
    from reader.ui.search_pane import CUSTOM_RANGE

    asked: list[SearchOptions] = []

    def run(query: str, options: SearchOptions, done, _failed) -> None:  # type: ignore[no-untyped-def]
        asked.append(options)
        done(SearchResults(query, [], total=0))

    pane = SearchPane(run)
    qtbot.addWidget(pane)
    pane.reference_now = datetime(2022, 10, 31, 6, 46, tzinfo=UTC)  # the newest article
    pane.edit.setText("王毅")
    pane.edit.returnPressed.emit()
    custom = pane.date_combo.findData(CUSTOM_RANGE)

    def choose(first: date, last: date, accept: bool) -> DateRangeDialog:
        pane.date_combo.setCurrentIndex(custom)
        pane.date_combo.activated.emit(custom)
        [dialog] = [d for d in pane.findChildren(DateRangeDialog) if d.isVisible()]
        dialog.first.setDate(first)
        dialog.last.setDate(last)
        dialog.accept() if accept else dialog.reject()
        return dialog

    dialog = choose(date(2022, 1, 1), date(2022, 1, 31), accept=False)
    assert pane.date_combo.currentIndex() == 0 and len(asked) == 1  # cancelled: as it was
    assert dialog.chosen() == (date(2022, 1, 1), date(2022, 1, 31))
    choose(date(2022, 1, 27), date(2022, 1, 27), accept=True)
    options = asked[-1]
    assert options.date_from == datetime(2022, 1, 27).astimezone()
    assert options.date_to == datetime(2022, 1, 28).astimezone()  # the last day included
    assert pane.date_combo.currentText() == "2022-01-27 – 2022-01-27"
    assert pane.status.text().startswith(
        "No results for “王毅” from 2022-01-27 to 2022-01-27 (the date filter)"
    )
    pane.date_combo.setCurrentIndex(0)
    pane.date_combo.activated.emit(0)
    assert asked[-1].date_from is None and asked[-1].date_to is None


def test_the_date_range_never_ends_before_it_starts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from reader.ui.date_range_dialog import DateRangeDialog

    dialog = DateRangeDialog(date(2021, 1, 1), date(2021, 1, 31))
    qtbot.addWidget(dialog)
    dialog.last.setDate(date(2, 1, 31))  # on the way to typing 2022: the other end stays
    assert dialog.first.date().toPython() == date(2021, 1, 1)
    dialog.last.setDate(date(2020, 12, 1))
    assert dialog.chosen() == (date(2020, 12, 1), date(2021, 1, 1))


def test_a_huge_unbreakable_word_gets_a_break_opportunity_every_80_characters() -> None:
    """Qt's layout of one unbreakable word is quadratic (1 MB: 21 s on the GUI thread; 200k
    characters 0.62 s and 400k four times that, with breaks 0.02 and 0.04 s). The breaks are
    checked here, not the seconds: a timed test failed under load."""
    import re

    from reader.ui.article_html import ZERO_WIDTH_SPACE, render_body

    url = f"https://x.example/{'q' * 500}"
    html = render_body(f'<p><a href="{url}">link</a>{"x" * 400_000}</p>', {})
    assert url in html  # attributes are left whole
    text = re.sub(r"<[^>]*>", "", html)
    runs = text.split(ZERO_WIDTH_SPACE)
    assert "".join(runs) == "link" + "x" * 400_000  # nothing lost
    assert max(len(run) for run in runs) <= 84
    assert ZERO_WIDTH_SPACE in render_body("<p>" + "y" * 300 + "</p>", {})
    assert ZERO_WIDTH_SPACE not in render_body("<p>" + "中" * 3000 + "</p>", {})  # CJK breaks

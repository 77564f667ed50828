"""Counts the window shows are grouped as the UI's language writes them (issue 22): "Mark
23179 unread articles…" in a box, "23184 articles" under the list, the histogram's ends and
the sources' counts; a plural message's count is ``%Ln``, a named one goes through
``number``, and every language keeps them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.ui import i18n
from reader.ui.i18n import number, tr
from reader.ui.listing import SourceCount
from reader.ui.search_pane import SearchPane
from reader.ui.sources_pane import SourcesModel

GROUPED = {"en": "23,179", "zh_CN": "23,179", "zh_TW": "23,179"}


@pytest.fixture(params=sorted(GROUPED))
def language(request: pytest.FixtureRequest, qapp, compiled_translations) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_counts_are_grouped_in_every_language(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    grouped = GROUPED[language]
    asked = tr("Mark %Ln unread article(s) in the list as read?", None, 23179)
    assert grouped in asked and "23179" not in asked
    assert number(23179) == grouped
    listed = SearchPane._status_words("", 23179, 23179)
    assert grouped in listed
    searched = SearchPane._status_words("疫苗", 2614, 2614, indexing=(14337, 23922))
    assert number(2614) in searched and number(14337) in searched and number(23922) in searched
    model = SourcesModel()
    model.set_sources([SourceCount("联合早报", 2894, 1234)])
    assert number(1234) in model.index(1, 0).data()
    assert number(1234) in model.index(0, 0).data()  # All sources
    assert number(2894) in model.index(1, 0).data(3)  # its tooltip: "… 1,234 unread of 2,894"
    if language == "en":
        assert asked == "Mark 23,179 unread articles in the list as read?"
        assert listed == "23,179 articles"
        assert tr("{n} earlier", n=number(1234)) == "1,234 earlier"

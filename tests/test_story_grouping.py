"""Grouping the list and search results by story."""

from __future__ import annotations

from pathlib import Path

from reader.core.search.api import SearchHit
from reader.core.search.engine import LibraryIndex
from reader.core.stories.grouping import (
    STORY_ROW,
    Memberships,
    group_hits,
    group_rows,
    memberships,
)
from tests.conftest import SEEDS


def test_a_story_takes_the_place_of_its_first_listed_article() -> None:
    known = Memberships({"a1": "s", "a2": "s", "b": "t", "c": "u"}, {"s": 2, "t": 1, "u": 3})
    rows, members = group_rows(["a2", "b", "a1", "c", "x"], known)
    assert rows == ["story:s", "b", "story:u", "x"]
    assert members == {"s": ["a2", "a1"], "u": ["c"]}  # u's other articles are filtered out


def test_search_hits_grouped_one_row_per_story() -> None:
    def hit(i: str, source: str) -> SearchHit:
        return SearchHit(i, i, source, None, Path(i), None, 1.0)

    known = Memberships({"a": "s", "b": "s", "c": "s", "d": "t"}, {"s": 3, "t": 1})
    grouped = group_hits([hit("a", "联合早报"), hit("d", "BBC"), hit("b", "新浪财经"),
                          hit("c", "联合早报")], known)  # fmt: skip
    assert [h.id for h in grouped] == ["a", "d"]
    assert grouped[0].story_id == "s" and grouped[0].story_more == 2
    assert grouped[0].story_sources == ("新浪财经", "联合早报")  # the two others' outlets
    assert grouped[1].story_id is None


def test_the_seeds_group_the_two_reports_of_one_call(tmp_path: Path) -> None:
    index = LibraryIndex(SEEDS)
    index.update(workers=1)
    known = memberships(index.catalog.db)
    rows, members = group_rows(index.catalog.ids(), known)
    stories = [r for r in rows if r.startswith(STORY_ROW)]
    assert len(rows) == 4 and len(stories) == 1  # the 2022-01-27 call: Sina and Zaobao
    (both,) = members.values()
    titles = {index.catalog.entry(i).title for i in both}  # type: ignore[union-attr]
    assert titles == {
        "王毅应约同美国国务卿布林肯通电话",
        "王毅应约同布林肯通话 吁美停止干扰北京冬奥",
    }


def test_timeline_marks_what_each_report_adds_and_the_context_of_an_article() -> None:
    from reader.core.stories.timeline import story_context, timeline

    index = LibraryIndex(SEEDS)
    index.update(workers=1)
    known = memberships(index.catalog.db)
    (story,) = {s for s in known.story_of.values() if known.size[s] == 2}
    line = timeline(index.catalog.db, story)
    assert line is not None and [e.article.source for e in line.entries] == ["新浪财经", "联合早报"]
    first, second = line.entries
    assert first.told == 0 and first.new  # the first report: everything is new
    assert second.told > 0  # Zaobao re-tells the Foreign Ministry's readout...
    # ...and adds Washington's side: a name (Ned Price) and a quote no earlier report had.
    assert any(s.startswith("美国国务院发言人普莱斯") for s in second.adds)
    context = story_context(index.catalog.db, first.article.id)
    assert context is not None and [a.id for a in context.others] == [second.article.id]

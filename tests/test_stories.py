"""Story clustering on the seeds and on real corpus files (tests/fixtures/stories, copied byte
for byte; PROVENANCE.tsv says from where): what must group, what must stay apart, incremental
updates, the CLI and the reading API."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.search.engine import LibraryIndex
from reader.core.stories import StoryIndex, update_stories
from reader.core.stories.api import RELATED_MIN_SCORE
from reader.core.stories.features import event_day
from reader.core.stories.store import update_stories_safely
from tests.conftest import FIXTURES, SEEDS

STORY_FIXTURES = FIXTURES / "stories"


def _library(tmp_path: Path, names: list[str] | None = None) -> Path:
    lib = tmp_path / "library"
    lib.mkdir()
    for src in sorted(STORY_FIXTURES.glob("*.md")):
        if names is None or src.name in names:
            shutil.copyfile(src, lib / src.name)
    return lib


def _groups(index: LibraryIndex) -> dict[str, set[str]]:
    """story id -> file names of its articles."""
    stories = StoryIndex(index.catalog.db)
    out: dict[str, set[str]] = defaultdict(set)
    for entry in index.catalog.entries(index.catalog.ids()).values():
        story = stories.story_of(entry.id)
        assert story is not None, entry.path
        out[story].add(entry.path.name)
    return dict(out)


def _expected(names: list[str]) -> set[frozenset[str]]:
    """Fixture files are named <story>-<n>.md: the hand label is the name before -<n>."""
    by_story: dict[str, set[str]] = defaultdict(set)
    for name in names:
        by_story[name.rsplit("-", 1)[0]].add(name)
    return {frozenset(v) for v in by_story.values()}


def test_seeds_group_the_two_reports_of_one_call_and_keep_the_other_calls_apart() -> None:
    index = LibraryIndex(SEEDS)
    summary = index.update()
    assert summary.stories is not None and summary.stories.problem is None
    by_file = {
        name[:3]: story
        for story, names in _groups(index).items()
        for name in names  # seed files are named NNN_<hash>.txt
    }
    # 000 (Sina) and 001 (Zaobao): the call of 2022-01-27. 003: 2021-11-13, 002: 2022-02-22
    # (Sina's Jan 27 text shares Ukraine, Minsk and the Shanghai Communique with it),
    # 004: 2022-10-31.
    assert by_file["000"] == by_file["001"]
    assert len({by_file["000"], by_file["002"], by_file["003"], by_file["004"]}) == 4
    stories = StoryIndex(index.catalog.db)
    # The id of a story is its earliest article's (Sina's report came first).
    sina = [a for a in stories.articles(by_file["000"]) if a.source == "新浪财经"]
    assert by_file["000"] == sina[0].id
    assert [a.source for a in stories.articles(by_file["000"])] == ["新浪财经", "联合早报"]
    index.close()


def test_real_articles_group_by_event_across_scripts_and_copies(tmp_path: Path) -> None:
    """CNA in Traditional with RFI's Simplified copy of the same AFP text (maradona), CNA's
    re-post under a new URL ("[影]", lai-bail-granted-4), an Economist article posted twice
    three days apart (en-demography); sibling events kept apart: bail granted (Dec 23) and
    revoked (Dec 31), the Chang'e-5 landing and its lift-off two days later, the Capitol riot
    and the impeachment vote a week later; English coverage of the riot stays English."""
    lib = _library(tmp_path)
    index = LibraryIndex(lib)
    index.update()
    names = [p.name for p in lib.iterdir()]
    assert {frozenset(v) for v in _groups(index).values()} == _expected(names)
    index.close()


def test_incremental_updates_keep_story_ids_and_place_new_articles(tmp_path: Path) -> None:
    names = sorted(p.name for p in STORY_FIXTURES.glob("*.md"))
    later = ["lai-bail-revoked-3.md", "change5-landing-2.md", "maradona-death-2.md"]
    lib = _library(tmp_path, [n for n in names if n not in later])
    index = LibraryIndex(lib)
    index.update()
    before = _groups(index)
    for name in later:
        shutil.copyfile(STORY_FIXTURES / name, lib / name)
    summary = index.update()
    assert summary.stories is not None and summary.stories.placed == len(later)
    after = _groups(index)
    assert {frozenset(v) for v in after.values()} == _expected(names)
    # Every story that existed keeps its id and gains only the articles added.
    for story, members in before.items():
        assert after[story] - members <= set(later)

    # An edit below the lead changes nothing; a new title moves the article.
    edited = lib / "capitol-riot-2.md"
    edited.write_bytes(edited.read_bytes() + "\n<p>后记：补充一句。</p>\n".encode())
    summary = index.update()
    assert summary.stories is not None
    assert (summary.stories.placed, summary.stories.kept) == (0, 1)
    assert _groups(index) == after

    # Removing an article leaves its story (the story keeps its id while it has articles).
    (lib / "lai-bail-revoked-1.md").unlink()
    summary = index.update()
    assert summary.stories is not None and summary.stories.removed == 1
    remaining = _groups(index)
    revoked = next(s for s, m in after.items() if "lai-bail-revoked-1.md" in m)
    assert remaining[revoked] == after[revoked] - {"lai-bail-revoked-1.md"}
    index.close()


def test_cli_lists_stories_newest_first_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = _library(tmp_path)
    assert main(["index", "--library", str(lib)]) == 0
    capsys.readouterr()
    assert main(["stories", "--library", str(lib), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(_expected([p.name for p in lib.iterdir()]))  # all have 2+
    assert [s["last"] for s in lines] == sorted((s["last"] for s in lines), reverse=True)
    riot = next(s for s in lines if any("capitol-riot" in a["path"] for a in s["articles"]))
    assert set(riot) == {"story", "title", "first", "last", "sources", "articles"}
    assert riot["story"] == riot["articles"][0]["id"]
    first = riot["articles"][0]
    assert set(first) == {"id", "path", "url", "source", "published", "title"}
    assert Path(first["path"]).parent == lib.resolve() and first["published"].endswith("+00:00")
    assert [a["published"] for a in riot["articles"]] == sorted(
        a["published"] for a in riot["articles"]
    )

    assert main(["stories", "--library", str(lib), "--json", "--since", "2021-01-01"]) == 0
    recent = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert recent and all(s["last"] >= "2021-01-01" for s in recent)
    assert len(recent) < len(lines)
    assert main(["stories", "--library", str(lib), "--until", "2020-11-30"]) == 0
    plain = capsys.readouterr()
    assert "马拉" in plain.out and "黎智英" not in plain.out
    assert main(["stories", "--library", str(lib), "--since", "yesterday"]) != 0


def test_api_timeline_additions_and_related(tmp_path: Path) -> None:
    lib = _library(tmp_path)
    index = LibraryIndex(lib)
    index.update()
    stories = StoryIndex(index.catalog.db)
    groups = _groups(index)
    maradona = next(s for s, m in groups.items() if "maradona-death-1.md" in m)
    timeline = stories.articles(maradona)
    assert [a.published for a in timeline] == sorted(a.published for a in timeline if a.published)
    (summary,) = stories.summaries([maradona])
    assert summary.size == 3 and summary.sources[0] == timeline[0].source
    assert len(summary.sources) == 3

    # CNA's report (Traditional) came first; RFI re-posted the same AFP text in Simplified:
    # it adds almost nothing, while CNA's every sentence was new.
    cna = next(a for a in timeline if a.path.name == "maradona-death-1.md")
    rfi = next(a for a in timeline if a.path.name == "maradona-death-2.md")
    assert all(s.new for s in stories.additions(cna.id))
    copied = stories.additions(rfi.id)
    assert copied and sum(s.new for s in copied) <= len(copied) // 4
    text = dict(index.catalog.texts([rfi.id], folded=False))[rfi.id]
    assert all(0 <= s.start < s.end <= len(text) for s in copied)

    # Related stories of the Chang'e-5 landing: its lift-off first.
    landing = next(s for s, m in groups.items() if "change5-landing-1.md" in m)
    liftoff = next(s for s, m in groups.items() if "change5-liftoff-1.md" in m)
    related = stories.related(landing)
    assert related and related[0][0].id == liftoff
    # Only stories that share a subject, not every story of those weeks: Maradona's death
    # shared a few common words with the Chang'e-5 landing (0.023) and was offered beside it,
    # the Capitol riot beside Jimmy Lai's bail (0.023).
    maradona_related = stories.related(maradona)
    assert maradona_related == [], [(s.title, score) for s, score in maradona_related]
    riot = next(s for s, m in groups.items() if "capitol-riot-1.md" in m)
    bail = next(s for s, m in groups.items() if "lai-bail-revoked-1.md" in m)
    riot_related = {s.id: score for s, score in stories.related(riot)}
    assert bail not in riot_related and len(riot_related) == 2
    assert min(riot_related.values()) >= RELATED_MIN_SCORE

    page = stories.stories(offset=1, limit=2)
    assert [s.id for s in page] == stories.story_ids()[1:3]
    index.close()


def test_a_broken_story_state_is_reported_and_rebuilt_without_touching_the_index(
    tmp_path: Path,
) -> None:
    lib = _library(tmp_path, ["capitol-riot-1.md", "capitol-riot-2.md"])
    index = LibraryIndex(lib)
    index.update()
    db = sqlite3.connect(index.layout.catalog_path)
    db.execute("UPDATE story_state SET value=x'00ff' WHERE key='df'")
    db.commit()
    summary = update_stories_safely(db)
    assert summary.problem is not None and "stories could not be updated" in summary.problem
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2  # index untouched
    db.execute("DELETE FROM story_state")  # a new format version recomputes from scratch
    db.commit()
    again = update_stories(db)
    assert again.rebuilt and again.placed == 2
    db.close()
    assert len(index.search("国会").hits) == 2
    index.close()


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        ("（中央社記者華盛頓6日專電）美國總統川普", "2021-01-07T01:00:00+00:00", "2021-01-06"),
        ("路透北京12月17日 - 新华社报导称", "2020-12-17T02:23:00+00:00", "2020-12-17"),
        ("星期三（12月23日）获批保释", "2020-12-24T01:00:00+00:00", "2020-12-23"),
        ("周二，众议院通过", "2021-01-14T01:00:00+00:00", "2021-01-12"),
        ("预计明年4月16日再审", "2020-12-12T06:00:00+00:00", "2020-12-12"),  # not this week
        ("no date here", "2020-12-12T20:00:00+00:00", "2020-12-13"),  # UTC+8 day
    ],
)
def test_event_day(lead: str, published: str, expected: str) -> None:
    from datetime import date, datetime

    ts = int(datetime.fromisoformat(published).timestamp())
    days = event_day("标题\n" + lead, ts)
    assert date.fromordinal(date(1970, 1, 1).toordinal() + days).isoformat() == expected


def test_story_ids_stay_through_renames_and_edits(tmp_path: Path) -> None:
    """Renaming files and editing below their lead moves no article and renames no story."""
    lib = _library(tmp_path)
    index = LibraryIndex(lib)
    index.update()
    before = _groups(index)
    renamed = {"maradona-death-1.md": "m1-renamed.md", "capitol-riot-3.md": "c3-renamed.md"}
    for old, new in renamed.items():
        (lib / old).rename(lib / new)
    edited = lib / "lai-bail-granted-2.md"
    edited.write_bytes(edited.read_bytes() + "\n<p>（本文已更新）補充一段。</p>\n".encode())
    summary = index.update()
    assert summary.stories is not None and summary.stories.placed == 0
    after = _groups(index)
    expected = {sid: {renamed.get(n, n) for n in names} for sid, names in before.items()}
    assert after == expected
    index.close()

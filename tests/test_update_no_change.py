"""Issue 25: an update that changes nothing does no work that grows with the library (the
stories step is skipped), and every update that changes something still brings the stories in
line, whatever stopped the one before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import reader.core.stories.store as story_store
from reader.core.search.engine import LibraryIndex
from reader.core.search.index_state import OPEN_KEY
from reader.core.stories import StoryIndex
from reader.core.stories.in_line import IN_LINE_KEY
from tests.conftest import FIXTURES

STORY_FIXTURES = FIXTURES / "stories"


@pytest.fixture
def stories_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the stories step ran (each call: the number of articles it placed)."""
    runs: list[int] = []
    real = story_store.update_stories

    def counted(db: sqlite3.Connection) -> story_store.StoriesSummary:
        summary = real(db)
        runs.append(summary.placed)
        return summary

    monkeypatch.setattr(story_store, "update_stories", counted)
    return runs


def _library(tmp_path: Path) -> Path:
    lib = tmp_path / "library"
    lib.mkdir()
    for src in sorted(STORY_FIXTURES.glob("capitol-riot-*.md")):
        shutil.copyfile(src, lib / src.name)
    return lib


def test_a_no_change_update_skips_the_stories_step(tmp_path: Path, stories_runs: list[int]) -> None:
    lib = _library(tmp_path)
    index = LibraryIndex(lib)
    index.update(workers=1)
    articles = index.catalog.article_count()
    assert stories_runs == [articles]
    summary = index.update(workers=1)
    assert summary.unchanged == articles and stories_runs == [articles]  # not run again
    story = StoryIndex(index.catalog.db)
    assert story.ready() and all(story.story_of(i) for i in index.catalog.ids())

    # A new file is placed; the update after it is a no-change one again.
    extra = next(STORY_FIXTURES.glob("maradona-death-*.md"))
    shutil.copyfile(extra, lib / extra.name)
    index.update(workers=1)
    assert stories_runs == [articles, 1]
    index.update(workers=1)
    assert stories_runs == [articles, 1]
    new_id = next(i for i in index.catalog.ids() if index.catalog.entry(i).path.name == extra.name)  # type: ignore[union-attr]
    assert StoryIndex(index.catalog.db).story_of(new_id) is not None

    # A removed file: its article leaves its story.
    (lib / extra.name).unlink()
    index.update(workers=1)
    assert len(stories_runs) == 3
    count = index.catalog.db.execute(
        "SELECT count(*) FROM story_articles WHERE article_id=?", (new_id,)
    ).fetchone()[0]
    assert count == 0
    index.close()


def _write(index: LibraryIndex, sql: str, *params: str) -> None:
    """Change the catalog as another process would (the index's own connection reads only)."""
    db = sqlite3.connect(index.layout.catalog_path)
    db.execute(sql, params)
    db.commit()
    db.close()


def test_stories_run_again_after_an_update_that_did_not_finish(
    tmp_path: Path, stories_runs: list[int]
) -> None:
    lib = _library(tmp_path)
    index = LibraryIndex(lib)
    index.update(workers=1)
    # An update killed between its commits (any version: the open mark stays).
    _write(index, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')", OPEN_KEY)
    index.update(workers=1)
    assert len(stories_runs) == 2
    # A cancelled update that changed articles: their stories are made by the next one.
    extra = next(STORY_FIXTURES.glob("maradona-death-*.md"))
    shutil.copyfile(extra, lib / extra.name)
    assert index.update(workers=1, cancel=lambda: True).cancelled
    assert len(stories_runs) == 2
    index.update(workers=1)
    assert len(stories_runs) == 3
    # Story tables dropped or of another format (a bench, an older version): made again.
    _write(index, "DELETE FROM story_state")
    index.update(workers=1)
    assert len(stories_runs) == 4
    _write(index, "UPDATE meta SET value='0' WHERE key=?", IN_LINE_KEY)
    index.update(workers=1)
    assert len(stories_runs) == 5
    index.close()

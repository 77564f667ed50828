"""The stories step of a full build keeps nothing per article of the library in Python: the
catalog is read a page at a time, the new articles wait in a temporary table, the clusterer
hands over the stories it lets go of (bench/README.md, issue 25: ~0.64 KB an article at 232k
before, the map of every article's time and file key, every article's story, series days)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from reader.core.search.catalog import Catalog, compress
from reader.core.stories import clustering, store
from reader.core.stories.clustering import Clusterer, Item

DAY = 86400
_HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]


def _catalog(path: Path, days: int = 150) -> int:
    """A catalog of ``days`` days, three events a day, each reported by three outlets (words
    of its own, a few common ones); a daily tally that recurs. Returns the article count."""
    rng = random.Random(5)
    catalog = Catalog(path)
    rows = []
    for day in range(days):
        for event in range(3):
            own = "".join(rng.sample(_HAN, 16))  # the event's words
            for outlet in range(3):
                title = own[:8] + rng.choice(_HAN[:40])
                lead = "，".join(own[k : k + 6] + "".join(rng.sample(_HAN[:40], 2))
                                for k in range(0, 12, 2))  # fmt: skip
                aid = f"{day:04}-{event}-{outlet}"
                published = 1_600_000_000 + day * DAY + event * 3600 + outlet * 300
                rows.append((aid, f"/lib/{aid}.md", title, f"outlet{outlet}", published,
                             compress(f"{title}\n{lead}")))  # fmt: skip
        tally = f"今日新增{day}例"
        published = 1_600_000_000 + day * DAY + 7200
        rows.append((f"{day:04}-t", f"/lib/{day:04}-t.md", tally, "outlet0", published,
                     compress(f"{tally}\n{tally}。")))  # fmt: skip
    catalog.db.executemany(
        "INSERT INTO articles(id, path, title, source, published, url, categories, tags,"
        " text_z, folded_z) VALUES(?, ?, ?, ?, ?, NULL, '', '', x'', ?)",
        rows,
    )
    catalog.db.commit()
    catalog.close()
    return len(rows)


def _story_rows(db: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    return tuple(db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in store._TABLES)


def test_a_full_build_holds_the_open_stories_only_and_writes_what_a_whole_memory_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _catalog(tmp_path / "catalog.sqlite")
    held: list[int] = []

    class Watched(Clusterer):
        def place(self, item: Item) -> str:
            held.append(len(self.story_of) + len(self.finished) + len(self.settled))
            return super().place(item)

    monkeypatch.setattr(store, "Clusterer", Watched)
    monkeypatch.setattr(store, "ROWS_PAGE", 100)
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    summary = store.update_stories(db)
    assert summary.placed == articles and summary.problem is None
    bounded = _story_rows(db)
    db.close()
    # A page of rows and the last days' stories at most (about 10 articles a day), never
    # the library.
    assert max(held) < 100 + 10 * 10 < articles / 5

    # The same stories, rows and ids when nothing is ever let go.
    monkeypatch.setattr(clustering, "FORGET_S", 10**12)
    held.clear()
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    for table in store._TABLES:
        db.execute(f"DROP TABLE {table}")
    store.update_stories(db)
    assert _story_rows(db) == bounded
    assert max(held) >= articles - 1
    db.close()
    stories = {sid for _, sid, *_ in bounded[0]}
    assert len(stories) < articles / 2  # the reports were grouped: a real test

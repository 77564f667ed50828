"""Story clustering lets go of stories that can no longer change: same stories, less memory."""

from __future__ import annotations

import math
import random

import pytest

from reader.core.stories import clustering
from reader.core.stories.clustering import Clusterer, Item

DAY = 86400


def _items() -> list[Item]:
    """120 days, four events a day, each reported three times (terms of its own plus common
    ones), and now and then a near-copy of a report a few days later."""
    rng = random.Random(3)
    items: list[Item] = []
    for day in range(120):
        for event in range(4):
            own = [1000 + (day * 4 + event) * 8 + k for k in range(8)]
            for report in range(3):
                terms = rng.sample(own, 6) + rng.sample(range(50), 4)
                weights = {t: rng.uniform(0.5, 1.0) for t in terms}
                norm = math.sqrt(sum(w * w for w in weights.values()))
                vec = dict(sorted(((t, w / norm) for t, w in weights.items()),
                                  key=lambda tw: -tw[1]))  # fmt: skip
                published = day * DAY + event * 3600 + report * 600
                items.append(Item(f"a{day:03}-{event}-{report}", published, day, vec))
                if report == 0 and rng.random() < 0.1:  # a re-post two days later
                    items.append(Item(f"c{day:03}-{event}", published + 2 * DAY, day, vec))
    return sorted(items, key=lambda i: (i.published, i.id))


def _cluster() -> tuple[Clusterer, dict[str, str], dict[str, str], int]:
    """The clusterer, every article's final story and every story's title article as the
    caller sees them (what ``place`` returned, then what ``take_finished`` handed over, then
    the open stories), and the most articles and stories it held at once."""
    clusterer = Clusterer()
    story_of: dict[str, str] = {}
    titles: dict[str, str] = {}
    held = 0
    for n, item in enumerate(_items()):
        story_of[item.id] = clusterer.place(item)
        held = max(held, len(clusterer.story_of) + len(clusterer.finished))
        if n % 50 == 0:  # as store.py does after each page of rows
            finished, settled = clusterer.take_finished()
            titles |= {sid: title for sid, (title, _) in finished.items()}
            story_of |= dict(settled)
    finished, settled = clusterer.take_finished()
    titles |= {sid: title for sid, (title, _) in finished.items()}
    story_of |= dict(settled) | clusterer.story_of
    titles |= {sid: clusterer.title_article(s) for sid, s in clusterer.stories.items()}
    return clusterer, story_of, titles, held


def test_finished_stories_are_let_go_and_every_story_and_title_stays_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept, stories, titles, held = _cluster()
    monkeypatch.setattr(clustering, "FORGET_S", 10**12)  # never let anything go
    whole, whole_stories, whole_titles, whole_held = _cluster()
    assert stories == whole_stories
    assert titles == whole_titles
    assert len(set(stories.values())) < len(stories)  # reports were grouped: a real test
    assert len(whole.vectors) == len(stories)
    assert set(stories.values()) == set(titles)
    # About the last two weeks of 120 days are still held.
    assert len(kept.vectors) < len(stories) / 5
    assert len(kept.stories) < len(set(stories.values())) / 5
    # Nor is any article's story or any finished story kept once let go: they were ~0.3 KB
    # an article of a full build, all held to the end (taken by the caller now).
    assert len(kept.story_of) < len(stories) / 5
    assert held < len(stories) / 5 < whole_held
    assert kept.moved <= set(kept.story_of)


def test_a_near_copy_joining_a_closed_story_does_not_reopen_it() -> None:
    vec = {1: 0.8, 2: 0.5, 3: 0.3, 4: 0.1}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    vec = {t: w / norm for t, w in vec.items()}
    clusterer = Clusterer()
    clusterer.place(Item("first", 0, 0, vec))
    clusterer.place(Item("copy-day-3", 3 * DAY, 0, dict(vec)))  # open: joins by its centroid
    clusterer.place(Item("copy-day-6", 6 * DAY, 0, dict(vec)))  # closed: a near-copy joins it
    assert set(clusterer.story_of.values()) == {"first"}
    story = clusterer.stories["first"]
    assert not story.indexed
    assert all("first" not in posting for posting in clusterer._postings.values())


def _unit(weights: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return dict(sorted(((t, w / norm) for t, w in weights.items()), key=lambda tw: -tw[1]))


def test_articles_moved_by_a_merge_are_handed_over_with_their_final_story() -> None:
    """Two first reports start two stories, a third bridges them: they merge (the later
    story's articles move). Once let go, the clusterer keeps neither those articles nor the
    story, and hands over where they ended up (store.py relabels their rows)."""
    hour = 3600
    clusterer = Clusterer()
    assert clusterer.place(Item("a1", 0, 0, _unit({1: 1, 2: 1, 3: 1, 9: 0.2}))) == "a1"
    assert clusterer.place(Item("b1", hour, 0, _unit({4: 1, 5: 1, 6: 1, 9: 0.2}))) == "b1"
    clusterer.place(Item("c1", 2 * hour, 0, _unit({t: 1 for t in range(1, 7)})))
    assert clusterer.moved == {"b1", "c1"}
    assert clusterer.take_finished() == ({}, [])  # nothing let go yet
    clusterer.place(Item("later", 30 * DAY, 30, _unit({100: 1, 101: 1})))
    finished, settled = clusterer.take_finished()
    assert set(finished) == {"a1"} and finished["a1"][1]  # changed in this update
    assert sorted(settled) == [("b1", "a1"), ("c1", "a1")]
    assert clusterer.story_of == {"later": "later"} and not clusterer.moved
    assert clusterer.take_finished() == ({}, [])  # handed over once

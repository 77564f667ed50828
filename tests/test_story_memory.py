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


def _cluster() -> tuple[Clusterer, dict[str, str], dict[str, str]]:
    clusterer = Clusterer()
    for item in _items():
        clusterer.place(item)
    titles = {sid: title for sid, (title, _) in clusterer.finished.items()}
    titles |= {sid: clusterer.title_article(s) for sid, s in clusterer.stories.items()}
    return clusterer, dict(clusterer.story_of), titles


def test_finished_stories_are_let_go_and_every_story_and_title_stays_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept, stories, titles = _cluster()
    monkeypatch.setattr(clustering, "FORGET_S", 10**12)  # never let anything go
    whole, whole_stories, whole_titles = _cluster()
    assert stories == whole_stories
    assert titles == whole_titles
    assert len(set(stories.values())) < len(stories)  # reports were grouped: a real test
    assert len(whole.vectors) == len(stories)
    # About the last two weeks of 120 days are still held.
    assert len(kept.vectors) < len(stories) / 5
    assert len(kept.stories) < len(set(stories.values())) / 5


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

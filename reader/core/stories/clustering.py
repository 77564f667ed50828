"""Online story clustering: each article, in time order, joins the best story or starts one.

After Miranda et al. (EMNLP 2018, "Multilingual Clustering of Streaming News"): an article is
compared with the centroid (sum of member vectors) of every story active near its time, and
joins the best one if it is similar enough; otherwise it starts a new story. Three additions,
each measured on the labelled set (bench/stories.py):

- **Event days.** Each report's event day comes from evidence (``features.event_day``: a
  dateline, else the text's first sentence, else publication). The similarity needed rises
  with the span of event days a story would have with the article (``DAY_PENALTY``: none
  over two days, +0.60 at three, +0.80 at four, never beyond), measured on the story's core
  days (those of a quarter of its members), so a saga cannot drift a day at a time: sibling
  events (a landing and the lift-off two days later, a visit announced and then cancelled)
  stay apart, while a report a day late still joins.
- **Story merge.** The first reports of an event are short and worded differently, so they
  can start two stories; when a story grows, it absorbs a matching story nearby (the one
  founded later goes) whose days are within a day of its own.
- **Near-copies.** An article whose vector nearly equals an earlier article's (cosine >=
  ``NEAR_COPY``: the same wire text, a rewrite, Traditional vs Simplified) joins that
  article's story within ``NEAR_COPY_DAYS``, whatever its event day says.
- **Series.** An outlet's recurring pages (daily tallies, market wraps, show episodes) never
  join themselves across days, market wraps join only market wraps and digests of the day's
  news join nothing (``Story.repeats``): by similarity alone they chained for weeks.
- **Languages.** An English article joins a Chinese story by the terms it shares with
  Chinese articles (``Item.cross``: the Chinese names its English names translate to, digits)
  at ``JOIN_CROSS``; stories of two languages never merge.

Stories are never open longer than ``SPAN_S`` (4 days from their first article), which also
bounds the work per article. Pure Python: the whole stories step (features, clustering,
storing) took 10.6 s of a 183 s build of the 23k-article corpus (bench/README.md); issue
21's rules cost about as much again as they save (24.0 s CPU against 24.9 s for the code
before them, same catalog, same run).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from reader.core.stories.features import is_digest, is_market

JOIN = 0.16  # cosine to a story's centroid needed to join it (same event day)
JOIN_CROSS = 0.30  # an English article to a Chinese story: cosine over the shared terms
MERGE = 0.30  # cosine between two stories' centroids needed to merge (both large)
# Added to either threshold when a story's event days would span 1, 2, 3 days (more: never).
# A penalty, not a wall, but a steep one past a day: sibling events of a saga two days apart
# (Chang'e-5's landing and lift-off) share most of their words. A day costs nothing: an event
# in America is the next day in Asia's datelines and publication days (the Capitol riot's
# reports are split between Jan 6 and 7); on the old labelled set +0.10 at one day gave
# P 0.966 / R 0.759, nothing P 0.973 / R 0.834. A near-copy joins whatever its day says.
DAY_PENALTY = (0.0, 0.0, 0.60, 0.80)
# Two stories whose days are further apart are two events: a merge weighs whole stories, and
# two sibling stories share their saga's words (the landing and the lift-off: 0.53).
MERGE_MAX_GAP = 1
CORE_SHARE = 0.25  # a story's days are those of a quarter of its members or more
SPAN_S = 96 * 3600  # an article joins a story at most this long after (or before) its first
MERGE_MAX_SMALLER = 16  # two stories both larger than this have had their chance
NEAR_COPY = 0.80  # a re-post, a rewrite, one wire text in both scripts: whatever the day
# Recurring pages and daily tallies are near-copies of a template (RFI's daily world count,
# the same title with new numbers: 0.83-0.93), kept apart by their series instead
# (``Item.series``); Economist weekly pages and KAL's cartoon (up to 1.0) are a week apart.
NEAR_COPY_DAYS = 4
CANDIDATE_TERMS = 40  # an article's heaviest terms used to find candidate stories
CANDIDATES = 8  # candidate stories scored exactly...
PRUNE = 0.5  # ...unless their lower bound is under half the cosine needed
SIGNATURE_TERMS = 8  # near-copy candidates share at least 3 of these
SIGNATURE_MIN = 3
# A story out of the candidate postings (a span after its first article) whose last article is
# older than a near-copy looks back can change no more: joining and merging find stories
# through the postings. So its title article is chosen then and its members' vectors let go:
# memory follows the stories of a few days, not the library (a full build at 24k held 510 MB).
NEAR_COPY_S = NEAR_COPY_DAYS * 86400
FORGET_S = NEAR_COPY_S


@dataclass(slots=True)
class Item:
    """An article to place: id, publication time (epoch s), event day, and its unit vector
    with the heaviest terms first (as ``DocFreq.weights`` returns it); its language, an
    English article's terms shared with Chinese ones (``DocFreq.shared``), and the recurring
    series of its outlet it belongs to (0: none)."""

    id: str
    published: int
    day: int
    vec: dict[int, float]
    lang: int = 0
    cross: dict[int, float] | None = None
    series: int = 0


def _pub_day(published: int) -> int:
    return (published + 8 * 3600) // 86400


@dataclass(slots=True)
class Story:
    id: str
    first: int
    last: int
    members: list[str] = field(default_factory=list)
    centroid: dict[int, float] = field(default_factory=dict)
    norm2: float = 0.0
    days: Counter[int] = field(default_factory=Counter)
    langs: Counter[int] = field(default_factory=Counter)
    markets: int = 0  # market wraps among the members
    digests: int = 0  # digests of the day's news among the members (one at most)
    core: tuple[int, int] | None = None  # ``core_days``, until the days change
    series: dict[int, set[int]] = field(default_factory=dict)  # series -> publication days
    fixed: bool = False  # stored before this update: keeps its id, is never merged away
    touched: bool = False  # gained or lost members in this update
    indexed: bool = True  # in the candidate postings (until it is a span old)

    def day(self) -> int:
        return max(self.days.items(), key=lambda kv: (kv[1], -kv[0]))[0] if self.days else 0

    def gap(self, day: int) -> int:
        """How many days the story's event days would span with ``day`` among them: the
        day penalty is on the span, so a saga cannot drift a day at a time (a visit
        announced on the 11th, cancelled on the 13th: one story of 37 through the 12th)."""
        if not self.days:
            return 0
        core = self.core_days()
        return max(core[1], day) - min(core[0], day)

    def core_days(self) -> tuple[int, int]:
        """The first and last event day of a quarter or more of the members (one report's
        wrong day does not widen the story)."""
        if self.core is None:
            least = CORE_SHARE * sum(self.days.values())
            core = [d for d, n in self.days.items() if n >= least] or [self.day()]
            self.core = (min(core), max(core))
        return self.core

    def lang(self) -> int:
        return max(self.langs.items(), key=lambda kv: (kv[1], -kv[0]))[0] if self.langs else 0

    def market(self) -> bool:
        return 2 * self.markets > len(self.members)

    def repeats(self, series: int, published: int) -> bool:
        """Whether a member is the same recurring series on another day (a template: daily
        tallies, digests, market wraps, episodes never join each other across days)."""
        if is_market(series) != self.market():
            return True  # a market wrap joins only market wraps, and they only it
        if is_digest(series) or self.digests:
            return True  # a digest of the day's news is about no one event
        days = self.series.get(series) if series else None
        return bool(days) and days != {_pub_day(published)}

    def clashes(self, other: Story) -> bool:
        """Whether the two stories hold one series on different days, or one is of market
        wraps and the other not."""
        if self.market() != other.market() or self.digests or other.digests:
            return True
        for key, days in self.series.items():
            theirs = other.series.get(key)
            if theirs and (len(days | theirs) > 1):
                return True
        return False


def dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(w * get(t, 0.0) for t, w in a.items())


def _needed(base: float, gap: int) -> float:
    return base + DAY_PENALTY[gap] if gap < len(DAY_PENALTY) else math.inf


class Clusterer:
    """Places items one by one (call ``place`` in time order: it returns the item's story).
    ``stories`` and ``story_of`` hold the stories still open to change and their articles;
    ``take_finished`` hands over those let go of, and the final story of their moved
    articles; ``add_story`` loads a stored story before placing new items."""

    def __init__(self) -> None:
        self.stories: dict[str, Story] = {}
        self.story_of: dict[str, str] = {}
        self.days: dict[str, int] = {}  # article id -> its event day
        self.vectors: dict[str, dict[int, float]] = {}
        self._postings: dict[int, dict[str, float]] = {}
        self._signatures: dict[int, list[str]] = {}
        self.published: dict[str, int] = {}
        self._open: list[tuple[int, str]] = []  # (first, story id): heap of indexed stories
        # Stories let go of (nothing can join them any more) since the caller last took them
        # (``take_finished``): their title article, and whether they changed in this update.
        self.finished: dict[str, tuple[str, bool]] = {}
        self.moved: set[str] = set()  # articles of open stories that changed story in a merge
        # (article, its final story) of moved articles whose story was let go, until taken.
        # A let-go story's members leave ``story_of`` too: what the clusterer holds follows
        # the stories of a few days, not the library (``story_of`` and ``finished`` of every
        # article and story held ~0.3 KB an article in a full build).
        self.settled: list[tuple[str, str]] = []
        self._forgot_at = -(2**62)
        # Ids given to two stories (an update re-placing the article a stored story is named
        # after): the postings cannot tell them apart, so neither is ever let go. Only a
        # stored story's id can be given again (a new story is named after the article that
        # starts it, placed once), so those are the ids remembered.
        self._reused: set[str] = set()
        self._loaded: set[str] = set()

    # -- loading stored state -------------------------------------------------------------
    def add_story(self, story_id: str, members: Iterable[Item]) -> Story:
        items = sorted(members, key=lambda i: (i.published, i.id))
        story = Story(story_id, items[0].published, items[-1].published, fixed=True)
        self._name(story)
        self._loaded.add(story_id)
        for item in items:
            self._add_member(story, item)
        heapq.heappush(self._open, (story.first, story_id))
        return story

    # -- placing ----------------------------------------------------------------------------
    def place(self, item: Item) -> str:
        self._expire(item.published)
        if item.published - self._forgot_at >= 86400:  # once a day of articles is enough
            self._forget(item.published - FORGET_S)
            self._forgot_at = item.published
        candidates = self._scores(item.vec, CANDIDATES)
        if item.cross:
            seen = {sid for sid, _ in candidates}
            candidates += [c for c in self._scores(item.cross, CANDIDATES) if c[0] not in seen]
        story = self._near_copy(item) or self._best_story(item, candidates)
        if story is None:
            story = Story(item.id, item.published, item.published)
            self._name(story)
            heapq.heappush(self._open, (story.first, item.id))
        self._add_member(story, item)
        story.touched = True
        # Stories close to the article are the ones the grown story may now match.
        self._merge_around(story, [sid for sid, _ in candidates])
        return self.story_of[item.id]

    def _near_copy(self, item: Item) -> Story | None:
        vec = item.vec
        shared: Counter[str] = Counter()
        for t in islice(vec, SIGNATURE_TERMS):
            shared.update(self._signatures.get(t, ()))
        best: Story | None = None
        best_sim = 0.0
        for other, count in shared.most_common(5):
            if count < SIGNATURE_MIN:
                break
            if other not in self.story_of:
                continue
            if abs(self.published[other] - item.published) > NEAR_COPY_S:
                continue
            sim = dot(vec, self.vectors[other])
            story = self.stories[self.story_of[other]]
            if (
                sim >= NEAR_COPY
                and sim >= best_sim
                and not story.repeats(item.series, item.published)
            ):
                best_sim, best = sim, story
        return best

    def _scores(self, vec: dict[int, float], limit: int) -> list[tuple[str, float]]:
        """Open stories sharing the vector's heaviest terms, each with a lower bound of its
        cosine (the dot over those terms only: every weight is positive)."""
        scores: dict[str, float] = {}
        get = scores.get
        postings = self._postings
        for t, w in islice(vec.items(), CANDIDATE_TERMS):  # vectors are heaviest first
            posting = postings.get(t)
            if posting:
                for sid, cw in posting.items():
                    scores[sid] = get(sid, 0.0) + w * cw
        stories = self.stories
        bounds = [(sid, s / math.sqrt(stories[sid].norm2)) for sid, s in scores.items()]
        return heapq.nlargest(limit, bounds, key=lambda kv: kv[1])

    def _best_story(self, item: Item, candidates: list[tuple[str, float]]) -> Story | None:
        best: Story | None = None
        best_margin = 0.0
        for sid, bound in candidates:
            story = self.stories[sid]
            if abs(item.published - story.first) > SPAN_S:
                continue
            if story.repeats(item.series, item.published):
                continue
            vec = item.vec
            base = JOIN
            if item.cross is not None and story.lang() != item.lang:
                vec, base = item.cross, JOIN_CROSS
            needed = _needed(base, story.gap(item.day))
            if bound < needed * PRUNE:
                continue
            sim = dot(vec, story.centroid) / math.sqrt(story.norm2)
            margin = sim - needed
            if margin >= best_margin:
                best_margin, best = margin, story
        return best

    def _merge_around(self, story: Story, nearby: list[str]) -> None:
        for sid in nearby:
            other = self.stories.get(sid)
            if other is None or other is story or (other.fixed and story.fixed):
                continue
            if abs(other.first - story.first) > SPAN_S:
                continue
            smaller = min(len(other.members), len(story.members))
            if smaller > MERGE_MAX_SMALLER or other.lang() != story.lang():
                continue
            if story.clashes(other):
                continue
            # A one-article story is an article: it needs what an article needs to join.
            base = JOIN + (MERGE - JOIN) * (1.0 - 1.0 / smaller)
            lo, hi = other.core_days()
            span = max(story.gap(lo), story.gap(hi))
            if span > MERGE_MAX_GAP:
                continue
            needed = _needed(base, span)
            sim = dot(story.centroid, other.centroid) / math.sqrt(story.norm2 * other.norm2)
            if sim < needed:
                continue
            keep, gone = (story, other) if _founded_first(story, other) else (other, story)
            self._absorb(keep, gone)
            story = keep

    def _absorb(self, keep: Story, gone: Story) -> None:
        for t in gone.centroid:
            self._postings[t].pop(gone.id, None)
        del self.stories[gone.id]
        self.moved.update(gone.members)
        for member in gone.members:
            self._add_member(keep, _Loaded(member, self.published[member], self.vectors[member]))
        keep.days.update(gone.days)  # moved members' days are not counted by _add_member
        keep.core = None
        keep.langs.update(gone.langs)
        keep.markets += gone.markets
        keep.digests += gone.digests
        for key, days in gone.series.items():
            keep.series.setdefault(key, set()).update(days)
        keep.touched = True

    # -- bookkeeping ------------------------------------------------------------------------
    def _add_member(self, story: Story, item: Item | _Loaded) -> None:
        story.members.append(item.id)
        story.first = min(story.first, item.published)
        story.last = max(story.last, item.published)
        if isinstance(item, Item):
            story.days[item.day] += 1
            story.core = None
            story.langs[item.lang] += 1
            story.markets += is_market(item.series)
            story.digests += is_digest(item.series)
            if item.series:
                story.series.setdefault(item.series, set()).add(_pub_day(item.published))
        centroid = story.centroid
        norm2 = story.norm2
        postings = self._postings if story.indexed else None
        for t, w in item.vec.items():
            old = centroid.get(t, 0.0)
            new = old + w
            centroid[t] = new
            norm2 += new * new - old * old
            if postings is not None:
                postings.setdefault(t, {})[story.id] = new
        story.norm2 = norm2
        self.story_of[item.id] = story.id
        if item.id not in self.vectors:
            self.vectors[item.id] = item.vec
            self.published[item.id] = item.published
            if isinstance(item, Item):
                self.days[item.id] = item.day
            for t in islice(item.vec, SIGNATURE_TERMS):
                self._signatures.setdefault(t, []).append(item.id)

    def _expire(self, now: int) -> None:
        """Drop stories that can take no more articles from the candidate postings."""
        while self._open and self._open[0][0] < now - SPAN_S:
            _, sid = heapq.heappop(self._open)
            story = self.stories.get(sid)  # None: merged away. A story's first only moves
            if story is None:  # earlier, so a popped entry is never too early.
                continue
            postings = self._postings
            for t in story.centroid:
                posting = postings.get(t)
                if posting is not None:
                    posting.pop(sid, None)
                    if not posting:  # the library's terms, not the open stories', held 27 MB
                        del postings[t]
            story.indexed = False

    def _name(self, story: Story) -> None:
        if story.id in self.stories or story.id in self._loaded:
            self._reused.add(story.id)
        self.stories[story.id] = story

    def _forget(self, before: int) -> None:
        """Let go of the stories that ended before ``before`` (nothing can join them now, see
        ``FORGET_S``): their title article is chosen first, then their members' vectors go."""
        ended = [
            s for s in self.stories.values()
            if s.last < before and not s.indexed and s.id not in self._reused
        ]  # fmt: skip
        if not ended:
            return
        gone_terms: set[int] = set()
        for story in ended:
            self.finished[story.id] = (self.title_article(story), story.touched)
            del self.stories[story.id]
            for aid in story.members:
                gone_terms.update(islice(self.vectors.pop(aid), SIGNATURE_TERMS))
                del self.published[aid]
                self.days.pop(aid, None)
                self.story_of.pop(aid, None)
                if aid in self.moved:
                    self.moved.discard(aid)
                    self.settled.append((aid, story.id))
        vectors, signatures = self.vectors, self._signatures
        for term in gone_terms:
            ids = signatures.get(term)
            if ids is not None:
                if kept := [a for a in ids if a in vectors]:
                    signatures[term] = kept
                else:
                    del signatures[term]

    def take_finished(self) -> tuple[dict[str, tuple[str, bool]], list[tuple[str, str]]]:
        """The stories let go of and the moved articles settled since the last call, handed
        over (and forgotten here)."""
        finished, settled = self.finished, self.settled
        self.finished, self.settled = {}, []
        return finished, settled

    def title_article(self, story: Story) -> str:
        """The member closest to the story's centroid: its title says what the story is."""
        if len(story.members) <= 2:
            return min(story.members, key=lambda m: (self.published[m], m))
        return max(
            story.members,
            key=lambda m: (dot(self.vectors[m], story.centroid), -self.published[m]),
        )


@dataclass(slots=True)
class _Loaded:
    """A member moved between stories (its event day is already counted)."""

    id: str
    published: int
    vec: dict[int, float]


def _founded_first(a: Story, b: Story) -> bool:
    """Which of two stories keeps its id on a merge: a stored one, else the earlier one."""
    if a.fixed != b.fixed:
        return a.fixed
    return (a.first, a.id) <= (b.first, b.id)

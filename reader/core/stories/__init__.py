"""Stories: every article of a library grouped with the other reports of the same event.

Two levels, as news sites have them. A **story** is one event (a call, a verdict, a vote, a
riot) with its reports, reactions and analysis across outlets, scripts and languages over
its days (Google News' "full coverage"). Sibling events of one saga (bail granted, then
revoked a week later; a visit announced, then cancelled) are separate stories, linked as
**related** (``related()``). Near-copies (a wire text re-posted, a rewrite, a text in both
scripts) always share a story; an outlet's recurring pages (tallies, digests, market wraps,
episodes) never join themselves across days. English reports join a Chinese story when the
names, places and numbers they share say so (``lexicon.py``: CC-CEDICT). Why this model and
what it measured: docs/ARCHITECTURE.md ("Stories").

Computed during indexing: the indexer calls ``update_stories(catalog.db)`` after each update
(``store.py``: own tables in the catalog database, incremental). Qt-free.

Reading (``StoryIndex(db)``, ``db`` the catalog's sqlite3 connection, read-only is fine):

- ``ready()``: stories were computed for this catalog.
- ``story_of(article_id) -> story id | None``. A story id is the id of the story's earliest
  article when stories are built from scratch, and never changes in an incremental update
  while the story has articles.
- ``articles(story_id) -> [StoryArticle(id, path, url, source, published, title)]`` in time
  order.
- ``story_ids(since=, until=, min_articles=2) -> [story id]``, newest (last article) first:
  for a lazy list model; ``summaries(ids) -> [StorySummary(id, title, first, last, size,
  sources)]`` for the rows it shows; ``stories(..., offset=, limit=)`` both in one call.
- ``additions(article_id) -> [Sentence(start, end, new)]``: the article's sentences
  (offsets into its stored text, title + "\\n" + body; boilerplate left out), ``new`` when it
  brings a fact (a name, a number, a quote) no earlier article of its story had
  (``novelty.py``); ``timeline.timeline(db, story_id)`` does the same for a whole story in
  one pass (what the window and ``reader story`` show).
- ``related(story_id, limit=5) -> [(StorySummary, score)]``: other stories of two or more
  articles within two weeks, most alike first (other events of the same saga).

How it clusters and why: ``features.py`` and ``clustering.py``; titles: ``titles.py``;
measured in ``bench/stories.py`` (clustering) and ``bench/story_timeline.py`` (timelines).
"""

from reader.core.stories.api import Sentence, StoryArticle, StoryIndex, StorySummary, story_json
from reader.core.stories.store import StoriesSummary, update_stories

__all__ = [
    "Sentence",
    "StoriesSummary",
    "StoryArticle",
    "StoryIndex",
    "StorySummary",
    "story_json",
    "update_stories",
]

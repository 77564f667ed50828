"""Stories: every article of a library grouped with the other reports of the same event.

A story is one specific happening (a call, a verdict, a vote, a launch) as the outlets of a
library reported it, across Traditional and Simplified Chinese, usually within a few days.
Near-copies (a wire text re-posted, a re-scrape, a text in both scripts) always share a story;
sibling events of one saga (bail granted, then revoked a week later) stay apart. English
articles join a Chinese story only when their terms say so (Latin names, numbers): in
practice they form their own stories.

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
  (offsets into its stored text, title + "\\n" + body), ``new`` when no earlier article of
  its story had the sentence (folded text; 80% of its bigrams in one earlier sentence counts
  as told).
- ``related(story_id, limit=5) -> [(StorySummary, score)]``: other stories of two or more
  articles within two weeks, most alike first (other events of the same saga).

How it clusters and why: ``features.py`` and ``clustering.py``; measured in
``bench/stories.py`` against the hand-labelled ``bench/stories_labels.tsv``.
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

"""A generated library indexed in four segments with deleted documents in every one: the
posting-block tests (test_blocks.py, test_conjunction.py) read their terms over it."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.search.engine import LibraryIndex

ARTICLES = 1300


def segmented_index(
    library: Path, data: Path, article: Callable[[random.Random, int], str], seed: int
) -> LibraryIndex:
    """``ARTICLES`` articles written by ``article(rng, n)`` into ``library``, indexed in
    ``data`` 400 to a segment, then every 7th removed and the index updated."""
    rng = random.Random(seed)
    for n in range(ARTICLES):
        (library / f"{n:04d}.md").write_text(article(rng, n), encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("READER_DATA_DIR", str(data))
    mp.setattr("reader.core.search.indexer.SEGMENT_DOCS", 400)  # four segments
    try:
        index = LibraryIndex(library)
        index.update(workers=1)
        for n in range(0, ARTICLES, 7):  # deleted documents in every segment
            (library / f"{n:04d}.md").unlink()
        index.update(workers=1)
    finally:
        mp.undo()
    return index

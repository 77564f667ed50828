"""Where a library's index lives and what an update reports: plain data, no Whoosh.

The GUI process imports this (an update's summary arrives pickled from the indexer process),
so it must not pull in the engine.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.paths import library_data_dir
from reader.core.problems import Problem
from reader.core.stories.store import StoriesSummary

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass
class UpdateSummary:
    """What an update found and did.

    Library totals after the update (from the catalog; for an update that ran to the end,
    ``files == articles + duplicates + skipped``):
    ``files`` article files found in the library; ``articles`` distinct articles (one per id);
    ``duplicates`` files holding an article that is shown from another file (re-scrapes of
    one URL: the newest copy is shown); ``skipped`` files that could not be read as articles.

    This run's changes: ``added``/``updated`` new/changed files read as articles (shown or
    duplicate), ``removed`` files gone, ``unchanged`` files not read again, ``problems`` new or
    changed files skipped (``problem_list`` says why, with walk problems and warnings).
    """

    files: int = 0
    articles: int = 0
    duplicates: int = 0
    skipped: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0
    repaired: int = 0  # index documents removed or re-made to match the catalog after a kill
    cancelled: bool = False
    rebuilt_reason: str | None = None
    seconds: float = 0.0
    problem_list: list[Problem] = field(default_factory=list)
    stories: StoriesSummary | None = None  # what story clustering did after the update


class IndexLayout:
    """Where a library's index and catalog live (never inside the library)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.whoosh_dir = root / "whoosh"
        self.catalog_path = root / "catalog.sqlite"
        self.lock_path = root / "update.lock"
        # Written by a reader (the search process) that met damage the start-up check cannot
        # see (a garbage blob that SQLite's page checks pass); the next update rebuilds.
        self.damage_mark = root / "damaged.txt"
        # The catalog file's identity when the last update finished (see indexer.check_layout).
        self.checked_stamp = root / "catalog-checked.txt"

    def mark_damaged(self, reason: str) -> None:
        with contextlib.suppress(OSError):  # best effort: the reader still reports it
            self.damage_mark.write_text(reason, encoding="utf-8")

    @classmethod
    def of(cls, library: Path, root: Path | None = None) -> IndexLayout:
        """``root``, else the library's own folder in the user data dir."""
        return cls(root or library_data_dir(library))

    def wipe(self) -> None:
        shutil.rmtree(self.whoosh_dir, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.catalog_path) + suffix).unlink(missing_ok=True)
        self.damage_mark.unlink(missing_ok=True)
        self.checked_stamp.unlink(missing_ok=True)

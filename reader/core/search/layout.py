"""Where a library's index lives and what an update reports: plain data, no Whoosh.

The GUI process imports this (an update's summary arrives pickled from the indexer process),
so it must not pull in the engine.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.paths import library_data_dir
from reader.core.problems import Problem

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass
class UpdateSummary:
    scanned: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0
    duplicates: int = 0
    cancelled: bool = False
    rebuilt_reason: str | None = None
    seconds: float = 0.0
    problem_list: list[Problem] = field(default_factory=list)


class IndexLayout:
    """Where a library's index and catalog live (never inside the library)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.whoosh_dir = root / "whoosh"
        self.catalog_path = root / "catalog.sqlite"
        self.lock_path = root / "update.lock"

    @classmethod
    def of(cls, library: Path, root: Path | None = None) -> IndexLayout:
        """``root``, else the library's own folder in the user data dir."""
        return cls(root or library_data_dir(library))

    def wipe(self) -> None:
        shutil.rmtree(self.whoosh_dir, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.catalog_path) + suffix).unlink(missing_ok=True)

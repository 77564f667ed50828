"""One typed record for everything that went wrong with a file or folder.

Parser, scanner, indexer, ``check`` and the UI all report ``Problem``s; this module imports
nothing heavy, so a GUI process can receive them (pickled from the indexer) without loading
the parser or the search engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path
    kind: str  # empty, binary, encoding, too-large, unreadable, symlink-loop, invalid-yaml, ...
    message: str
    fatal: bool = True  # False: the article was parsed, with a warning

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"

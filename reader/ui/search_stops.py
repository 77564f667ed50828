"""Stop files for the window's exact searches in the search process.

The search process answers one request at a time, and the exact list of a common word at a
million articles verifies for tens of seconds; a newer search (or closing the library)
waited for it. Each exact search is given a file name that does not exist; when the window
asks something newer, the file is made, and the search process stops at its next chunk of
texts (``reader.core.search.matching``). Everything here runs on the GUI thread.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path


class SearchStops:
    def __init__(self) -> None:
        self._folder: Path | None = None
        self._running: set[int] = set()

    def file_for(self, generation: int) -> str:
        """The stop file of the exact search of this listing generation."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="reader-search-stops-"))
        self._running.add(generation)
        return str(self._folder / str(generation))

    def supersede(self, generation: int) -> None:
        """Every exact search older than ``generation`` stops."""
        for older in [g for g in self._running if g < generation]:
            self._stop(older)

    def done(self, generation: int) -> None:
        self._running.discard(generation)
        if self._folder is not None:
            (self._folder / str(generation)).unlink(missing_ok=True)

    def stop_all(self) -> None:
        for generation in list(self._running):
            self._stop(generation)

    def remove(self) -> None:
        """Once no search runs (the runners are shut down): the folder goes."""
        self._running.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _stop(self, generation: int) -> None:
        self._running.discard(generation)
        if self._folder is not None:
            # a full disk: the search then runs to its end, as before
            with contextlib.suppress(OSError):
                (self._folder / str(generation)).touch()

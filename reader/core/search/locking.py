"""An inter-process lock so only one process ever updates a library's index and catalog."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

from reader.core.i18n import tr
from reader.core.paths import display_path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class IndexBusy(RuntimeError):
    """Another process is updating this library's index."""


class UpdateLock:
    def __init__(self, path: Path, timeout: float = 0.0) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def _try(self, fd: int) -> bool:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def __enter__(self) -> UpdateLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while not self._try(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise IndexBusy(tr("another process is updating the index ({path})",
                                    path=display_path(self.path)))  # fmt: skip
            time.sleep(0.05)
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

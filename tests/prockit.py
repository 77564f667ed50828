"""Which processes a test left behind, read from /proc (Linux)."""

from __future__ import annotations

import os
from pathlib import Path


def processes_with(mark: str, where: str = "environ") -> list[int]:
    """Pids of live processes whose ``where`` (``environ`` or ``cmdline``) holds ``mark``:
    a test's children. Not this process, nor the resource tracker multiprocessing keeps for
    it until it exits; a zombie's environ and cmdline read empty, so it is not counted."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if b"resource_tracker" in (entry / "cmdline").read_bytes():
                    continue
                if mark.encode() in (entry / where).read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # gone, or not ours
    return found

"""A processor-time and memory budget for parsing one file (issue 20).

Every bound of the parser keeps its work linear in the file's size, and files are at most
MAX_FILE_BYTES; this is the net under those bounds, so that a file nobody foresaw costs the
build, ``check`` or the search process its budget and is then skipped with a Problem, never
the whole library's time. While a file is parsed, a profiling timer ticks every TICK_S of the
process's processor time (not wall time: a busy machine does not make a file "slow"); at a
tick past the budget, or with the process's memory grown by more than MEMORY_BUDGET_MB since
the first tick (files that parse in less than a tick, nearly all, never read it),
``OverBudget`` is raised in the parsing code.

The timer interrupts Python code only: a long call into C (libxml2, nh3) runs to its end
first, which the parser's bounds keep short. It needs POSIX signals and the main thread (parse
workers, the indexer and search processes and the CLI parse there); elsewhere the budget is
not enforced. ``READER_PARSE_BUDGET_S`` sets the time (0: none).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType

PARSE_BUDGET_S = float(os.environ.get("READER_PARSE_BUDGET_S", "20"))
MEMORY_BUDGET_MB = 1024  # the largest real file needs ~60 MB; an 8 MB one a few hundred
TICK_S = 0.05
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class OverBudget(BaseException):
    """Parsing one file went past its budget (a BaseException: no ``except Exception`` in
    the parsing code can swallow it). ``what`` is "time" or "memory"."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _resident_bytes() -> int | None:
    """The process's resident memory now (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024
    except (ImportError, OSError):
        return None


def enforceable() -> bool:
    return (
        hasattr(signal, "setitimer")
        and hasattr(signal, "SIGPROF")
        and threading.current_thread() is threading.main_thread()
    )


@contextlib.contextmanager
def parse_budget(seconds: float | None = None, memory_mb: float | None = None) -> Iterator[None]:
    """Raise OverBudget in the body once it has used ``seconds`` of processor time or grown
    the process by ``memory_mb``; a no-op where that cannot be enforced (see the module)."""
    seconds = PARSE_BUDGET_S if seconds is None else seconds
    memory_mb = MEMORY_BUDGET_MB if memory_mb is None else memory_mb
    if seconds <= 0 or not enforceable():
        yield
        return
    started = time.process_time()
    limit: list[int | None] = []  # the memory limit, from the first tick on (a file that
    # parses before the first tick, nearly all of them, never reads its memory)

    def tick(_signum: int, _frame: FrameType | None) -> None:
        what = None
        if not limit:
            base = _resident_bytes()
            limit.append(None if base is None else base + int(memory_mb * 1024 * 1024))
        now = _resident_bytes() if limit[0] is not None else None
        if time.process_time() - started > seconds:
            what = "time"
        elif now is not None and limit[0] is not None and now > limit[0]:
            what = "memory"
        if what is not None:
            signal.setitimer(signal.ITIMER_PROF, 0)  # raised once, wherever the body is
            raise OverBudget(what)

    previous = signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, TICK_S, TICK_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)

"""Run an index update in its own process, reporting progress over a pipe.

An update is CPU-bound Python (the single Whoosh writer). Run in a thread of the GUI process it
held the GIL through long C calls (sorting a segment's terms, compressing, SQLite batches) and
stalled the event loop by up to 260 ms; in a child process the GUI side only waits on a pipe.

The child (and the parse workers it starts, which inherit it) runs at a lower CPU priority:
on a two-core machine the writer and its workers otherwise take both cores and the GUI
thread waits for the scheduler (trivial slots took 3-7 ms, stalls reached 45-54 ms).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from reader.core import child_process
from reader.core.i18n import tr
from reader.core.search.layout import IndexLayout, ProgressFn, UpdateSummary
from reader.core.search.locking import IndexBusy
from reader.core.storage import IndexDamaged, StorageError

PROGRESS_EVERY_S = 0.1
NICENESS = 10  # Unix: 0 is normal, 19 the lowest
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows


def lower_priority() -> None:
    """Make this process yield the CPU to interactive ones (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
        else:
            os.nice(max(0, NICENESS - os.nice(0)))


class IndexUpdateFailed(RuntimeError):
    """The indexer process failed; ``str()`` is the sentence to show (see failure_message)."""


def failure_message(exc: BaseException) -> str:
    """What to tell the user about a failed update: the words of the errors that carry them
    (disk full, read-only, busy, damaged), else the exception's type and text."""
    if isinstance(exc, StorageError | IndexBusy | IndexDamaged | IndexUpdateFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class _Abandoned(BaseException):
    """The app ended this update (SIGTERM): not an error to report."""


def _abandoned(_signum: int, _frame: object) -> None:
    raise _Abandoned


ABANDON_GRACE_S = 1.0


def _child(library: str, root: str, rebuild: bool, lock_timeout: float, conn: Connection
           ) -> None:  # fmt: skip
    from reader.core.search.indexer import Indexer  # Whoosh: in this child process only

    cancelled = False

    def cancel() -> bool:
        """Whether the parent asked to stop (any message; the end of the connection, the
        parent gone, is not a cancel: the update goes on as it did)."""
        nonlocal cancelled
        with contextlib.suppress(OSError, EOFError):
            while not cancelled and conn.poll():
                conn.recv()
                cancelled = True
        return cancelled

    lower_priority()
    # Ended by the app (quitting): unwind, so the parsing pool is ended with it (its
    # context manager) and Whoosh's open segment is dropped, not committed.
    signal.signal(signal.SIGTERM, _abandoned)

    last = 0.0

    def progress(done: int, total: int, _path: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_S or done == total:
            last = now
            conn.send(("progress", done, total))

    try:
        summary = Indexer(Path(library), IndexLayout(Path(root))).update(
            rebuild=rebuild, progress=progress, cancel=cancel, lock_timeout=lock_timeout
        )
        conn.send(("done", summary))
    except _Abandoned:
        pass  # nobody is listening any more
    except BaseException as exc:  # reported to the parent, which raises it
        known = isinstance(exc, StorageError | IndexBusy)
        conn.send(("error", exc if known else IndexUpdateFailed(failure_message(exc))))
    finally:
        conn.close()


def update_in_subprocess(
    library: Path,
    layout: IndexLayout,
    *,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    abandon: Callable[[], bool] | None = None,
    lock_timeout: float = 30.0,
) -> UpdateSummary:
    """Run an index update in a child process. ``cancel`` stops it at the next article,
    keeping what is done (committing that takes seconds: 5.5 s 1,800 articles into a first
    build of the real corpus); ``abandon`` (the app is quitting) gives it
    ``ABANDON_GRACE_S`` and then ends it: a killed update resumes where its last commit
    ended, and the window closed in 6-9 s before."""
    # Not multiprocessing's spawn, nor its Event (a named semaphore): either starts a resource
    # tracker that the app then keeps as long as it runs (``child_process``). A cancel is a
    # message to the child.
    proc, receiver = child_process.start(
        _child, (str(library), str(layout.root), rebuild, lock_timeout), "reader-indexer"
    )
    cancelled = False

    def cancel_child() -> None:
        nonlocal cancelled
        if not cancelled:
            cancelled = True
            with contextlib.suppress(OSError):
                receiver.send(("cancel",))

    try:
        while True:
            if cancel is not None and cancel():
                cancel_child()
            if abandon is not None and abandon():
                cancel_child()
                _end(proc, ABANDON_GRACE_S)
                raise IndexUpdateFailed(tr("the update was stopped: the app is quitting"))
            if receiver.poll(0.1):
                try:
                    message = receiver.recv()
                except EOFError:
                    proc.join(5)
                    raise IndexUpdateFailed(_stopped(proc)) from None
                if message[0] == "progress":
                    if progress is not None:
                        progress(message[1], message[2], "")
                elif message[0] == "done":
                    summary: UpdateSummary = message[1]
                    return summary
                else:
                    error: BaseException = message[1]
                    raise error
            elif not proc.is_alive() and not receiver.poll():
                raise IndexUpdateFailed(_stopped(proc))
    finally:
        receiver.close()
        _end(proc, 30)


def _stopped(proc: child_process.OwnedProcess) -> str:
    return tr("the indexer stopped (exit code {code})", code=proc.exitcode)


def _end(proc: child_process.OwnedProcess, grace: float) -> None:
    """Wait ``grace`` seconds for the indexer, then end it and its parsing workers."""
    proc.join(grace)
    if proc.is_alive():
        proc.terminate()  # its SIGTERM handler ends the parsing pool first
        proc.join(5)
    if proc.is_alive():
        proc.kill()
        proc.join()

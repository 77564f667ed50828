"""A Python child process the app owns, talking over a socket pair: the search service and the
index writer (``search/service.py``, ``search/background.py``).

multiprocessing's spawn start method starts a resource tracker beside the first child on
POSIX and keeps it as long as the app runs, for named semaphores and shared memory the app
never makes: 13 MB of the window's 121 MB at rest (2.09x a bare PySide6 window, target 2x;
bench/README.md, issue 25). Here a child is a plain interpreter (``subprocess``) handed one
end of a socket pair, wrapped in a multiprocessing ``Connection``, so messages are pickled as
before and no tracker starts. The parent owns it as before: ``join``, ``terminate``, ``kill``,
``exitcode``; a child whose parent is gone reads the end of the socket. Windows has no
resource tracker: there the child is multiprocessing's spawn process, as it was.

    python -m reader.core.child_process NAME FD     # what a child runs (see ``start``)
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Protocol

# A packaged (frozen) app has no `python -m`: its launcher runs a child when given this flag.
CHILD_FLAG = "--reader-child"


class OwnedProcess(Protocol):
    """What the parent does with its child (``multiprocessing.Process``'s words)."""

    @property
    def pid(self) -> int | None: ...
    @property
    def exitcode(self) -> int | None: ...
    def is_alive(self) -> bool: ...
    def join(self, timeout: float | None = None) -> None: ...
    def terminate(self) -> None: ...
    def kill(self) -> None: ...


class _Popened:
    """A ``subprocess.Popen`` as an ``OwnedProcess``."""

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self._popen = popen

    @property
    def pid(self) -> int | None:
        return self._popen.pid

    @property
    def exitcode(self) -> int | None:
        return self._popen.poll()  # -N: ended by signal N, as multiprocessing says it

    def is_alive(self) -> bool:
        return self._popen.poll() is None

    def join(self, timeout: float | None = None) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._popen.wait(timeout)

    def terminate(self) -> None:
        self._popen.terminate()  # nothing when it has been waited for

    def kill(self) -> None:
        self._popen.kill()


def child_command(name: str, fd: int) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, name, str(fd)]
    return [sys.executable, "-m", "reader.core.child_process", name, str(fd)]


def start(target: Callable[..., None], args: tuple[Any, ...], name: str) -> tuple[
    OwnedProcess, Connection
]:  # fmt: skip
    """Start ``target(*args, conn)`` in a child process; the parent's end of ``conn`` is
    returned with it. ``target`` is a module-level function (found again by its name)."""
    if sys.platform == "win32":  # no resource tracker there: multiprocessing as before
        ctx = multiprocessing.get_context("spawn")
        parent_end, child_end = ctx.Pipe()
        process: BaseProcess = ctx.Process(target=target, args=(*args, child_end), name=name)
        process.start()
        child_end.close()
        return process, parent_end
    ours, theirs = socket.socketpair()
    env = dict(os.environ)
    # This very reader package first on the child's path, as spawn hands over sys.path.
    home = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [home, env.get("PYTHONPATH")]))
    try:
        popen = subprocess.Popen(
            child_command(name, theirs.fileno()),
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            env=env,
        )
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    conn = Connection(ours.detach())
    with contextlib.suppress(OSError):  # it died at once: the caller sees the connection end
        conn.send((target.__module__, target.__qualname__, args))
    return _Popened(popen), conn


def main(argv: list[str]) -> int:
    """A child: read what to run from the socket (``start``), run it with the connection."""
    conn = Connection(int(argv[1]))
    try:
        module, function, args = conn.recv()
    except EOFError:
        return 0  # the parent is gone before saying what to do
    getattr(importlib.import_module(module), function)(*args, conn)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

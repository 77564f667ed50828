"""The resident search process behind `reader search` (see reader/cli/search_client.py).

    python -m reader.core.search.resident LIBRARY          # started by `reader search`
    python -m reader.core.search.resident LIBRARY --stop   # ends it (tests, scripts)

One per library and data folder (a lock file next to its socket), listening on a Unix socket
in a folder only its user may enter. It keeps the library's index open and answers each
question by running `reader search`'s own code (``reader.cli.search.run_search``) with the
client's arguments, output kind (terminal or not) and language, and sends back what that
printed and its exit code. Whatever it cannot answer exactly as the command would (the index
missing, replaced or damaged; arguments the parser refuses; any error) it answers with
``fallback``: the command then runs itself. It ends after ``IDLE_S`` seconds without a
question, or when asked to stop.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import socket
import sys
from pathlib import Path
from typing import Any

from reader.cli.search_client import (
    IDLE_S,
    PROTOCOL,
    private_dir_ok,
    receive,
    send,
    socket_path,
)
from reader.core.terminal import TerminalStream


class _Capture(io.StringIO):
    """What the command prints, for the client; a terminal if the client's stdout is one."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class Resident:
    def __init__(self, library: str, data: str) -> None:
        from reader.core.search.engine import LibraryIndex

        self.library, self.data = library, data
        self.index = LibraryIndex(Path(library))
        self._catalog_id: tuple[int, int] | None = None
        self._catalogues: dict[str, Any] = {}  # language -> its loaded catalogue

    def _fresh_index(self) -> bool:
        """Whether the open index can answer: usable, and the catalog file the one it opened
        (a rebuild replaces it: the old file would answer from before)."""
        path = self.index.layout.catalog_path
        try:
            st = path.stat()
        except OSError:
            return False
        identity = (st.st_dev, st.st_ino)
        if identity != self._catalog_id:
            self.index.close()
            self._catalog_id = identity
        return self.index.is_usable()

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        fallback = {"protocol": PROTOCOL, "fallback": True, "code": 0}
        if request.get("library") != self.library or request.get("data") != self.data:
            return fallback
        from reader.cli import run
        from reader.cli.search import run_search
        from reader.core import i18n

        env = request.get("env", {})
        language = i18n.choose_language(i18n.saved_preference(), environ=env)
        catalogue = self._catalogues.get(language)
        if catalogue is None:
            catalogue = self._catalogues[language] = i18n.load_catalogue(language)
        i18n.install_catalogue(catalogue)
        tty = bool(request.get("tty"))
        out, err = _Capture(tty), _Capture(False)
        try:
            if not self._fresh_index():
                return fallback
            # Through TerminalStream, as the command writes (reader.cli.run.main): text from
            # files escaped, Reader's own codes (bold matches on a terminal) as they are.
            with (
                contextlib.redirect_stdout(TerminalStream(out)),
                contextlib.redirect_stderr(TerminalStream(err)),
            ):
                parser = run.build_parser()
                args = parser.parse_args(["search", *request.get("argv", [])])
                if getattr(args, "validate", None) is not None:
                    args.validate(parser, args)
                if run._undecodable(args) is not None:
                    return fallback  # the command says it in words
                code = run_search(args, self.index, repair=False)
                sys.stdout.flush()
                sys.stderr.flush()
        except BaseException:  # SystemExit of the parser included: the command says it
            self.index.close()
            return fallback
        return {"protocol": PROTOCOL, "code": code, "out": out.getvalue(), "err": err.getvalue()}


def serve(library: str) -> int:
    data = os.environ.get("READER_DATA_DIR", "")
    path = socket_path(library, data)
    folder = os.path.dirname(path)
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    if not private_dir_ok(folder):
        return 1
    lock = open(path + ".lock", "w")  # noqa: SIM115 (held while serving)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return 0  # another one serves this library
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o600)
    listener.listen(8)
    listener.settimeout(IDLE_S)
    # Written whole or not at all: a reader of the file never sees it empty (a test read
    # "" between the open and the write).
    Path(path + ".pid.part").write_text(str(os.getpid()), encoding="ascii")
    os.replace(path + ".pid.part", path + ".pid")
    resident = Resident(library, data)
    try:
        while True:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                return 0  # idle: end
            with conn:
                conn.settimeout(30)
                try:
                    request = receive(conn)
                    if request is None:
                        continue
                    if request.get("stop"):
                        send(conn, {"protocol": PROTOCOL, "code": 0, "stopped": True})
                        return 0
                    send(conn, resident.answer(request))
                except OSError:
                    continue  # the client went away
    finally:
        resident.index.close()
        listener.close()
        for suffix in ("", ".pid"):
            with contextlib.suppress(OSError):
                os.unlink(path + suffix)
        lock.close()


def stop(library: str) -> bool:
    """Ask the resident process of ``library`` (and this data folder) to end; whether one
    answered."""
    path = socket_path(library, os.environ.get("READER_DATA_DIR", ""))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(30)
        sock.connect(path)
        send(sock, {"protocol": PROTOCOL, "stop": True})
        return receive(sock) is not None
    except OSError:
        return False
    finally:
        sock.close()


def main(argv: list[str]) -> int:
    library = os.path.realpath(os.path.expanduser(argv[0]))
    if "--stop" in argv[1:]:
        return 0 if stop(library) else 1
    return serve(library)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

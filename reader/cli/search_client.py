"""`reader search` through a resident search process: the command's start costs what a bare
interpreter's does.

`reader search` in a fresh process imported the command line (argparse, the catalogues,
platformdirs), then Whoosh and the engine, and opened the index (a segment reader each):
160-330 ms at 24k articles, against 17-34 ms for `python -c pass`. The query itself is a
few ms. So the first `reader search --library DIR` answers as before and leaves a search
process for that library and data folder running (``reader.core.search.resident``, ended
after ``IDLE_S`` without a question); later ones send it their arguments and print its
answer, the same bytes the command prints itself (it runs the same code on the same index).

This module is what such a call imports: no argparse, no json, no ``socket`` (whose
``selectors`` and ``enum`` cost more than the rest of the call): ``_socket`` and ``marshal``
(built in). The socket lives in a folder only this user can open (checked, else the command
runs itself), named after the library and the data folder; a process that does not answer
for this library and data folder is not used. Where Unix sockets are missing (Windows) or
``READER_SEARCH_RESIDENT=0``, the command always runs itself.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs this call 2 ms
if TYPE_CHECKING:
    from typing import Any

RESIDENT_ENV = "READER_SEARCH_RESIDENT"  # "0": no resident process (tests, scripts)
IDLE_S = 600.0  # the resident process ends after this long without a question
PROTOCOL = 1
_HEAD = 8  # bytes of length before each message
# What the answer's language depends on (reader.core.i18n.choose_language)
LANGUAGE_VARIABLES = ("READER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def enabled() -> bool:
    import _socket

    # A bundled app (PyInstaller) has no `python -m` to start the resident process with.
    return (os.environ.get(RESIDENT_ENV, "1") != "0" and hasattr(_socket, "AF_UNIX")
            and not getattr(sys, "frozen", False))  # fmt: skip


def socket_dir() -> str:
    base = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(base, f"reader-search-{os.getuid()}")


def private_dir_ok(folder: str) -> bool:
    """The folder is this user's and nobody else may enter it."""
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return st.st_uid == os.getuid() and (st.st_mode & 0o077) == 0 and os.path.isdir(folder)


def socket_path(library: str, data: str) -> str:
    """The socket of the process serving ``library`` (a real path) for the data folder
    ``data`` (``$READER_DATA_DIR``, "" for the platform's)."""
    key = f"{library}\0{data}".encode("utf-8", "surrogateescape")
    name = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}.sock"
    return os.path.join(socket_dir(), name)


def send(sock: Any, message: dict[str, Any]) -> None:
    payload = marshal.dumps(message, 4)
    sock.sendall(len(payload).to_bytes(_HEAD, "little") + payload)


def receive(sock: Any) -> dict[str, Any] | None:
    head = _read(sock, _HEAD)
    if head is None:
        return None
    payload = _read(sock, int.from_bytes(head, "little"))
    if payload is None:
        return None
    value = marshal.loads(payload)
    return value if isinstance(value, dict) else None


def _read(sock: Any, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _library_argument(argv: list[str]) -> str | None:
    """The --library value, if given once (else the command parses its own arguments)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--library" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--library="):
            value = arg.split("=", 1)[1]
        else:
            continue
        if found is not None:
            return None
        found = value
    return found


def request(argv: list[str]) -> dict[str, Any] | None:
    """The resident process's answer to `reader search ARGV` (None: there is none to ask)."""
    library = _library_argument(argv)
    if library is None or "-h" in argv or "--help" in argv or not enabled():
        return None
    import _socket

    library = os.path.realpath(os.path.expanduser(library))
    data = os.environ.get("READER_DATA_DIR", "")
    path = socket_path(library, data)
    if not private_dir_ok(os.path.dirname(path)):
        return None
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        sock.connect(path)
        send(sock, {
            "protocol": PROTOCOL, "library": library, "data": data, "argv": argv,
            "tty": sys.stdout.isatty(), "cwd": os.getcwd(),
            "env": {k: os.environ[k] for k in LANGUAGE_VARIABLES if k in os.environ},
        })  # fmt: skip
        answer = receive(sock)
    except OSError:
        return None
    finally:
        sock.close()
    if answer is None or answer.get("protocol") != PROTOCOL or "code" not in answer:
        return None
    return answer


def start_resident(argv: list[str]) -> None:
    """Leave a resident search process for this library and data folder (its own session:
    it outlives this command; it ends after IDLE_S without a question)."""
    library = _library_argument(argv)
    if library is None or not enabled():
        return
    library = os.path.realpath(os.path.expanduser(library))
    env = dict(os.environ)
    # Not subprocess: no Popen left to warn that it still runs. Standard streams on the null
    # device: a pipe the command writes to (`reader search ... | less`) must end with it.
    null = os.devnull
    streams = [(os.POSIX_SPAWN_OPEN, fd, null, os.O_RDWR, 0) for fd in (0, 1, 2)]
    with contextlib.suppress(OSError):  # the next command answers itself, as this one did
        os.posix_spawn(sys.executable,
                       [sys.executable, "-m", "reader.core.search.resident", library], env,
                       file_actions=streams, setsid=True)  # fmt: skip


def main(argv: list[str]) -> int | None:
    """Answer `reader search ARGV` through the resident process: its exit code, or None
    when the command must run itself (then a resident process is started for next time)."""
    answer = request(argv)
    if answer is None:
        return None
    if answer.get("fallback"):
        return None
    _write(sys.stdout, str(answer.get("out", "")))
    sys.stdout.flush()
    _write(sys.stderr, str(answer.get("err", "")))
    return int(answer["code"])


def _write(stream: Any, text: str) -> None:
    """As reader.core.terminal.TerminalStream writes (the answer is escaped already): a
    character the terminal's encoding lacks is shown escaped, not a UnicodeEncodeError."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))

"""Telling "cannot write" from "damaged" for the user's own files (bookmarks, read state).

A full disk, a read-only mount, missing permissions or another process holding a lock say
nothing about the data: the file must stay where it is, and the user must be told what
stopped Reader. Only SQLite's own verdict that the file is not a valid database (SQLITE_CORRUPT,
SQLITE_NOTADB, a failed quick_check) makes a file "damaged", which may then be moved aside.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
import zlib
from pathlib import Path

from reader.core.paths import display_path

_DAMAGE_NAMES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")  # extended codes share these prefixes
_SQLITE_WORDS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the file or its folder is read-only",
    "SQLITE_CANTOPEN": "the file cannot be opened (missing folder, no permission or a"
    " read-only disk)",
    "SQLITE_PERM": "permission denied",
    "SQLITE_AUTH": "permission denied",
    "SQLITE_IOERR": "the disk reported an input/output error",
    "SQLITE_BUSY": "another process is using the file",
    "SQLITE_LOCKED": "another process is using the file",
    "SQLITE_NOMEM": "out of memory",
}
_ERRNO_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EFBIG: "the file is too large for this disk or account",
    errno.EIO: "the disk reported an input/output error",
}


# OSErrors that say the disk or the account refuses, never that the content is wrong (a
# damaged Whoosh segment raises EINVAL from a seek, for instance).
STORAGE_ERRNOS = frozenset(_ERRNO_WORDS) | {errno.EAGAIN, errno.EBUSY, errno.EMFILE, errno.ENFILE}


class StoreDamaged(Exception):
    """The file is not a usable database (corrupt pages, not SQLite, failed check, empty)."""


class IndexDamaged(RuntimeError):
    """A search met a damaged catalog; the next update rebuilds it (``str()`` says so)."""


class StorageError(OSError):
    """A store could not be read or written for a reason outside the data itself.

    ``str()`` is a sentence for the user: what, which file, why, and that the data was kept.
    """

    def __init__(self, what: str, path: Path, reason: str) -> None:
        self.what, self.path, self.reason = what, path, reason
        super().__init__(f"Cannot use {what} {display_path(path)}: {reason}.")

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[StorageError], tuple[str, Path, str]]:
        return StorageError, (self.what, self.path, self.reason)  # crosses process pipes


def is_damage(exc: BaseException) -> bool:
    """SQLite (or the compressed data it holds) says the content itself is broken."""
    if isinstance(exc, StoreDamaged | zlib.error):
        return True
    if isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS:
        return False
    name = getattr(exc, "sqlite_errorname", None) or ""
    if name.startswith(_DAMAGE_NAMES):
        return True
    # Errors raised before a code is known carry only the text.
    text = str(exc)
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and not name
        and ("malformed" in text or "not a database" in text)
    )


def reason_of(exc: BaseException) -> str:
    """Words for why a file operation failed (disk full, read-only, ...)."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    for prefix, words in _SQLITE_WORDS.items():
        if name.startswith(prefix):
            return words
    if isinstance(exc, OSError) and exc.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[exc.errno]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return f"{type(exc).__name__}: {exc}"


def _disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no space left for this user."""
    if not hasattr(os, "statvfs"):
        return False
    for folder in (path, *path.parents):
        try:
            st = os.statvfs(folder)
        except OSError:
            continue
        return st.f_bavail * st.f_frsize < 1 << 20
    return False


def storage_error(what: str, path: Path, exc: BaseException) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    reason = reason_of(exc)
    # SQLite reports a full disk as a bare I/O error when it is its shared-memory file that
    # cannot grow (measured on a full tmpfs): look at the disk before saying "I/O error".
    if reason == _SQLITE_WORDS["SQLITE_IOERR"] and _disk_full(path):
        reason = _SQLITE_WORDS["SQLITE_FULL"]
    return StorageError(what, path, reason)


def sidecars(path: Path) -> list[Path]:
    """The database file and its WAL and shared-memory files."""
    return [Path(str(path) + suffix) for suffix in ("", "-wal", "-shm")]


def move_aside(what: str, path: Path) -> Path:
    """Rename a damaged database (and its WAL files) to ``NAME.corrupt-STAMP``; kept, never
    deleted. Raises StorageError, with everything left in place, when renaming fails."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    moved: list[tuple[Path, Path]] = []
    try:
        for src, dst in zip(sidecars(path), sidecars(aside), strict=True):
            if src.exists():
                os.replace(src, dst)
                moved.append((src, dst))
    except OSError as exc:
        for src, dst in reversed(moved):  # put back what was moved: all or nothing
            with contextlib.suppress(OSError):
                os.replace(dst, src)
        raise StorageError(what, path, f"it is damaged and cannot be set aside ({reason_of(exc)})"
                           ) from exc  # fmt: skip
    return aside


def quick_check(db: sqlite3.Connection) -> None:
    """Raise StoreDamaged unless SQLite's quick_check passes (b-tree pages, freelist,
    overflow chains; it reads the whole file once)."""
    rows = db.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        found = " ".join(" ".join(str(r[0]) for r in rows[:3]).split())  # rows hold newlines
        raise StoreDamaged(f"the integrity check failed: {found}")

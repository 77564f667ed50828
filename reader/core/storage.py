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

from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path

# The words below are English sources, translated where a sentence is built (reason_of,
# StorageError): an error made in one process and read in another still reads right.
_DAMAGE_WORDS = {
    "SQLITE_CORRUPT": QT_TR_NOOP("the database is malformed"),
    "SQLITE_NOTADB": QT_TR_NOOP("it is not a database"),
}
_DAMAGE_NAMES = tuple(_DAMAGE_WORDS)  # extended codes share these prefixes
_SQLITE_WORDS = {
    "SQLITE_FULL": QT_TR_NOOP("the disk is full"),
    "SQLITE_READONLY": QT_TR_NOOP("the file or its folder is read-only"),
    "SQLITE_CANTOPEN": QT_TR_NOOP(
        "the file cannot be opened (missing folder, no permission or a read-only disk)"
    ),
    "SQLITE_PERM": QT_TR_NOOP("permission denied"),
    "SQLITE_AUTH": QT_TR_NOOP("permission denied"),
    "SQLITE_IOERR": QT_TR_NOOP("the disk reported an input/output error"),
    "SQLITE_BUSY": QT_TR_NOOP("another process is using the file"),
    "SQLITE_LOCKED": QT_TR_NOOP("another process is using the file"),
    "SQLITE_NOMEM": QT_TR_NOOP("out of memory"),
}
_ERRNO_WORDS = {
    errno.ENOSPC: QT_TR_NOOP("the disk is full"),
    errno.EDQUOT: QT_TR_NOOP("the disk quota is used up"),
    errno.EROFS: QT_TR_NOOP("the disk is read-only"),
    errno.EACCES: QT_TR_NOOP("permission denied"),
    errno.EPERM: QT_TR_NOOP("permission denied"),
    errno.EFBIG: QT_TR_NOOP("the file is too large for this disk or account"),
    errno.EIO: QT_TR_NOOP("the disk reported an input/output error"),
}
# Words for other errors met on the way to a file (gone, a link loop, too many open files):
# said, but only the errnos of STORAGE_ERRNOS below tell "not the content's fault".
_OTHER_ERRNO_WORDS = {
    errno.ENOENT: QT_TR_NOOP("no such file or folder"),
    errno.ENOTDIR: QT_TR_NOOP("a part of its path is not a folder"),
    errno.EISDIR: QT_TR_NOOP("it is a folder"),
    errno.ELOOP: QT_TR_NOOP("too many symbolic links (a link loop)"),
    errno.ENAMETOOLONG: QT_TR_NOOP("its name is too long"),
    errno.EBUSY: QT_TR_NOOP("another process is using the file"),
    errno.EMFILE: QT_TR_NOOP("too many files are open"),
    errno.ENFILE: QT_TR_NOOP("too many files are open"),
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
    ``what`` is the English source ("the bookmarks file", marked with QT_TR_NOOP where it is
    defined), translated here; ``reason`` is already in words (``reason_of``).
    """

    def __init__(self, what: str, path: Path, reason: str) -> None:
        self.what, self.path, self.reason = what, path, reason
        super().__init__(
            tr("Cannot use {what} {path}: {reason}.", what=tr(what), path=display_path(path),
               reason=reason)
        )  # fmt: skip

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[StorageError], tuple[str, Path, str]]:
        # Crosses process pipes: rebuilt in the receiving process, in its language.
        return StorageError, (self.what, self.path, self.reason)


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


def _words_of(exc: BaseException) -> str | None:
    """The English source of the words for ``exc``, when there are some."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    for prefix, words in (*_SQLITE_WORDS.items(), *_DAMAGE_WORDS.items()):
        if name.startswith(prefix):
            return words
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO_WORDS.get(exc.errno) or _OTHER_ERRNO_WORDS.get(exc.errno)
    return None


def reason_of(exc: BaseException) -> str:
    """Words for why a file operation failed (disk full, read-only, ...), in the language of
    the moment."""
    words = _words_of(exc)
    if words is not None:
        return tr(words)
    if isinstance(exc, StoreDamaged):  # its own words, already translated
        return str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and not getattr(exc, "sqlite_errorname", None):
        text = str(exc)  # raised before a code is known (as in is_damage)
        if "malformed" in text:
            return tr(_DAMAGE_WORDS["SQLITE_CORRUPT"])
        if "not a database" in text:
            return tr(_DAMAGE_WORDS["SQLITE_NOTADB"])
    if isinstance(exc, OSError) and exc.strerror:  # the C library's words (English)
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
    # SQLite reports a full disk as a bare I/O error when it is its shared-memory file that
    # cannot grow (measured on a full tmpfs): look at the disk before saying "I/O error".
    if _words_of(exc) == _SQLITE_WORDS["SQLITE_IOERR"] and _disk_full(path):
        return StorageError(what, path, tr(_SQLITE_WORDS["SQLITE_FULL"]))
    return StorageError(what, path, reason_of(exc))


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
        why = tr("it is damaged and cannot be set aside ({reason})", reason=reason_of(exc))
        raise StorageError(what, path, why) from exc
    return aside


def quick_check(db: sqlite3.Connection) -> None:
    """Raise StoreDamaged unless SQLite's quick_check passes (b-tree pages, freelist,
    overflow chains; it reads the whole file once)."""
    rows = db.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        found = " ".join(" ".join(str(r[0]) for r in rows[:3]).split())  # rows hold newlines
        raise StoreDamaged(tr("the integrity check failed: {found}", found=found))


def read_only_connection(path: Path) -> sqlite3.Connection | None:
    """A connection that reads ``path`` and writes nothing beside it (a full or read-only
    disk cannot take the shared-memory file WAL mode wants: then the file is read as it
    stands, as immutable); None when it cannot be read at all. Without a WAL holding commits
    the file alone is read as immutable from the start: a read-only file's shared-memory
    and WAL files would be made read-only too, and kept it read-only after its mode was
    mended."""
    wal = Path(f"{path}-wal")
    has_commits = wal.is_file() and wal.stat().st_size > 0
    for query in ("mode=ro", "mode=ro&immutable=1")[0 if has_commits else 1 :]:
        db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(
                f"{path.absolute().as_uri()}?{query}", uri=True, check_same_thread=False
            )
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except (sqlite3.Error, ValueError):
            if db is not None:
                db.close()
    return None


def columns_of(db: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")}

"""One way to keep a SQLite file of the user's own data: it is never lost, and the app never
refuses to start because of it. Bookmarks, highlights and saved searches are ``DurableStore``s
(each states only what is its own in a ``Durability``); read marks and the sync state share
``connect``, ``transaction`` and the checks.

- WAL, one transaction per change (``transaction``); a write that fails (a full or read-only
  disk, a busy file) raises StorageError in words and changes nothing.
- Every open makes a rolling backup (SQLite's backup API, to a ``.partial`` name first); the
  newest few are kept, and the largest too while the newest holds less than half of it, so an
  emptied or truncated file never rotates good backups out.
- Damage is SQLite's verdict (corrupt, not a database, a failed quick_check), never a write
  error; a file emptied (0 bytes) or deleted while a backup holds data, one holding another
  program's tables, and a folder in its place count too. The file is moved aside (renamed,
  never deleted) and the newest good backup put in its place; ``notice`` says so, naming it.
- A file that cannot be written (a full or read-only disk, no permission) or that a newer
  Reader wrote is opened to read as it stands: ``read_only`` says why and each change raises
  StorageError in those words. One that cannot even be read leaves an empty store in memory,
  read-only too. ``notice`` says which.
- The schema is versioned (``PRAGMA user_version``) and migrated forward in place.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Self

from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import data_dir, display_path, display_text
from reader.core.storage import (
    StorageError,
    StoreDamaged,
    columns_of,
    is_damage,
    move_aside,
    quick_check,
    read_only_connection,
    reason_of,
    sidecars,
    storage_error,
)

BACKUPS_KEPT = 5
# A database truncated to 0 bytes opened as a new empty one, and five starts later the
# backups that held 15,187 bookmarks had all rotated out for 1-bookmark copies. The backup
# with the most items is therefore kept beyond the rotation while the newest backup holds
# fewer than this share of its items.
SUSPICIOUS_SHRINK = 0.5
FOREIGN = QT_TR_NOOP("it holds tables of another program")
NEWER = QT_TR_NOOP("they were written by a newer Reader (schema {version}) and are left untouched")


# -- what every SQLite file of Reader's own shares -------------------------------------------
def connect(path: Path, *, threads: bool = False) -> sqlite3.Connection:
    """WAL, autocommit (a change is one ``transaction``), waiting up to 30 s for another
    writer. ``threads``: usable from any thread (its owner serializes the calls)."""
    db = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=not threads)
    try:
        db.execute("PRAGMA busy_timeout=30000")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def transaction(
    db: sqlite3.Connection, what: str, path: Path, refused: str | None = None
) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE: another writer waits its turn). A write that
    fails (disk full, read-only, busy...) rolls back and raises StorageError naming ``what``
    and ``path``. Inside a transaction already open it is part of that one (the outer one
    commits). ``refused``: why the file takes no change now (raised at once, in words)."""
    if refused is not None:
        raise StorageError(what, path, refused)
    if db.in_transaction:
        yield db
        return
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise storage_error(what, path, exc) from exc


def opened(
    path: Path,
    check: Callable[[sqlite3.Connection], None],
    recover: Callable[[str], sqlite3.Connection],
    *,
    threads: bool = False,
) -> sqlite3.Connection:
    """The file ``connect``ed, through SQLite's quick_check and ``check`` (which raises
    StoreDamaged for a file that is not ours, migrates...). A folder in its place, SQLite's
    verdict of damage or ``check``'s go to ``recover(reason in words)``; a file that cannot be
    read or written raises (that is never damage: the file stays as it is)."""
    if path.is_dir():
        return recover(tr("it is a folder"))
    if path.is_file():  # one SQLite would open to read without a word (and make -wal beside)
        os.close(os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0)))
    db: sqlite3.Connection | None = None
    try:
        db = connect(path, threads=threads)
        quick_check(db)
        check(db)
    except Exception as exc:
        if db is not None:
            db.close()
        if not is_damage(exc):
            raise
        return recover(reason_of(exc))
    return db


def claim_writes(db: sqlite3.Connection) -> None:
    """Raise sqlite3.Error (SQLITE_READONLY...) now unless this connection may write: SQLite
    opens a database it may not write (a read-only WAL file beside it...) to read without a
    word, and the first change would be the first to say so. Writes the version stamp as it
    is, and takes it back: nothing changes."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(f"PRAGMA user_version={int(version)}")
    finally:
        db.execute("ROLLBACK")


def fits(db: sqlite3.Connection, columns: Mapping[str, frozenset[str]]) -> bool:
    """Every table has (at least) these columns: a file of ours, not another program's."""
    return all(wanted <= columns_of(db, table) for table, wanted in columns.items())


def count_in(path: Path, count_sql: str) -> int | None:
    """Items in a backup file, None when it is unreadable or fails SQLite's check."""
    try:
        # immutable: reads the file alone, never creates -wal/-shm files beside a backup
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        quick_check(probe)
        return int(probe.execute(count_sql).fetchone()[0])
    except (sqlite3.Error, StoreDamaged):
        return None
    finally:
        probe.close()


class NewerFile(RuntimeError):
    """Written by a newer Reader (``str()`` says so): read it, never change it."""


# -- the rules: one kind of user data --------------------------------------------------------
@dataclass(frozen=True)
class Durability:
    """What a kind of user data is. The sentences are English sources (QT_TR_NOOP where they
    are written), translated here with ``{path}``, ``{reason}``, ``{aside}``, ``{folder}`` and
    ``{why}`` where they say them; those with a count (``%n``) are functions, since lupdate
    takes a tr() call with a count for a message with plural forms."""

    what: str  # "the bookmarks file" (StorageError's words)
    file_name: str  # bookmarks.sqlite
    backup_folder: str  # bookmark-backups
    backup_stem: str  # backups are bookmarks-STAMP.sqlite
    migrations: Mapping[int, str]
    columns: Mapping[str, frozenset[str]]  # the tables a file of ours has, with their columns
    table: str  # the table of the items (counted: 0 is empty, never backed up)
    key: str  # its column that any version of ours has (a newer file without it is foreign)
    not_ours: str  # "it is not a Reader bookmarks file"
    no_table: str  # "the file holds no bookmarks table"
    empty_no_backup: str  # {path} was empty, no backup: starting empty
    damaged_no_backup: str  # {path} damaged ({reason}), kept as {aside}: starting empty
    shown_read_only: str  # the items of {path} are shown but cannot be changed now: {why}.
    unreadable: str  # the items of {path} cannot be read or changed now: {why}; left as is
    no_backup_written: str  # a backup could not be written in {folder} ({reason})
    restored: Callable[..., str]  # (n, path=, reason=, aside=, backup=): damaged, n restored
    missing_restored: Callable[..., str]  # (n, path=, backup=): the file was missing

    @property
    def schema_version(self) -> int:
        return max(self.migrations)

    @property
    def count_sql(self) -> str:
        return f"SELECT count(*) FROM {self.table}"


class DurableFile:
    """The open file of one kind of user data: ``db`` to read, ``write()`` for a change. It
    never refuses to open (the module's rules); ``notice`` and ``read_only`` say why."""

    def __init__(self, kind: Durability, path: Path) -> None:
        self.kind = kind
        self.path = path
        self.backup_dir = path.parent / kind.backup_folder
        self.notice: str | None = None  # for the user: what happened to the file, in words
        self.read_only: str | None = None  # why changes are refused, in words; None: writable
        # Started again (from a backup or empty) after damage, emptiness or loss: what it
        # lacks was lost here, not removed by the user (sync takes it; ``take_recovered``).
        self.recovered = False
        self._owns_db = True  # False for a thread's view sharing a read-only connection
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open_checked()
        except NewerFile as exc:
            self.db = self._open_read_only(str(exc))
            return
        except (OSError, sqlite3.Error) as exc:
            self.db = self._open_read_only(storage_error(kind.what, path, exc).reason)
            return
        self._backup()

    def _say(self, sentence: str) -> None:
        self.notice = f"{self.notice} {sentence}" if self.notice else sentence

    def count(self) -> int:
        return int(self.db.execute(self.kind.count_sql).fetchone()[0])

    def write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction; refused in words while the file is read-only."""
        return transaction(self.db, self.kind.what, self.path, self.read_only)

    def close(self) -> None:
        if self._owns_db:
            self.db.close()

    def on_this_thread(self) -> DurableFile:
        """The same file through a connection of the calling thread (a SQLite connection
        belongs to the thread that made it), without checks or backups; ``close()`` it. A file
        opened to read shares its connection (made for any thread, never changed)."""
        view = copy.copy(self)
        if self.read_only is not None:
            view._owns_db = False
            return view
        try:
            view.db = connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(self.kind.what, self.path, exc) from exc
        return view

    # -- opening and checking ------------------------------------------------------------
    def _open_checked(self) -> sqlite3.Connection:
        size = self.path.stat().st_size if self.path.is_file() else None
        if size == 0 and self._good_backups():
            return self._recover(tr("the file is empty (0 bytes)"))
        if size is None and not self.path.exists() and self._good_backups():
            return self._recover(tr("it was missing"))  # deleted, while its backups are here

        def check(db: sqlite3.Connection) -> None:
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if size and not tables and self._good_backups():
                raise StoreDamaged(tr(self.kind.no_table))
            self._migrate(db)
            if not fits(db, self.kind.columns):
                raise StoreDamaged(tr(FOREIGN))
            claim_writes(db)

        db = opened(self.path, check, self._recover)
        if size == 0 and self.notice is None:
            self.recovered = True
            self._say(tr(self.kind.empty_no_backup, path=display_path(self.path)))
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > self.kind.schema_version:
            if self.kind.key not in columns_of(db, self.kind.table):
                raise StoreDamaged(tr(self.kind.not_ours))
            raise NewerFile(tr(NEWER, version=version))
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreDamaged(tr(FOREIGN))  # ours are stamped from their first table on
        for target in range(version + 1, self.kind.schema_version + 1):
            # One transaction per step: the schema and its version stamp change together.
            script = (f"BEGIN IMMEDIATE;{self.kind.migrations[target]};"
                      f"PRAGMA user_version={target};COMMIT;")  # fmt: skip
            try:
                db.executescript(script)
            except Exception:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def _open_read_only(self, why: str) -> sqlite3.Connection:
        """The file as it stands, to read; if even that fails, an empty store in memory.
        Changes are refused either way (``read_only``), and ``notice`` says so."""
        self.read_only = why
        values = {"path": display_path(self.path), "why": why}
        db = read_only_connection(self.path) if self.path.is_file() else None
        if db is not None:
            try:
                quick_check(db)
                if fits(db, self.kind.columns):
                    self._say(tr(self.kind.shown_read_only, **values))
                    return db
            except (sqlite3.Error, StoreDamaged):
                pass
            db.close()
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for version in sorted(self.kind.migrations):
            db.executescript(self.kind.migrations[version])
        self._say(tr(self.kind.unreadable, **values))
        return db

    def _good_backups(self) -> list[tuple[Path, int]]:
        """Readable backups holding items, newest first."""
        found = []
        for backup in sorted(self.backup_dir.glob(f"{self.kind.backup_stem}-*.sqlite"),
                             reverse=True):  # fmt: skip
            count = count_in(backup, self.kind.count_sql)
            if count:
                found.append((backup, count))
        return found

    def _recover(self, reason: str) -> sqlite3.Connection:
        """Copy the newest good backup next to the file first, then set the damaged file aside
        and put the copy in its place: a failure at any step leaves the damaged file where it
        was (and says why), never a missing one."""
        what = self.kind.what
        staging = self.path.with_name(self.path.name + ".restoring")
        restored: tuple[Path, int] | None = None
        for backup, count in self._good_backups():
            try:
                shutil.copyfile(backup, staging)
            except OSError as exc:
                staging.unlink(missing_ok=True)
                why = tr("it is damaged ({damage}) and the backup {backup} cannot be copied back"
                         " ({reason}); nothing was changed", damage=reason, backup=backup.name,
                         reason=reason_of(exc))  # fmt: skip
                raise StorageError(what, self.path, why) from exc
            restored = (backup, count)
            break
        try:
            aside = move_aside(what, self.path) if self.path.exists() else None
        except StorageError:
            staging.unlink(missing_ok=True)
            raise
        if restored is not None:
            os.replace(staging, self.path)
        db = connect(self.path)
        self._migrate(db)
        self.recovered = True
        path = display_path(self.path)
        if aside is None:  # the file was missing: nothing to keep aside
            assert restored is not None
            self._say(self.kind.missing_restored(restored[1], path=path, backup=restored[0].name))
            return db
        values = {"path": path, "reason": display_text(reason), "aside": aside.name}
        if restored:
            self._say(self.kind.restored(restored[1], backup=restored[0].name, **values))
        else:
            self._say(tr(self.kind.damaged_no_backup, **values))
        return db

    # -- backups -------------------------------------------------------------------------
    def _backup(self) -> None:
        """A consistent copy on every open; an empty database is never backed up, and a copy
        that could not be written completely never counts as one."""
        count = self.count()
        if count == 0:
            return
        # Nanoseconds: two opens in one second by one process must not share a name (the
        # second copy would replace the first).
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now // 10**9))
        name = f"{self.kind.backup_stem}-{stamp}-{now % 10**9:09d}-{os.getpid()}.sqlite"
        partial = self.backup_dir / f".{name}.partial"  # not matched by the backup pattern
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    self.db.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dest.close()
            os.replace(partial, self.backup_dir / name)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self._say(tr(self.kind.no_backup_written, folder=display_path(self.backup_dir),
                         reason=reason_of(exc)))  # fmt: skip
            return
        self._rotate(count)

    def _rotate(self, newest_count: int) -> None:
        backups = sorted(self.backup_dir.glob(f"{self.kind.backup_stem}-*.sqlite"))  # oldest 1st
        keep = set(backups[-BACKUPS_KEPT:])
        counts = {b: count_in(b, self.kind.count_sql) or 0 for b in backups}
        largest = max(backups, key=lambda b: (counts[b], b))
        if newest_count < counts[largest] * SUSPICIOUS_SHRINK:
            keep.add(largest)
        for old in backups:
            if old not in keep:
                for file in sidecars(old):
                    with contextlib.suppress(OSError):
                        file.unlink(missing_ok=True)


class DurableStore:
    """A store of the user's own data on a ``DurableFile`` (``file``): a subclass names its
    ``durability`` and adds what it keeps; every change goes through ``_write()``."""

    durability: ClassVar[Durability]

    def __init__(self, path: Path | None = None) -> None:
        """Never refuses to open: ``notice`` says what happened, ``read_only`` why changes
        are refused (each raises StorageError in those words)."""
        self.file = DurableFile(self.durability, path or data_dir() / self.durability.file_name)

    @property
    def db(self) -> sqlite3.Connection:
        return self.file.db

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def backup_dir(self) -> Path:
        return self.file.backup_dir

    @property
    def notice(self) -> str | None:
        return self.file.notice

    @property
    def read_only(self) -> str | None:
        return self.file.read_only

    def count(self) -> int:
        return self.file.count()

    def take_recovered(self) -> bool:
        """True once if the file started again after damage (sync then writes the merged
        state into it rather than read its gaps as removals made here)."""
        recovered, self.file.recovered = self.file.recovered, False
        return recovered

    def close(self) -> None:
        self.file.close()

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.file.write()

    def check_writable(self) -> None:
        """Raise StorageError (in words) now if changes are refused: before a command's
        other work."""
        if self.read_only is not None:
            raise StorageError(self.durability.what, self.path, self.read_only)

    def thread_view(self) -> Self:
        """This store through a connection of the calling thread (its listeners shared), for
        as long as that thread lives; ``close()`` it when done."""
        view = copy.copy(self)
        view.file = self.file.on_this_thread()
        return view

    @contextlib.contextmanager
    def on_this_thread(self) -> Iterator[Self]:
        """The same store for a worker (a SQLite connection belongs to the thread that made
        it): no checks or backups again."""
        view = self.thread_view()
        try:
            yield view
        finally:
            view.close()

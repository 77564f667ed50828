"""A SQLite file of the user's own data that never gets lost (the rules bookmarks follow).

WAL, one transaction per change. Every open makes a rolling backup (SQLite's backup API, to a
``.partial`` name first); the newest few are kept, and the largest too while the newest holds
less than half of it, so a truncated file never rotates good backups out. A damaged file
(SQLite says corrupt or not a database, it fails quick_check, or it is empty while a backup
holds data) is moved aside, never deleted, and the newest good backup put in its place. A
file that cannot be read or written (disk full, read-only, no permission, busy) is never taken
for damaged: that raises StorageError and the file stays as it is. The schema is versioned
(``PRAGMA user_version``) and migrated forward in place.

``DurableFile`` is parameterized by a ``Durability`` (which file, its tables, the words for
the user), so each kind of user data states only what is its own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.i18n import tr
from reader.core.paths import display_path, display_text
from reader.core.storage import (
    StorageError,
    StoreDamaged,
    is_damage,
    move_aside,
    quick_check,
    reason_of,
    sidecars,
    storage_error,
)

BACKUPS_KEPT = 5
SUSPICIOUS_SHRINK = 0.5  # the largest backup is kept while the newest holds less than this


@dataclass(frozen=True)
class Durability:
    """What a durable file is. The sentences are English sources (QT_TR_NOOP where they are
    written), translated here with ``{path}``, ``{reason}``, ``{aside}``, ``{backup}``,
    ``{folder}``, ``{version}`` and a count (``%n``) where they say one."""

    what: str  # "the highlights file" (StorageError's words)
    file_name: str  # highlights.sqlite
    backup_folder: str  # highlight-backups
    backup_stem: str  # highlights: backups are highlights-STAMP.sqlite
    count_sql: str  # how many items a file holds (0 = empty: never backed up)
    migrations: dict[int, str]
    no_table: str  # "the file holds no highlights table"
    empty_no_backup: str  # the file was empty, no backup: starting empty
    # damaged, kept aside, N restored: (count, path=, reason=, aside=, backup=) -> words (a
    # function: lupdate sees a tr() with a count as a message with plural forms)
    restored: Callable[..., str]
    damaged_no_backup: str  # damaged, kept aside, starting empty
    newer_schema: str  # written by a newer Reader: left untouched
    no_backup_written: str  # a backup could not be written in {folder}

    @property
    def schema_version(self) -> int:
        return max(self.migrations)


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


class DurableFile:
    """The open database of one durable file; ``db`` for reading, ``write()`` for changes."""

    def __init__(self, kind: Durability, path: Path) -> None:
        """Raises StorageError (words for the user; nothing moved) when the file cannot be
        opened, and RuntimeError for a file written by a newer Reader."""
        self.kind = kind
        self.path = path
        self.backup_dir = path.parent / kind.backup_folder
        self.notice: str | None = None  # for the user: a damaged file replaced, no backup made
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open_checked()
        except (StorageError, RuntimeError):
            raise
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(kind.what, path, exc) from exc
        self._backup()

    def _tell(self, sentence: str) -> None:
        self.notice = f"{self.notice} {sentence}" if self.notice else sentence

    def close(self) -> None:
        self.db.close()

    def count(self) -> int:
        return int(self.db.execute(self.kind.count_sql).fetchone()[0])

    # -- opening and checking ------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            db.close()
            raise
        return db

    def _open_checked(self) -> sqlite3.Connection:
        size = self.path.stat().st_size if self.path.exists() else None
        if size == 0 and self._good_backups():
            return self._recover(tr("the file is empty (0 bytes)"))
        db: sqlite3.Connection | None = None
        try:
            db = self._connect()
            quick_check(db)
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if size and not tables and self._good_backups():
                raise StoreDamaged(tr(self.kind.no_table))
            self._migrate(db)
        except Exception as exc:
            if db is not None:
                db.close()
            if not is_damage(exc):
                raise
            return self._recover(reason_of(exc))
        if size == 0:
            self._tell(tr(self.kind.empty_no_backup, path=display_path(self.path)))
        return db

    def _good_backups(self) -> list[tuple[Path, int]]:
        """Readable backups holding data, newest first."""
        found = []
        pattern = f"{self.kind.backup_stem}-*.sqlite"
        for backup in sorted(self.backup_dir.glob(pattern), reverse=True):
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
            aside = move_aside(what, self.path)
        except StorageError:
            staging.unlink(missing_ok=True)
            raise
        if restored is not None:
            os.replace(staging, self.path)
        db = self._connect()
        self._migrate(db)
        values = {"path": display_path(self.path), "reason": display_text(reason),
                  "aside": aside.name}  # fmt: skip
        if restored:
            self._tell(self.kind.restored(restored[1], backup=restored[0].name, **values))
        else:
            self._tell(tr(self.kind.damaged_no_backup, **values))
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > self.kind.schema_version:
            raise RuntimeError(tr(self.kind.newer_schema, version=version))
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

    # -- backups -------------------------------------------------------------------------
    def _backup(self) -> None:
        """A consistent copy on every open; an empty database is never backed up, and a copy
        that could not be written completely never counts as one."""
        count = self.count()
        if count == 0:
            return
        # Nanoseconds: two opens in one second by one process must not share a name.
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
            self._tell(tr(self.kind.no_backup_written, folder=display_path(self.backup_dir),
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

    # -- writing -------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction (BEGIN IMMEDIATE serializes concurrent writers); a failed write
        (disk full, read-only, busy...) raises StorageError and changes nothing."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            raise storage_error(self.kind.what, self.path, exc) from exc

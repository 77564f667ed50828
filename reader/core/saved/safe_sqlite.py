"""A small SQLite file of the reader's own that is never lost: the rules bookmarks follow
(``reader/core/bookmarks.py``), for a store that does not repeat them.

- A file that cannot be read or written (disk full, read-only, no permission, busy) is never
  taken for damaged: StorageError in words, the file left as it is.
- Only SQLite's verdict (corrupt, not a database, a failed quick_check) or an empty (0-byte)
  file while a backup holds rows makes it damaged: the damaged file is kept aside
  (``NAME.corrupt-STAMP``) and the newest good backup copied into its place first.
- Every open makes a consistent backup (SQLite's backup API) of a non-empty store; the newest
  BACKUPS_KEPT are kept, and the fullest one too while the newest holds less than half of it
  (a truncated file must not rotate good backups out for small copies).
- The schema is versioned (``PRAGMA user_version``), migrated forward one transaction a step;
  a file from a newer Reader is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

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
SUSPICIOUS_SHRINK = 0.5


class SafeSQLite:
    """Subclasses set WHAT (an English source marked with QT_TR_NOOP), MIGRATIONS
    ({version: script}) and COUNT_TABLE (whose rows say how much a file holds)."""

    WHAT = ""
    MIGRATIONS: ClassVar[dict[int, str]] = {}
    COUNT_TABLE = ""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup_dir = path.parent / f"{path.stem}-backups"
        self.notice: str | None = None  # for the user: a damaged file replaced, no backup made
        try:
            self.db = self._open_checked()
        except (StorageError, RuntimeError):
            raise
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(self.WHAT, self.path, exc) from exc
        self._backup()

    @property
    def version(self) -> int:
        return max(self.MIGRATIONS)

    def _tell(self, sentence: str) -> None:
        self.notice = f"{self.notice} {sentence}" if self.notice else sentence

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None,
                             check_same_thread=False)  # fmt: skip
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
                raise StoreDamaged(tr("the file holds no tables"))
            self._migrate(db)
        except Exception as exc:
            if db is not None:
                db.close()
            if not is_damage(exc):
                raise
            return self._recover(reason_of(exc))
        return db

    def _count_in(self, path: Path) -> int | None:
        try:
            probe = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        except (sqlite3.Error, ValueError):
            return None
        try:
            quick_check(probe)
            return int(probe.execute(f"SELECT count(*) FROM {self.COUNT_TABLE}").fetchone()[0])
        except (sqlite3.Error, StoreDamaged):
            return None
        finally:
            probe.close()

    def _good_backups(self) -> list[tuple[Path, int]]:
        found = []
        for backup in sorted(self.backup_dir.glob(f"{self.path.stem}-*.sqlite"), reverse=True):
            count = self._count_in(backup)
            if count:
                found.append((backup, count))
        return found

    def _recover(self, reason: str) -> sqlite3.Connection:
        """The newest good backup copied beside the file first, then the damaged file set
        aside and the copy put in its place: a failure at any step leaves the damaged file
        where it was (and says why), never a missing one."""
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
                raise StorageError(self.WHAT, self.path, why) from exc
            restored = (backup, count)
            break
        try:
            aside = move_aside(self.WHAT, self.path)
        except StorageError:
            staging.unlink(missing_ok=True)
            raise
        if restored is not None:
            os.replace(staging, self.path)
        db = self._connect()
        self._migrate(db)
        values = {"what": tr(self.WHAT), "path": display_path(self.path),
                  "reason": display_text(reason), "aside": aside.name}  # fmt: skip
        if restored:
            self._tell(tr("{what} {path} was damaged ({reason}); it was kept as {aside}, and"
                          " was restored from the backup {backup} (%n entry(-ies)).", None,
                          restored[1], backup=restored[0].name, **values))  # fmt: skip
        else:
            self._tell(tr("{what} {path} was damaged ({reason}); it was kept as {aside}, and"
                          " no backup was found: it starts empty.", **values))  # fmt: skip
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > self.version:
            raise RuntimeError(
                tr("{what} was written by a newer Reader (schema {version}); it is left"
                   " untouched.", what=tr(self.WHAT), version=version)
            )  # fmt: skip
        for target in range(version + 1, self.version + 1):
            script = (
                f"BEGIN IMMEDIATE;{self.MIGRATIONS[target]};PRAGMA user_version={target};COMMIT;"
            )
            try:
                db.executescript(script)
            except Exception:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def count(self) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {self.COUNT_TABLE}").fetchone()[0])

    def _backup(self) -> None:
        count = self.count()
        if count == 0:
            return
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now // 10**9))
        name = f"{self.path.stem}-{stamp}-{now % 10**9:09d}-{os.getpid()}.sqlite"
        partial = self.backup_dir / f".{name}.partial"  # not matched by the backup pattern
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(partial)
            try:
                with dest:
                    self.db.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            os.replace(partial, self.backup_dir / name)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self._tell(tr("No backup of {what} could be written in {folder} ({reason}).",
                          what=tr(self.WHAT), folder=display_path(self.backup_dir),
                          reason=reason_of(exc)))  # fmt: skip
            return
        backups = sorted(self.backup_dir.glob(f"{self.path.stem}-*.sqlite"))  # oldest first
        keep = set(backups[-BACKUPS_KEPT:])
        counts = {b: self._count_in(b) or 0 for b in backups}
        largest = max(backups, key=lambda b: (counts[b], b))
        if count < counts[largest] * SUSPICIOUS_SHRINK:
            keep.add(largest)
        for old in backups:
            if old not in keep:
                for file in sidecars(old):
                    with contextlib.suppress(OSError):
                        file.unlink(missing_ok=True)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a failed write (disk full, read-only...) raises StorageError."""
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
            raise storage_error(self.WHAT, self.path, exc) from exc

    def close(self) -> None:
        self.db.close()

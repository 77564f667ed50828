"""Sync in the window: the folder watched, merges in a worker, merged winners written to the
stores on the GUI thread, and the window told what changed.

The stores are the session's; their journal callbacks write every change made here to this
machine's log as it commits (``reader.core.sync``). Reading the other machines' files and
compacting run in a worker (a snapshot of 100k read marks takes a second to parse); writing
merged winners into the stores runs on the GUI thread (the stores' connections live there),
and the session announces it like any other change, so every pane redraws by itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.core.settings import Settings
from reader.core.storage import StorageError
from reader.core.sync.engine import MergeReport, SyncEngine
from reader.core.sync.formats import device_dir_name, is_data_file
from reader.core.sync.kinds.settings import settings_kinds
from reader.core.sync.setup import (
    Stores,
    SyncUnavailable,
    attach,
    configured_folder,
    open_engine,
    store_kinds,
)
from reader.ui.i18n import tr
from reader.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SETTLE_MS = 1000  # a burst of file events (a sync tool writing several files) -> one merge
POLL_MS = 120_000  # network folders and tools that write without telling the watcher
SETTINGS_KINDS = ("preference", "position", "image_hosts")
STORE_KINDS = ("read", "bookmark", "highlight", "saved_search")


class SyncController(QObject):
    merged = Signal(object)  # MergeReport, once its winners are in the stores
    state_changed = Signal()  # on, off, busy or failing: the status shows it
    failed = Signal(str)  # in words, for the status bar

    def __init__(
        self, settings: Settings, stores: Stores, on_settings: Callable[[set[str]], None],
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings, self.stores = settings, stores
        self.on_settings = on_settings  # merged settings to show (theme, size, ...) and save
        self.engine: SyncEngine | None = None
        self.folder: Path | None = None
        self.last: MergeReport | None = None
        self.error: str | None = None  # the sync folder cannot be used or written, in words
        self.busy = False
        self._again = False
        self._detach: Callable[[], None] | None = None
        self.runner = TaskRunner(1, self)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.sync_now)

    # -- on and off --------------------------------------------------------------------------
    def start(self) -> None:
        """Sync with the folder the settings (or READER_SYNC_DIR) name; off when none."""
        self.stop()
        self.folder = configured_folder(self.settings)
        self.error = None
        if self.folder is None:
            self.state_changed.emit()
            return
        kinds = store_kinds(self.stores)
        kinds += settings_kinds(self.settings, self.on_settings)
        try:
            engine = open_engine(self.folder, kinds)
            if engine.notice:  # a damaged sync state, made again: said, not a failure
                self.failed.emit(engine.notice)
            self._detach = attach(engine, self.stores)
            self.engine = engine
            engine.catch_up(SETTINGS_KINDS)  # the settings live on the GUI thread
        except (SyncUnavailable, StorageError) as exc:
            self._fail(str(exc))
            self.stop(keep_error=True)
            return
        self._poll.start()
        # Changes made while sync was off, then the first merge, in the worker (10k
        # bookmarks + 100k read marks: a second to compare).
        self.busy = True
        self.state_changed.emit()

        def first() -> MergeReport:
            engine.catch_up(STORE_KINDS)
            return engine.pull()

        self.runner.submit(first, lambda r: self._pulled(engine, r), self._pull_failed)

    def stop(self, keep_error: bool = False) -> None:
        self._settle.stop()
        self._poll.stop()
        self.runner.shutdown()
        self.busy = self._again = False
        if self.watcher.files() or self.watcher.directories():
            self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        if self._detach is not None:
            self._detach()
            self._detach = None
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        if not keep_error:
            self.error = None
        self.state_changed.emit()

    def set_folder(self, folder: str) -> None:
        """Preferences › Sync folder ("" = off)."""
        if folder != self.settings.sync_folder:
            self.settings.sync_folder = folder
            self.start()

    # -- merging ------------------------------------------------------------------------------
    def _changed(self, _path: str) -> None:
        self._settle.start()

    def sync_now(self) -> None:
        engine = self.engine
        if engine is None:
            return
        if self.busy:
            self._again = True
            return
        behind = engine.behind  # a change the journal missed: found in the stores
        if behind:
            try:
                engine.catch_up(SETTINGS_KINDS)
            except (StorageError, OSError) as exc:
                self._fail(str(exc))
            engine.behind = False
        self.busy = True
        self.state_changed.emit()

        def work() -> MergeReport:
            if behind:
                engine.catch_up(STORE_KINDS)
            return engine.pull()

        self.runner.submit(work, lambda r: self._pulled(engine, r), self._pull_failed)

    def _pulled(self, engine: SyncEngine, report: MergeReport) -> None:
        self.busy = False
        if engine is not self.engine:
            return  # the folder changed meanwhile
        try:
            report.applied = engine.apply()
        except (StorageError, OSError) as exc:
            self._fail(str(exc))
        else:
            self.error = engine.error
            if engine.error:
                report.problems.append(engine.error)
        self.last = report
        self._watch()
        self.merged.emit(report)
        self.state_changed.emit()
        self.runner.submit(lambda: engine.compact_if_due(report), None, self._pull_failed)
        if self._again:
            self._again = False
            self._settle.start()

    def _pull_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._fail(tr("Sync failed: {reason}", reason=str(exc)))
        self.state_changed.emit()

    def _fail(self, message: str) -> None:
        log.warning("%s", message)
        self.error = message
        self.failed.emit(message)

    def check(self) -> None:
        """After a change made here: its journal may have failed to write the folder (a full
        disk), or written again after a failure; say so now, not at the next merge."""
        engine = self.engine
        if engine is None or engine.error == self.error:
            return
        self.error = engine.error
        if engine.error:
            self.failed.emit(engine.error)
        else:  # writable again: a merge soon republishes what could not be written
            self._settle.start()
        self.state_changed.emit()

    def settings_saved(self) -> None:
        """The settings were written: what of them is the person's goes to the log."""
        engine = self.engine
        if engine is None:
            return
        for kind in SETTINGS_KINDS:
            engine.record(kind, None, catching_up=True)
        self.check()

    def _watch(self) -> None:
        """The sync folder, every other machine's folder and its files (tools that write in
        place only change the file); our own folder only changes when we write."""
        engine, folder = self.engine, self.folder
        if engine is None or folder is None:
            return
        wanted = [str(folder)]
        own = device_dir_name(engine.device)
        for device in engine.folder.device_folders():
            if device.name == own:
                continue
            wanted.append(str(device))
            try:
                wanted += [str(p) for p in sorted(device.iterdir()) if is_data_file(p.name)]
            except OSError:
                continue
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in wanted if p not in watched]
        if missing:
            self.watcher.addPaths(missing)

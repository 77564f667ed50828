"""Preferences › Sync folder: the folder a sync tool carries, chosen or turned off."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reader.core.sync.setup import SYNC_DIR_ENV
from reader.ui.i18n import tr
from reader.ui.widgets import plain_label


class SyncFolderRow(QWidget):
    changed = Signal(str)  # the folder chosen ("" = off)

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.forced = os.environ.get(SYNC_DIR_ENV, "")  # scripts and tests: not changeable here
        self.path_label = plain_label()
        self.path_label.setWordWrap(True)
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.choose = QPushButton()
        self.off = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.off.clicked.connect(lambda: self._set(""))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose)
        row.addWidget(self.off)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(tr("Choose…"))
        self.off.setText(tr("Off"))
        if self.forced:
            shown = tr("{path} (set by {variable})", path=self.forced, variable=SYNC_DIR_ENV)
        else:
            shown = self.folder or tr("Off: this machine's reading stays here")
        self.path_label.setText(shown)
        self.choose.setEnabled(not self.forced)
        self.off.setEnabled(not self.forced and bool(self.folder))
        self.hint.setText(
            tr("A folder your sync tool (Syncthing, Nextcloud, Dropbox…) keeps in step on every"
               " machine. Read marks, bookmarks and highlights with their tags and notes, reading"
               " positions, trusted image hosts and these preferences follow you; each machine"
               " writes only its own files there.")
        )  # fmt: skip

    def _choose(self) -> None:
        start = self.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Sync folder"), start)
        if folder:
            self._set(folder)

    def _set(self, folder: str) -> None:
        self.folder = folder
        self.retranslate()
        self.changed.emit(folder)

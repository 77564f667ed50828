"""Settings saved as they change, and the window's geometry saved and restored."""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from reader.core.settings import Settings, save_settings

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 500  # a burst of changes (dragging a zoom slider) is one write


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii")))
    except ValueError:
        return QByteArray()


class SettingsKeeper(QObject):
    """Writes the settings soon after every change, so a theme picked a moment before a
    SIGTERM or a crash is not lost (they used to be saved on a clean quit only)."""

    saved = Signal()  # written: what of them is the person's goes to the sync log

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.error = ""  # the last save's failure, in words
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        self._timer.start()

    def save_now(self) -> bool:
        self._timer.stop()
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.error = f"settings could not be saved: {exc.strerror or exc}"
            log.warning(self.error)
            return False
        self.error = ""
        self.saved.emit()
        return True


def restore_window(
    window: QMainWindow, splitter: QSplitter, settings: Settings, left: QDockWidget
) -> None:
    if settings.window_geometry:
        window.restoreGeometry(_unb64(settings.window_geometry))
    else:
        window.resize(1280, 800)
    if settings.window_state:
        window.restoreState(_unb64(settings.window_state))
    else:  # first start at 1280 px: sidebar 250, list 380, the article the rest (~37 chars)
        # (once shown: before that the docks take their widest tab's size hint)
        QTimer.singleShot(
            0, window, lambda: window.resizeDocks([left], [250], Qt.Orientation.Horizontal)
        )
    splitter.setSizes(settings.splitter_sizes or [380, 650])


def remember_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.window_geometry = _b64(window.saveGeometry())
    settings.window_state = _b64(window.saveState())
    settings.splitter_sizes = list(splitter.sizes())

"""Running work off the GUI thread and reporting back by signals.

``TaskRunner`` wraps a QThreadPool: ``submit(fn, on_done, on_error)`` runs ``fn`` in a pool
thread and calls the callbacks on the GUI thread (queued signal). Index updates get their own
runner with one thread, so exactly one worker ever holds the index writer.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# Worker threads run Python (searches, related articles, parsing). While one computes, every
# Qt -> Python call on the GUI thread (a model's data(), a paint, a slot) first waits for the
# GIL, up to one switch interval each: with CPython's 5 ms default a repaint of the article
# list stalled 130 ms; with 1 ms, 38 ms (bench/README.md).
GIL_SWITCH_INTERVAL_S = 0.001
log = logging.getLogger(__name__)


def shorten_gil_switch_interval() -> None:
    """Process-wide: every thread hands the GIL over after at most 1 ms (see above)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            log.debug("worker job failed", exc_info=True)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    def __init__(self, max_threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        shorten_gil_switch_interval()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()  # lives on the GUI thread: its signals arrive queued there
        self._relays.add(relay)

        def finish(_: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        if on_done is not None:
            relay.done.connect(on_done)
        if on_error is not None:
            relay.failed.connect(on_error)
        relay.done.connect(finish)
        relay.failed.connect(finish)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> None:
        """Wait for running work, then drop results still queued for delivery: their
        callbacks would touch widgets that are being destroyed."""
        self.pool.clear()  # jobs not started yet never start
        self.pool.waitForDone(msecs)
        for relay in list(self._relays):
            for signal in (relay.done, relay.failed):
                with contextlib.suppress(RuntimeError, TypeError):  # nothing was connected
                    signal.disconnect()
        self._relays.clear()

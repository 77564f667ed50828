"""Running work off the GUI thread and reporting back by signals.

``TaskRunner`` wraps a QThreadPool: ``submit(fn, on_done, on_error)`` runs ``fn`` in a pool
thread and calls the callbacks on the GUI thread (queued signal). Index updates get their own
runner with one thread, so exactly one worker ever holds the index writer.
"""

from __future__ import annotations

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
        self._epoch = 0  # bumped by shutdown: answers of earlier work are never delivered

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()  # lives on the GUI thread: its signals arrive queued there
        self._relays.add(relay)
        epoch = self._epoch

        def deliver(callback: Callable[[Any], None] | None, failed: bool) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._relays.discard(relay)
                relay.deleteLater()
                if epoch != self._epoch:
                    return  # queued before a shutdown: its receivers may be gone
                if callback is not None:
                    callback(value)
                elif failed:
                    log.error("background work failed", exc_info=value)

            return call

        relay.done.connect(deliver(on_done, False))
        relay.failed.connect(deliver(on_error, True))
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> None:
        """Wait for running work, then drop its results, even those already queued for
        delivery (disconnecting does not recall a queued call): their callbacks would touch
        a library or widgets that are gone."""
        self.pool.clear()  # jobs not started yet never start
        self.pool.waitForDone(msecs)
        self._epoch += 1
        self._relays.clear()

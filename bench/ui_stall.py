"""Worst GUI event-loop stall while the real window indexes the corpus, then while typing fast,
then while moving through articles with the keyboard.

    python -m bench.ui_stall       (offscreen; part of `make bench`)

A 5 ms timer records the longest gap between its ticks: anything the GUI thread does for
longer than that shows up. Target: no stall over 50 ms. The meter starts after the window's
first paint (start-up), when the library is opened and indexing begins.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("READER_DATA_DIR", tempfile.mkdtemp(prefix="reader-stall-"))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.corpus import corpus_dir
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow

TYPED = ["中", "中国", "中国政", "中国政府", "疫", "疫苗", "疫苗接", "疫苗接种", "b", "bi", "bid",
         "bide", "biden", "香港 国", "香港 国安", "香港 国安法"]  # fmt: skip
TYPING_ROUNDS = 3
NAVIGATION_STEPS = 40


class StallMeter:
    def __init__(self) -> None:
        self.worst = 0.0
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        self.gaps.append(gap)
        self.worst = max(self.worst, gap)
        self.last = now

    def reset(self) -> None:
        self.worst, self.last, self.gaps = 0.0, time.perf_counter(), []

    def summary(self) -> str:
        gaps = sorted(self.gaps)
        if not gaps:
            return "no ticks"
        over = sum(g > 50 for g in gaps)
        p99 = gaps[int(len(gaps) * 0.99)]
        return f"{gaps[-1]:.1f} ms (p99 {p99:.1f} ms; {over} of {len(gaps)} ticks over 50 ms)"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(), ReadState())
    window.show()
    meter = StallMeter()
    results: dict[str, float] = {}
    summaries: dict[str, str] = {}
    started = time.perf_counter()

    def typing_phase() -> None:
        results["index_s"] = time.perf_counter() - started
        results["index_stall"] = meter.worst
        summaries["index"] = meter.summary()
        meter.reset()
        pane = window.search_pane
        steps = list(TYPED) * TYPING_ROUNDS

        def type_next() -> None:
            if steps:
                pane.edit.setText(steps.pop(0))
                QTimer.singleShot(60, type_next)  # ~16 keystrokes per second
            else:
                QTimer.singleShot(1500, reading_phase)

        type_next()

    def reading_phase() -> None:
        results["typing_stall"] = meter.worst
        summaries["typing"] = meter.summary()
        meter.reset()
        steps = [NAVIGATION_STEPS]

        def next_article() -> None:  # j held down: parse, render, related, mark read
            if steps[0]:
                steps[0] -= 1
                window.list_pane.move_selection(1)
                QTimer.singleShot(100, next_article)
            else:
                QTimer.singleShot(1000, finish)

        window.list_pane.select_row(0)
        next_article()

    def finish() -> None:
        summaries["reading"] = meter.summary()
        window.close()
        app.quit()

    window.controller.index_finished.connect(lambda _s: QTimer.singleShot(200, typing_phase))

    def start_indexing() -> None:
        # The window's first paint is start-up, not indexing: measure from the library open.
        nonlocal started
        meter.reset()
        meter.timer.start()
        started = time.perf_counter()
        window.open_library(corpus_dir())

    QTimer.singleShot(500, start_indexing)
    app.exec()
    print(f"full index build in the app: {results['index_s']:.1f} s")
    print(f"worst event-loop stall while indexing: {summaries['index']} (target <= 50)")
    print(f"worst event-loop stall while typing:   {summaries['typing']} (target <= 50)")
    print(f"worst event-loop stall while reading:  {summaries['reading']} "
          f"({NAVIGATION_STEPS} articles at 10 per second)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

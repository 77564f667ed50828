"""Worst GUI event-loop stall while the real window indexes the corpus, then while typing fast
(the one list and its date histogram, split by outlet, follow every query), then while working
the histogram (a dragged range, buckets, presets, clear), then while moving through articles
with the keyboard, then while sorting, filtering and marking the whole list read (and undoing
it).

    python -m bench.ui_stall [--library DIR]     (offscreen; part of `make bench`)

``--library`` measures another library, e.g. the ~96k-article one `python -m bench.scale 4`
writes; ``--script zh-Hant-TW`` (or zh-Hans, zh-Hant-HK) shows every title, outlet and
snippet through View › Show Text As, as a reader of the other script would.

A 5 ms timer records the longest gap between its ticks: anything the GUI thread does for
longer than that shows up. Target: no stall over 50 ms. The meter starts after the window's
first paint (start-up), when the library is opened and indexing begins.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("READER_DATA_DIR", tempfile.mkdtemp(prefix="reader-stall-"))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.corpus import corpus_dir
from bench.stall_stacks import StallStacks
from reader.core.archive.days import DayRange
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from reader.ui.search_pane import SearchPane

TYPED = ["中", "中国", "中国政", "中国政府", "疫", "疫苗", "疫苗接", "疫苗接种", "b", "bi", "bid",
         "bide", "biden", "香港 国", "香港 国安", "香港 国安法"]  # fmt: skip
TYPING_ROUNDS = 3
NAVIGATION_STEPS = 40


class StallMeter:
    def __init__(self) -> None:
        self.worst = 0.0
        self.gaps: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's own CPU time in each gap (ms)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.stacks: StallStacks | None = None  # --stacks: what the GUI thread did in a stall
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.step = ""  # what the phase is doing now: each step's worst gap is kept
        self.by_step: dict[str, float] = {}

    def tick(self) -> None:
        now, cpu_now = time.perf_counter(), time.thread_time()
        gap = (now - self.last) * 1000
        cpu = (cpu_now - self.last_cpu) * 1000
        self.last_cpu = cpu_now
        self.gaps.append(gap)
        self.cpu.append(cpu)
        if self.stacks is not None:
            self.stacks.tick(gap, cpu, self.step)
        self.worst = max(self.worst, gap)
        if self.step:
            self.by_step[self.step] = max(self.by_step.get(self.step, 0.0), gap)
        self.last = now

    def reset(self) -> None:
        self.worst, self.last, self.gaps = 0.0, time.perf_counter(), []
        self.last_cpu, self.cpu = time.thread_time(), []
        self.step, self.by_step = "", {}

    def worst_step(self) -> str:
        if not self.by_step:
            return ""
        name, gap = max(self.by_step.items(), key=lambda kv: kv[1])
        return f"; worst step: {name} {gap:.1f} ms"

    def summary(self) -> str:
        gaps = sorted(self.gaps)
        if not gaps:
            return "no ticks"
        over = sum(g > 50 for g in gaps)
        p99 = gaps[int(len(gaps) * 0.99)]
        # The GUI thread's own work, which the machine's load does not lengthen much: the
        # most CPU it used within one gap (a slot, a paint), and in the worst gap.
        busiest = max(self.cpu)
        in_worst = self.cpu[self.gaps.index(gaps[-1])]
        return (
            f"{gaps[-1]:.1f} ms (p99 {p99:.1f} ms; {over} of {len(gaps)} ticks over 50 ms; "
            f"GUI thread CPU {in_worst:.1f} ms in it, at most {busiest:.1f} ms in a gap)"
        )


def run_steps(
    meter: StallMeter, steps: list[tuple[str, Callable[[], None]]], pause_ms: int,
    then: Callable[[], None],
) -> None:  # fmt: skip
    """Each named step, ``pause_ms`` apart (the meter keeps each one's worst gap), then
    ``then``."""

    def step() -> None:
        if steps:
            name, action = steps.pop(0)
            meter.step = name
            action()
            QTimer.singleShot(pause_ms, step)
        else:
            QTimer.singleShot(1000, then)

    step()


def choose_preset(pane: SearchPane, key: str | None) -> None:
    row = pane.date_combo.findData(key)
    pane.date_combo.setCurrentIndex(row)
    pane.date_combo.activated.emit(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ui_stall")
    parser.add_argument("--library", type=Path, help="library to open (default: the corpus)")
    parser.add_argument("--script", default="", help="View › Show Text As (default: as written)")
    parser.add_argument(
        "--stacks",
        action="store_true",
        help="print what the GUI thread ran in each stall over 50 ms",
    )
    args = parser.parse_args(argv)
    library = args.library or corpus_dir()
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings(article_script=args.script), ReadState())
    window.show()
    meter = StallMeter()
    if args.stacks:
        meter.stacks = StallStacks(lambda: meter.last)
        meter.stacks.start()
    stacks_seen: list[str] = []

    def stacks_of(phase: str) -> None:
        if meter.stacks is not None and (found := meter.stacks.report(phase)):
            stacks_seen.append(found)

    results: dict[str, float] = {}
    summaries: dict[str, str] = {}
    started = time.perf_counter()

    def typing_phase() -> None:
        results["index_s"] = time.perf_counter() - started
        results["index_stall"] = meter.worst
        summaries["index"] = meter.summary()
        stacks_of("index")
        meter.reset()
        pane = window.search_pane
        pane.by_source.setChecked(True)  # the histogram stacked by outlet, as it follows typing
        steps = list(TYPED) * TYPING_ROUNDS

        def type_next() -> None:
            if steps:
                pane.edit.setText(steps.pop(0))
                QTimer.singleShot(60, type_next)  # ~16 keystrokes per second
            else:
                QTimer.singleShot(3000, histogram_phase)

        type_next()

    opening: dict[str, float] = {}  # article id -> when it was selected
    latencies: list[float] = []

    def shown(article_id: str) -> None:
        if article_id in opening:
            latencies.append((time.perf_counter() - opening.pop(article_id)) * 1000)

    window.article_shown.connect(shown)

    def histogram_phase() -> None:
        results["typing_stall"] = meter.worst
        summaries["typing"] = meter.summary()
        stacks_of("typing")
        meter.reset()
        pane = window.search_pane
        last = pane.last_active or date(2021, 1, 22)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("search 疫苗", lambda: pane.edit.setText("疫苗")),
            ("drag a month", lambda: pane.strip.range_chosen.emit(
                DayRange(last - timedelta(days=30), last))),
            ("by day", lambda: pane.bucket_combo.setCurrentIndex(pane.bucket_combo.findData("day"))),
            ("by week", lambda: pane.bucket_combo.setCurrentIndex(
                pane.bucket_combo.findData("week"))),
            ("clear the range", pane.clear_days),
            ("last 7 days", lambda: choose_preset(pane, "7d")),
            ("last 365 days", lambda: choose_preset(pane, "365d")),
            ("any date", lambda: choose_preset(pane, None)),
            ("no search", lambda: pane.edit.setText("")),
            ("by outlet off", lambda: pane.by_source.setChecked(False)),
        ]  # fmt: skip

        run_steps(meter, steps, 1500, reading_phase)  # answers come from the search process

    def reading_phase() -> None:
        summaries["histogram"] = meter.summary() + meter.worst_step()
        stacks_of("histogram")
        meter.reset()
        steps = [NAVIGATION_STEPS]

        def next_article() -> None:  # j held down: parse, render, related, mark read
            if steps[0]:
                steps[0] -= 1
                window.list_pane.move_selection(1)
                if (selected := window.list_pane.current_id()) is not None:
                    opening[selected] = time.perf_counter()
                QTimer.singleShot(100, next_article)
            else:
                QTimer.singleShot(1000, list_phase)

        window.list_pane.select_row(0)
        next_article()

    def list_phase() -> None:
        summaries["reading"] = meter.summary()
        stacks_of("reading")
        meter.reset()
        pane = window.list_pane
        view, edit = pane.view, pane.filter_edit
        sources = window.sources_pane.view
        # Mark All Read asks first: the bench answers yes (an unanswered box waits for ever).
        window.commands._confirm_mark_all = lambda count: True  # type: ignore[method-assign]
        steps: list[tuple[str, Callable[[], None]]] = [
            ("sort by title", lambda: view.sortByColumn(0, Qt.SortOrder.AscendingOrder)),
            ("sort by source", lambda: view.sortByColumn(1, Qt.SortOrder.AscendingOrder)),
            ("sort by date", lambda: view.sortByColumn(2, Qt.SortOrder.DescendingOrder)),
            ("filter 王", lambda: edit.setText("王")),
            ("filter 王毅", lambda: edit.setText("王毅")),
            ("clear the filter", lambda: edit.setText("")),
            ("one source", lambda: sources.setCurrentIndex(sources.model().index(1, 0))),
            ("unread only", lambda: window.sources_pane.unread_only.setChecked(True)),
            ("all sources", lambda: sources.setCurrentIndex(sources.model().index(0, 0))),
            ("all articles", lambda: window.sources_pane.unread_only.setChecked(False)),
            ("mark all read", window.commands.mark_all_read),
            ("undo", window.session.undo),
        ]

        run_steps(meter, steps, 700, finish)  # listings and marks answer from workers

    def finish() -> None:
        summaries["list"] = meter.summary() + meter.worst_step()
        stacks_of("list")
        results["articles"] = window.list_model.rowCount()
        window.close()
        app.quit()

    window.controller.index_finished.connect(lambda _s: QTimer.singleShot(200, typing_phase))

    def start_indexing() -> None:
        # The window's first paint is start-up, not indexing: measure from the library open.
        nonlocal started
        meter.reset()
        meter.timer.start()
        started = time.perf_counter()
        window.open_library(library)

    QTimer.singleShot(500, start_indexing)
    app.exec()
    if meter.stacks is not None:
        meter.stacks.stop()
    print(f"full index build in the app: {results['index_s']:.1f} s")
    print(f"worst event-loop stall while indexing: {summaries['index']} (target <= 50)")
    print(f"worst event-loop stall while typing (list and histogram by outlet follow): "
          f"{summaries['typing']} (target <= 50)")  # fmt: skip
    print(f"worst event-loop stall working the histogram: {summaries['histogram']} "
          "(drag, buckets, presets, clear)")  # fmt: skip
    print(f"worst event-loop stall while reading:  {summaries['reading']} "
          f"({NAVIGATION_STEPS} articles at 10 per second)")  # fmt: skip
    if latencies:
        ordered = sorted(latencies)
        print(f"selection to article shown: median {ordered[len(ordered) // 2]:.1f} ms, "
              f"max {ordered[-1]:.1f} ms ({len(ordered)} of {NAVIGATION_STEPS} shown; the "
              "others were passed before they opened)")  # fmt: skip
    print(f"worst event-loop stall on list operations: {summaries['list']} "
          f"({results['articles']:.0f} articles: sort x3, filter, source, "
          "mark all read, undo)")  # fmt: skip
    if stacks_seen:
        print("what the GUI thread ran in each stall over 50 ms (samples, innermost first):")
        print("\n".join(stacks_seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())

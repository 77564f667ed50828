"""What the GUI thread was doing during a stall: a sampling thread reads the GUI thread's
Python stack while the stall meter's tick is late, and each stall over the threshold is
reported with the stacks seen most often during it (``python -m bench.ui_stall --stacks``).

The GUI thread's own CPU time in each gap (``time.thread_time``, read by the meter on the GUI
thread) tells work from waiting: a 150 ms gap in which the GUI thread ran 8 ms is the machine's
load or another thread holding the GIL, not a slot to fix.

Sampling needs the GIL: while the GUI thread runs C++ that holds it, the sample lands when it
next runs Python, on the frame that called into Qt (which is what to look at anyway).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

SAMPLE_S = 0.002
LATE_S = 0.012  # a tick this late (the meter ticks every 5 ms): sample the GUI thread
OWN_FILES = ("/reader/", "/bench/")  # frames shown; Qt's and the standard library's folded


def _where(frame: FrameType | None, depth: int = 6) -> str:
    """The innermost ``depth`` frames of Reader's own code, innermost last."""
    parts: list[str] = []
    while frame is not None and len(parts) < depth:
        name = frame.f_code.co_filename
        if any(own in name for own in OWN_FILES) and "stall_stacks" not in name:
            short = name.rsplit("/reader/", 1)[-1].rsplit("/bench/", 1)[-1]
            parts.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(parts) or "(Qt, no Python frame)"


@dataclass
class Stall:
    gap_ms: float
    cpu_ms: float  # the GUI thread's CPU time within the gap
    step: str
    stacks: Counter[str] = field(default_factory=Counter)


class StallStacks:
    """Samples the GUI thread while ``last_tick()`` is older than LATE_S."""

    def __init__(self, last_tick: Callable[[], float], threshold_ms: float = 50.0) -> None:
        self._last_tick = last_tick
        self._gui = threading.get_ident()
        self._samples: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.threshold_ms = threshold_ms
        self.stalls: list[Stall] = []
        self._thread = threading.Thread(target=self._run, name="stall-stacks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_S):
            if time.perf_counter() - self._last_tick() < LATE_S:
                continue
            frame = sys._current_frames().get(self._gui)
            where = _where(frame)
            del frame
            with self._lock:
                self._samples[where] += 1

    def tick(self, gap_ms: float, cpu_ms: float, step: str) -> None:
        """The meter's tick (on the GUI thread): a gap over the threshold keeps its samples."""
        with self._lock:
            samples, self._samples = self._samples, Counter()
        if gap_ms > self.threshold_ms:
            self.stalls.append(Stall(gap_ms, cpu_ms, step, samples))

    def report(self, phase: str, top: int = 3) -> str:
        """Each stall of the phase, worst first, with its most sampled stacks; then forget."""
        lines = []
        for stall in sorted(self.stalls, key=lambda s: -s.gap_ms):
            lines.append(f"  [{phase}] {stall.gap_ms:.0f} ms (GUI thread CPU {stall.cpu_ms:.0f} "
                         f"ms){' in ' + stall.step if stall.step else ''}")  # fmt: skip
            for where, count in stall.stacks.most_common(top):
                lines.append(f"      {count:3d} x {where}")
        self.stalls = []
        return "\n".join(lines)

"""A hybrid logical clock: the order of every change, on every machine.

A stamp is one integer: milliseconds since the epoch times 2**16, plus a counter. A new stamp is
later than every stamp this machine made or saw, and follows the wall clock while the wall
clock moves forward. So an edit made after seeing another machine's edit always comes after
it, whatever either clock says: a machine whose clock runs 12 hours ahead cannot make the
edits others make after reading its own lose to it, and a clock put back (or corrected after
running ahead) never makes this machine's new edits older than its earlier ones, because the
last stamp is persisted. Only edits made without seeing each other are ordered by the clocks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16


def stamp_of(seconds: float) -> int:
    """The smallest stamp of a wall-clock time."""
    return int(seconds * 1000) << COUNTER_BITS


def seconds_of(stamp: int) -> float:
    """The wall-clock time a stamp stands for (seconds since the epoch)."""
    return (stamp >> COUNTER_BITS) / 1000


def datetime_of(stamp: int) -> datetime:
    return datetime.fromtimestamp(seconds_of(stamp), UTC)


class HybridClock:
    def __init__(self, last: int = 0, wall: Callable[[], float] = time.time) -> None:
        self.last = last
        self.wall = wall
        self._lock = threading.Lock()

    def tick(self) -> int:
        """A new stamp for a change made here."""
        with self._lock:
            self.last = max(self.last + 1, stamp_of(self.wall()))
            return self.last

    def observe(self, stamp: int) -> None:
        """A stamp seen in another machine's files: every later tick comes after it."""
        with self._lock:
            self.last = max(self.last, stamp)

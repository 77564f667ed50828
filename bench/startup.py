"""Start-up against the bare-Qt floor, and memory at rest, in one run.

    python -m bench.startup LIBRARY [--runs 5]       (offscreen; part of `make bench`)

The floor is a bare PySide6 QMainWindow with a 100,000-row QListView (uniform item sizes) that
grabs and saves its first frame; Reader is ``python -m reader --library LIBRARY --screenshot``
on an index built beforehand (the first frame with the list). Both are timed from launch to
the PNG on disk, interleaved, ``--runs`` times each. Memory at rest is the summed RSS of each
process tree once it is idle (Reader: its indexer finished and nothing moved for 2 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import ROOT

PY = sys.executable
CWD = [ROOT]  # where the processes start (bench.compare_code starts an older tree's)

FLOOR = r"""
import sys
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

class Rows(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 100_000
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Article {index.row()}"
        return None

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QListView()
view.setUniformItemSizes(True)
view.setModel(Rows())
window.setCentralWidget(view)
window.resize(1200, 800)
window.show()
if sys.argv[1] == "--shot":
    def grab():
        window.grab().save(sys.argv[2])
        app.quit()
    QTimer.singleShot(0, grab)
app.exec()
"""


def _wait_for(path: Path, proc: subprocess.Popen[bytes], started: float) -> float:
    while not (path.exists() and path.stat().st_size > 0):
        if proc.poll() is not None and not path.exists():
            raise SystemExit(f"no screenshot: {proc.args} exited {proc.returncode}")
        time.sleep(0.002)
    return time.perf_counter() - started


def time_to_png(command: list[str], env: dict[str, str]) -> float:
    shot = Path(tempfile.mkdtemp(prefix="reader-start-")) / "shot.png"
    started = time.perf_counter()
    proc = subprocess.Popen([*command, str(shot)], env=env, cwd=CWD[0],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    elapsed = _wait_for(shot, proc, started)
    proc.wait(60)
    return elapsed


def _tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _tracker(pid: int) -> bool:
    """multiprocessing's resource tracker (an older tree's app kept one while it ran)."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def tree_rss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def rss_at_rest(command: list[str], env: dict[str, str], most_processes: int,
                settle_s: float = 2.0) -> tuple[float, int]:  # fmt: skip
    """Start; once the tree has at most ``most_processes`` besides a resource tracker
    (Reader: the window and its search process, the indexer gone) and its RSS moved less
    than 1 MB for ``settle_s``, return (RSS in MB, processes, the tracker included)."""
    proc = subprocess.Popen(command, env=env, cwd=CWD[0], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        last, steady_since = -1.0, time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.25)
            pids = _tree(proc.pid)
            now = tree_rss_mb(pids)
            working = [p for p in pids if not _tracker(p)]
            if abs(now - last) > 1.0 or len(working) > most_processes:
                last, steady_since = now, time.monotonic()
            elif time.monotonic() - steady_since >= settle_s:
                return now, len(pids)
        raise SystemExit(f"{command}: never at rest")
    finally:
        proc.terminate()
        proc.wait(30)


def prepare(library: Path, data: Path) -> None:
    """Build the library's index in ``data`` (start-up is then what a second launch does)."""
    env = {**os.environ, "READER_DATA_DIR": str(data)}
    # --wait: an app the step before ended may still be ending its indexer (it holds the lock)
    subprocess.run([PY, "-m", "reader", "index", "--library", str(library), "--wait", "120"],
                   env=env, cwd=CWD[0],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def figures(library: Path, runs: int = 5, data: Path | None = None) -> dict[str, float]:
    """``data``: a data folder that may already hold the library's index (else a new one)."""
    data = data or Path(tempfile.mkdtemp(prefix="reader-startup-"))
    prepare(library, data)
    env = {**os.environ, "READER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    floor_cmd = [PY, "-c", FLOOR, "--shot"]
    reader_cmd = [PY, "-m", "reader", "--library", str(library), "--screenshot"]
    floor, reader = [], []
    for _ in range(runs):  # interleaved: load changes hit both alike
        floor.append(time_to_png(floor_cmd, env))
        reader.append(time_to_png(reader_cmd, env))
    rest_floor, _ = rss_at_rest([PY, "-c", FLOOR, "--rest"], env, 1)
    # The window alone, its indexer gone (its search process starts when first needed), and
    # in an older tree multiprocessing's resource tracker beside it, counted in the RSS. 3
    # processes were allowed before: a tree could be taken for at rest while its indexer ran.
    rest_reader, processes = rss_at_rest([PY, "-m", "reader", "--library", str(library)], env, 1)
    return {
        "floor_min_s": min(floor), "floor_median_s": statistics.median(floor),
        "reader_min_s": min(reader), "reader_median_s": statistics.median(reader),
        "floor_rest_mb": rest_floor, "reader_rest_mb": rest_reader,
        "reader_rest_processes": processes,
    }  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, help="data folder holding the index (kept)")
    args = parser.parse_args(argv)
    print(json.dumps(figures(args.library, args.runs, args.data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

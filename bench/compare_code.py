"""Before and after on one built library: an older tree of the code against this one, each
step interleaved, on the same index.

    python -m bench.compare_code OLD_TREE LIBRARY DATA_DIR [--rounds 3]

OLD_TREE is a checkout of an earlier commit (``git archive COMMIT | tar -x -C OLD_TREE``);
it runs with ``PYTHONPATH=OLD_TREE`` and the same interpreter. Both read the index in
DATA_DIR (the format did not change). Steps: a no-change update (time, every process's
peak), the bench queries in one process (p50/p95, the first query's time, peak RSS), and
start-up to the first painted list with memory at rest (``bench.startup``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench import proctree, startup
from bench.corpus import ROOT
from bench.library_figures import percentile

PY = sys.executable

QUERIES = """
import json, resource, sys, time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.engine import LibraryIndex
index = LibraryIndex(Path(sys.argv[1]))
t = time.perf_counter()
index.search("王毅")
first = (time.perf_counter() - t) * 1000
times, cpu, found = [], [], {}
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t, c = time.perf_counter(), time.process_time()
        r = index.search(q, opts)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        found[q + "|" + opts.sort] = [r.total, r.approximate, [h.id for h in r.hits]]
print(json.dumps({"first_ms": first, "times": times, "cpu": cpu, "found": found,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _env(tree: Path | None, data: Path) -> dict[str, str]:
    env = {**os.environ, "READER_DATA_DIR": str(data), "READER_SEARCH_RESIDENT": "0"}
    if tree is not None:
        env["PYTHONPATH"] = f"{tree}{os.pathsep}{ROOT}"  # the old reader, this bench
    return env


def noop(tree: Path | None, library: Path, data: Path) -> dict[str, Any]:
    found = proctree.sample([PY, "-m", "reader", "index", "--library", str(library)],
                            env=_env(tree, data), stdout=subprocess.DEVNULL,
                            cwd=tree or ROOT)  # fmt: skip
    return {"seconds": found["seconds"], "peaks": found["peak_mb_by_role"]}


def queries(tree: Path | None, library: Path, data: Path) -> dict[str, Any]:
    out = subprocess.run([PY, "-c", QUERIES, str(library)], env=_env(tree, data),
                         cwd=tree or ROOT, capture_output=True, text=True, check=True)  # fmt: skip
    found: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    times, cpu = found.pop("times"), found.pop("cpu")
    found["p50_ms"], found["p95_ms"] = percentile(times, 50), percentile(times, 95)
    found["cpu_p50_ms"], found["cpu_p95_ms"] = percentile(cpu, 50), percentile(cpu, 95)
    return found


def _print(result: dict[str, dict[str, Any]], same: bool) -> None:
    for name in ("old", "new"):
        r = result[name]
        noops = r["noop"]
        print(f"{name}: no-change update median "
              f"{statistics.median(n['seconds'] for n in noops):.1f} s, peaks {noops[-1]['peaks']}; "
              f"queries p50/p95 (median of rounds) "
              f"{statistics.median(q['p50_ms'] for q in r['queries']):.1f} / "
              f"{statistics.median(q['p95_ms'] for q in r['queries']):.1f} ms (CPU "
              f"{statistics.median(q['cpu_p50_ms'] for q in r['queries']):.1f} / "
              f"{statistics.median(q['cpu_p95_ms'] for q in r['queries']):.1f} ms), first "
              f"{statistics.median(q['first_ms'] for q in r['queries']):.0f} ms, search RSS "
              f"{max(q['rss_mb'] for q in r['queries']):.0f} MB", flush=True)  # fmt: skip
    print(f"same hits, counts and order for every query: {same}", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_code")
    parser.add_argument("old", type=Path)
    parser.add_argument("library", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args(argv)
    result: dict[str, dict[str, Any]] = {"old": {}, "new": {}}
    for name, tree in (("old", args.old), ("new", None)):  # the update first: same state
        result[name]["noop"] = [noop(tree, args.library, args.data) for _ in range(args.rounds)]
    for _ in range(args.rounds):
        for name, tree in (("old", args.old), ("new", None)):
            result[name].setdefault("queries", []).append(queries(tree, args.library, args.data))
    same = all(
        a["found"] == b["found"]
        for a, b in zip(result["old"]["queries"], result["new"]["queries"], strict=True)
    )
    _print(result, same)
    if not args.skip_startup:
        for name, tree in (("old", args.old), ("new", None)):
            startup.CWD[0] = tree or ROOT  # `python -m reader` imports the tree it starts in
            try:
                result[name]["startup"] = startup.figures(args.library, runs=3, data=args.data)
            finally:
                startup.CWD[0] = ROOT
    for name in ("old", "new"):
        if "startup" in result[name]:
            print(f"{name}: start-up {json.dumps(result[name]['startup'])}", flush=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

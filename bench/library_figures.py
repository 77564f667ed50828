"""Build, update and query one library in fresh processes; the figures the scale run compares.

    python -m bench.library_figures LIBRARY [--batch N] [--keep DATA_DIR]

A fresh data folder each time: the build is a first build, the no-change update a second
start's update (the segments counted are Whoosh's).

Each step runs in its own interpreter, so its peak RSS (``ru_maxrss``) is that step's alone:
the writer's peak while building (parse workers are its children, reported apart), a no-change
update, and a searching process answering the mixed query set three times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import ROOT

PY = sys.executable


def child(code: str, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run code in a fresh interpreter; it fills OUT; returns OUT with its peak RSS (MB)."""
    wrapper = (
        "import json, resource, sys\n"
        "OUT = {}\n"
        f"{code}\n"
        "r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "OUT.update(rss_mb=r, children_rss_mb=c)\n"
        "print(json.dumps(OUT))\n"
    )
    out = subprocess.run(
        [PY, "-c", wrapper], cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip
    return dict(json.loads(out.strip().splitlines()[-1]))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


BUILD = """
from pathlib import Path
from reader.core.search.engine import LibraryIndex
index = LibraryIndex(Path({lib!r}))  # in READER_DATA_DIR, as the app and the CLI keep it
s = index.update()
from whoosh import index as wi
ix = wi.open_dir(str(index.layout.whoosh_dir))  # only to count its segments
OUT.update(articles=s.articles, files=s.files, seconds=s.seconds,
           segments=len(ix._segments()))
"""

QUERY = """
import time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.api import SearchOptions
from reader.core.search.engine import LibraryIndex
index = LibraryIndex(Path({lib!r}))
index.search("中国")  # open the index once, as the search process does
times = {{}}
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t = time.perf_counter()
        index.search(q, opts)
        times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
t = time.perf_counter()
res = index.search("中国", SearchOptions(limit=20))
count_ms = (time.perf_counter() - t) * 1000
OUT.update(times=times, count_ms=count_ms, count=res.total, approximate=res.approximate)
"""


def figures(library: Path, data: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    """Build (from nothing, in the data folder ``data``), no-change update, and query figures
    for one library; the index stays in ``data``."""
    env = {**(env or {}), "READER_DATA_DIR": str(data)}
    lib = str(library)
    started = time.perf_counter()
    build = child(BUILD.format(lib=lib), env)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    again = child(BUILD.format(lib=lib), env)
    noop_s = time.perf_counter() - started
    query = child(QUERY.format(lib=lib), env)
    times: dict[str, list[float]] = query["times"]  # type: ignore[assignment]
    flat = [t for ts in times.values() for t in ts]
    return {
        "articles": build["articles"],
        "build_s": build_s,
        "writer_rss_mb": build["rss_mb"],
        "worker_rss_mb": build["children_rss_mb"],
        "segments": build["segments"],
        "noop_s": noop_s,
        "noop_rss_mb": again["rss_mb"],
        "p50_ms": percentile(flat, 50),
        "p95_ms": percentile(flat, 95),
        "kinds": {k: (percentile(v, 50), percentile(v, 95)) for k, v in times.items()},
        "count_ms": query["count_ms"],
        "count": query["count"],
        "count_approximate": query["approximate"],
        "search_rss_mb": query["rss_mb"],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("--batch", type=int, help="READER_BATCH_DOCS for this run")
    parser.add_argument("--keep", type=Path, help="data folder to build in and keep")
    args = parser.parse_args(argv)
    env = {"READER_BATCH_DOCS": str(args.batch)} if args.batch else {}
    data = args.keep or Path(tempfile.mkdtemp(prefix="reader-figures-"))
    try:
        print(json.dumps(figures(args.library, data, env), ensure_ascii=False))
    finally:
        if args.keep is None:
            shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

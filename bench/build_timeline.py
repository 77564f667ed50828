"""A full build (or an update) with its timeline: what `reader index` does, with the time and
memory of every step of ``every`` articles, then the summary (stories included) as JSON.

    python -m bench.build_timeline LIBRARY OUT.json [--rebuild] [--every 10000]

Run it in a fresh ``READER_DATA_DIR``, under ``bench.proctree`` for the parse workers' peaks.
The timeline says whether a build stays linear: seconds per 10,000 articles at the start and
at the end of a million, and the writer's RSS as it goes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("library", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--every", type=int, default=10_000)
    args = parser.parse_args(argv)
    from reader.core.search.engine import LibraryIndex

    started = time.perf_counter()
    steps: list[dict[str, float]] = []
    last = [0]

    def progress(done: int, total: int, _path: str) -> None:
        if done - last[0] >= args.every or done == total:
            last[0] = done
            steps.append({"done": done, "total": total, "s": time.perf_counter() - started,
                          "rss_mb": _rss_mb()})  # fmt: skip
            print(json.dumps(steps[-1]), file=sys.stderr, flush=True)

    index = LibraryIndex(args.library)
    summary = index.update(rebuild=args.rebuild, progress=progress, lock_timeout=60)
    seconds = time.perf_counter() - started
    # CPU time of the writer and of its parse workers (reaped with their pool): on a shared
    # machine, what the work cost, where wall time says as much about the others' load.
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    steps.append({"done": -1, "total": -1, "s": seconds, "rss_mb": _rss_mb(),
                  "writer_cpu_s": me.ru_utime + me.ru_stime,
                  "workers_cpu_s": children.ru_utime + children.ru_stime})  # fmt: skip
    stories = summary.stories
    out = {
        "seconds": seconds,
        "articles": summary.articles,
        "files": summary.files,
        "duplicates": summary.duplicates,
        "skipped": summary.skipped,
        "added": summary.added,
        "updated": summary.updated,
        "stories_s": stories.seconds if stories else None,
        "stories_placed": stories.placed if stories else None,
        "stories_problem": stories.problem if stories else None,
        "writer_cpu_s": steps[-1]["writer_cpu_s"],
        "workers_cpu_s": steps[-1]["workers_cpu_s"],
        "writer_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "root": str(index.layout.root),
        "steps": steps,
    }
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "steps"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

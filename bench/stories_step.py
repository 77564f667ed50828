"""The stories step of a full build alone: its peak memory and time on a built catalog, and
whether two catalogs hold the same stories.

    python -m bench.stories_step run CATALOG [--code DIR]   # on a COPY: its stories are dropped
    python -m bench.stories_step compare A B                # every story row, both ways

``run`` drops the catalog's story tables and runs ``update_stories`` on it in a child process
(so the figure is the step's own, not the bench's), which prints its peak RSS (the kernel's
``VmHWM``), CPU and wall time and what it placed. ``--code DIR`` puts another checkout's
``reader`` package first on the child's path (``git archive main | tar -x -C DIR``): the code
before a change, measured on the same machine in the same session. ``compare`` attaches one
catalog to the other and counts the rows of ``story_articles``, ``stories`` and
``story_state`` that either lacks (SQL ``EXCEPT`` both ways): 0 everywhere means the same
stories with the same ids.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TABLES = ("story_articles", "stories", "story_state")


def _hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(catalog: Path, code: Path | None) -> dict[str, object]:
    if code is not None:  # before this checkout, which ``-m`` put first
        sys.path.insert(0, str(code))
    import reader
    from reader.core.stories.store import update_stories

    db = sqlite3.connect(catalog)
    for table in TABLES:
        db.execute(f"DROP TABLE IF EXISTS {table}")
    db.commit()
    articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    before_kb = _hwm_kb()
    wall, cpu = time.perf_counter(), time.process_time()
    summary = update_stories(db)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    stories = db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    db.close()
    return {
        "code": str(Path(reader.__file__).parent),
        "articles": articles,
        "placed": summary.placed,
        "stories": stories,
        "problem": summary.problem,
        "peak_rss_mb": round(_hwm_kb() / 1024, 1),
        "rss_before_step_mb": round(before_kb / 1024, 1),
        "cpu_s": round(cpu, 1),
        "wall_s": round(wall, 1),
    }


def run(catalog: Path, code: Path | None) -> dict[str, object]:
    extra = ["--code", str(code.resolve())] if code is not None else []
    out = subprocess.run(
        [sys.executable, "-m", "bench.stories_step", "child", str(catalog), *extra],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return result


def compare(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """Rows of each story table in ``a`` and not in ``b``, and in ``b`` and not in ``a``."""
    db = sqlite3.connect(f"file:{a}?mode=ro", uri=True)
    db.execute("ATTACH DATABASE ? AS other", (f"file:{b}?mode=ro",))
    counts: dict[str, tuple[int, int]] = {}
    for table in TABLES:
        one = f"SELECT * FROM main.{table} EXCEPT SELECT * FROM other.{table}"
        two = f"SELECT * FROM other.{table} EXCEPT SELECT * FROM main.{table}"
        counts[table] = (
            db.execute(f"SELECT COUNT(*) FROM ({one})").fetchone()[0],
            db.execute(f"SELECT COUNT(*) FROM ({two})").fetchone()[0],
        )
    rows = {t: db.execute(f"SELECT COUNT(*) FROM main.{t}").fetchone()[0] for t in TABLES}
    db.close()
    print(json.dumps({"rows": rows}))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_step")
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("run", help="drop the stories of CATALOG (a copy) and build them again")
    one.add_argument("catalog", type=Path)
    one.add_argument("--code", type=Path, help="a folder whose reader/ package to run instead")
    inner = sub.add_parser("child")
    inner.add_argument("catalog", type=Path)
    inner.add_argument("--code", type=Path)
    both = sub.add_parser("compare", help="story rows that differ between two catalogs")
    both.add_argument("a", type=Path)
    both.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.what == "child":
        print(json.dumps(child(args.catalog, args.code)))
        return 0
    if args.what == "run":
        print(json.dumps(run(args.catalog, args.code)))
        return 0
    counts = compare(args.a, args.b)
    print(json.dumps(counts))
    return 0 if all(c == (0, 0) for c in counts.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Hostile queries (issue 20, point 16) against an ordinary one, on an index of real articles.

    python -m bench.hostile_queries [--corpus DIR] [--articles N] [--timeout S]

Indexes the first N files of the corpus (1,200 by default, as in the issue) in a temporary
data folder, then times each query in a child process of its own (a hang is cut at
``--timeout`` and reported as ">T"), best of three, with an ordinary two-word query measured
in the same run as the baseline.
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
from itertools import islice
from pathlib import Path

from bench.corpus import corpus_dir

QUERIES = {
    "ordinary": "中国 美国",
    "32 ORs (the bound)": " OR ".join(f"词{i}" for i in range(32)),
    "10,000 ORs": " OR ".join(f"词{i}" for i in range(10_001)),
    "10,000 words": " ".join(f"w{i}" for i in range(10_000)),
    "10,000 NOTs": "中国 " + " ".join(f"-x{i}" for i in range(10_000)),
    "10,000 sources": " ".join(f"source:s{i}" for i in range(10_000)),
    "one 100,000-character word": "中" + "国" * 100_000,
}


def _one(library: Path, query: str) -> dict[str, object]:
    from reader.core.search.api import SearchOptions
    from reader.core.search.engine import LibraryIndex

    index = LibraryIndex(library)
    try:
        index.search("热身")  # the searcher opened, caches filled
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            results = index.search(query, SearchOptions(limit=20))
            best = min(best, time.perf_counter() - started)
        return {"s": best, "total": results.total, "cut": getattr(results, "terms_left_out", 0)}
    finally:
        index.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--articles", type=int, default=1200)
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--library", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        query = json.loads(Path(args.one).read_text(encoding="utf-8"))
        print(json.dumps(_one(Path(args.library), query)))
        return
    from reader.core.scan import walk_article_files
    from reader.core.search.engine import LibraryIndex

    with tempfile.TemporaryDirectory(prefix="reader-queries-") as tmp:
        os.environ["READER_DATA_DIR"] = str(Path(tmp) / "data")
        library = Path(tmp) / "library"
        library.mkdir()
        for i, info in enumerate(
            islice(walk_article_files(args.corpus or corpus_dir()), args.articles)
        ):
            shutil.copyfile(info.path, library / f"{i:05d}{info.path.suffix}")
        index = LibraryIndex(library)
        summary = index.update()
        index.close()
        print(f"{summary.articles} articles indexed")
        print("query                            best of 3 s   results  terms left out")
        for name, query in QUERIES.items():
            qfile = Path(tmp) / "query.json"
            qfile.write_text(json.dumps(query), encoding="utf-8")
            cmd = [sys.executable, "-m", "bench.hostile_queries", "--one", str(qfile),
                   "--library", str(library)]  # fmt: skip
            try:
                done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
                row = json.loads(done.stdout.strip().splitlines()[-1])
                print(f"{name:32} {row['s']:>11.3f}  {row['total']:>8}  {row['cut']}", flush=True)
            except subprocess.TimeoutExpired:
                print(f"{name:32} {'>' + str(int(args.timeout)):>11}", flush=True)
            except (IndexError, ValueError):
                print(f"{name:32} failed: {done.stderr.strip().splitlines()[-1:]}", flush=True)


if __name__ == "__main__":
    main()

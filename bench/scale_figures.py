"""Every figure of issue 25 for one library size, each step in fresh processes.

    python -m bench.scale_figures LIBRARY DATA_DIR [--edit-copy DIR] [--skip-ui]

``bench.run_all --sizes 1,10,21,42`` runs this for the corpus and its 10x, 21x and 42x copies
(``bench.scale``) and prints them side by side with their growth. One size:

- a first build (``bench.build_timeline`` under ``bench.proctree``): seconds per article,
  the writer's and every other process's peak RSS, the stories' share, index and catalog
  size, segments;
- a no-change update and an update after 100 files were edited (then put back as they were:
  content and mtime), each timed with its process tree's peaks;
- the bench queries as the app asks them (through the search process: top 20 with
  snippets), p50/p95, the count of all hits of 中国, the search process's peak RSS;
- start-up to the first painted list and memory at rest against a bare PySide6 window
  (``bench.startup``, interleaved);
- `reader search` as a process (its resident answer; the first, which starts it, apart)
  against `python -c pass`, medians of interleaved runs;
- the window's stalls (``bench.ui_stall`` on the built index: its update is a no-change
  one; then typing, reading, and the list operations: sort, filter, one source, unread
  only, Mark All Read, Undo).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import proctree, startup
from bench.corpus import ROOT
from bench.library_figures import child, percentile

PY = sys.executable
PROCESS_QUERIES = ["中国", "疫苗", "王毅 布林肯", '"国务卿蓬佩奥"', "Trump"]

SERVICE_CODE = """
import time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.api import SearchOptions
from reader.core.search.service import SearchService
service = SearchService(Path({lib!r}))
t = time.perf_counter()
service.search("王毅")  # starts the process and opens the index
first_ms = (time.perf_counter() - t) * 1000
times = {{}}
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t = time.perf_counter()
        service.search(q, opts)
        times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
t = time.perf_counter()
res = service.search("中国", SearchOptions(limit=20))
count_ms = (time.perf_counter() - t) * 1000
pid = service.pid()
hwm = 0
for line in open(f"/proc/{{pid}}/status"):
    if line.startswith("VmHWM:"):
        hwm = int(line.split()[1]) / 1024
service.close()
OUT = {{"times": times, "count_ms": count_ms, "count": res.total,
        "approximate": res.approximate, "first_ms": first_ms, "search_rss_mb": hwm}}
"""


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _tree(command: list[str], env: dict[str, str]) -> dict[str, object]:
    found = proctree.sample(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    if found["returncode"] != 0:
        raise SystemExit(f"{command} exited {found['returncode']}")
    return found


def build(library: Path, data: Path, tmp: Path, rebuild: bool = True) -> dict[str, object]:
    env = {"READER_DATA_DIR": str(data), "READER_SEARCH_RESIDENT": "0"}
    out = tmp / "build.json"
    command = [PY, "-m", "bench.build_timeline", str(library), str(out)]
    tree = _tree(command + (["--rebuild"] if rebuild else []), env)
    summary = json.loads(out.read_text(encoding="utf-8"))
    root = Path(summary["root"])
    db = sqlite3.connect(f"file:{root / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        stories, largest = db.execute("SELECT count(*), max(size) FROM stories").fetchone()
    except sqlite3.Error:
        stories = largest = None
    finally:
        db.close()
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(root / "whoosh"))
    segments = len(ix._segments())
    ix.close()
    index_bytes = dir_size(root / "whoosh")
    return {
        "articles": summary["articles"], "files": summary["files"], "added": summary["added"],
        "rebuild": rebuild,
        "build_s": tree["seconds"], "stories_s": summary["stories_s"],
        "stories": stories, "largest_story": largest,
        "peaks": tree["peak_mb_by_role"], "tree_peak_mb": tree["tree_peak_mb"],
        "index_bytes": index_bytes, "catalog_bytes": dir_size(root) - index_bytes,
        "segments": segments, "steps": summary["steps"], "root": str(root),
    }  # fmt: skip


def update(library: Path, data: Path) -> dict[str, object]:
    env = {"READER_DATA_DIR": str(data), "READER_SEARCH_RESIDENT": "0"}
    tree = _tree([PY, "-m", "reader", "index", "--library", str(library)], env)
    return {"seconds": tree["seconds"], "peaks": tree["peak_mb_by_role"]}


def edit_files(folder: Path, count: int = 100) -> list[tuple[Path, bytes, int]]:
    """Append a paragraph to ``count`` files spread over ``folder`` (never the corpus: copies
    only); returns what puts them back."""
    files = sorted(folder.rglob("*.md"))
    chosen = files[:: max(1, len(files) // count)][:count]
    saved = []
    for path in chosen:
        st = path.stat()
        saved.append((path, path.read_bytes(), st.st_mtime_ns))
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n<p>bench edit: 增量更新测试</p>\n")
    return saved


def restore(saved: list[tuple[Path, bytes, int]]) -> None:
    for path, data, mtime_ns in saved:
        path.write_bytes(data)
        os.utime(path, ns=(mtime_ns, mtime_ns))


WALK_FLOOR = """
import os, time
t = time.perf_counter()
n = 0
for root, _dirs, files in os.walk({lib!r}, followlinks=True):
    for name in files:
        os.stat(os.path.join(root, name))
        n += 1
OUT = {{"seconds": time.perf_counter() - t, "files": n}}
"""


def walk_floor(library: Path) -> dict[str, object]:
    """The floor of any update that looks at every file: os.walk and a stat of each file
    (a fresh process, after a first walk has warmed the caches)."""
    child(WALK_FLOOR.format(lib=str(library)))
    return child(WALK_FLOOR.format(lib=str(library)))


CPU_CODE = """
import time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.engine import LibraryIndex
index = LibraryIndex(Path({lib!r}))
index.search("王毅")
cpu = []
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t = time.process_time()
        index.search(q, opts)
        cpu.append((time.process_time() - t) * 1000)
OUT = {{"cpu": cpu}}
"""


def queries(library: Path, data: Path) -> dict[str, object]:
    env = {"READER_DATA_DIR": str(data)}
    cpu: list[float] = child(CPU_CODE.format(lib=str(library)), env)["cpu"]  # type: ignore[assignment]
    found = child(SERVICE_CODE.format(lib=str(library)), env)
    times: dict[str, list[float]] = found["times"]  # type: ignore[assignment]
    flat = [t for ts in times.values() for t in ts]
    return {
        "p50_ms": percentile(flat, 50), "p95_ms": percentile(flat, 95),
        # CPU time of the same queries in one process: what a shared machine's load does not
        # inflate as much as wall time
        "cpu_p50_ms": percentile(cpu, 50), "cpu_p95_ms": percentile(cpu, 95),
        "kinds": {k: (percentile(v, 50), percentile(v, 95)) for k, v in times.items()},
        "count_ms": found["count_ms"], "count": found["count"],
        "approximate": found["approximate"], "first_ms": found["first_ms"],
        "search_rss_mb": found["search_rss_mb"],
    }  # fmt: skip


def _seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env={**os.environ, **env}, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def cli(library: Path, data: Path, rounds: int = 5) -> dict[str, object]:
    """`reader search` as a process: the resident answers against `python -c pass`,
    interleaved; the first search (which starts the resident process) and a search that
    runs itself (READER_SEARCH_RESIDENT=0) apart."""
    runtime = tempfile.mkdtemp(prefix="rs-", dir="/tmp")
    env = {"READER_DATA_DIR": str(data), "XDG_RUNTIME_DIR": runtime,
           "READER_SEARCH_RESIDENT": "1"}  # fmt: skip
    alone = {**env, "READER_SEARCH_RESIDENT": "0"}
    search = [PY, "-m", "reader", "search"]
    lib = ["--library", str(library)]
    first = _seconds([*search, "中国", *lib], env)
    socket_dir = Path(runtime) / f"reader-search-{os.getuid()}"
    deadline = time.monotonic() + 120
    while not list(socket_dir.glob("*.pid")) and time.monotonic() < deadline:
        time.sleep(0.1)
    resident: list[float] = []
    bare: list[float] = []
    itself: list[float] = []
    for _ in range(rounds):
        for q in PROCESS_QUERIES:
            bare.append(_seconds([PY, "-c", "pass"], {}))
            resident.append(_seconds([*search, q, *lib], env))
        itself.append(_seconds([*search, PROCESS_QUERIES[_ % len(PROCESS_QUERIES)], *lib],
                               alone))  # fmt: skip
    subprocess.run([PY, "-m", "reader.core.search.resident", os.path.realpath(library),
                    "--stop"], env={**os.environ, **env}, cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    shutil.rmtree(runtime, ignore_errors=True)
    return {
        "resident_ms": percentile(resident, 50) * 1000, "bare_ms": percentile(bare, 50) * 1000,
        "itself_ms": percentile(itself, 50) * 1000, "first_ms": first * 1000,
    }  # fmt: skip


def ui_stalls(library: Path, data: Path) -> str:
    env = {**os.environ, "READER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           "READER_SEARCH_RESIDENT": "0"}  # fmt: skip
    done = subprocess.run([PY, "-m", "bench.ui_stall", "--library", str(library)], env=env,
                          cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    return done.stdout + (done.stderr[-2000:] if done.returncode else "")


def _say(what: str, value: object) -> None:
    print(f"  {what}: {json.dumps(value, ensure_ascii=False)}", flush=True, file=sys.stderr)


def build_figures(library: Path, data: Path, rebuild: bool = True) -> dict[str, object]:
    """A first build (``rebuild``), or an update adding what the library gained."""
    tmp = Path(tempfile.mkdtemp(prefix="reader-scale-"))
    try:
        found = build(library, data, tmp, rebuild)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _say("build", {k: v for k, v in found.items() if k != "steps"})
    if not found.get("articles"):  # a library the app reads as empty measures nothing
        raise SystemExit(f"no article was indexed in {library}: nothing to measure")
    return found


def measure_figures(library: Path, data: Path, edit_copy: Path | None,
                    skip_ui: bool = False) -> dict[str, object]:  # fmt: skip
    """Everything but the build, on the index built in ``data``."""
    out: dict[str, object] = {"library": str(library)}
    started = time.perf_counter()
    # Whatever changed since the build (new catalog indexes, a new stories format: the
    # stories of the whole library are then made again, as in a first build), with its
    # stories figures and every process's peak.
    tmp = Path(tempfile.mkdtemp(prefix="reader-scale-"))
    try:
        out["first_update"] = build(library, data, tmp, rebuild=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _say("first update", {k: v for k, v in out["first_update"].items() if k != "steps"})  # type: ignore[union-attr]
    out["walk"] = walk_floor(library)
    _say("walk floor", out["walk"])
    out["noop"] = update(library, data)
    _say("no-change update", out["noop"])
    saved = edit_files(edit_copy or library)
    try:
        out["update100"] = update(library, data)
    finally:
        restore(saved)
    _say("100-file update", out["update100"])
    update(library, data)  # the files put back: the index as built again
    out["queries"] = queries(library, data)
    _say("queries", out["queries"])
    out["startup"] = startup.figures(library, runs=5, data=data)
    _say("start-up", out["startup"])
    out["cli"] = cli(library, data)
    _say("reader search", out["cli"])
    if not skip_ui:
        out["ui"] = ui_stalls(library, data)
        _say("ui stalls", out["ui"])
    out["seconds"] = time.perf_counter() - started
    return out


def figures(library: Path, data: Path, edit_copy: Path | None,
            skip_ui: bool = False) -> dict[str, object]:  # fmt: skip
    built = build_figures(library, data)
    return {"build": built, **measure_figures(library, data, edit_copy, skip_ui)}


def _peak(step: dict[str, Any], role: str) -> float:
    return float(step.get("peaks", {}).get(role, 0.0))


def _ui_line(text: str, what: str) -> str:
    for line in text.splitlines():
        if what in line:
            return line.split(":", 1)[1].strip()
    return "-"


def table(results: dict[int, dict[str, Any]], text_bytes_24k: int, articles_24k: int) -> str:
    """One row per figure, one column per size (x1 is the corpus), growth in the notes."""
    sizes = sorted(results)
    mb = 1024 * 1024
    rows: list[tuple[str, list[str], str]] = []

    def row(name: str, cell: Callable[[dict[str, Any]], str], note: str = "") -> None:
        rows.append((name, [cell(results[s]) for s in sizes], note))

    def per_article_ms(r: dict[str, Any]) -> float:
        built = r["build"]
        count = built["articles"] if built.get("rebuild", True) else built["added"]
        return float(built["build_s"]) / int(count) * 1000

    def text_mb(r: dict[str, Any]) -> float:
        return text_bytes_24k * int(r["build"]["articles"]) / articles_24k / mb

    base = per_article_ms(results[sizes[0]])
    row("articles", lambda r: f"{r['build']['articles']:,}")
    row("build or growth (s) / per article added (ms)",
        lambda r: f"{r['build']['build_s']:.0f} / {per_article_ms(r):.2f}",
        "per article: " + ", ".join(f"{per_article_ms(results[s]) / base:.2f}x" for s in sizes)
        + " (<= 1.2x)")  # fmt: skip
    row("writer peak RSS (MB)", lambda r: f"{_peak(r['build'], 'main'):.0f}", "<= 400")
    row("parse worker / resource tracker peak (MB)",
        lambda r: f"{_peak(r['build'], 'spawned worker'):.0f} / "
                  f"{_peak(r['build'], 'resource tracker'):.0f}", "<= 400")  # fmt: skip
    row("stories in the build (s / share)",
        lambda r: f"{r['build']['stories_s'] or 0:.0f} / "
                  f"{float(r['build']['stories_s'] or 0) / float(r['build']['build_s']):.0%}",
        "largest story: " + ", ".join(str(results[s]["build"]["largest_story"]) for s in sizes))  # fmt: skip
    if all("first_update" in results[s] for s in sizes):
        row("stories of the whole library again (s / peak MB)",
            lambda r: f"{r['first_update']['stories_s'] or 0:.0f} / "
                      f"{_peak(r['first_update'], 'main'):.0f}",
            "the measured code's stories, made again on the built index (a new format)")  # fmt: skip
    row("segments", lambda r: f"{r['build']['segments']}")
    row("index (MB / x text)",
        lambda r: f"{r['build']['index_bytes'] / mb:.0f} / "
                  f"{r['build']['index_bytes'] / mb / text_mb(r):.2f}", "<= 1.5x text")  # fmt: skip
    row("catalog (MB / x text)",
        lambda r: f"{r['build']['catalog_bytes'] / mb:.0f} / "
                  f"{r['build']['catalog_bytes'] / mb / text_mb(r):.2f}")  # fmt: skip
    for name, key, note in (("no-change update (s / peak MB)", "noop", "<= 10 s"),
                            ("100-file update (s / peak MB)", "update100", "<= 5 s")):  # fmt: skip
        row(
            name,
            lambda r, k=key: (
                f"{r[k]['seconds']:.1f} / "  # type: ignore[misc]
                f"{max(_peak(r[k], 'main'), _peak(r[k], 'other')):.0f}"
            ),
            note,
        )
    row("  floor: os.walk + stat of every file (s)", lambda r: f"{r['walk']['seconds']:.1f}")
    row("query p50 / p95 (ms, as the app asks)",
        lambda r: f"{r['queries']['p50_ms']:.1f} / {r['queries']['p95_ms']:.1f}",
        "p50 <= 30, p95 <= 100")  # fmt: skip
    row(
        "all hits of 中国 (ms / count)",
        lambda r: f"{r['queries']['count_ms']:.1f} / {r['queries']['count']:,}",
    )
    row("search process peak RSS (MB)", lambda r: f"{r['queries']['search_rss_mb']:.0f}", "<= 400")
    row("start-up to first list (s / x bare Qt)",
        lambda r: f"{r['startup']['reader_median_s']:.2f} / "
                  f"{r['startup']['reader_median_s'] / r['startup']['floor_median_s']:.2f}x",
        "<= 2x")  # fmt: skip
    row("memory at rest (MB / x bare Qt)",
        lambda r: f"{r['startup']['reader_rest_mb']:.0f} / "
                  f"{r['startup']['reader_rest_mb'] / r['startup']['floor_rest_mb']:.2f}x",
        "<= 2x")  # fmt: skip
    row("`reader search` (ms / x `python -c pass`)",
        lambda r: f"{r['cli']['resident_ms']:.0f} / "
                  f"{r['cli']['resident_ms'] / r['cli']['bare_ms']:.2f}x",
        "<= 2x at 24k, <= 3x at 1M")  # fmt: skip
    row(
        "  run by itself / its first call (ms)",
        lambda r: f"{r['cli']['itself_ms']:.0f} / {r['cli']['first_ms']:.0f}",
    )
    if all("ui" in results[s] for s in sizes):
        for what in ("while indexing", "while typing", "while reading", "list operations"):
            row(
                f"worst GUI stall {what}",
                lambda r, w=what: _ui_line(str(r["ui"]), w).split(" (")[0],
                "<= 50 ms",
            )  # type: ignore[misc]
    width = max(len(r[0]) for r in rows)
    widths = [max(len(r[1][i]) for r in rows) for i in range(len(sizes))]
    head = f"{'':<{width}}  " + "  ".join(
        f"{f'x{s}':>{w}}" for s, w in zip(sizes, widths, strict=True)
    )
    lines = [head]
    for name, values, note in rows:
        cells = "  ".join(f"{v:>{w}}" for v, w in zip(values, widths, strict=True))
        lines.append(f"{name:<{width}}  {cells}  {note}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_figures")
    parser.add_argument("library", type=Path)
    parser.add_argument("data", type=Path, help="data folder to build in (kept)")
    parser.add_argument("--edit-copy", type=Path, help="where the 100 edited files are")
    parser.add_argument("--skip-ui", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(figures(args.library, args.data, args.edit_copy, args.skip_ui),
                     ensure_ascii=False))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

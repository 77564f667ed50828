"""`reader search` as a process against a bare interpreter and `recollq`, in one run.

    python -m bench.search_process LIBRARY DATA_DIR [--recoll CONF_DIR] [--rounds N]

The library is indexed in DATA_DIR first (`reader index`: nothing to do when it is built);
Recoll's index in CONF_DIR is built when it has none (``recollindex``, ``.md`` read as HTML).
Then, interleaved round by round so that the machine's load falls on each alike, the median
wall time of each command run to its end (stdout discarded):

- ``python -c pass``: the floor of any Python command;
- ``reader search Q --library LIBRARY``, answered by its resident search process (the first
  call, which starts it, is timed apart);
- the same with ``READER_SEARCH_RESIDENT=0``: the command running itself (imports, opening
  the index, searching);
- ``recollq -c CONF_DIR -n 20 -A Q`` (Recoll 1.34, C++, top 20 with abstracts).

Targets (issue 25): `reader search` <= 2x ``python -c pass`` at 24k, and so within ~5x
`recollq`.
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
from bench.library_figures import percentile
from bench.scale_figures import PROCESS_QUERIES, _seconds

PY = sys.executable


def build_recoll(conf: Path, library: Path) -> float | None:
    """Recoll's index of ``library`` in ``conf`` (built when it has none): seconds taken,
    None when it was there already."""
    if (conf / "xapiandb").exists():
        return None
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "recoll.conf").write_text(f"topdirs = {library}\nloglevel = 1\n", encoding="utf-8")
    (conf / "mimemap").write_text(".md = text/html\n", encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(conf)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def measure(library: Path, data: Path, recoll: Path | None, rounds: int) -> dict[str, object]:
    runtime = tempfile.mkdtemp(prefix="rs-", dir="/tmp")  # short: socket paths are limited
    env = {"READER_DATA_DIR": str(data), "XDG_RUNTIME_DIR": runtime,
           "READER_SEARCH_RESIDENT": "1"}  # fmt: skip
    alone = {**env, "READER_SEARCH_RESIDENT": "0"}
    search = [PY, "-m", "reader", "search"]
    lib = ["--library", str(library)]
    times: dict[str, list[float]] = {"bare": [], "resident": [], "itself": [], "recollq": []}
    try:
        first = _seconds([*search, "中国", *lib], env)
        socket_dir = Path(runtime) / f"reader-search-{os.getuid()}"
        deadline = time.monotonic() + 120
        while not list(socket_dir.glob("*.pid")) and time.monotonic() < deadline:
            time.sleep(0.1)
        for _ in range(rounds):
            for q in PROCESS_QUERIES:
                times["bare"].append(_seconds([PY, "-c", "pass"], {}))
                times["resident"].append(_seconds([*search, q, *lib], env))
                times["itself"].append(_seconds([*search, q, *lib], alone))
                if recoll is not None:
                    times["recollq"].append(
                        _seconds(["recollq", "-c", str(recoll), "-n", "20", "-A", q], {})
                    )
    finally:
        subprocess.run([PY, "-m", "reader.core.search.resident", os.path.realpath(library),
                        "--stop"], env={**os.environ, **env}, cwd=ROOT, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        shutil.rmtree(runtime, ignore_errors=True)
    out: dict[str, object] = {"first_ms": first * 1000, "runs": len(times["bare"])}
    for name, values in times.items():
        if values:
            out[f"{name}_ms"] = percentile(values, 50) * 1000
            out[f"{name}_p95_ms"] = percentile(values, 95) * 1000
    return out


def table(found: dict[str, object]) -> str:
    bare = float(found["bare_ms"])  # type: ignore[arg-type]
    lines = [f"median of {found['runs']} runs each, interleaved ({len(PROCESS_QUERIES)} queries)"]
    for name, label in (
        ("bare", "python -c pass"),
        ("resident", "reader search (resident process)"),
        ("itself", "reader search (READER_SEARCH_RESIDENT=0)"),
        ("recollq", "recollq -n 20 -A"),
    ):
        if f"{name}_ms" not in found:
            continue
        ms = float(found[f"{name}_ms"])  # type: ignore[arg-type]
        p95 = float(found[f"{name}_p95_ms"])  # type: ignore[arg-type]
        note = f"{ms / bare:.2f}x python -c pass"
        if "recollq_ms" in found and name != "recollq":
            note += f", {ms / float(found['recollq_ms']):.1f}x recollq"  # type: ignore[arg-type]
        lines.append(f"  {label:<42} {ms:7.1f} ms (p95 {p95:6.1f})  {note}")
    lines.append(f"  first reader search (starts the resident)  {found['first_ms']:7.1f} ms")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_process")
    parser.add_argument("library", type=Path)
    parser.add_argument("data", type=Path, help="data folder the library is indexed in")
    parser.add_argument("--recoll", type=Path, help="Recoll configuration folder (built)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-index", action="store_true",
                        help="search DATA_DIR's index as it is (a copy of another run's: its "
                             "catalog names the files under that run's library folder)")  # fmt: skip
    args = parser.parse_args(argv)
    env = {**os.environ, "READER_DATA_DIR": str(args.data), "READER_SEARCH_RESIDENT": "0"}
    if not args.no_index:
        subprocess.run([PY, "-m", "reader", "index", "--library", str(args.library)], env=env,
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    recoll = args.recoll
    if recoll is not None and shutil.which("recollq") is None:
        print("recollq is not installed (apt-get install recollcmd): left out", file=sys.stderr)
        recoll = None
    if recoll is not None:
        took = build_recoll(recoll, args.library)
        if took is not None:
            print(f"recollindex: {took:.0f} s", file=sys.stderr)
    found = measure(args.library, args.data, recoll, args.rounds)
    print(table(found))
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

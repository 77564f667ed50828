"""Benchmarks on the real corpus and its 2x/4x copies; prints one table of figures and ratios.

    make bench      # or: python -m bench.run_all [--skip-reference] [--skip-scale] [--skip-ui]

Everything is measured in the same run on the same machine: the parse-only floor (parse +
sanitize + text extraction of every file, one process), the full index build, a no-change
and an incremental update (100 files edited), query latency over a mixed query set (top 20
with snippets), peak RSS of the building and of a searching process; the same at 48k and 96k
articles (copies of the corpus with rewritten URLs and titles, ``bench.scale``); start-up
against a bare PySide6 window and memory at rest (``bench.startup``); ``reader search`` as a
process against a bare interpreter; and for reference SQLite FTS5 (trigram), tantivy and,
when installed, Recoll (``apt-get install recollcmd``) over the same texts and queries.

``--scale DIR`` reuses copies written by ``python -m bench.scale 4 DIR`` (else they are
written to a temporary folder, ~3 GB and a few minutes).
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
from pathlib import Path

from bench import library_figures, scale_figures, startup
from bench.corpus import ROOT, corpus_dir, working_copy
from bench.library_figures import child, percentile
from bench.queries import QUERIES
from bench.scale import build as build_copies
from reader.core.article import Article
from reader.core.scan import scan_library

PY = sys.executable


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def parse_floor(corpus: Path) -> tuple[float, int, int]:
    started = time.perf_counter()
    text_bytes = articles = 0
    for item in scan_library(corpus):
        if isinstance(item, Article):
            articles += 1
            text_bytes += len((item.title + "\n" + item.text).encode("utf-8"))
    return time.perf_counter() - started, text_bytes, articles


SERVICE_CODE = """
import time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.service import SearchService
service = SearchService(Path({lib!r}))
service.search("中国")
via_service = []
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t = time.perf_counter()
        service.search(q, opts)
        via_service.append((time.perf_counter() - t) * 1000)
service.close()
OUT = {{"service_times": via_service}}
"""


def whoosh_figures(corpus: Path, data: Path) -> tuple[dict[str, object], Path]:
    """The real corpus: build, no-change update, queries (library_figures), then an update
    after editing 100 files and the queries as the app asks them (through the search
    process). Returns the figures and the working copy (its index stays in ``data``)."""
    env = {"READER_DATA_DIR": str(data)}
    lib = working_copy(corpus)
    out = library_figures.figures(lib, data)
    root = library_data_dir_in(data, lib)
    out["index_bytes"] = dir_size(root / "whoosh")
    out["catalog_bytes"] = dir_size(root) - int(out["index_bytes"])  # type: ignore[call-overload]
    service = child(SERVICE_CODE.format(lib=str(lib)), env)
    out["service_times"] = service["service_times"]
    files = sorted(lib.rglob("*.md"))
    for path in files[:: max(1, len(files) // 100)][:100]:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n<p>bench edit: 增量更新测试</p>\n")
    started = time.perf_counter()
    child(
        "from pathlib import Path\nfrom reader.core.search.engine import LibraryIndex\n"
        f"s = LibraryIndex(Path({str(lib)!r})).update()\n"
        "OUT = {'updated': s.updated}",
        env,
    )
    out["incremental_s"] = time.perf_counter() - started
    return out, lib


def library_data_dir_in(data: Path, library: Path) -> Path:
    code = (
        "from pathlib import Path\nfrom reader.core.paths import library_data_dir\n"
        f"OUT = {{'root': str(library_data_dir(Path({str(library)!r})))}}"
    )
    return Path(str(child(code, {"READER_DATA_DIR": str(data)})["root"]))


def scale_library(copies_dir: Path, copies: int, tmp: Path) -> Path:
    """A library of the first ``copies`` copies (symlinked folders: the walk follows them)."""
    lib = tmp / f"x{copies}"
    lib.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        link = lib / f"copy-{k}"
        if not link.exists():
            link.symlink_to(copies_dir / f"copy-{k}", target_is_directory=True)
    return lib


def process_seconds(command: list[str], env: dict[str, str], runs: int = 5) -> float:
    """Median wall time of a command run to its end (stdout discarded)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env={**os.environ, **env}, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        times.append(time.perf_counter() - started)
    return percentile(times, 50)


PROCESS_QUERIES = ["中国", "疫苗", "王毅 布林肯", '"国务卿蓬佩奥"', "Trump"]


def recoll_figures(corpus: Path, tmp: Path) -> dict[str, object] | None:
    """Recoll 1.34 (``recollcmd``) over the same files, ``.md`` read as HTML: build time,
    peak RSS, index size, and ``recollq -n 20 -A`` (with abstracts) as a process."""
    if shutil.which("recollindex") is None or shutil.which("recollq") is None:
        return None
    conf = tmp / "recoll"
    conf.mkdir()
    (conf / "recoll.conf").write_text(f"topdirs = {corpus}\nloglevel = 1\n", encoding="utf-8")
    (conf / "mimemap").write_text(".md = text/html\n", encoding="utf-8")
    started = time.perf_counter()
    # In a child of its own: its RUSAGE_CHILDREN peak is recollindex's alone.
    built = child(
        f"import subprocess\nsubprocess.run(['recollindex', '-c', {str(conf)!r}], check=True,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nOUT = {}",
        {},
    )
    build_s = time.perf_counter() - started
    times = [
        process_seconds(["recollq", "-c", str(conf), "-n", "20", "-A", q], {}, runs=3)
        for q in PROCESS_QUERIES
    ]
    return {
        "build_s": build_s,
        "rss_mb": built["children_rss_mb"],
        "index_bytes": dir_size(conf / "xapiandb"),
        "query_s": percentile(times, 50),
    }


def _needles(query: str) -> list[str]:
    from reader.core.search.query import parse_query

    return [n.folded for n in parse_query(query).needles]


def fts5_figures(folded_docs: list[str], tmp: Path) -> dict[str, object]:
    path = tmp / "fts5.sqlite"
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
    db.executemany("INSERT INTO t(body) VALUES(?)", ((d,) for d in folded_docs))
    db.commit()
    build_s = time.perf_counter() - started
    times: list[float] = []
    for _ in range(3):
        for _kind, q, _opts in QUERIES:
            needles = [n for n in _needles(q)]
            long = [n for n in needles if len(n) >= 3]
            short = [n for n in needles if len(n) < 3]
            where = []
            params: list[str] = []
            if long:
                where.append("t MATCH ?")
                params.append(" AND ".join('"' + n.replace('"', '""') + '"' for n in long))
            for n in short:  # trigram cannot match under 3 characters: LIKE scan
                where.append("body LIKE ?")
                params.append(f"%{n}%")
            sql = f"SELECT rowid FROM t WHERE {' AND '.join(where) or '1'} LIMIT 20"
            t = time.perf_counter()
            db.execute(sql, params).fetchall()
            times.append((time.perf_counter() - t) * 1000)
    db.close()
    return {"build_s": build_s, "index_bytes": path.stat().st_size, "times": times}


def tantivy_figures(folded_docs: list[str], tmp: Path) -> dict[str, object] | None:
    try:
        import tantivy
    except ImportError:
        return None
    from reader.core.search.fold import TOKEN_RE, is_cjk

    def tokens(text: str) -> str:
        out: list[str] = []
        for run in TOKEN_RE.findall(text):
            out.extend(run if is_cjk(run[0]) else [run])
        return " ".join(out)

    path = tmp / "tantivy"
    path.mkdir()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="whitespace")
    schema = builder.build()
    started = time.perf_counter()
    index = tantivy.Index(schema, path=str(path))
    writer = index.writer(heap_size=200_000_000, num_threads=2)
    for doc in folded_docs:
        writer.add_document(tantivy.Document(body=tokens(doc)))
    writer.commit()
    writer.wait_merging_threads()
    build_s = time.perf_counter() - started
    index.reload()
    searcher = index.searcher()
    times: list[float] = []
    for _ in range(3):
        for _kind, q, _opts in QUERIES:
            parts = ['"' + tokens(n) + '"' for n in _needles(q) if tokens(n)]
            if not parts:
                continue
            t = time.perf_counter()
            query = index.parse_query(" AND ".join(parts), ["body"])
            searcher.search(query, 20)
            times.append((time.perf_counter() - t) * 1000)
    return {"build_s": build_s, "index_bytes": dir_size(path), "times": times}


def _grow_library(lib: Path, copies_dir: Path, copies: int) -> None:
    """``lib`` holds exactly the first ``copies`` copies, as folders of hard links to the
    copies' files: the app does not follow a symlink that leads out of its library (a
    library of symlinked copies read as empty), and links take no space and keep mtimes."""
    lib.mkdir(parents=True, exist_ok=True)
    for folder in lib.iterdir():
        if int(folder.name.split("-")[1]) >= copies:
            folder.unlink() if folder.is_symlink() else shutil.rmtree(folder)
    for k in range(copies):
        target = lib / f"copy-{k}"
        if target.is_symlink():  # grown by an earlier version of this bench
            target.unlink()
        if not target.exists():
            partial = lib.parent / f".partial-copy-{k}"  # outside the library until whole
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(copies_dir / f"copy-{k}", partial, copy_function=os.link)
            partial.rename(target)


def scale_run(args: argparse.Namespace) -> int:
    """Issue 25: every figure at each size (``bench.scale_figures``), one table with growth;
    the corpus's parse floor and Recoll in the same run.

    ``--phase build`` builds every size and keeps its data folder in ``--keep``: the corpus
    (x1, a copy: 100 of its files are edited and put back) and the first copies by a first
    build, each larger size by an update adding the next copies to the library folder of
    the size before (the same per-article work as a first build, with the library growing:
    it says whether a build stays linear; 1.75 M articles of first builds did not fit the
    day on this shared machine). ``--phase measure`` then measures every built size in one
    pass; ``--phase all`` does both. The figures go to ``scale-figures.json`` in ``--keep``.
    """
    sizes = sorted({int(s) for s in args.sizes.split(",")})
    corpus = corpus_dir()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    keep.mkdir(parents=True, exist_ok=True)
    saved = keep / "scale-figures.json"
    results: dict[int, dict[str, object]] = (
        {int(k): v for k, v in json.loads(saved.read_text(encoding="utf-8")).items()}
        if saved.exists() else {}
    )  # fmt: skip

    def save() -> None:
        saved.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    started = time.perf_counter()
    copies_dir = args.scale or build_copies(max(sizes), keep / "copies", corpus)
    grown = keep / "lib"
    if args.phase in ("build", "all"):
        for size in sizes:
            print(f"x{size}: building ...", flush=True)
            data = keep / f"data-x{size}"
            if size == 1:
                library = keep / "x1"
                shutil.rmtree(library, ignore_errors=True)
                shutil.copytree(copies_dir / "copy-0", library)
                shutil.rmtree(data, ignore_errors=True)
                built = scale_figures.build_figures(library, data)
            else:
                work = keep / "data-grow"
                first = not work.exists()
                _grow_library(grown, copies_dir, size)
                built = scale_figures.build_figures(grown, work, rebuild=first)
                shutil.rmtree(data, ignore_errors=True)
                if size == max(sizes):
                    work.rename(data)
                else:
                    shutil.copytree(work, data, symlinks=True)
            results[size] = {"build": built}
            save()
    if args.phase in ("measure", "all"):
        floor_s, text_bytes, parsed = parse_floor(corpus)
        print(f"parse-only floor: {floor_s:.1f} s for {parsed} articles, "
              f"{text_bytes / 2**20:.1f} MB of text", flush=True)  # fmt: skip
        for size in sizes:
            print(f"x{size}: measuring ...", flush=True)
            data = keep / f"data-x{size}"
            if size == 1:
                library, edit = keep / "x1", keep / "x1"
            else:
                _grow_library(grown, copies_dir, size)
                library, edit = grown, grown / "copy-1"
            figures = scale_figures.measure_figures(library, data, edit, args.skip_ui)
            results[size] = {"build": results[size]["build"], **figures}
            save()
        articles_24k = int(results[sizes[0]]["build"]["articles"])  # type: ignore[index]
        print()
        print(scale_figures.table(results, text_bytes, articles_24k))  # type: ignore[arg-type]
        if not args.skip_reference:
            tmp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
            r = recoll_figures(corpus, tmp)
            shutil.rmtree(tmp, ignore_errors=True)
            if r is not None:
                print(f"Recoll 1.34 on the corpus: build {r['build_s']:.0f} s, peak "
                      f"{r['rss_mb']:.0f} MB, index {int(r['index_bytes']) / 2**20:.0f} MB; "  # type: ignore[call-overload]
                      f"`recollq -n 20 -A` {float(r['query_s']) * 1000:.0f} ms a query")  # type: ignore[arg-type]  # fmt: skip
    print(f"this phase: {(time.perf_counter() - started) / 60:.0f} min")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-reference", action="store_true", help="no FTS5/tantivy/Recoll")
    parser.add_argument("--skip-scale", action="store_true", help="no 48k/96k runs")
    parser.add_argument("--skip-ui", action="store_true", help="no event-loop stall bench")
    parser.add_argument("--scale", type=Path, help="copies written by `python -m bench.scale N`")
    parser.add_argument(
        "--sizes", help="issue 25's table instead: sizes in copies, e.g. 1,10,21,42"
    )
    parser.add_argument("--keep", type=Path, help="with --sizes: data folders kept here")
    parser.add_argument(
        "--phase",
        choices=["build", "measure", "all"],
        default="all",
        help="with --sizes: build the sizes, measure them, or both",
    )
    args = parser.parse_args()
    if args.sizes:
        return scale_run(args)
    corpus = corpus_dir()
    tmp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    mb = 1024 * 1024
    print(f"corpus: {corpus}", flush=True)
    floor_s, text_bytes, articles = parse_floor(corpus)
    print(f"parse-only floor: {floor_s:.1f} s for {articles} articles", flush=True)
    data24 = tmp / "data24"
    w, lib24 = whoosh_figures(corpus, data24)
    brief = {k: v for k, v in w.items() if k not in ("service_times", "kinds")}
    print(f"corpus: {json.dumps(brief, ensure_ascii=False)}", flush=True)
    rows = [
        ("articles parsed", f"{articles}", ""),
        ("extracted text", f"{text_bytes / mb:.1f} MB", ""),
        ("parse-only floor (1 process)", f"{floor_s:.1f} s", "1.00x"),
        ("full build (2 parse workers + writer)", f"{w['build_s']:.1f} s",
         f"{w['build_s'] / floor_s:.2f}x floor (target <= 1.5x the new floor)"),
        ("index size (Whoosh)", f"{w['index_bytes'] / mb:.1f} MB",
         f"{w['index_bytes'] / text_bytes:.2f}x text (target <= 1.5x)"),
        ("catalog (metadata + zlib texts)", f"{w['catalog_bytes'] / mb:.1f} MB",
         f"{w['catalog_bytes'] / text_bytes:.2f}x text"),
        ("peak RSS while indexing (writer)", f"{w['writer_rss_mb']:.0f} MB", "target <= 400 MB"),
        ("peak RSS, largest parse worker", f"{w['worker_rss_mb']:.0f} MB", ""),
        ("index segments", f"{w['segments']}", ""),
        ("no-change update (a second start)", f"{w['noop_s']:.1f} s",
         f"peak RSS {w['noop_rss_mb']:.0f} MB"),
        ("incremental update, 100 files edited", f"{w['incremental_s']:.1f} s",
         f"{100 * w['incremental_s'] / w['build_s']:.1f}% of full build (target < 5%)"),
        ("search process peak RSS", f"{w['search_rss_mb']:.0f} MB", "target <= 300 MB"),
        ("query p50 / p95 (all, top 20 + snippets)", f"{w['p50_ms']:.1f} / {w['p95_ms']:.1f} ms",
         "target <= 20 / 100 ms"),
    ]  # fmt: skip
    for kind, (p50, p95) in w["kinds"].items():  # type: ignore[union-attr]
        rows.append((f"  {kind}", f"{p50:.1f} / {p95:.1f} ms", ""))
    via: list[float] = w["service_times"]  # type: ignore[assignment]
    rows.append(("  the same through the search process (as the app)",
                 f"{percentile(via, 50):.1f} / {percentile(via, 95):.1f} ms",
                 f"{percentile(via, 50) - float(w['p50_ms']):+.1f} ms at p50 for the pipe"))  # type: ignore[arg-type]  # fmt: skip
    rows.append(("count of 中国 hits (top 20 shown)", f"{w['count_ms']:.1f} ms",
                 f"{'about ' if w['count_approximate'] else ''}{w['count']} hits"))  # fmt: skip

    scaled: dict[int, dict[str, object]] = {1: w}
    data96: Path | None = None
    lib96: Path | None = None
    if not args.skip_scale:
        copies_dir = args.scale or build_copies(4, tmp / "copies", corpus)
        for copies in (2, 4):
            lib = scale_library(copies_dir, copies, tmp)
            data = tmp / f"data{copies}"
            scaled[copies] = library_figures.figures(lib, data)
            brief = {k: v for k, v in scaled[copies].items() if k != "kinds"}
            print(f"x{copies}: {json.dumps(brief, ensure_ascii=False)}", flush=True)
            if copies == 4:
                data96, lib96 = data, lib
        for copies, f in scaled.items():
            rows.append((
                f"x{copies} ({f['articles']} articles): build / writer peak / segments",
                f"{f['build_s']:.0f} s / {f['writer_rss_mb']:.0f} MB / {f['segments']}",
                f"{float(f['build_s']) / float(w['build_s']):.2f}x the 24k build; "  # type: ignore[arg-type]
                "target <= 400 MB",
            ))  # fmt: skip
            rows.append((
                f"x{copies}: query p50 / p95; no-change update",
                f"{f['p50_ms']:.1f} / {f['p95_ms']:.1f} ms; {f['noop_s']:.1f} s",
                f"p95 target <= 40 ms at 96k; update peak {f['noop_rss_mb']:.0f} MB, "
                f"search process {f['search_rss_mb']:.0f} MB",
            ))  # fmt: skip

    print("start-up against the bare-Qt floor ...", flush=True)
    s24 = startup.figures(lib24, runs=5, data=data24)
    starts = [(24, s24)]
    if data96 is not None and lib96 is not None:
        starts.append((96, startup.figures(lib96, runs=5, data=data96)))
    for size, st in starts:
        limit = "1.5x" if size == 24 else "2x"
        rows.append((
            f"start-up {size}k: launch to first frame (median)",
            f"{st['reader_median_s']:.2f} s",
            f"{st['reader_median_s'] / st['floor_median_s']:.2f}x bare Qt "
            f"({st['floor_median_s']:.2f} s; target <= {limit})",
        ))  # fmt: skip
        rows.append((
            f"start-up {size}k: memory at rest (RSS, process tree)",
            f"{st['reader_rest_mb']:.0f} MB",
            f"{st['reader_rest_mb'] / st['floor_rest_mb']:.2f}x bare Qt "
            f"({st['floor_rest_mb']:.0f} MB; target <= 2x)",
        ))  # fmt: skip

    env24 = {"READER_DATA_DIR": str(data24)}
    python_s = process_seconds([PY, "-c", "pass"], {})
    search_s = percentile([
        process_seconds([PY, "-m", "reader", "search", q, "--library", str(lib24)], env24, 3)
        for q in PROCESS_QUERIES
    ], 50)  # fmt: skip
    rows.append(("`reader search` as a process (median of 5 queries)", f"{search_s * 1000:.0f} ms",
                 f"{search_s / python_s:.1f}x a bare `python -c pass` ({python_s * 1000:.0f} ms)"))  # fmt: skip

    if not args.skip_reference:
        from reader.core.search.catalog import Catalog

        root = library_data_dir_in(data24, lib24)
        cat = Catalog(root / "catalog.sqlite", readonly=True)
        docs = [t for _, t in cat.texts(cat.ids(), folded=True)]
        cat.close()
        f = fts5_figures(docs, tmp)
        rows.append(("SQLite FTS5 trigram: build / size",
                     f"{f['build_s']:.1f} s / {f['index_bytes'] / mb:.0f} MB",  # type: ignore[operator]
                     f"Whoosh/FTS5 build {w['build_s'] / f['build_s']:.1f}x"))  # type: ignore[operator]  # fmt: skip
        ft: list[float] = f["times"]  # type: ignore[assignment]
        rows.append(("SQLite FTS5: query p50 / p95 (top 20, no snippets)",
                     f"{percentile(ft, 50):.1f} / {percentile(ft, 95):.1f} ms", ""))  # fmt: skip
        t = tantivy_figures(docs, tmp)
        if t is not None:
            tt: list[float] = t["times"]  # type: ignore[assignment]
            rows.append(("tantivy (unigram + phrase): build / size",
                         f"{t['build_s']:.1f} s / {t['index_bytes'] / mb:.0f} MB",  # type: ignore[operator]
                         f"Whoosh/tantivy build {w['build_s'] / t['build_s']:.1f}x"))  # type: ignore[operator]  # fmt: skip
            rows.append(("tantivy: query p50 / p95 (top 20, no snippets)",
                         f"{percentile(tt, 50):.1f} / {percentile(tt, 95):.1f} ms", ""))  # fmt: skip
        r = recoll_figures(corpus, tmp)
        if r is None:
            rows.append(("Recoll", "not installed", "apt-get install recollcmd"))
        else:
            rss = f"{r['rss_mb']:.0f} MB"
            rows.append(("Recoll 1.34: build / peak RSS / index",
                         f"{r['build_s']:.0f} s / {rss} / {r['index_bytes'] / mb:.0f} MB",  # type: ignore[operator]
                         f"Reader/Recoll build {w['build_s'] / r['build_s']:.2f}x"))  # type: ignore[operator]  # fmt: skip
            rows.append(("`recollq -n 20 -A` as a process (median of 5 queries)",
                         f"{r['query_s'] * 1000:.0f} ms",  # type: ignore[operator]
                         f"`reader search` {search_s / r['query_s']:.1f}x it (target <= 3x)"))  # type: ignore[operator]  # fmt: skip
    shutil.rmtree(tmp, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>22}  {note}")
    if not args.skip_ui:
        print(flush=True)
        subprocess.run([PY, "-m", "bench.ui_stall"], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

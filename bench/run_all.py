"""Search benchmarks on the real corpus; prints a table of figures and ratios.

    make bench                         # or: python -m bench.run_all [--skip-reference]

Everything is measured in the same run on the same machine: the parse-only floor (parse +
sanitize + text extraction of every file, one process), the full index build, an incremental
update after editing 100 files, query latency over a mixed query set (top 20 with snippets),
peak RSS of the building and of a searching process, and for reference SQLite FTS5 (trigram)
and tantivy over the same texts and queries.
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

from bench.corpus import ROOT, corpus_dir, working_copy
from bench.queries import QUERIES
from reader.core.article import Article
from reader.core.scan import scan_library

PY = sys.executable


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def child(code: str, env: dict[str, str]) -> dict[str, float]:
    """Run code in a fresh interpreter; it prints one JSON line; adds its peak RSS (MB)."""
    wrapper = (
        "import json, resource, sys\n"
        f"{code}\n"
        "r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "c = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "OUT.update(rss_mb=r, children_rss_mb=c)\n"
        "print(json.dumps(OUT))\n"
    )
    out = subprocess.run(
        [PY, "-c", wrapper], cwd=ROOT, env={**os.environ, **env}, capture_output=True,
        text=True, check=True,
    ).stdout  # fmt: skip
    return dict(json.loads(out.strip().splitlines()[-1]))


def parse_floor(corpus: Path) -> tuple[float, int, int]:
    started = time.perf_counter()
    text_bytes = articles = 0
    for item in scan_library(corpus):
        if isinstance(item, Article):
            articles += 1
            text_bytes += len((item.title + "\n" + item.text).encode("utf-8"))
    return time.perf_counter() - started, text_bytes, articles


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


SEARCH_CODE = """
import time
from pathlib import Path
from bench.queries import QUERIES
from reader.core.search.engine import LibraryIndex
index = LibraryIndex(Path({lib!r}))
index.search("中国")  # open the index once, as the app does
times = {{}}
for rnd in range(3):
    for kind, q, opts in QUERIES:
        t = time.perf_counter()
        res = index.search(q, opts)
        times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
# The app asks a search process over a pipe: the same queries that way show the overhead.
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
OUT = {{"times": times, "service_times": via_service}}
"""


def whoosh_figures(corpus: Path, data: Path) -> dict[str, object]:
    env = {"READER_DATA_DIR": str(data)}
    lib = working_copy(corpus)
    try:
        started = time.perf_counter()
        build = child(
            "from pathlib import Path\nfrom reader.core.search.engine import LibraryIndex\n"
            f"s = LibraryIndex(Path({str(lib)!r})).update()\n"
            "OUT = {'articles': s.added, 'problems': s.problems}",
            env,
        )
        build_s = time.perf_counter() - started
        root = next((data / "libraries").iterdir())
        index_bytes = dir_size(root / "whoosh")
        catalog_bytes = dir_size(root) - index_bytes
        edited = sorted(lib.rglob("*.md"))[:: max(1, len(list(lib.rglob("*.md"))) // 100)][:100]
        for path in edited:
            with path.open("a", encoding="utf-8") as fh:
                fh.write("\n<p>bench edit: 增量更新测试</p>\n")
        started = time.perf_counter()
        child(
            "from pathlib import Path\nfrom reader.core.search.engine import LibraryIndex\n"
            f"s = LibraryIndex(Path({str(lib)!r})).update()\n"
            "OUT = {'updated': s.updated}",
            env,
        )
        incremental_s = time.perf_counter() - started
        search = child(SEARCH_CODE.format(lib=str(lib)), env)
    finally:
        shutil.rmtree(lib.parent, ignore_errors=True)
    return {
        "build_s": build_s,
        "build_rss_mb": build["children_rss_mb"],
        "writer_rss_mb": build["rss_mb"],
        "index_bytes": index_bytes,
        "catalog_bytes": catalog_bytes,
        "incremental_s": incremental_s,
        "search_rss_mb": search["rss_mb"],
        "times": search["times"],
        "service_times": search["service_times"],
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-reference", action="store_true", help="no FTS5/tantivy")
    parser.add_argument("--skip-ui", action="store_true", help="no event-loop stall bench")
    args = parser.parse_args()
    corpus = corpus_dir()
    tmp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    print(f"corpus: {corpus}", flush=True)
    floor_s, text_bytes, articles = parse_floor(corpus)
    print(f"parse-only floor: {floor_s:.1f} s for {articles} articles", flush=True)
    w = whoosh_figures(corpus, tmp / "data")
    all_times = [t for ts in w["times"].values() for t in ts]  # type: ignore[union-attr]
    mb = 1024 * 1024
    rows = [
        ("articles parsed", f"{articles}", ""),
        ("extracted text", f"{text_bytes / mb:.1f} MB", ""),
        ("parse-only floor (1 process)", f"{floor_s:.1f} s", "1.00x"),
        ("full build (2 parse workers + writer)", f"{w['build_s']:.1f} s",
         f"{w['build_s'] / floor_s:.2f}x floor (target <= 3x, <= 240 s)"),
        ("index size (Whoosh)", f"{w['index_bytes'] / mb:.1f} MB",
         f"{w['index_bytes'] / text_bytes:.2f}x text (target <= 1.5x)"),
        ("catalog (metadata + zlib texts)", f"{w['catalog_bytes'] / mb:.1f} MB",
         f"{w['catalog_bytes'] / text_bytes:.2f}x text"),
        ("peak RSS while indexing (writer)", f"{w['writer_rss_mb']:.0f} MB", "target <= 600 MB"),
        ("peak RSS, largest parse worker", f"{w['build_rss_mb']:.0f} MB", ""),
        ("incremental update, 100 files edited", f"{w['incremental_s']:.1f} s",
         f"{100 * w['incremental_s'] / w['build_s']:.1f}% of full build (target < 5%)"),
        ("search process peak RSS", f"{w['search_rss_mb']:.0f} MB", "target <= 300 MB"),
        ("query p50 / p95 (all, top 20 + snippets)",
         f"{percentile(all_times, 50):.1f} / {percentile(all_times, 95):.1f} ms",
         "target <= 20 / 100 ms"),
    ]  # fmt: skip
    for kind, ts in w["times"].items():  # type: ignore[union-attr]
        rows.append((f"  {kind}", f"{percentile(ts, 50):.1f} / {percentile(ts, 95):.1f} ms", ""))
    via: list[float] = w["service_times"]  # type: ignore[assignment]
    rows.append(("  the same through the search process (as the app)",
                 f"{percentile(via, 50):.1f} / {percentile(via, 95):.1f} ms",
                 f"{percentile(via, 50) - percentile(all_times, 50):+.1f} ms at p50 for the pipe"))  # fmt: skip
    if not args.skip_reference:
        from reader.core.search.catalog import Catalog

        root = next((tmp / "data" / "libraries").iterdir(), None)
        # The working copy is gone, but its catalog holds the folded texts: use those.
        cat = Catalog(root / "catalog.sqlite") if root else None
        docs = [t for _, t in cat.texts(cat.ids(), folded=True)] if cat else []
        f = fts5_figures(docs, tmp)
        rows.append(
            (
                "SQLite FTS5 trigram: build / size",
                f"{f['build_s']:.1f} s / {f['index_bytes'] / mb:.0f} MB",  # type: ignore[operator]
                f"Whoosh/FTS5 build {w['build_s'] / f['build_s']:.1f}x",
            )
        )  # type: ignore[operator]
        ft = f["times"]
        rows.append(
            (
                "SQLite FTS5: query p50 / p95 (top 20, no snippets)",
                f"{percentile(ft, 50):.1f} / {percentile(ft, 95):.1f} ms",
                "",
            )
        )  # type: ignore[arg-type]
        t = tantivy_figures(docs, tmp)
        if t is not None:
            tt = t["times"]
            rows.append(
                (
                    "tantivy (unigram + phrase): build / size",
                    f"{t['build_s']:.1f} s / {t['index_bytes'] / mb:.0f} MB",  # type: ignore[operator]
                    f"Whoosh/tantivy build {w['build_s'] / t['build_s']:.1f}x",
                )
            )  # type: ignore[operator]
            rows.append(
                (
                    "tantivy: query p50 / p95 (top 20, no snippets)",
                    f"{percentile(tt, 50):.1f} / {percentile(tt, 95):.1f} ms",
                    "",
                )
            )  # type: ignore[arg-type]
        if cat:
            cat.close()
    shutil.rmtree(tmp, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>18}  {note}")
    if not args.skip_ui:
        print(flush=True)
        subprocess.run([PY, "-m", "bench.ui_stall"], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

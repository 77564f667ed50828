"""Parse-only floor and prepare_article, old code against new, in one run on one machine.

    python -m bench.parse_floor [--corpus DIR] [--rounds N] [--limit N]

The floor is what ``bench.run_all`` calls it: walk, read, decode, parse, sanitize and extract
the text of every file in one process. "old" runs the real parser with the code kept verbatim
in ``bench.legacy`` (the BeautifulSoup sanitizer and its text extraction; for prepare, the
per-occurrence term counting); "new" is the current code. ``prepare_article`` (folding, term
counts, compressing what the index writer needs) is timed separately on each article as it
comes. Every file is read once before timing, so both start from a warm page cache; with
several rounds the order alternates (old, new, new, old, ...) and each keeps its best time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import reader.core.parser as parser_mod
import reader.core.search.prepare as prepare_mod
from bench import legacy
from bench.corpus import corpus_dir
from bench.sanitize_equivalence import legacy_sanitize_html
from reader.core.article import Article
from reader.core.scan import parse_or_problem, walk_article_files


@dataclass
class Timing:
    parse_s: float
    prepare_s: float
    articles: int
    text_bytes: int


@contextmanager
def old_code() -> Iterator[None]:
    saved = parser_mod.sanitize_html, parser_mod.html_to_text, prepare_mod.term_counts
    parser_mod.sanitize_html = legacy_sanitize_html
    parser_mod.html_to_text = legacy.html_to_text
    prepare_mod.term_counts = legacy.term_counts
    try:
        yield
    finally:
        parser_mod.sanitize_html, parser_mod.html_to_text, prepare_mod.term_counts = saved


def measure(corpus: Path, limit: int | None) -> Timing:
    parse_s = prepare_s = 0.0
    articles = text_bytes = 0
    started = time.perf_counter()
    files = list(islice(walk_article_files(corpus), limit))
    parse_s += time.perf_counter() - started
    for info in files:
        t0 = time.perf_counter()
        result = parse_or_problem(info.path)
        t1 = time.perf_counter()
        parse_s += t1 - t0
        if isinstance(result, Article):
            prepare_mod.prepare_article(result)
            prepare_s += time.perf_counter() - t1
            articles += 1
            text_bytes += len((result.title + "\n" + result.text).encode("utf-8"))
    return Timing(parse_s, prepare_s, articles, text_bytes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=1, help="old/new pairs, order alternating")
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    args = ap.parse_args(argv)
    corpus = args.corpus or corpus_dir()

    for info in islice(walk_article_files(corpus), args.limit):  # warm the page cache
        info.path.read_bytes()
    best: dict[str, Timing] = {}
    for rnd in range(args.rounds):
        for which in ("old", "new") if rnd % 2 == 0 else ("new", "old"):
            if which == "old":
                with old_code():
                    timing = measure(corpus, args.limit)
            else:
                timing = measure(corpus, args.limit)
            print(
                f"round {rnd + 1} {which}: parse {timing.parse_s:.1f} s, "
                f"prepare {timing.prepare_s:.1f} s ({timing.articles} articles)",
                flush=True,
            )
            kept = best.get(which)
            if kept is None or timing.parse_s + timing.prepare_s < kept.parse_s + kept.prepare_s:
                best[which] = timing
    old, new = best["old"], best["new"]
    mb = 1024 * 1024  # as bench.run_all counts
    print(
        f"\n{corpus}: {new.articles} articles; text {old.text_bytes / mb:.1f} MB old, "
        f"{new.text_bytes / mb:.1f} MB new (captions said once, feed footers gone)"
    )
    print(f"{'':34}{'old':>9}{'new':>9}{'new/old':>9}")
    rows = [
        ("parse floor (parse+sanitize+text)", old.parse_s, new.parse_s),
        ("prepare_article (fold+terms+zlib)", old.prepare_s, new.prepare_s),
        ("parse + prepare", old.parse_s + old.prepare_s, new.parse_s + new.prepare_s),
    ]
    for label, o, n in rows:
        print(f"{label:34}{o:8.1f}s{n:8.1f}s{n / o:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Timeline bench: what the window computes when a story opens, on the largest stories of an
indexed library (issue 21: <= 300 ms for a 50-report story), set against reading the same
reports' texts alone, measured in the same run. Writes every shown sentence to a file for
reading (the boilerplate share is counted by a person: a rule that could count it would be in
``novelty.py``).

    python -m bench.story_timeline [--library DIR] [--top 5] [--out FILE]

Without --library it indexes a private copy of the real corpus first (READER_CORPUS=DIR).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def _median_ms(run: object, times: int = 3) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        samples.append(1000 * (time.perf_counter() - started))
    return statistics.median(samples)


def main() -> int:
    from reader.core.search.catalog import decompress
    from reader.core.search.indexer import Indexer, IndexLayout
    from reader.core.stories import StoryIndex
    from reader.core.stories.lexicon import chinese_names
    from reader.core.stories.timeline import entries

    parser = argparse.ArgumentParser()
    parser.add_argument("--library")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--out", default="story_timelines.txt")
    args = parser.parse_args()
    cleanup: list[Path] = []
    if args.library:
        lib = Path(args.library)
    else:
        from bench.corpus import corpus_dir, working_copy

        lib = working_copy(corpus_dir())
        cleanup.append(lib.parent)
        data = Path(tempfile.mkdtemp(prefix="reader-bench-timeline-"))
        cleanup.append(data)
        os.environ["READER_DATA_DIR"] = str(data)
    try:
        layout = IndexLayout.of(lib)
        if not layout.catalog_path.exists():
            Indexer(lib, layout).update()
        db = sqlite3.connect(f"file:{layout.catalog_path}?mode=ro", uri=True)
        started = time.perf_counter()
        chinese_names()
        lexicon_ms = 1000 * (time.perf_counter() - started)
        stories = StoryIndex(db)
        biggest = "SELECT story_id FROM stories ORDER BY size DESC, story_id LIMIT ?"
        largest = [r[0] for r in db.execute(biggest, (args.top,))]
        # A story of exactly 50 reports, or the nearest size over it.
        fifty = db.execute(
            "SELECT story_id FROM stories WHERE size >= 50 ORDER BY size, story_id LIMIT 1"
        ).fetchone()
        rows = [("names lexicon loaded once per process (CC-CEDICT)", f"{lexicon_ms:.0f} ms", "")]
        out = []
        for sid in largest + ([fifty[0]] if fifty and fifty[0] not in largest else []):
            articles = stories.articles(sid)
            ids = [a.id for a in articles]

            def read_only(ids: list[str] = ids) -> None:
                marks = ",".join("?" * len(ids))
                for t, f in db.execute(
                    f"SELECT text_z, folded_z FROM articles WHERE id IN ({marks})", ids
                ):
                    decompress(t), decompress(f)

            line = entries(db, articles)
            ms = _median_ms(lambda a=articles: entries(db, a))
            floor = _median_ms(read_only)
            shown = sum(len(e.adds) for e in line)
            later = line[1:]
            sentences = sum(len(e.adds) + e.told for e in later)
            (summary,) = stories.summaries([sid])
            rows.append((
                f"timeline of {summary.title[:28]} ({len(articles)} reports)",
                f"{ms:.0f} ms",
                f"reading its texts alone {floor:.0f} ms; {shown} sentences shown; later reports:"
                f" {sum(len(e.adds) for e in later)} of {sentences} new"
                f" ({100 * sum(len(e.adds) for e in later) / max(sentences, 1):.0f}%),"
                f" {sum(e.boilerplate for e in line)} boilerplate left out",
            ))  # fmt: skip
            out.append(f"=== {sid} {summary.title} ({len(articles)} reports)")
            for e in line:
                out.append(f"--- {e.article.published} {e.article.source} {e.article.title}")
                out.extend(f"  + {s}" for s in e.adds)
        Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
        print("\n| measure | value | against |\n|---|---|---|")
        for measure, value, against in rows:
            print(f"| {measure} | {value} | {against} |")
        print(f"\nshown sentences written to {args.out}")
    finally:
        for path in cleanup:
            shutil.rmtree(path, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Stories bench: clustering quality on the hand-labelled set (bench/stories_labels.tsv),
story sizes, and what clustering adds to a full build and to 100-file updates. One run on a
private copy of the real corpus; every time is set against the build measured in the same run.

    python -m bench.stories            # needs ../shared/corpus or READER_CORPUS=DIR

Labelled sets: the old one (``stories_labels.tsv``) and the tuning half of v2
(``stories_labels_v2/tuning.tsv``, scored by ``bench.stories_quality``) by default. The held-out
half is scored only when named, so tuning runs never print it:

    python -m bench.stories --heldout                 # adds stories_labels_v2/heldout.tsv
    python -m bench.stories --quality-only            # one build, the labelled sets, no updates
    python -m bench.stories --catalog CATALOG.sqlite  # score a library already indexed (seconds)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench import stories_quality
from bench.corpus import corpus_dir, working_copy

LABELS = Path(__file__).with_name("stories_labels.tsv")


def labels() -> dict[str, str]:
    """corpus-relative path -> story key."""
    out: dict[str, str] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            story, path = line.split("\t")[:2]
            out[path] = story
    return out


def bcubed(system: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the labelled articles (Bagga & Baldwin 1998)."""
    by_sys: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, story in gold.items():
        by_sys[system[item]].add(item)
        by_gold[story].add(item)
    p = r = 0.0
    for item, story in gold.items():
        s, g = by_sys[system[item]], by_gold[story]
        p += len(s & g) / len(s)
        r += len(s & g) / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def errors(system: dict[str, str], gold: dict[str, str]) -> list[str]:
    out = []
    by_gold: dict[str, list[str]] = defaultdict(list)
    by_sys: dict[str, list[str]] = defaultdict(list)
    for item, story in gold.items():
        by_gold[story].append(item)
        by_sys[system[item]].append(item)
    for story, items in sorted(by_gold.items()):
        parts = Counter(system[i] for i in items)
        if len(parts) > 1:
            out.append(f"split {story}: {sorted(parts.values(), reverse=True)}")
    for items in by_sys.values():
        stories = Counter(gold[i] for i in items)
        if len(stories) > 1:
            out.append(f"merged {dict(stories)}")
    return out


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.stories")
    parser.add_argument(
        "--labels",
        type=Path,
        action="append",
        default=[],
        help="a v2-format label file to score (repeatable)",
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="also score stories_labels_v2/heldout.tsv (not while tuning)",
    )
    parser.add_argument(
        "--quality-only",
        action="store_true",
        help="build once and score the labelled sets; skip the update timings",
    )
    parser.add_argument(
        "--catalog", type=Path, help="score this built catalog.sqlite instead of building a copy"
    )
    parser.add_argument("--library", type=Path, help="with --catalog: the library it indexes")
    args = parser.parse_args(argv)
    labels = args.labels or [stories_quality.LABELS_V2 / "tuning.tsv"]
    if args.heldout:
        labels.append(stories_quality.LABELS_V2 / "heldout.tsv")
    args.labels = labels
    return args  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    from reader.core.search.indexer import Indexer, IndexLayout
    from reader.core.stories import update_stories

    args = _args(argv)
    if args.catalog:
        return stories_quality.score_catalog(args.catalog, args.labels, args.library)

    corpus = corpus_dir()
    lib = working_copy(corpus)
    data = Path(tempfile.mkdtemp(prefix="reader-bench-stories-"))
    os.environ["READER_DATA_DIR"] = str(data)
    layout = IndexLayout.of(lib)
    indexer = Indexer(lib, layout)
    rows: list[tuple[str, str, str]] = []
    try:
        build = indexer.update()
        assert build.stories is not None and build.stories.problem is None
        stories_s = build.stories.seconds
        rows.append(("full build (index + catalog + stories)", f"{build.seconds:.1f} s", ""))
        rows.append((
            "stories in that build", f"{stories_s:.1f} s",
            f"+{100 * stories_s / (build.seconds - stories_s):.1f}% of the build without them"
            " (target <= 15%)",
        ))  # fmt: skip

        import sqlite3

        db = sqlite3.connect(layout.catalog_path)
        path_to_id = dict(db.execute("SELECT path, article_id FROM files"))
        gold_paths = labels()
        gold = {path_to_id[str(lib / p)]: s for p, s in gold_paths.items()}
        before = {a: s for a, s in db.execute("SELECT article_id, story_id FROM story_articles")}
        p, r, f1 = bcubed(before, gold)
        rows.append((
            f"B-cubed on the labelled set ({len(set(gold.values()))} stories, {len(gold)} articles)",
            f"P {p:.3f} / R {r:.3f} / F1 {f1:.3f}", "target F1 >= 0.9",
        ))  # fmt: skip
        for line in errors(before, gold):
            print("  ", line)
        rel = {str(Path(p).relative_to(lib)): a for p, a in path_to_id.items()}
        for label_file in args.labels:
            gold_v2, missing = stories_quality.gold_of(stories_quality.read_labels(label_file), rel)
            if missing:
                print(
                    f"  {label_file.name}: {len(missing)} labelled files not found (matched by id)"
                )
            rows += stories_quality.table_rows(
                label_file.stem, stories_quality.quality(before, gold_v2)
            )
            if label_file.stem != "heldout":  # the held-out half's figures only, never its errors
                for line in errors(before, {a: row.story for a, row in gold_v2.items()}):
                    print(f"   {label_file.stem}: {line}")

        sizes = Counter(before.values())
        articles = len(before)
        buckets = Counter()
        for n in sizes.values():
            key = next(k for k, hi in (("1", 1), ("2", 2), ("3-5", 5), ("6-10", 10),
                                       ("11-20", 20), ("21-50", 50), (">50", 10**9)) if n <= hi)  # fmt: skip
            buckets[key] += 1
        largest = max(sizes.values())
        rows.append(("stories (articles)", f"{len(sizes)} ({articles})", ""))
        rows.append((
            "story sizes: 1 / 2 / 3-5 / 6-10 / 11-20 / 21-50 / >50",
            " / ".join(str(buckets[k]) for k in ("1", "2", "3-5", "6-10", "11-20", "21-50", ">50")),
            f"{sum(n for n in sizes.values() if n > 1)} articles in stories of 2+",
        ))  # fmt: skip
        rows.append((
            "largest story", f"{largest} articles",
            f"{100 * largest / articles:.2f}% of the library (target <= 2%)",
        ))  # fmt: skip

        if args.quality_only:
            db.close()
            return _print(rows)
        db.execute("DELETE FROM story_state")
        db.commit()
        started = time.process_time()
        again = update_stories(db)
        rows.append((
            "stories from scratch on the indexed library (alone)",
            f"{again.seconds:.1f} s wall, {time.process_time() - started:.1f} s CPU", "",
        ))  # fmt: skip
        rebuilt = {a: s for a, s in db.execute("SELECT article_id, story_id FROM story_articles")}
        rows.append((
            "the same clustering again: story of each article",
            "identical" if rebuilt == before
            else f"{sum(rebuilt[a] != before[a] for a in before)} differ", "deterministic",
        ))  # fmt: skip
        db.close()

        files = sorted(lib.rglob("*.md"))
        step = max(1, len(files) // 100)
        edited = files[::step][:100]
        for path in edited:
            with path.open("a", encoding="utf-8") as fh:
                fh.write("\n<p>bench edit: 增量更新测试</p>\n")
        upd = indexer.update()
        assert upd.stories is not None
        rows.append((
            "update after editing 100 files (text appended)",
            f"{upd.seconds:.2f} s, stories {upd.stories.seconds:.2f} s",
            f"{upd.stories.kept} kept their story (lead unchanged); target <= 1 s added",
        ))  # fmt: skip

        moved = files[step // 2 :: step][:100]
        aside = data / "aside"
        aside.mkdir()
        for n, path in enumerate(moved):
            shutil.move(path, aside / f"{n}.md")
        upd = indexer.update()
        assert upd.stories is not None
        rows.append((
            "update after removing 100 files", f"{upd.seconds:.2f} s, stories "
            f"{upd.stories.seconds:.2f} s", f"{upd.stories.removed} articles left their stories",
        ))  # fmt: skip
        for n, path in enumerate(moved):
            shutil.move(aside / f"{n}.md", path)
        upd = indexer.update()
        assert upd.stories is not None
        rows.append((
            "update after adding those 100 files back (new articles spread over the corpus)",
            f"{upd.seconds:.2f} s, stories {upd.stories.seconds:.2f} s",
            f"{upd.stories.placed} placed; target <= 1 s added",
        ))  # fmt: skip
        db = sqlite3.connect(layout.catalog_path)
        after = {a: s for a, s in db.execute("SELECT article_id, story_id FROM story_articles")}
        db.close()
        moved_ids = {path_to_id[str(p)] for p in moved if str(p) in path_to_id}
        kept_ids = [a for a in before if a not in moved_ids and a in after]
        changed = sum(after[a] != before[a] for a in kept_ids)
        f2 = bcubed(after, gold)[2]
        rows.append((
            "story ids of the other articles after remove + re-add",
            f"{changed} of {len(kept_ids)} changed",
            f"labelled set afterwards: F1 {f2:.3f}",
        ))  # fmt: skip

        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "reader", "stories", "--library", str(lib), "--json"],
            check=True, stdout=subprocess.DEVNULL, env=os.environ.copy(),
        )  # fmt: skip
        rows.append((
            "reader stories --json (all stories of 2+), new process",
            f"{time.perf_counter() - started:.2f} s", "",
        ))  # fmt: skip
    finally:
        shutil.rmtree(lib.parent, ignore_errors=True)
        shutil.rmtree(data, ignore_errors=True)
    return _print(rows)


def _print(rows: list[tuple[str, str, str]]) -> int:
    print("\n| measure | value | against |\n|---|---|---|")
    for measure, value, against in rows:
        print(f"| {measure} | {value} | {against} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

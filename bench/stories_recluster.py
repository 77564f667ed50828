"""Re-cluster a built library's stories with other settings and score them on the labelled set:
the operating points of the app's clusterer, without a new index each time.

    python -m bench.stories_recluster --catalog DATA/libraries/X/catalog.sqlite \\
        --library /work/corpus/articles-real --set JOIN=0.16,0.20,0.24 [--reverse-gloss]

Each value is one run on a scratch copy of the catalog (the original is only read): the story
tables are dropped, so every article is featurised and placed again by ``update_stories``,
with ``reader.core.stories.clustering``'s constant changed. ``--reverse-gloss`` installs
``bench.stories_reverse_gloss`` first. The tuning half of ``stories_labels_v2`` is scored;
``--heldout`` adds the held-out half (once, at the end: never while tuning).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench import stories_quality as sq


def recluster(catalog: Path, work: Path, setting: str | None, value: float | None) -> float:
    """Stories of ``catalog`` rebuilt in ``work`` with one constant changed; CPU seconds."""
    from reader.core.stories import clustering, store

    shutil.copyfile(catalog, work)
    old = getattr(clustering, setting) if setting else None
    if setting:
        setattr(clustering, setting, value)
    try:
        db = sqlite3.connect(work)
        db.execute("DELETE FROM story_state")  # no stored term statistics: a full rebuild
        db.commit()
        started = time.process_time()
        store.update_stories(db)
        db.close()
        return time.process_time() - started
    finally:
        if setting:
            setattr(clustering, setting, old)


def score(work: Path, library: Path | None, halves: list[Path]) -> list[str]:
    db = sqlite3.connect(f"file:{work}?mode=ro", uri=True)
    path_to_id, system = sq.catalog_maps(db, library)
    db.close()
    cells = []
    for path in halves:
        gold, _missing = sq.gold_of(sq.read_labels(path), path_to_id)
        q = sq.quality(system, gold)
        cells.append(
            f"{q.precision:.3f} / {q.recall:.3f} / {q.f1:.3f} | {q.sibling_pairs} | "
            f"{q.english_joined} of {q.english} | {sq._f(q.purity_en_only)} vs "
            f"{sq._f(q.purity_zh_only)}"
        )
    cells.append(str(max(Counter(system.values()).values())))
    return cells


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_recluster")
    parser.add_argument("--catalog", type=Path, required=True, help="a built catalog.sqlite")
    parser.add_argument("--library", type=Path, help="the folder it indexes")
    parser.add_argument("--set", help="NAME=v1,v2,...: a clustering constant and its values")
    parser.add_argument("--reverse-gloss", action="store_true", help="English by CC-CEDICT senses")
    parser.add_argument("--heldout", action="store_true", help="also score the held-out half")
    args = parser.parse_args(argv)
    if args.reverse_gloss:
        from bench import stories_reverse_gloss

        stories_reverse_gloss.install()
    halves = [sq.LABELS_V2 / "tuning.tsv"] + (
        [sq.LABELS_V2 / "heldout.tsv"] if args.heldout else []
    )
    runs: list[tuple[str | None, float | None]] = [(None, None)]
    if args.set:
        name, values = args.set.split("=")
        runs = [(name, float(v)) for v in values.split(",")]
    head = " | ".join(
        f"{p.stem}: P / R / F1 | siblings | English joined | purity en vs zh" for p in halves
    )
    print(f"| run | {head} | largest story | CPU |")
    print("|---" * (2 + 4 * len(halves) + 1) + "|")
    with tempfile.TemporaryDirectory(prefix="reader-recluster-") as tmp:
        work = Path(tmp) / "catalog.sqlite"
        for setting, value in runs:
            cpu = recluster(args.catalog, work, setting, value)
            label = f"{setting}={value}" if setting else "as the app"
            if args.reverse_gloss:
                label += ", reverse gloss"
            print(f"| {label} | {' | '.join(score(work, args.library, halves))} | {cpu:.1f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

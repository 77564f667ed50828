"""``python -m bench.stories_lab``: see the package's docstring."""

from __future__ import annotations

import argparse
import random
from collections.abc import Mapping
from pathlib import Path

from bench import stories_quality as sq
from bench.stories_lab import centroid, data, learned


def folds(gold: Mapping[str, sq.LabelRow]) -> dict[str, int]:
    """Event -> fold (0 or 1): sagas (events linked as siblings) drawn into two folds."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in gold.values():
        find(row.story)
        for sibling in sorted(row.siblings):
            parent[find(row.story)] = find(sibling)
    sagas = sorted({find(r.story) for r in gold.values()})
    random.Random(21).shuffle(sagas)
    fold = {s: i % 2 for i, s in enumerate(sagas)}
    return {r.story: fold[find(r.story)] for r in gold.values()}


def line(tag: str, q: sq.Quality) -> str:
    return (
        f"| {tag} | {q.precision:.3f} / {q.recall:.3f} / {q.f1:.3f} | {q.sibling_pairs} | "
        f"{q.english_joined} of {q.english} |"
    )


def pooled(tag: str, parts: list[sq.Quality]) -> str:
    """Two folds' B-cubed as over all their articles (each article's scores are its fold's)."""
    n = sum(q.articles for q in parts)
    p = sum(q.articles * q.precision for q in parts) / n
    r = sum(q.articles * q.recall for q in parts) / n
    sib = sum(q.sibling_pairs for q in parts)
    en = f"{sum(q.english_joined for q in parts)} of {sum(q.english for q in parts)}"
    return f"| {tag} | {p:.3f} / {r:.3f} / {2 * p * r / (p + r):.3f} | {sib} | {en} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_lab")
    parser.add_argument("what", choices=["app-like", "learned", "cv"])
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True, help="a scratch folder")
    parser.add_argument("--thresholds", default="0.5,0.7")
    parser.add_argument("--heldout", action="store_true", help="the end only")
    args = parser.parse_args(argv)
    data.load(args.catalog, args.library, args.cache)
    tuning = data.gold("tuning")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print("| clusterer | P / R / F1 | sibling pairs | English joined |\n|---|---|---|---|")
    if args.what == "app-like":
        print(
            line("lab app-like, tuning", sq.quality(centroid.Lab(centroid.APP_LIKE).run(), tuning))
        )
        return 0
    seed = centroid.Lab(centroid.SEED).run()
    rows = learned.training(seed, tuning)
    if args.what == "learned":
        b, w = learned.fit(rows)
        for t in thresholds:
            system = learned.cluster(learned.scorer(b, w, t))
            print(
                line(f"learned p >= {t}, tuning (in sample)", sq.quality(system, tuning)),
                flush=True,
            )
            if args.heldout:
                print(
                    line(f"learned p >= {t}, held out", sq.quality(system, data.gold("heldout"))),
                    flush=True,
                )
        return 0
    fold = folds(tuning)
    halves = [{a: r for a, r in tuning.items() if fold[r.story] == k} for k in (0, 1)]
    app_like = centroid.Lab(centroid.APP_LIKE).run()
    print(pooled("lab app-like, two folds", [sq.quality(app_like, h) for h in halves]), flush=True)
    scored: dict[float, list[sq.Quality]] = {t: [] for t in thresholds}
    for k in (0, 1):
        b, w = learned.fit([r for r in rows if fold.get(r[0], 1 - k) != k])
        for t in thresholds:
            scored[t].append(sq.quality(learned.cluster(learned.scorer(b, w, t)), halves[k]))
            print(
                line(f"learned p >= {t}, fold {k} (fitted on the other)", scored[t][-1]), flush=True
            )
    for t, parts in scored.items():
        print(pooled(f"learned p >= {t}, cross-validated", parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

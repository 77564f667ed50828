"""``python -m bench.stories_event``: see the package's docstring.

    python -m bench.stories_event --catalog C --library L --cache DIR \\
        --grid 'w_name=0,0.5;link=0.25,0.3' [--heldout]
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import time
from collections import Counter
from pathlib import Path

from bench import stories_quality as sq
from bench.stories_event import link, texts
from bench.stories_lab import data


def row(tag: str, q: sq.Quality, system: dict[str, str]) -> str:
    return (
        f"| {tag} | {q.precision:.3f} / {q.recall:.3f} / {q.f1:.3f} | {q.sibling_pairs} | "
        f"{q.english_joined} of {q.english} | {q.english_pairs_right}/{q.english_pairs} | "
        f"{sq._f(q.purity_en_only)} vs {sq._f(q.purity_zh_only)} | "
        f"{max(Counter(system.values()).values())} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_event")
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True, help="a scratch folder")
    parser.add_argument("--grid", default="", help="NAME=v1,v2;NAME=...: Settings to sweep")
    parser.add_argument("--window", type=int, default=4)
    parser.add_argument("--heldout", action="store_true", help="the end only")
    args = parser.parse_args(argv)
    started = time.time()
    data.load(args.catalog, args.library, args.cache)
    tx, rel = texts.load(args.catalog, args.library, args.cache)
    feats = link.Features(tx)
    print(f"features {time.time() - started:.0f} s", flush=True)
    cached = args.cache / f"stories_event_pairs_w{args.window}.pkl"
    if cached.exists():
        raw = pickle.loads(cached.read_bytes())
    else:
        raw = link.raw_pairs(feats, args.window)
        cached.write_bytes(pickle.dumps(raw))
    print(f"{len(raw)} pairs, {time.time() - started:.0f} s", flush=True)
    halves = {"tuning": sq.gold_of(sq.read_labels(sq.LABELS_V2 / "tuning.tsv"), rel)[0]}
    if args.heldout:
        halves["heldout"] = sq.gold_of(sq.read_labels(sq.LABELS_V2 / "heldout.tsv"), rel)[0]
    axes = []
    for part in filter(None, args.grid.split(";")):
        name, values = part.split("=")
        axes.append([(name, float(v)) for v in values.split(",")])
    print(
        "| settings | half | P / R / F1 | sibling pairs | English joined | en-zh pairs right "
        "| purity en vs zh | largest |\n|---|---|---|---|---|---|---|---|"
    )
    for combo in itertools.product(*axes) if axes else [()]:
        s = link.Settings()
        for name, value in combo:
            setattr(s, name, type(getattr(s, name))(value))
        system = link.cluster(feats, s, link.pairs(feats, s, raw))
        if s.extra_en:
            system = link.attach_english(feats, system, s.extra_en)
        tag = ", ".join(f"{n}={v:g}" for n, v in combo) or "defaults"
        for half, gold in halves.items():
            print(row(f"{tag} | {half}", sq.quality(system, gold), system), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What English joining costs across the library, not only on the labelled set: how many English
articles ``link.attach_english`` puts into a Chinese story at each threshold, and a random
dozen of them with their story's first titles, to read.

    python -m bench.stories_event.english_sample --catalog C --library L --cache DIR \\
        --thresholds 0.3,0.2,0.15,0.1,0.07,0.05
"""

from __future__ import annotations

import argparse
import pickle
import random
from collections import defaultdict
from pathlib import Path

from bench.stories_event import link, texts
from bench.stories_lab import data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_event.english_sample")
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--thresholds", default="0.3,0.2,0.15,0.1,0.07,0.05")
    parser.add_argument("--link", type=float, default=0.24, help="tl-only link threshold")
    args = parser.parse_args(argv)
    data.load(args.catalog, args.library, args.cache)
    tx, _rel = texts.load(args.catalog, args.library, args.cache)
    f = link.Features(tx)
    raw = pickle.loads((args.cache / "stories_event_pairs_w4.pkl").read_bytes())
    s = link.Settings(link=args.link)
    base = link.cluster(f, s, link.pairs(f, s, raw))
    english = [a for a in f.ids if tx[a].lang == 1]
    print(f"{len(english)} English articles")
    for th in (float(t) for t in args.thresholds.split(",")):
        system = link.attach_english(f, base, th)
        moved = [a for a in english if system[a] != base[a]]
        print(f"join >= {th}: {len(moved)} English articles joined a Chinese story")
        members = defaultdict(list)
        for a, story in system.items():
            members[story].append(a)
        for a in random.Random(th).sample(moved, min(12, len(moved))):
            print("   en", tx[a].raw_title[:70])
            for b in [m for m in members[system[a]] if tx[m].lang != 1][:2]:
                print("      zh", tx[b].raw_title[:60])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

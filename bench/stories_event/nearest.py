"""The representation alone, without a clusterer: each labelled article (of an event of two
or more) is linked to its best-scoring neighbour published within the window (any article of
the library); at each threshold, the share of these articles linked (coverage) and the share
of links that land in the article's own event (precision: events are labelled whole, so an
unlabelled neighbour is wrong). A representation that sees the event should reach a higher
coverage at precision 0.95 than the app's bigram vector.

    python -m bench.stories_event.nearest --catalog C --library L --cache DIR
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from pathlib import Path

from bench import stories_quality as sq
from bench.stories_event import texts
from bench.stories_lab import data

MIXES = {
    "tl (the app's title x4 + lead bigrams)": (1.0, 0.0, 0.0, 0.0),
    "names (CC-CEDICT, Latin, translated)": (0.0, 1.0, 0.0, 0.0),
    "title words": (0.0, 0.0, 1.0, 0.0),
    "names + numbers": (0.0, 1.0, 0.0, 0.15),
    "tl + names/2": (1.0, 0.5, 0.0, 0.0),
    "tl + title words/2": (1.0, 0.0, 0.5, 0.0),
    "tl + names/3 + title words/3 + numbers": (1.0, 0.33, 0.33, 0.1),
    # who did what, as a conjunction: actors (names) and action (title words) both shared
    "who and what: sqrt(names x title words)": (-1.0, 0.0, 0.0, 0.0),
    "tl + who-and-what": (-2.0, 0.0, 0.0, 0.0),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_event.nearest")
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--day-pen", type=float, default=0.05)
    args = parser.parse_args(argv)
    data.load(args.catalog, args.library, args.cache)
    tx, rel = texts.load(args.catalog, args.library, args.cache)
    raw = pickle.loads((args.cache / "stories_event_pairs_w4.pkl").read_bytes())
    gold = sq.gold_of(sq.read_labels(sq.LABELS_V2 / "tuning.tsv"), rel)[0]
    size = Counter(r.story for r in gold.values())
    wanted = {a for a, r in gold.items() if size[r.story] > 1}
    print(
        "| article vector | nearest neighbour right | articles linked at precision 0.90 | at 0.95 |"
    )
    print("|---|---|---|---|")
    for tag, (wt, wn, ww, wu) in MIXES.items():
        best: dict[str, tuple[float, str]] = {}
        for (b, a), (tl, name, tw, num) in raw.items():
            if a not in wanted and b not in wanted:
                continue
            if tx[a].lang != tx[b].lang:
                tl = tw = 0.0
            if wt < 0:  # the conjunctions
                both = (name * tw) ** 0.5
                score = both if wt == -1.0 else tl + both
            else:
                score = wt * tl + wn * name + ww * tw + wu * min(num, 3)
            score -= args.day_pen * max(0, abs(tx[a].day - tx[b].day) - 1)
            for x, y in ((a, b), (b, a)):
                if x in wanted and score > best.get(x, (0.0, ""))[0]:
                    best[x] = (score, y)
        links = sorted(
            ((s, y in gold and gold[y].story == gold[x].story) for x, (s, y) in best.items()),
            reverse=True,
        )
        cells = [f"{sum(ok for _s, ok in links) / len(wanted):.2f}"]
        for need in (0.90, 0.95):
            right = reach = 0
            for k, (_s, ok) in enumerate(links, 1):
                right += ok
                if right / k >= need:
                    reach = k
            cells.append(f"{reach / len(wanted):.2f}")
        print(f"| {tag} | {' | '.join(cells)} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

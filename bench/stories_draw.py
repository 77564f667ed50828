"""The seeded draw that chose the events of ``stories_labels_v2`` (see its README).

    python -m bench.stories_draw CATALOG.sqlite [N]   # the first N draws (default 60)

The order depends only on the set of article ids in the catalog (the reader's own ids: one per
URL, or per title and text), so any index of the real corpus gives the same draws.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from datetime import UTC, datetime

SEED = 21


def draw_order(ids: list[str]) -> list[str]:
    """Every id once, in the order the labeller drew them."""
    ordered = sorted(ids)
    return random.Random(SEED).sample(ordered, len(ordered))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    db = sqlite3.connect(f"file:{argv[0]}?mode=ro", uri=True)
    rows = {
        a: (p, s, t)
        for a, p, s, t in db.execute("SELECT id, published, source, title FROM articles")
    }
    for n, aid in enumerate(draw_order(list(rows))[: int(argv[1]) if len(argv) > 1 else 60]):
        published, source, title = rows[aid]
        day = datetime.fromtimestamp(published, UTC).date() if published is not None else "-"
        print(f"{n}\t{aid}\t{day}\t{source}\t{' '.join(title.split())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Which new articles share terms with a stored one near its time (the stories step of an
update): by bisection over packed arrays, the same counts as scanning every new article."""

from __future__ import annotations

import random
from collections import Counter

from reader.core.stories.store import Probes


def test_probes_count_what_a_scan_of_every_new_article_counts() -> None:
    rng = random.Random(25)
    reach = 4 * 86_400
    new = sorted(
        (rng.randrange(0, 90 * 86_400), rng.sample(range(60), rng.randrange(1, 12)))
        for _ in range(800)
    )
    probes = Probes()
    for n, (t, terms) in enumerate(new):
        probes.add(t, n, terms)
    for _ in range(300):
        published = rng.randrange(-10 * 86_400, 100 * 86_400)
        terms = rng.sample(range(70), rng.randrange(0, 20))  # some terms no new article has
        scanned: Counter[int] = Counter()
        for term in terms:
            for n, (t, heavy) in enumerate(new):
                if term in heavy and abs(t - published) <= reach:
                    scanned[n] += 1
        assert probes.shared(published, terms, reach) == scanned
    # the edges of the reach are inside it, as abs(t - published) <= reach says
    assert probes.shared(new[0][0] + reach, new[0][1], reach)[0] == len(new[0][1])
    assert 0 not in probes.shared(new[0][0] + reach + 1, new[0][1], reach)

"""The v2 story labels (bench/stories_labels_v2) and the scores bench.stories computes on them."""

from __future__ import annotations

import itertools
import os
from collections import Counter
from pathlib import Path

import pytest

from bench.stories_quality import LABELS_V2, LabelRow, gold_of, quality, read_labels

HALVES = ("tuning", "heldout")


def _rows(half: str) -> list[LabelRow]:
    return read_labels(LABELS_V2 / f"{half}.tsv")


def test_each_half_is_a_set_of_whole_events_and_the_halves_are_balanced() -> None:
    halves = {half: _rows(half) for half in HALVES}
    events = {half: {r.story for r in rows} for half, rows in halves.items()}
    assert not events["tuning"] & events["heldout"], "an event is split across the halves"
    ids = Counter(r.article_id for rows in halves.values() for r in rows)
    assert max(ids.values()) == 1, "an article is labelled twice"
    sizes = [len(rows) for rows in halves.values()]
    assert sum(sizes) >= 600 and len(events["tuning"] | events["heldout"]) >= 40
    assert abs(sizes[0] - sizes[1]) <= 0.1 * sum(sizes)
    every = events["tuning"] | events["heldout"]
    for rows in halves.values():
        for row in rows:
            assert row.lang in ("en", "zh-Hans", "zh-Hant")
            assert row.siblings <= every, row.siblings - every
            for sibling in row.siblings:  # siblings are recorded both ways
                other = next(r for rs in halves.values() for r in rs if r.story == sibling)
                assert row.story in other.siblings, (row.story, sibling)


def test_every_row_has_the_columns_its_header_names() -> None:
    for half in HALVES:
        for line in (LABELS_V2 / f"{half}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                assert len(cols) == 10, line
                assert cols[8] == "sibling" or cols[8].isdigit(), line
                assert cols[9] in ("event", "singleton", "series"), line


def test_labelled_paths_exist_in_the_real_corpus() -> None:
    if not os.environ.get("READER_CORPUS"):
        pytest.skip("set READER_CORPUS to the unpacked real corpus to check the paths")
    corpus = Path(os.environ["READER_CORPUS"])
    missing = [r.path for half in HALVES for r in _rows(half) if not (corpus / r.path).is_file()]
    assert not missing, missing[:5]


_n = itertools.count()


def _row(event: str, lang: str = "zh-Hans", siblings: tuple[str, ...] = ()) -> LabelRow:
    return LabelRow(event, f"{event}-{next(_n)}.md", "", lang, frozenset(siblings))


def test_perfect_stories_score_one_and_strangers_count_against_whole_stories() -> None:
    gold = {"a1": _row("a"), "a2": _row("a"), "b1": _row("b")}
    system = {"a1": "S1", "a2": "S1", "b1": "S2", "x": "S3"}
    q = quality(system, gold)
    assert (q.precision, q.recall, q.f1, q.strict_precision) == (1.0, 1.0, 1.0, 1.0)
    # an unlabelled article in b's story: labelled-only precision cannot see it, whole stories can
    q = quality({**system, "x": "S2"}, gold)
    assert q.precision == 1.0 and q.strict_precision == pytest.approx((1 + 1 + 0.5) / 3)


def test_split_events_lower_recall_and_merged_siblings_are_counted() -> None:
    gold = {"a1": _row("a", siblings=("b",)), "a2": _row("a", siblings=("b",)),
            "b1": _row("b", siblings=("a",)), "c1": _row("c")}  # fmt: skip
    split = quality({"a1": "S1", "a2": "S2", "b1": "S3", "c1": "S4"}, gold)
    assert split.recall == pytest.approx((0.5 + 0.5 + 1 + 1) / 4) and split.sibling_pairs == 0
    merged = quality({"a1": "S1", "a2": "S1", "b1": "S1", "c1": "S1"}, gold)
    assert merged.sibling_pairs == 1 and merged.sibling_stories == [("a", "b", "c")]
    assert merged.precision == pytest.approx((2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4)


def test_english_join_rate_precision_and_purity() -> None:
    gold = {"z1": _row("a"), "z2": _row("a", "zh-Hant"), "e1": _row("a", "en"),
            "e2": _row("b", "en"), "z3": _row("c")}  # fmt: skip
    apart = quality({"z1": "S1", "z2": "S1", "e1": "S2", "e2": "S3", "z3": "S4"}, gold)
    assert (apart.english, apart.english_joined, apart.join_precision) == (1, 0, None)
    assert apart.purity_en_only == 1.0 and apart.en_only == 1
    # e1 joins its event, e2 (an English-only event) wrongly joins c: one bad pair of two
    joined = quality({"z1": "S1", "z2": "S1", "e1": "S1", "e2": "S4", "z3": "S4"}, gold)
    assert joined.english_joined == 1 and joined.join_rate == 1.0
    assert joined.english_pairs == 3 and joined.english_pairs_right == 2
    assert joined.purity_en_only == 0.5


def test_rows_are_matched_through_the_catalog_paths_or_else_their_ids() -> None:
    rows = [LabelRow("a", "x/1.md", "id-1", "en", frozenset()),
            LabelRow("a", "x/2.md", "id-2", "en", frozenset())]  # fmt: skip
    gold, missing = gold_of(rows, {"x/1.md": "catalog-id"})
    assert set(gold) == {"catalog-id", "id-2"} and missing == ["x/2.md"]


def test_the_old_label_file_still_reads() -> None:
    rows = read_labels(Path(__file__).parents[1] / "bench" / "stories_labels.tsv")
    assert len(rows) > 200 and {r.lang for r in rows} == {""}

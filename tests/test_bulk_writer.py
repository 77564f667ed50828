"""The bulk writer's segments hold exactly what Whoosh's own writer would write, whether its
postings stayed in memory or were spilled to sorted runs and merged back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index

from reader.core.search.bulk import BulkWriter, GroupingPool
from reader.core.search.prepare import Prepared, prepare_path
from reader.core.search.schema import COUNT_FIELDS, build_schema


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> list[Prepared]:
    from tests.conftest import FIXTURES, SEEDS, STANDINS

    files = [*sorted((FIXTURES / "corpus").iterdir()), *sorted(STANDINS.glob("*.md")),
             *sorted(SEEDS.iterdir())]  # fmt: skip
    out = [prepare_path((str(p), p.stat().st_size, 0)) for p in files]
    return [p for p in out if p.row is not None]


def fields_of(p: Prepared, cap: bool) -> dict[str, Any]:
    assert p.row is not None and p.content_terms is not None
    counts = {t: min(c, 255) if cap else c for t, c in p.content_terms.items()}
    return {"id": p.row.id, "file": p.row.path, "content": counts, "source": p.row.source,
            "category": list(p.category_terms), "date": p.row.published or 0}  # fmt: skip


def postings(directory: Path) -> dict[tuple[str, bytes], tuple[Any, ...]]:
    """Every term's postings and its statistics, as a reader sees them."""
    ix = whoosh_index.open_dir(str(directory))
    out: dict[tuple[str, bytes], tuple[Any, ...]] = {}
    with ix.reader() as reader:
        for fieldname, tbytes in reader.all_terms():
            info = reader.term_info(fieldname, tbytes)
            matcher = reader.postings(fieldname, tbytes)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight()))
                matcher.next()
            stats = (info.doc_frequency(), info.weight(), info.max_weight(), info.min_id(),
                     info.max_id())  # fmt: skip
            out[(fieldname, tbytes)] = (tuple(items), stats)
    return out


@pytest.mark.parametrize("spill", [10**9, 700])  # all in memory; a run every ~1-2 documents
def test_segments_equal_whooshs_own(tmp_path: Path, prepared: list[Prepared], spill: int) -> None:
    theirs, ours = tmp_path / "whoosh", tmp_path / "bulk"
    for folder in (theirs, ours):
        folder.mkdir()
        whoosh_index.create_in(str(folder), build_schema())
    writer = whoosh_index.open_dir(str(theirs)).writer()
    for p in prepared:
        writer.add_document(**fields_of(p, cap=True))
    writer.commit()
    bulk = BulkWriter(whoosh_index.open_dir(str(ours)), COUNT_FIELDS)
    bulk.pool = GroupingPool(spill_postings=spill)
    for p in prepared:
        bulk.add_document(**fields_of(p, cap=False))  # the bulk writer caps counts itself
    if spill < 10**9:
        assert bulk.pool._runs, "the postings went through sorted runs"
    bulk.commit(merge=False)
    assert postings(ours) == postings(theirs)


def test_the_pool_holds_at_most_its_spill_limit(prepared: list[Prepared]) -> None:
    pool = GroupingPool(spill_postings=2000)
    most = 0
    for docnum, p in enumerate(prepared):
        assert p.content_terms is not None
        pool.add_counts("content", docnum, p.content_terms)
        most = max(most, sum(len(b) for b in pool._fields.get("content", {}).values()))
    assert 0 < most < 2000
    pool.cleanup()

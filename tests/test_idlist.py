"""Packed article ids (IdList) and the catalog's packed listings: same rows, same order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.search.engine import LibraryIndex
from reader.core.search.idlist import IdList


def test_idlist_is_the_sequence_of_its_ids() -> None:
    ids = ["0123456789abcdef", "fedcba9876543210", "00000000000000ff"]
    packed = IdList.from_hex("".join(ids))
    assert len(packed) == 3 and packed.complete
    assert list(packed) == ids and packed == ids
    assert [packed[i] for i in range(-3, 3)] == ids + ids
    assert packed[1:] == ids[1:]
    assert packed.index("fedcba9876543210") == 1 and "00000000000000ff" in packed
    with pytest.raises(IndexError):
        packed[3]
    for absent in ("1111111111111111", "nothex", "", "0123"):
        assert absent not in packed
        with pytest.raises(ValueError):
            packed.index(absent)


def test_an_id_is_found_only_where_a_row_starts() -> None:
    # "89abcdeffedcba98" lies across rows 0 and 1 of the bytes: not a row
    packed = IdList.from_hex("0123456789abcdeffedcba987654321089abcdeffedcba98")
    assert packed.index("89abcdeffedcba98") == 2


def test_first_rows_with_the_total() -> None:
    packed = IdList.from_hex("0123456789abcdef", total=3)
    assert len(packed) == 3 and not packed.complete
    assert list(packed) == ["0123456789abcdef", "", ""]


def test_what_is_not_an_article_id_as_stored_is_refused() -> None:
    for text in ("0123456789ABCDEF", "0123456789abcde ", "0123456789abcdeg", "0123"):
        with pytest.raises(ValueError):
            IdList.from_hex(text)


@pytest.mark.parametrize("order", ["date", "title", "source"])
@pytest.mark.parametrize("descending", [True, False])
def test_packed_listing_equals_the_plain_one(
    corpus_fixture: Path, order: str, descending: bool
) -> None:
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    catalog = index.catalog
    plain = catalog.ids(order, descending)
    assert len(plain) > 5
    packed = catalog.id_list(order, descending)
    assert isinstance(packed, IdList) and packed == plain
    first = catalog.id_list(order, descending, first=3)
    assert len(first) == len(plain) and list(first)[:3] == plain[:3]
    source = catalog.entry(plain[0]).source  # type: ignore[union-attr]
    assert catalog.id_list(order, descending, source=source) == catalog.ids(
        order, descending, source=source
    )
    index.close()


def test_title_filter_reads_the_folded_titles_and_an_older_catalog_gets_them(
    corpus_fixture: Path,
) -> None:
    from reader.core.search.catalog import TITLES_KEY

    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    catalog = index.catalog
    titles = [e.title for e in catalog.entries(catalog.ids()).values()]
    needles = ["王毅", "國", "the", "布林肯", "zzz-none"] + [t[1:3] for t in titles[:5] if t[1:3]]
    assert catalog.get_meta(TITLES_KEY) == "1"
    fast = {n: catalog.ids(title_contains=n) for n in needles}
    assert any(fast.values())
    index.close()
    # An older catalog: no folded titles yet. The filter folds every title (same answers)
    # until the next update fills them.
    db = sqlite3.connect(index.layout.catalog_path)
    with db:
        db.execute("DELETE FROM titles")
        db.execute("DELETE FROM meta WHERE key=?", (TITLES_KEY,))
    db.close()
    assert {n: index.catalog.ids(title_contains=n) for n in needles} == fast
    index.update(workers=1)
    assert index.catalog.get_meta(TITLES_KEY) == "1"
    assert {n: index.catalog.ids(title_contains=n) for n in needles} == fast
    index.close()

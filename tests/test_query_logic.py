"""The query language's logic against an oracle: a library holding every combination of three
words, and for each query the set of articles a reader means by it. `蓬佩奥 -中国 OR 台湾`
was read as (蓬佩奥 OR 台湾) AND NOT 中国 (1,807 articles, 1,740 without 蓬佩奥), and
parentheses were searched as characters."""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

import pytest

from reader.core.search.api import SearchOptions
from reader.core.search.engine import LibraryIndex
from reader.core.search.query import parse_query

WORDS = ("蓬佩奥", "中国", "台湾")
Has = Callable[[str], bool]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LibraryIndex:
    """Two articles for each of the 8 combinations of the three words (one Traditional)."""
    lib = tmp_path_factory.mktemp("logic")
    for n, combo in enumerate(product((False, True), repeat=3)):
        present = [w for w, on in zip(WORDS, combo, strict=True) if on]
        for copy, words in enumerate((present, [w.replace("湾", "灣") for w in present])):
            body = "，".join(["今天的新闻", *words, "完"])
            (lib / f"a{n}{copy}.md").write_text(
                f"---\ntitle: 第{n}篇{copy}\ndate: 2021-01-0{n + 1}T12:00:00Z\nauthor: 来源\n"
                f"from: https://x.example/{n}/{copy}\n---\n<p>{body}</p>\n",
                encoding="utf-8",
            )
    index = LibraryIndex(lib)
    index.update(workers=1)
    return index


def expected(index: LibraryIndex, meant: Callable[[Has], bool]) -> set[str]:
    ids = index.catalog.ids()
    found = set()
    for article_id, text in index.catalog.texts(ids, folded=True):  # folded: 灣 -> 湾
        if meant(lambda w, t=text: w in t):
            found.add(article_id)
    assert len(ids) == 16
    return found


CASES: list[tuple[str, Callable[[Has], bool]]] = [
    ("蓬佩奥 -中国 OR 台湾", lambda h: h("蓬佩奥") and (not h("中国") or h("台湾"))),
    ("-中国 OR 台湾", lambda h: not h("中国") or h("台湾")),
    ("蓬佩奥 (台湾 OR 中国)", lambda h: h("蓬佩奥") and (h("台湾") or h("中国"))),
    ("(蓬佩奥 中国) OR 台湾", lambda h: (h("蓬佩奥") and h("中国")) or h("台湾")),
    ("蓬佩奥 台湾 OR 中国", lambda h: h("蓬佩奥") and (h("台湾") or h("中国"))),
    ("-(中国 OR 台湾)", lambda h: not h("中国") and not h("台湾")),
    ("NOT (中国 台湾)", lambda h: not (h("中国") and h("台湾"))),
    ("蓬佩奥 NOT 中国", lambda h: h("蓬佩奥") and not h("中国")),
    ("蓬佩奥 (台湾 OR 中国", lambda h: h("蓬佩奥") and (h("台湾") or h("中国"))),  # unclosed
    ("蓬佩奥) 中国", lambda h: h("蓬佩奥") and h("中国")),  # a stray ")"
    ("OR 台湾 OR", lambda h: h("台湾")),
    ("-中国", lambda h: not h("中国")),  # exclusions alone: every article without it
]


@pytest.mark.parametrize(("query", "meant"), CASES, ids=[q for q, _ in CASES])
def test_every_match_is_what_the_query_means(index: LibraryIndex, query: str, meant) -> None:  # type: ignore[no-untyped-def]
    want = expected(index, meant)
    assert set(index.matches(query).ids) == want
    hits = index.search(query, SearchOptions(limit=100)).hits
    assert {h.id for h in hits} == want


def test_an_absent_word_is_never_marked_as_a_match() -> None:
    parsed = parse_query("蓬佩奥 -中国 OR 台湾")
    assert [n.text for n in parsed.needles] == ["蓬佩奥", "台湾"]
    assert not parse_query("(a OR b) c").fallback

"""Host-named sources and their outlets: worked out from URL prefixes, kept by the indexer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.search.catalog import _URL_PREFIXES, ALIASES_KEY, Catalog
from reader.core.search.engine import LibraryIndex

URLS = [
    "https://a.com/x/y", "https://a.com", "http://www.A.com:8080/y?z", "https://b.org?q=1/2",
    "//c.net/p", "noscheme", "https://d.io#frag/x", "ftp://user@e.com/", "https://[::1]:80/x",
    "https://xn--fiqs8s.cn/新闻/1", "HTTPS://F.NET/", "https://g.com?/h",
]  # fmt: skip


def test_each_url_prefix_has_the_host_of_its_urls() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE articles(url TEXT, source TEXT)")
    db.executemany("INSERT INTO articles VALUES(?, 's')", [(u,) for u in URLS])
    prefixes = [row[0] for row in db.execute(_URL_PREFIXES)]
    for url in URLS:
        mine = [p for p in prefixes if url.startswith(p)]
        assert mine, url
        assert urlsplit(max(mine, key=len)).hostname == urlsplit(url).hostname, url
    assert len(prefixes) < len(URLS)  # https://a.com's two URLs counted together


def test_the_indexer_keeps_the_aliases_and_a_change_refreshes_them(
    corpus_fixture: Path,
) -> None:
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    stored = index.catalog.get_meta(ALIASES_KEY)
    assert stored is not None
    assert json.loads(stored) == {"chinadigitaltimes.net": "中国数字时代"}
    assert index.catalog.host_aliases() == index.catalog.find_host_aliases()

    (corpus_fixture / "cdt-with-front-matter.md").unlink()  # the file that names the outlet
    index.update(workers=1)
    stored = index.catalog.get_meta(ALIASES_KEY)
    assert stored is not None and json.loads(stored) == index.catalog.find_host_aliases()
    assert "chinadigitaltimes.net" not in json.loads(stored)


def test_a_url_that_does_not_split_costs_only_itself(corpus_fixture: Path) -> None:
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    catalog = Catalog(index.layout.catalog_path)  # writable: the index's own is read-only
    other = catalog.db.execute(
        "SELECT id FROM articles WHERE url NOT LIKE '%chinadigitaltimes%' LIMIT 1"
    ).fetchone()[0]
    catalog.db.execute("UPDATE articles SET url='http://[oops/x' WHERE id=?", (other,))
    catalog.db.commit()
    assert catalog.find_host_aliases() == {"chinadigitaltimes.net": "中国数字时代"}
    catalog.close()

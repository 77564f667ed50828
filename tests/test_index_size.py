"""Issue 25, index <= 1.5x text: what the index holds beyond the content postings is only what
searching reads (no date terms, no stored copy of the id, a file hash for a path, one-document
postings kept in the term table), and searching by date, id and copies still works."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.search.api import SearchOptions
from reader.core.search.engine import LibraryIndex
from reader.core.search.indexer import open_whoosh


def write(path: Path, title: str, body: str, date: str, url: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\ndate: {date}T00:00:00Z\nfrom: {url}\n---\n"
    path.write_text(front + f"<p>{body}</p>\n", encoding="utf-8")


def test_the_index_holds_only_what_searching_reads(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    write(lib / "a.md", "甲文", "苹果香蕉独一", "2021-01-02", "https://x.example/a")
    write(lib / "b.md", "乙文", "苹果橘子", "2022-03-04", "https://x.example/b")
    index = LibraryIndex(lib)
    index.update(workers=1)
    ix = open_whoosh(index.layout.whoosh_dir)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert "date" not in reader.indexed_field_names()
        assert reader.has_column("date") and reader.has_column("id")
        assert [fields for _docnum, fields in reader.iter_docs()] == [{}, {}]
        files = [t.decode() for t in reader.lexicon("file")]
        assert len(files) == 2 and all(re.fullmatch("[0-9a-f]{16}", t) for t in files)
        singles = [reader.term_info("content", t) for t in reader.lexicon("content")]
        inlined = [i for i in singles if i.doc_frequency() == 1]
        assert inlined and all(i.is_inlined() for i in inlined)
    ix.close()
    newest = index.search("苹果", SearchOptions(sort="date"))
    assert [h.title for h in newest.hits] == ["乙文", "甲文"]
    assert len(index.search("独一").hits) == 1
    index.close()

"""Sync at the size of issue 24: 10,000 bookmarks and 100,000 read marks.

    python -m bench.sync [--bookmarks N] [--marks N]    # READER_CORPUS=DIR for real titles

Two machines, each with its own data dir, share one folder. Printed against baselines of the
same run: the sync folder's size against the same state as a plain gzip'd JSON export; the
time of a first merge (a machine joining) against writing the same state into the stores;
then a journaled change, an incremental merge, a merge with nothing new and a compaction.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from reader.core.article import Article
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.readstate import ReadState
from reader.core.sync.engine import SyncEngine
from reader.core.sync.setup import Stores, attach, store_kinds


def real_articles(count: int) -> list[Article]:
    """Up to ``count`` parsed articles of the corpus (titles, sources, links as they are)."""
    from bench.corpus import corpus_dir
    from reader.core.scan import scan_library

    found: list[Article] = []
    try:
        for item in scan_library(corpus_dir()):
            if isinstance(item, Article):
                found.append(item)
                if len(found) == count:
                    break
    except SystemExit:
        pass  # no corpus: made-up titles below
    return found


def bookmarks_of(articles: list[Article], count: int, rng: random.Random) -> list[Bookmark]:
    made = []
    for n in range(count):
        a = articles[n] if n < len(articles) else None
        article_id = a.id if a else f"{rng.getrandbits(64):016x}"
        made.append(Bookmark(
            article_id, a.title if a else f"王毅与布林肯通电话（第{n}篇）",
            a.source if a else "联合早报",
            a.published.isoformat() if a and a.published else "2022-01-27T08:00:00+00:00",
            a.url if a else f"https://www.zaobao.com.sg/news/china/story{n:08d}",
            str(a.path) if a else None, "要点：" + "记录" * rng.randrange(0, 20) if n % 4 == 0 else "",
            "2026-01-01T10:00:00+00:00", rng.sample(["外交", "乌克兰", "经济", "evidence"], n % 3),
        ))  # fmt: skip
    return made


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """Wall seconds (CPU seconds of this process in ``CPU``: on a shared machine the wall
    clock says as much about the neighbours)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = fn()
    CPU[0] = time.process_time() - cpu
    return time.perf_counter() - started, result


CPU = [0.0]


def cpu() -> str:
    return f"(CPU {CPU[0]:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bookmarks", type=int, default=10_000)
    parser.add_argument("--marks", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(24)
    root = Path(tempfile.mkdtemp(prefix="reader-bench-sync-"))
    shared = root / "Sync"
    shared.mkdir()
    articles = list({a.id: a for a in real_articles(args.marks)}.values())  # copies: one id
    marks = [a.id for a in articles] + [
        f"{rng.getrandbits(64):016x}" for _ in range(args.marks - len(articles))
    ]
    bookmarks = bookmarks_of(articles, args.bookmarks, rng)
    rows = []

    def machine(name: str) -> tuple[ReadState, BookmarkStore, SyncEngine]:
        folder = root / name
        folder.mkdir()
        read, books = ReadState(folder / "state.sqlite"), BookmarkStore(folder / "b.sqlite")
        stores = Stores(read, books)
        engine = SyncEngine(shared, folder / "sync", store_kinds(stores), name=name)
        attach(engine, stores)
        return read, books, engine

    # Baselines: the state written into the stores without sync; a plain export of it.
    plain = root / "plain"
    plain.mkdir()
    read0, books0 = ReadState(plain / "state.sqlite"), BookmarkStore(plain / "b.sqlite")
    store_s, _ = timed(lambda: (read0.set_read(marks), books0.replace_many(bookmarks)))
    store_cpu = CPU[0]
    books0.export_json(plain / "bookmarks.json")
    export = gzip.compress((plain / "bookmarks.json").read_bytes()
                           + json.dumps(sorted(marks)).encode(), 9)  # fmt: skip

    read_a, books_a, a = machine("a")
    read_a.listeners.clear()
    books_a.listeners.clear()  # filled first, published by the catch-up (a first sync)
    read_a.set_read(marks)
    books_a.replace_many(bookmarks)
    publish_s, published = timed(a.catch_up)
    publish_cpu = CPU[0]
    attach(a, Stores(read_a, books_a))  # from now on each change is journaled as it commits
    compact_s, _ = timed(a.compact)
    compact_cpu = cpu()
    size = folder_bytes(shared)
    read_b, books_b, b = machine("b")
    join_s, _report = timed(b.sync)
    join_cpu = CPU[0]
    assert read_b.snapshot() == read_a.snapshot(), (len(read_b.snapshot()), len(read_a.snapshot()))
    assert books_b.count() == books_a.count(), (books_b.count(), books_a.count())
    rows += [
        ("state", f"{len(bookmarks):,} bookmarks, {len(marks):,} read marks ({len(articles):,} "
                  "real articles)", ""),
        ("sync folder after compaction", f"{size / 1e6:.2f} MB",
         f"{size / len(export):.2f}x a gzip'd plain export ({len(export) / 1e6:.2f} MB)"),
        ("first publish (catch-up)", f"{publish_s:.2f} s (CPU {publish_cpu:.2f} s)",
         f"{published:,} operations; CPU {publish_cpu / store_cpu:.2f}x writing the state into"
         f" the stores ({store_s:.2f} s, CPU {store_cpu:.2f} s)"),
        ("compaction (snapshot of everything)", f"{compact_s:.2f} s {compact_cpu}", ""),
        ("a machine joins (pull + apply)", f"{join_s:.2f} s (CPU {join_cpu:.2f} s)",
         f"CPU {join_cpu / store_cpu:.2f}x writing the state into the stores"),
    ]  # fmt: skip

    # A change as the window makes one when an article is opened: the store alone, then the
    # store and its journal (to the replica and this machine's log).
    def changes(read: ReadState, books: BookmarkStore) -> list[float]:
        took = []
        for n in range(100):
            x = marks[rng.randrange(len(marks))]
            took.append(timed(lambda x=x, n=n: read.set_read([x], n % 2 == 0))[0])
            if n % 10 == 0:
                note = f"笔记 {n}"
                took.append(timed(lambda n=n, note=note: books.set_note(
                    bookmarks[n].article_id, note))[0])  # fmt: skip
        return took

    alone = statistics.median(changes(read0, books0))
    journaled = statistics.median(changes(read_a, books_a))
    incremental_s, applied = timed(lambda: (b.pull(), b.apply())[1])
    incremental_cpu = cpu()
    nothing_s, _ = timed(b.sync)
    nothing_cpu = cpu()
    b_pull_s, _ = timed(b.pull)
    rows += [
        ("a change, store + journal (median of 110)", f"{journaled * 1000:.1f} ms",
         f"{journaled / alone:.2f}x the store alone ({alone * 1000:.1f} ms)"),
        ("the window's merge of those 110 changes", f"{incremental_s:.3f} s {incremental_cpu}",
         f"{sum(len(v) for v in applied.values())} entities written"),  # type: ignore[attr-defined]
        ("`reader sync` with nothing new", f"{nothing_s:.2f} s {nothing_cpu}",
         "its catch-up compares the stores with the replica"),
        ("the window's merge with nothing new", f"{b_pull_s:.3f} s", ""),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for what, figure, ratio in rows:
        print(f"{what:<{width}}  {figure:<28} {ratio}")
    for closing in (a, b):
        closing.close()


if __name__ == "__main__":
    main()

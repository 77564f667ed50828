"""The search index and catalog under faults: file names that are not UTF-8, kills between
the two stores' commits, damaged catalog pages, disks that refuse writes, and one count of
articles everywhere."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main as cli
from reader.core.parser import parse_article_file
from reader.core.scan import Problem, parse_or_problem, walk_article_files
from reader.core.search.catalog import Catalog
from reader.core.search.engine import LibraryIndex, SearchOptions
from tests.conftest import ROOT, SEEDS
from tests.faultkit import assert_said_in_words, run_reader

GBK_NAME = "2021-01-05-美国新闻.md".encode("gbk")  # as unzipped from a Chinese-Windows archive
needs_byte_names = pytest.mark.skipif(
    sys.platform != "linux", reason="only Linux file systems take names that are not UTF-8"
)


def write(path: Path, title: str, body: str, url: str | None = None, date: str = "2021-01-01"):  # type: ignore[no-untyped-def]
    path.parent.mkdir(parents=True, exist_ok=True)
    front = f"---\ntitle: {title}\ndate: {date}T00:00:00Z\n" + (f"from: {url}\n" if url else "")
    path.write_text(front + f"---\n<p>{body}</p>\n", encoding="utf-8")


def hit_ids(index: LibraryIndex, query: str) -> list[str]:
    results = index.search(query, SearchOptions(limit=10_000))
    return [h.id for h in results.hits]


def whoosh_docs(index: LibraryIndex) -> int:
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index.layout.whoosh_dir))
    with ix.searcher() as searcher:
        return int(searcher.doc_count())


# -- 1. file names that are not UTF-8 --------------------------------------------------------
@needs_byte_names
def test_a_file_name_that_is_not_utf8_is_indexed_and_opens(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    lib = tmp_path / "L"
    shutil.copytree(SEEDS, lib)
    raw = os.fsencode(lib) + b"/" + GBK_NAME
    with open(raw, "w", encoding="utf-8") as fh:
        fh.write("---\ntitle: 美国新闻\ndate: 2021-01-05\n---\n<p>独一无二的测试词汇</p>\n")
    index = LibraryIndex(lib)
    summary = index.update(workers=1)
    assert summary.problems == 0 and summary.articles == 6
    assert len(hit_ids(index, "布林肯")) >= 1, "the rest of the library is searchable"
    [hit] = index.search("独一无二").hits
    assert os.fsencode(hit.path) == raw, "the stored path round-trips to the same bytes"
    assert parse_article_file(hit.path).title == "美国新闻", "and the file opens from it"
    again = index.update(workers=1)
    assert (again.added, again.unchanged) == (0, 6), "not taken for a new file every time"

    assert cli(["search", "独一无二", "--library", str(lib), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.splitlines()[0])["path"]
    assert shown.endswith("/2021-01-05-\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.md")
    assert cli(["check", str(lib)]) == 0
    assert "6 files: 6 parsed" in capsys.readouterr().out
    assert cli(["bookmarks", "add", hit.id, "--library", str(lib)]) == 0
    assert cli(["bookmarks", "list", "--json"]) == 0
    bookmark = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert bookmark["path"] == shown


@needs_byte_names
def test_cli_index_with_a_gbk_file_name(tmp_path: Path, isolated_data_dir: Path) -> None:
    lib = tmp_path / "L"
    shutil.copytree(SEEDS, lib)
    (Path(os.fsdecode(os.fsencode(lib) + b"/" + GBK_NAME))).write_text(
        "---\ntitle: 美国新闻\n---\n<p>正文</p>\n", encoding="utf-8"
    )
    result = run_reader(["index", "--library", str(lib)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("6 files: 6 articles, 0 duplicate copies, 0 skipped;")


@needs_byte_names
def test_problem_messages_with_undecodable_names_are_stored(tmp_path: Path) -> None:
    lib = tmp_path / "L"
    write(lib / "ok.md", "好", "内容")
    Path(os.fsdecode(os.fsencode(lib) + b"/" + GBK_NAME)).write_bytes(b"")  # empty: a problem
    index = LibraryIndex(lib)
    summary = index.update(workers=1)
    assert summary.problems == 1 and summary.skipped == 1 and summary.articles == 1
    [problem] = index.catalog.problems()
    assert problem.problem_kind == "empty" and os.fsencode(problem.path).endswith(GBK_NAME)


def test_stored_path_text_round_trips_and_leaves_unicode_paths_as_they_are() -> None:
    from reader.core.paths import display_path, path_from_text, path_to_text

    gbk = os.fsdecode(b"/lib/" + GBK_NAME)
    for path in (gbk, "/lib/中文 100% #1.md", "/lib/file:/x.md", "relative/名.md"):
        assert path_from_text(path_to_text(path)) == str(Path(path))
        path_to_text(path).encode("utf-8")  # storable as SQLite text and as a Whoosh term
    assert path_to_text("/lib/中文 100% #1.md") == "/lib/中文 100% #1.md"
    assert display_path(gbk) == "/lib/2021-01-05-" + "\ufffd" * 8 + ".md"


# -- 5. a kill between the Whoosh commit and the catalog commit ------------------------------
KILLED_AT_A_WHOOSH_COMMIT = """
import os, sys
from pathlib import Path
from reader.core.search.engine import LibraryIndex
from whoosh.writing import SegmentWriter

nth, when = int(sys.argv[2]), sys.argv[3]
real_commit = SegmentWriter.commit
seen = 0

def commit(self, *args, **kwargs):
    global seen
    seen += 1
    if seen == nth and when == "before":
        os._exit(86)
    real_commit(self, *args, **kwargs)
    if seen == nth:
        os._exit(86)  # killed right after this Whoosh commit, before the catalog's

SegmentWriter.commit = commit
LibraryIndex(Path(sys.argv[1])).update(workers=1)
"""


def killed_update(lib: Path, data_dir: Path, batch: int, nth: int = 1, when: str = "after") -> None:
    """An update killed just after (or before) its ``nth`` Whoosh commit."""
    env = {**os.environ, "READER_DATA_DIR": str(data_dir), "READER_BATCH_DOCS": str(batch)}
    result = subprocess.run(
        [sys.executable, "-c", KILLED_AT_A_WHOOSH_COMMIT, str(lib), str(nth), when],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 86, result.stderr


def assert_indexed_once(index: LibraryIndex, n: int) -> None:
    assert index.catalog.article_count() == n
    assert whoosh_docs(index) == n, "one index entry per article"
    ids = hit_ids(index, "同一事件")
    assert len(ids) == n and len(set(ids)) == n, "every hit listed once"


def test_kill_after_the_whoosh_commit_of_a_batch_does_not_double_the_index(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    lib = tmp_path / "lib"
    for i in range(35):
        write(lib / f"{i:03}.md", f"第{i}篇", f"同一事件的报道，编号{i:03}")
    killed_update(lib, isolated_data_dir, batch=10)
    index = LibraryIndex(lib)
    summary = index.update(workers=1)
    assert_indexed_once(index, 35)
    assert summary.repaired == 10, "the batch the catalog never saw is taken out again"
    again = index.update(workers=1)
    assert (again.unchanged, again.added, again.repaired) == (35, 0, 0)


def test_kill_before_a_replaced_copy_leaves_the_index_shows_the_article_once(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    lib = tmp_path / "lib"
    url = "https://x.example/story"
    for i in range(8):
        write(lib / f"{i:03}.md", f"第{i}篇", f"同一事件的报道，编号{i:03}")
    write(lib / "copy1.md", "同一篇", "同一事件，旧版本", url=url, date="2021-01-01")
    index = LibraryIndex(lib)
    index.update(workers=1)
    index.close()
    write(lib / "copy2.md", "同一篇", "同一事件，新版本", url=url, date="2021-01-02")
    # Commit 1 adds the newer copy (the catalog then commits); commit 2 would take the older
    # copy's entry out: killed before it.
    killed_update(lib, isolated_data_dir, batch=10, nth=2, when="before")
    summary = index.update(workers=1)
    assert_indexed_once(index, 9)
    assert summary.repaired == 1
    assert len(hit_ids(index, "新版本")) == 1 and not hit_ids(index, "旧版本")


KILLED_AFTER_A_CATALOG_COMMIT = """
import os, sys
from pathlib import Path
from reader.core.search.engine import LibraryIndex
from reader.core.search.indexer import CATALOG_BATCH

def progress(done, total, path):
    if done == CATALOG_BATCH + 5:  # listed, not yet in a Whoosh segment
        os._exit(86)

LibraryIndex(Path(sys.argv[1])).update(workers=1, progress=progress)
"""


def test_kill_after_a_listing_commit_searches_every_article_once_after_the_next_update(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    from reader.core.search.indexer import CATALOG_BATCH

    lib = tmp_path / "lib"
    total = CATALOG_BATCH + 30
    for i in range(total):
        write(lib / f"{i:04}.md", f"第{i}篇", f"同一事件的报道，编号{i:04}")
    result = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_A_CATALOG_COMMIT, str(lib)],
        cwd=ROOT, env={**os.environ, "READER_DATA_DIR": str(isolated_data_dir)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 86, result.stderr
    index = LibraryIndex(lib)
    assert index.catalog.article_count() == CATALOG_BATCH, "listed before the kill"
    index.close()
    summary = index.update(workers=1)
    assert summary.repaired == CATALOG_BATCH, "listed but never searchable: read again"
    assert_indexed_once(index, total)


def test_an_index_doubled_by_an_older_version_is_repaired(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    for i in range(6):
        write(lib / f"{i:03}.md", f"第{i}篇", f"同一事件的报道，编号{i:03}")
    index = LibraryIndex(lib)
    index.update(workers=1)
    index.close()
    # What a kill between the commits left behind before the fix: every file indexed twice,
    # the catalog with no trace of it.
    from whoosh import index as whoosh_index

    from reader.core.search.prepare import prepare_path

    ix = whoosh_index.open_dir(str(index.layout.whoosh_dir))
    writer = ix.writer()
    for stat in walk_article_files(lib):
        prepared = prepare_path((str(stat.path), stat.size, stat.mtime_ns))
        assert prepared.row is not None
        terms = dict(prepared.content_terms or {})
        writer.add_document(id=prepared.row.id, file=str(stat.path), content=terms, date=0)
    writer.commit()
    assert whoosh_docs(index) == 12
    summary = index.update(workers=1)
    assert_indexed_once(index, 6)
    assert summary.repaired == 6


@pytest.mark.faults
def test_sigkill_at_random_moments_of_a_build_never_doubles_or_loses(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    lib = tmp_path / "lib"
    for i in range(1200):
        write(lib / f"{i:04}.md", f"第{i}篇", f"同一事件的报道，编号{i:04}。" * 15)
    env = {**os.environ, "READER_DATA_DIR": str(isolated_data_dir), "READER_BATCH_DOCS": "50"}
    rng = random.Random(11)
    index = LibraryIndex(lib)
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", "index", "--library", str(lib)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.5, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    summary = index.update(workers=1)
    assert summary.rebuilt_reason is None
    assert_indexed_once(index, 1200)


# -- 6. damaged catalog pages ------------------------------------------------------------------
@pytest.mark.parametrize("seed", [0, 2])  # 0: `index` failed every run; 2: searches failed
def test_garbage_pages_in_the_catalog_are_found_and_rebuilt(
    corpus_fixture: Path, seed: int, capsys
) -> None:  # type: ignore[no-untyped-def]
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    before = {q: sorted(hit_ids(index, q)) for q in ("布林肯", "疫苗", "中国")}
    index.close()
    path = index.layout.catalog_path
    rng = random.Random(seed)
    with open(path, "r+b") as fh:  # three 4 KB blocks of garbage, never the header page
        for page in rng.sample(range(1, path.stat().st_size // 4096), 3):
            fh.seek(page * 4096)
            fh.write(rng.randbytes(4096))
    assert cli(["index", "--library", str(corpus_fixture)]) == 0
    assert "rebuilt: the catalog is damaged" in capsys.readouterr().err
    after = {q: sorted(hit_ids(index, q)) for q in before}
    assert after == before
    assert cli(["index", "--library", str(corpus_fixture)]) == 0
    assert "rebuilt" not in capsys.readouterr().err


def test_a_garbage_text_found_by_a_search_is_said_and_rebuilt(tmp_path: Path) -> None:
    from reader.core.storage import IndexDamaged

    lib = tmp_path / "lib"
    write(lib / "a.md", "甲", "苹果香蕉")
    write(lib / "b.md", "乙", "苹果橘子")
    index = LibraryIndex(lib)
    index.update(workers=1)
    writer = Catalog(index.layout.catalog_path)
    writer.db.execute("UPDATE articles SET folded_z = ?", (b"x\x9c" + b"\x00garbage" * 20,))
    writer.db.commit()
    writer.close()
    with pytest.raises(IndexDamaged, match=r"catalog\.sqlite is damaged") as caught:
        index.search("苹果")
    assert "the next index update rebuilds it" in str(caught.value)
    summary = index.update(workers=1)
    assert summary.rebuilt_reason and "found while searching" in summary.rebuilt_reason
    assert len(hit_ids(index, "苹果")) == 2


# -- 7. disks that refuse writes: words, not tracebacks ----------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is Unix")
def test_cli_index_on_a_disk_that_refuses_writes(isolated_data_dir: Path) -> None:
    result = run_reader(["index", "--library", str(SEEDS)], isolated_data_dir, file_size_limit=4096)
    assert_said_in_words(result, "Cannot use the search index in", str(isolated_data_dir))
    assert result.returncode == 4


def test_window_indexer_failure_carries_the_same_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.core.search.indexer import IndexLayout
    from reader.ui.library_controller import LibraryController

    lib = tmp_path / "lib"
    write(lib / "a.md", "甲", "苹果")
    layout = IndexLayout.of(lib.resolve())
    layout.whoosh_dir.write_bytes(b"")  # a file where the index folder should be
    controller = LibraryController()
    try:
        with qtbot.waitSignal(controller.index_failed, timeout=60_000) as failed:
            controller.open_library(lib)
    finally:
        controller.close_library()
    [message] = failed.args
    assert message.startswith(f"Cannot use the search index in {layout.root}:"), message
    assert "Error" not in message


# -- 8. one count of articles everywhere -------------------------------------------------------
def library_truth(lib: Path) -> tuple[int, int, int]:
    """(files, distinct article ids, files skipped) by parsing every file directly."""
    files = ids = skipped = 0
    seen: set[str] = set()
    for stat in walk_article_files(lib):
        files += 1
        parsed = parse_or_problem(stat.path)
        if isinstance(parsed, Problem):
            skipped += 1
        elif parsed.id not in seen:
            seen.add(parsed.id)
            ids += 1
    return files, ids, skipped


def test_update_summary_counts_add_up_for_builds_and_updates(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    lib = tmp_path / "lib"
    shutil.copytree(SEEDS, lib)
    url = "https://x.example/story"
    write(lib / "copy1.md", "同一篇", "旧版本", url=url, date="2021-01-01")
    write(lib / "copy2.md", "同一篇", "新版本", url=url, date="2021-01-02")
    (lib / "empty.md").write_bytes(b"")
    index = LibraryIndex(lib)
    built = index.update(workers=1)
    files, articles, skipped = library_truth(lib)
    assert (built.files, built.articles, built.skipped) == (files, articles, skipped)
    assert built.duplicates == 1
    assert built.files == built.articles + built.duplicates + built.skipped
    assert built.articles == index.catalog.article_count()

    write(lib / "copy3.md", "同一篇", "最新版本", url=url, date="2021-01-03")
    updated = index.update(workers=1)
    assert (updated.files, updated.articles, updated.duplicates) == (files + 1, articles, 2)
    assert updated.added == 1 and updated.unchanged == files
    assert updated.files == updated.articles + updated.duplicates + updated.skipped

    assert cli(["index", "--library", str(lib)]) == 0
    assert capsys.readouterr().out.startswith(
        f"{files + 1} files: {articles} articles, 2 duplicate copies, {skipped} skipped;"
    )

"""Build and incrementally update a library's search index and catalog.

One process at a time (UpdateLock) and one Whoosh writer at a time. Work is committed in
batches, Whoosh first and the catalog second: a crash or kill leaves the last committed batch
searchable, and the files of an uncommitted batch simply count as changed next time.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.query import And, Term
from whoosh.writing import SegmentWriter

from reader.core.paths import library_data_dir
from reader.core.scan import Problem, walk_article_files
from reader.core.search.bulk import BulkWriter
from reader.core.search.catalog import CATALOG_VERSION, Catalog, FileRecord
from reader.core.search.locking import UpdateLock
from reader.core.search.prepare import Prepared, prepare_path
from reader.core.search.schema import COUNT_FIELDS, SCHEMA_VERSION, build_schema
from reader.core.stories.store import StoriesSummary, update_stories_safely

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

BATCH_DOCS = int(os.environ.get("READER_BATCH_DOCS", "30000"))  # docs per commit: bounds memory
PREFETCH = 128  # parsed documents (each with ~100 KB of term counts) held ahead of the writer
INLINE_LIMIT = 64  # fewer changed files than this are parsed in-process (no pool start-up)
VERSION_KEY = "schema_version"
VERSION_STAMP = f"{SCHEMA_VERSION}.{CATALOG_VERSION}"


@dataclass
class UpdateSummary:
    scanned: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0
    duplicates: int = 0
    cancelled: bool = False
    rebuilt_reason: str | None = None
    seconds: float = 0.0
    problem_list: list[Problem] = field(default_factory=list)
    stories: StoriesSummary | None = None


class IndexLayout:
    """Where a library's index and catalog live (never inside the library)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.whoosh_dir = root / "whoosh"
        self.catalog_path = root / "catalog.sqlite"
        self.lock_path = root / "update.lock"

    @classmethod
    def of(cls, library: Path, root: Path | None = None) -> IndexLayout:
        """``root``, else the library's own folder in the user data dir."""
        return cls(root or library_data_dir(library))

    def wipe(self) -> None:
        shutil.rmtree(self.whoosh_dir, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.catalog_path) + suffix).unlink(missing_ok=True)


def _better(published: int | None, path: str, other_published: int | None, other_path: str) -> bool:
    """Which of two files holding the same article (same URL) is shown: newest, then path."""
    a, b = published or -(2**62), other_published or -(2**62)
    return a > b or (a == b and path < other_path)


def check_layout(layout: IndexLayout) -> str | None:
    """Why the existing index cannot be used (None when it can)."""
    if not layout.catalog_path.exists() and not layout.whoosh_dir.exists():
        return None
    try:
        catalog = Catalog(layout.catalog_path)
        try:
            stamp = catalog.get_meta(VERSION_KEY)
            catalog.db.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            catalog.close()
        if stamp is None:
            return "the index was never completed"
        if stamp != VERSION_STAMP:
            return f"the index format changed ({stamp} -> {VERSION_STAMP})"
        if not whoosh_index.exists_in(str(layout.whoosh_dir)):
            return "the search index is missing"
        ix = whoosh_index.open_dir(str(layout.whoosh_dir))
        with ix.searcher() as searcher:
            searcher.doc_count()
            list(searcher.reader().iter_docs())[:1]
    except Exception as exc:  # anything unreadable means: rebuild it
        return f"the index is damaged ({type(exc).__name__}: {exc})"
    return None


def _bulk_writer(ix: whoosh_index.Index) -> SegmentWriter:
    return BulkWriter(ix, COUNT_FIELDS, timeout=60.0)


def _prepare_stream(items: list[tuple[str, int, int]], workers: int) -> Iterator[Prepared]:
    if len(items) < INLINE_LIMIT or workers <= 1:
        for item in items:
            yield prepare_path(item)
        return
    ctx = multiprocessing.get_context("spawn")  # never fork a process that may run Qt threads
    with ctx.Pool(workers) as pool:
        # Windows bound how far the workers run ahead of the writer (memory).
        for start in range(0, len(items), PREFETCH):
            yield from pool.imap(prepare_path, items[start : start + PREFETCH], chunksize=8)


class Indexer:
    def __init__(self, library: Path, layout: IndexLayout) -> None:
        self.library = library
        self.layout = layout

    def update(
        self,
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        workers: int | None = None,
        lock_timeout: float = 0.0,
    ) -> UpdateSummary:
        self.layout.root.mkdir(parents=True, exist_ok=True)
        with UpdateLock(self.layout.lock_path, lock_timeout):
            summary = UpdateSummary()
            reason = "a rebuild was asked for" if rebuild else check_layout(self.layout)
            if reason is not None:
                self.layout.wipe()
                summary.rebuilt_reason = reason
            started = time.perf_counter()
            self._update(summary, progress, cancel, workers or max(1, (os.cpu_count() or 2)))
            summary.seconds = time.perf_counter() - started
            return summary

    def _open(self) -> tuple[whoosh_index.Index, Catalog]:
        self.layout.whoosh_dir.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.layout.whoosh_dir)):
            ix = whoosh_index.open_dir(str(self.layout.whoosh_dir))
        else:
            ix = whoosh_index.create_in(str(self.layout.whoosh_dir), build_schema())
        return ix, Catalog(self.layout.catalog_path)

    def _update(
        self,
        summary: UpdateSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        workers: int,
    ) -> None:
        ix, catalog = self._open()
        try:
            # The stamp names the format; completeness is per file (files table), so a
            # cancelled or killed build resumes where its last committed batch ended.
            catalog.set_meta(VERSION_KEY, VERSION_STAMP)
            catalog.set_meta("library", str(self.library))
            catalog.db.commit()
            walk_problems: list[Problem] = []
            on_disk = {
                str(f.path): (f.size, f.mtime_ns)
                for f in walk_article_files(self.library, walk_problems)
            }
            summary.problem_list.extend(walk_problems)
            summary.scanned = len(on_disk)
            records = catalog.file_records()
            changed = [
                p for p, st in on_disk.items()
                if p not in records or (records[p].size, records[p].mtime_ns) != st
            ]  # fmt: skip
            deleted = [p for p in records if p not in on_disk]
            summary.unchanged = len(on_disk) - len(changed)

            # Articles whose shown file may change: re-pick among all files holding them.
            touched_ids = {
                rec.article_id
                for p in (*changed, *deleted)
                if (rec := records.get(p)) is not None and rec.article_id
            }
            by_id: dict[str, list[str]] = {}
            for rec in records.values():
                if rec.article_id in touched_ids and rec.path in on_disk:
                    by_id.setdefault(rec.article_id, []).append(rec.path)
            reparse = {p for paths in by_id.values() for p in paths}
            to_parse = sorted(set(changed) | reparse)

            if touched_ids or deleted:
                writer = ix.writer(timeout=60.0)
                for article_id in touched_ids:
                    writer.delete_by_term("id", article_id)
                writer.commit(merge=False)
                catalog.delete_articles(touched_ids)
                catalog.delete_files(deleted)
            summary.removed = len(deleted)
            self._index_files(ix, catalog, to_parse, on_disk, records, summary, progress, cancel,
                              workers)  # fmt: skip
            if not summary.cancelled:  # stories follow the committed catalog
                summary.stories = update_stories_safely(catalog.db)
        finally:
            catalog.db.commit()
            catalog.close()

    def _index_files(
        self,
        ix: whoosh_index.Index,
        catalog: Catalog,
        paths: list[str],
        on_disk: dict[str, tuple[int, int]],
        old_records: dict[str, FileRecord],
        summary: UpdateSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        workers: int,
    ) -> None:
        items = [(p, *on_disk[p]) for p in paths]
        total = len(items)
        best: dict[str, tuple[int | None, str]] = {}  # id -> the file shown, this run
        writer: SegmentWriter | None = None
        pending_deletes: list[tuple[str, str]] = []
        in_batch = 0

        def flush() -> None:
            nonlocal writer, in_batch
            if writer is not None:
                writer.commit(merge=False)
                writer = None
            catalog.db.commit()
            in_batch = 0
            if pending_deletes:
                w = ix.writer(timeout=60.0)
                for article_id, path in pending_deletes:
                    w.delete_by_query(And([Term("id", article_id), Term("file", path)]))
                w.commit(merge=False)
                pending_deletes.clear()

        stream = _prepare_stream(items, workers)
        try:
            for done, prepared in enumerate(stream, 1):
                if cancel is not None and cancel():
                    summary.cancelled = True
                    break
                rec = prepared.file
                if progress is not None:
                    progress(done, total, rec.path)
                if prepared.row is None:
                    summary.problems += 1
                    summary.problem_list.append(
                        Problem(
                            Path(rec.path), rec.problem_kind or "error", rec.problem_message or ""
                        )
                    )
                    catalog.put_files([rec])
                    continue
                for warning in prepared.warnings:
                    kind, _, message = warning.partition(": ")
                    summary.problem_list.append(Problem(Path(rec.path), kind, message, fatal=False))
                row = prepared.row
                previous = best.get(row.id)
                if previous is None:
                    shown = catalog.entry(row.id)
                    if shown is not None and shown.path != Path(rec.path):
                        shown_rec = catalog.file_record(str(shown.path))
                        previous = (shown_rec.published if shown_rec else None, str(shown.path))
                catalog.put_files([rec])
                if previous is not None and previous[1] != rec.path:
                    summary.duplicates += 1
                    if not _better(row.published, rec.path, *previous):
                        continue
                    pending_deletes.append((row.id, previous[1]))
                old = old_records.get(rec.path)
                if old is None:
                    summary.added += 1
                elif old.content_hash != rec.content_hash:
                    summary.updated += 1
                best[row.id] = (row.published, rec.path)
                if writer is None:
                    writer = _bulk_writer(ix)
                writer.add_document(
                    id=row.id,
                    file=rec.path,
                    content=prepared.content_terms,
                    source=row.source,
                    category=list(prepared.category_terms),
                    date=row.published if row.published is not None else 0,
                )
                catalog.put_articles([row])
                in_batch += 1
                if in_batch >= BATCH_DOCS:
                    flush()
        finally:
            if isinstance(stream, Iterator) and hasattr(stream, "close"):
                stream.close()
        flush()

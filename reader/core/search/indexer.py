"""Build and incrementally update a library's search index and catalog.

One process at a time (UpdateLock) and one Whoosh writer at a time. The catalog commits every
CATALOG_BATCH articles, so the article list fills while a first build runs; Whoosh commits
every SEGMENT_DOCS articles (each commit is a segment: few segments keep queries fast, and the
writer's memory is bounded by spilling postings, not by committing them), Whoosh first and the
catalog second. A crash or kill leaves the last committed batch listed and everything up to the
last Whoosh commit searchable; the files of an uncommitted batch simply count as changed next
time, and articles the catalog committed ahead of Whoosh are read again.

The two stores cannot commit together, so a kill between the two commits leaves Whoosh with
documents the catalog does not know (the next update would index them a second time) or
without documents it does know. Every update therefore marks the catalog "open" before it
touches Whoosh and clears the mark with its last commit; an update that finds the mark (or
finds Whoosh and the catalog disagreeing on the number of articles) first reconciles them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.query import And, Term
from whoosh.writing import SegmentWriter

from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import path_to_text
from reader.core.problems import Problem
from reader.core.scan import OUTSIDE_FILE, walk_article_stats
from reader.core.search.bulk import BulkWriter
from reader.core.search.catalog import ALIASES_KEY, Catalog, FileRecord
from reader.core.search.changes import Changes, walk_rows
from reader.core.search.index_state import OPEN_KEY
from reader.core.search.layout import CancelFn, IndexLayout, ProgressFn, UpdateSummary
from reader.core.search.locking import IndexBusy, UpdateLock
from reader.core.search.prepare import Prepared, prepare_path
from reader.core.search.schema import (
    COUNT_FIELDS,
    VERSION_KEY,
    VERSION_STAMP,
    build_schema,
    file_term,
)
from reader.core.storage import STORAGE_ERRNOS, StorageError, is_damage, quick_check, storage_error
from reader.core.stories.in_line import stories_due, update_stories_if_due

# READER_BATCH_DOCS=N commits both stores every N documents (the kill tests use small N).
_BATCH = int(os.environ.get("READER_BATCH_DOCS", "0"))
CATALOG_BATCH = _BATCH or 500  # the list shows a first build's articles in steps this size
SEGMENT_DOCS = _BATCH or 25_000  # documents per Whoosh commit (one segment each)
PREFETCH = 128  # parsed documents (each with ~100 KB of term counts) held ahead of the writer
INLINE_LIMIT = 64  # fewer changed files than this are parsed in-process (no pool start-up)
CATALOG_WHAT = QT_TR_NOOP("the search catalog")
INDEX_WHAT = QT_TR_NOOP(
    "the search index in"
)  # StorageError: "Cannot use the search index in DIR: why."


def _better(published: int | None, path: str, other_published: int | None, other_path: str) -> bool:
    """Which of two files holding the same article (same URL) is shown: newest, then path."""
    a, b = published or -(2**62), other_published or -(2**62)
    return a > b or (a == b and path < other_path)


def open_whoosh(whoosh_dir: Path) -> whoosh_index.Index:
    """The index read with plain reads, never mmap: mapped segment pages count as the
    process's memory. Deleting duplicates or checking a 96k-article index through mmap held
    1,072 MB in a no-change update, 159 MB without it (issue 16's figures)."""
    return FileStorage(str(whoosh_dir), supports_mmap=False).open_index()


def _file_identity(path: Path) -> str:
    st = path.stat()
    return f"{st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


def record_checked(layout: IndexLayout) -> None:
    """Remember the catalog file as this update left it (best effort: without the stamp the
    next update runs the full check)."""
    with contextlib.suppress(OSError):
        layout.checked_stamp.write_text(_file_identity(layout.catalog_path), encoding="utf-8")


def _changed_since_checked(layout: IndexLayout) -> bool:
    try:
        stamp = layout.checked_stamp.read_text(encoding="utf-8")
        return stamp != _file_identity(layout.catalog_path)
    except OSError:
        return True


def check_layout(layout: IndexLayout) -> str | None:
    """Why the existing index cannot be used (None when it can).

    The catalog is a cache of the library, so a damaged one is rebuilt, losing nothing. A
    store that cannot be read or written (disk full, read-only, no permission, busy) is not
    damaged: that raises StorageError and nothing is wiped.

    SQLite's quick_check reads the whole catalog once: random garbage pages inside
    catalog.sqlite passed the cheaper checks and then failed every run with "malformed". On
    the real corpus (23,184 articles, a 129 MB catalog) it costs 0.05-0.16 s with the file in
    the page cache and 1.6-2.3 s from a cold cache, where an update that finds nothing
    changed takes 0.9 s warm and 1.2 s cold without it. So it runs only when the catalog file
    is not the one the last update left (inode, size, mtime and ctime differ from the stamp
    written after that update's last commit): something else wrote it, or that update did not
    finish. Damage that leaves the file's identity alone (a failing disk) is still found
    where it is read: an update that meets it rebuilds, a search marks it for the next update.
    """
    if not layout.catalog_path.exists() and not layout.whoosh_dir.exists():
        return None
    with contextlib.suppress(OSError):
        why = layout.damage_mark.read_text(encoding="utf-8")
        return tr("the catalog is damaged ({why})", why=why)
    try:
        catalog = Catalog(layout.catalog_path)
        try:
            if _changed_since_checked(layout):
                quick_check(catalog.db)
            stamp = catalog.get_meta(VERSION_KEY)
            catalog.db.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            catalog.close()
    except Exception as exc:
        if is_damage(exc):
            return tr("the catalog is damaged ({why})", why=exc)
        raise storage_error(CATALOG_WHAT, layout.catalog_path, exc) from exc
    if stamp is None:
        return tr("the index was never completed")
    if stamp != VERSION_STAMP:
        return tr("the index format changed ({old} -> {new})", old=stamp, new=VERSION_STAMP)
    try:
        if not whoosh_index.exists_in(str(layout.whoosh_dir)):
            return tr("the search index is missing")
        ix = open_whoosh(layout.whoosh_dir)
        with ix.searcher() as searcher:
            searcher.doc_count()
            reader = searcher.reader()
            if reader.doc_count_all() and reader.has_column("id"):
                reader.column_reader("id")[0]  # one document's id is read
    except OSError as exc:
        if exc.errno in STORAGE_ERRNOS:  # the disk refuses: not a reason to wipe
            raise storage_error(INDEX_WHAT, layout.root, exc) from exc
        return tr("the index is damaged ({why})", why=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # anything unreadable means: rebuild it
        return tr("the index is damaged ({why})", why=f"{type(exc).__name__}: {exc}")
    return None


def reconcile(ix: whoosh_index.Index, catalog: Catalog) -> tuple[int, set[str]]:
    """Make Whoosh hold exactly one document per catalog article, from the file the catalog
    shows it from. Deletes the other documents (a batch committed to Whoosh but not to the
    catalog, duplicates of a copy that lost); returns how many, and the ids of catalog
    articles that have no document (their files must be read again)."""
    shown = {article_id: file_term(path) for article_id, path in catalog.shown_files().items()}
    writer = ix.writer(timeout=60.0)
    try:
        reader = writer.reader()
        ids = reader.column_reader("id") if reader.has_column("id") else None
        file_of: dict[int, str] = {}
        if "file" in reader.indexed_field_names():
            for term in reader.lexicon("file"):
                for docnum in reader.postings("file", term).all_ids():  # live docs only
                    file_of[docnum] = term.decode("utf-8")
        kept: set[str] = set()
        doomed: list[int] = []
        for docnum in reader.all_doc_ids():
            article_id = ids[docnum] if ids is not None else None
            term = file_of.get(docnum)
            if article_id in shown and shown[article_id] == term and article_id not in kept:
                kept.add(article_id)
            else:
                doomed.append(docnum)
        for docnum in doomed:
            writer.delete_document(docnum)
    except BaseException:
        writer.cancel()
        raise
    if doomed:
        writer.commit(merge=False)
    else:
        writer.cancel()
    return len(doomed), set(shown) - kept


def _bulk_writer(ix: whoosh_index.Index) -> SegmentWriter:
    return BulkWriter(ix, COUNT_FIELDS, timeout=60.0)


def _prepare_stream(
    items: Iterator[tuple[str, int, int, str]], total: int, workers: int
) -> Iterator[Prepared]:
    if total < INLINE_LIMIT or workers <= 1:
        for item in items:
            yield prepare_path(item)
        return
    ctx = multiprocessing.get_context("spawn")  # never fork a process that may run Qt threads
    with ctx.Pool(workers) as pool:
        # Windows bound how far the workers run ahead of the writer (memory).
        while window := list(islice(items, PREFETCH)):
            yield from pool.imap(prepare_path, window, chunksize=8)


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
        """Raises IndexBusy, or StorageError (with words for the user) when the index cannot
        be written; a damaged catalog or index is rebuilt, with the reason in the summary."""
        try:
            self.layout.root.mkdir(parents=True, exist_ok=True)
            with UpdateLock(self.layout.lock_path, lock_timeout):
                started = time.perf_counter()
                summary = self._checked_update(rebuild, progress, cancel, workers)
                # Last: whatever wrote the catalog in this update is done (the stamp names
                # the file as it is left).
                record_checked(self.layout)
                summary.seconds = time.perf_counter() - started
                return summary
        except (IndexBusy, StorageError):
            raise
        except (OSError, sqlite3.Error) as exc:
            raise storage_error(INDEX_WHAT, self.layout.root, exc) from exc

    def _checked_update(
        self,
        rebuild: bool,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        workers: int | None,
    ) -> UpdateSummary:
        workers = workers or max(1, (os.cpu_count() or 2))
        reason = tr("a rebuild was asked for") if rebuild else check_layout(self.layout)
        for attempt in (1, 2):
            summary = UpdateSummary(rebuilt_reason=reason)
            if reason is not None:
                self.wipe()
            try:
                self.layout.checked_stamp.unlink(missing_ok=True)  # until this update ends
                self._update(summary, progress, cancel, workers)
                return summary
            except Exception as exc:
                # Damage the start-up check could not see (a page read only now): the catalog
                # is a cache of the library, so rebuilding it loses nothing.
                if attempt == 2 or not is_damage(exc):
                    raise
                reason = tr("the catalog is damaged ({why})", why=exc)
        raise AssertionError("unreachable")

    def wipe(self) -> None:
        try:
            self.layout.wipe()
        except OSError as exc:
            raise storage_error(INDEX_WHAT, self.layout.root, exc) from exc

    def _open(self) -> tuple[whoosh_index.Index, Catalog]:
        self.layout.whoosh_dir.mkdir(parents=True, exist_ok=True)
        if whoosh_index.exists_in(str(self.layout.whoosh_dir)):
            ix = open_whoosh(self.layout.whoosh_dir)
        else:
            whoosh_index.create_in(str(self.layout.whoosh_dir), build_schema()).close()
            ix = open_whoosh(self.layout.whoosh_dir)
        return ix, Catalog(self.layout.catalog_path)

    def _repair(self, ix: whoosh_index.Index, catalog: Catalog, summary: UpdateSummary) -> set[str]:
        """Reconcile Whoosh with the catalog when the last update did not finish, or when
        their article counts differ (an index doubled by an older version). Returns the ids
        whose files must be read again."""
        was_open = catalog.get_meta(OPEN_KEY) is not None
        with ix.searcher() as searcher:
            documents = searcher.doc_count()
        if not was_open and documents == catalog.article_count():
            return set()
        removed, missing = reconcile(ix, catalog)
        summary.repaired = removed + len(missing)
        return missing

    def _update(
        self,
        summary: UpdateSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        workers: int,
    ) -> None:
        ix, catalog = self._open()
        try:
            if catalog.get_meta(OPEN_KEY) is not None:  # an update did not finish
                stories_due(catalog.db)
            missing = self._repair(ix, catalog, summary)
            # The stamp names the format; completeness is per file (files table), so a
            # cancelled or killed build resumes where its last committed batch ended.
            catalog.set_meta(VERSION_KEY, VERSION_STAMP)
            catalog.set_meta("library", path_to_text(self.library))
            catalog.set_meta(OPEN_KEY, "1")  # cleared by the last commit below
            catalog.db.commit()
            walk_problems: list[Problem] = []
            changes = Changes(catalog.db)
            changes.fill(walk_rows(walk_article_stats(self.library, walk_problems)))
            # A link out of the library is a file that could not be read (issue 20): its
            # record says so, and stays while it is still such a link.
            outside = {str(p.path): p for p in walk_problems if p.kind == OUTSIDE_FILE}
            changes.compare(missing, outside)
            summary.problem_list.extend(walk_problems)
            summary.files = changes.files + len(outside)
            summary.unchanged = changes.unchanged
            touched_ids = changes.touched_ids()

            if changes.to_parse or changes.deleted:
                # Stored again after the last commit; until then the list works them out.
                catalog.db.execute("DELETE FROM meta WHERE key=?", (ALIASES_KEY,))
                stories_due(catalog.db)
                catalog.db.commit()
            if touched_ids or changes.deleted:
                writer = ix.writer(timeout=60.0)
                for article_id in touched_ids:
                    writer.delete_by_term("id", article_id)
                writer.commit(merge=False)
                catalog.delete_articles(touched_ids)
                changes.delete_gone()
            summary.removed = changes.deleted
            catalog.put_files(
                FileRecord(path, 0, 0, "", None, None, p.kind, p.message)
                for path, p in outside.items()
                if path not in changes.said_outside
            )
            self._index_files(ix, catalog, changes, summary, progress, cancel, workers)
            catalog.db.execute("DELETE FROM meta WHERE key=?", (OPEN_KEY,))
            catalog.db.commit()
            changes.drop()
            summary.articles, summary.duplicates, summary.skipped = catalog.counts(
                complete=not summary.cancelled
            )
            if not summary.cancelled:  # stories and aliases follow the committed catalog
                if catalog.get_meta(ALIASES_KEY) is None:
                    catalog.store_host_aliases()
                catalog.complete_titles()
                summary.stories = update_stories_if_due(catalog.db)
        except BaseException:
            # What is not committed belongs to a Whoosh batch that was not committed either;
            # the open mark makes the next update reconcile whatever did get committed.
            if catalog.db.in_transaction:
                catalog.db.rollback()
            raise
        finally:
            catalog.close()

    def _index_files(
        self,
        ix: whoosh_index.Index,
        catalog: Catalog,
        changes: Changes,
        summary: UpdateSummary,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        workers: int,
    ) -> None:
        total = changes.to_parse
        writer: SegmentWriter | None = None
        pending_deletes: list[tuple[str, str]] = []
        in_batch = in_segment = 0

        def flush() -> None:
            nonlocal writer, in_batch, in_segment
            if writer is not None:
                writer.commit(merge=False)
                writer = None
            catalog.db.commit()
            in_batch = in_segment = 0
            if pending_deletes:
                w = ix.writer(timeout=60.0)
                for article_id, path in pending_deletes:
                    w.delete_by_query(
                        And([Term("id", article_id), Term("file", file_term(path_to_text(path)))])
                    )
                w.commit(merge=False)
                pending_deletes.clear()

        stream = _prepare_stream(changes.items(), total, workers)
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
                summary.problem_list.extend(prepared.warnings)
                row = prepared.row
                # The file this article is shown from so far (this run's choice included: the
                # catalog's row is written with it), not kept in a dict: a million ids and
                # paths held ~300 MB in the writer.
                previous = catalog.shown_file(row.id)
                old_hash = catalog.content_hash(rec.path)
                catalog.put_files([rec])
                if old_hash is None:
                    summary.added += 1
                elif old_hash != rec.content_hash:
                    summary.updated += 1
                if previous is not None and previous[1] != rec.path:
                    if not _better(row.published, rec.path, *previous):
                        continue
                    pending_deletes.append((row.id, previous[1]))
                if writer is None:
                    writer = _bulk_writer(ix)
                writer.add_document(
                    id=row.id,
                    file=file_term(path_to_text(rec.path)),
                    content=prepared.content_terms,
                    source=row.source,
                    category=list(prepared.category_terms),
                    date=row.published if row.published is not None else 0,
                )
                catalog.put_articles([row])
                in_batch += 1
                in_segment += 1
                if in_segment >= SEGMENT_DOCS:
                    flush()
                elif in_batch >= CATALOG_BATCH:
                    catalog.db.commit()  # listed now, searchable with the next Whoosh commit
                    in_batch = 0
        except BaseException:
            if writer is not None:
                writer.cancel()  # releases Whoosh's write lock now, not at garbage collection
            raise
        finally:
            if isinstance(stream, Iterator) and hasattr(stream, "close"):
                stream.close()
        flush()

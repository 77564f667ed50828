"""Command-line interface: everything the core can do, without Qt."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.paths import bundled_seeds_dir, display_path, display_text
from reader.core.storage import IndexDamaged, StorageError, reason_of

if TYPE_CHECKING:
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.layout import UpdateSummary


Handler = Callable[[argparse.Namespace], int]
EXIT_STORAGE = 4  # a store could not be read or written (disk full, read-only, ...)
SUBCOMMANDS: dict[str, str] = {
    "check": "parse every file in a folder and report problems",
    "show": "print one article's sanitized HTML or indexed text",
    "index": "build or update the search index of a library",
    "search": "search a library's index",
    "related": "articles related to one article (more like this)",
    "bookmarks": "list, add, remove, export or import bookmarks",
}


# Each command imports what it needs: `reader search` never loads the parser chain (lxml,
# YAML, nh3), `reader --help` loads nothing but argparse.
def _cmd_check(args: argparse.Namespace) -> int:
    from reader.core.article import Article
    from reader.core.problems import Problem
    from reader.core.scan import scan_library

    root = Path(args.directory)
    if not root.is_dir():
        print(f"reader check: {root} is not a folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    parsed = 0
    kinds: Counter[str] = Counter()
    fatal = 0
    problems: list[Problem] = []
    for item in scan_library(root):
        if isinstance(item, Article):
            parsed += 1
            continue
        kinds[item.kind] += 1
        fatal += item.fatal
        problems.append(item)
    elapsed = time.perf_counter() - started
    files = parsed + fatal
    if args.json:
        for p in problems:
            row = {
                "path": display_path(p.path),
                "kind": p.kind,
                "message": display_text(p.message),
                "skipped": p.fatal,
            }
            print(json.dumps(row, ensure_ascii=False))
        summary = {
            "summary": True,
            "files": files,
            "parsed": parsed,
            "skipped": fatal,
            "seconds": round(elapsed, 2),
            "files_per_second": round(files / elapsed, 1) if elapsed else None,
            "problems_by_kind": dict(kinds),
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for p in problems:
            status = "skipped" if p.fatal else "warning"
            print(f"{status}\t{p.kind}\t{display_path(p.path)}\t{display_text(p.message)}")
        rate = files / elapsed if elapsed else 0.0
        print(f"{files} files: {parsed} parsed, {fatal} skipped", end="")
        print(f" in {elapsed:.1f} s ({rate:.0f} files/s)")
        for kind, count in kinds.most_common():
            print(f"  {kind}: {count}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from reader.core.parser import ArticleProblem, parse_article_file

    try:
        article = parse_article_file(Path(args.path))
    except ArticleProblem as exc:
        print(
            f"reader show: {display_path(args.path)}: {exc.kind}: {display_text(exc.message)}",
            file=sys.stderr,
        )
        return 1
    if args.text:
        print(article.text)
    elif args.json:
        meta = {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "categories": list(article.categories),
            "tags": list(article.tags),
            "lead_image": article.lead_image,
            "warnings": list(article.warnings),
        }
        print(json.dumps(meta, ensure_ascii=False, indent=2))
    else:
        print(article.html)
    return 0


def _library(args: argparse.Namespace) -> Path:
    return Path(args.library) if args.library else bundled_seeds_dir()


def _cmd_index(args: argparse.Namespace) -> int:
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.locking import IndexBusy

    library = _library(args)
    if not library.is_dir():
        print(f"reader index: {display_path(library)} is not a folder", file=sys.stderr)
        return 2
    last = [0.0]

    def progress(done: int, total: int, path: str) -> None:
        now = time.monotonic()
        if now - last[0] > 0.5 or done == total:
            last[0] = now
            print(f"\rindexing {done}/{total}", end="", file=sys.stderr, flush=True)

    index = LibraryIndex(library)
    try:
        summary = index.update(rebuild=args.rebuild, progress=progress, lock_timeout=args.wait)
    except IndexBusy as exc:
        print(f"reader index: {exc}", file=sys.stderr)
        return 3
    print(file=sys.stderr)
    if summary.rebuilt_reason:
        print(f"rebuilt: {summary.rebuilt_reason}", file=sys.stderr)
    if summary.repaired:
        print(
            f"repaired: {summary.repaired} index entries made to match the catalog"
            " (an earlier update was interrupted)",
            file=sys.stderr,
        )
    for p in summary.problem_list:
        if p.fatal:
            print(f"skipped\t{p.kind}\t{display_path(p.path)}\t{display_text(p.message)}",
                  file=sys.stderr)  # fmt: skip
    print(format_summary(summary))
    return 130 if summary.cancelled else 0


def _emphasis() -> Callable[[str], str]:
    """Matches in bold and underlined on a terminal; unmarked when piped (no raw tags)."""
    if sys.stdout.isatty():
        return lambda s: f"\033[1;4m{s}\033[0m"
    return lambda s: s


def format_summary(summary: UpdateSummary) -> str:
    """The library's counts (files = articles + duplicate copies + skipped), then this run's."""
    return (
        f"{summary.files} files: {summary.articles} articles, {summary.duplicates} duplicate"
        f" copies, {summary.skipped} skipped; this run: {summary.added} added,"
        f" {summary.updated} updated, {summary.removed} removed, {summary.unchanged} unchanged"
        f" in {summary.seconds:.1f} s"
    )


def _hit_json(hit: object) -> str:
    from reader.core.search.api import SearchHit

    assert isinstance(hit, SearchHit)
    return json.dumps(
        {
            "id": hit.id,
            "title": hit.title,
            "source": hit.source,
            "date": hit.published.isoformat() if hit.published else None,
            "score": round(hit.score, 4),
            "snippet": hit.snippet,
            "snippet_spans": hit.snippet_spans,
            "path": display_path(hit.path),
            "url": hit.url,
        },
        ensure_ascii=False,
    )


def _open_index(args: argparse.Namespace) -> LibraryIndex:
    from reader.core.search.engine import LibraryIndex

    index = LibraryIndex(_library(args))
    if not index.is_usable():
        _reindex(index)
    return index


def _reindex(index: LibraryIndex) -> None:
    summary = index.update(lock_timeout=60.0)
    if summary.rebuilt_reason:
        print(f"index rebuilt: {summary.rebuilt_reason}", file=sys.stderr)


def _cmd_search(args: argparse.Namespace) -> int:
    from reader.core.search.api import SearchOptions
    from reader.core.search.highlight import render_marked

    index = _open_index(args)
    options = SearchOptions(limit=args.limit, sort=args.sort)
    try:
        results = index.search(args.query, options)
    except IndexDamaged as exc:  # damage the checks could not see: rebuild, search again
        print(exc, file=sys.stderr)
        _reindex(index)
        results = index.search(args.query, options)
    mark = _emphasis()
    for hit in results.hits:
        if args.json:
            print(_hit_json(hit))
        else:
            date = hit.published.strftime("%Y-%m-%d") if hit.published else "          "
            print(f"{date}  {hit.source}  {hit.title}  [{hit.id}]")
            print(f"    {render_marked(hit.snippet, hit.snippet_spans, mark)}")
    about = "about " if results.approximate else ""
    note = " (syntax error: searched as plain words)" if results.fallback else ""
    print(f"{about}{results.total} results in {results.elapsed_ms:.1f} ms{note}", file=sys.stderr)
    return 0


def _cmd_related(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index.catalog.entry(args.id) is None:
        print(f"reader related: no article {args.id}", file=sys.stderr)
        return 1
    for hit in index.related(args.id, limit=args.limit):
        print(_hit_json(hit) if args.json else f"{hit.score:8.2f}  {hit.source}  {hit.title}")
    return 0


def _cmd_bookmarks(args: argparse.Namespace) -> int:
    from reader.core.bookmarks import Bookmark, BookmarkStore

    try:
        store = BookmarkStore()
    except RuntimeError as exc:  # written by a newer Reader
        print(f"reader bookmarks: {exc}", file=sys.stderr)
        return 1
    if store.notice:
        print(store.notice, file=sys.stderr)
    try:
        if args.action == "list":
            for b in store.list_bookmarks(text=args.text or "", tag=args.tag):
                if args.json:
                    print(json.dumps(b.__dict__, ensure_ascii=False))
                else:
                    tags = " ".join(f"#{t}" for t in b.tags)
                    print(
                        f"{b.article_id}  {(b.published or '')[:10]}  {b.source}  {b.title}  {tags}"
                    )
            return 0
        if args.action == "add":
            index = _open_index(args)
            entry = index.catalog.entry(args.target)
            if entry is None:
                print(
                    f"reader bookmarks: no article {args.target} in {index.library}",
                    file=sys.stderr,
                )
                return 1
            store.add(
                Bookmark(
                    entry.id, entry.title, entry.source,
                    entry.published.isoformat() if entry.published else None,
                    entry.url, str(entry.path), args.note or "", tags=list(args.tag_list or []),
                )
            )  # fmt: skip
            print(f"bookmarked {entry.id}: {entry.title}")
            return 0
        if args.action == "remove":
            removed = store.remove(args.target)
            print(f"removed {args.target}" if removed else f"no bookmark {args.target}")
            return 0 if removed else 1
        target = Path(args.target)
        if args.action == "export":
            if target.suffix.lower() in (".md", ".markdown"):
                count = store.export_markdown(target)
            elif target.suffix.lower() in (".html", ".htm"):
                count = store.export_html(target)
            else:
                count = store.export_json(target)
            print(f"exported {count} bookmarks to {target}")
            return 0
        added, merged = store.import_json(target)
        print(f"imported {added} new bookmarks, merged {merged} existing")
        return 0
    except StorageError:
        raise  # main() says it, with its own exit code
    except (OSError, ValueError) as exc:
        print(f"reader bookmarks: {display_text(str(exc))}", file=sys.stderr)
        return 1
    finally:
        store.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reader", description="Reader command line")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help=SUBCOMMANDS["check"])
    check.add_argument("directory", nargs="?", default=str(bundled_seeds_dir()))
    check.add_argument("--json", action="store_true", help="JSON lines: problems, then a summary")
    check.set_defaults(handler=_cmd_check)
    show = sub.add_parser("show", help=SUBCOMMANDS["show"])
    show.add_argument("path")
    mode = show.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_true", help="sanitized body HTML (default)")
    mode.add_argument("--text", action="store_true", help="plain text as indexed")
    mode.add_argument("--json", action="store_true", help="metadata as JSON")
    show.set_defaults(handler=_cmd_show)

    index = sub.add_parser("index", help=SUBCOMMANDS["index"])
    index.add_argument("--library", help="library folder (default: the bundled seeds)")
    index.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    index.add_argument("--wait", type=float, default=0.0, help="seconds to wait for a busy index")
    index.set_defaults(handler=_cmd_index)

    search = sub.add_parser("search", help=SUBCOMMANDS["search"])
    search.add_argument("query")
    search.add_argument("--library")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--json", action="store_true", help="JSON lines")
    search.set_defaults(handler=_cmd_search)

    related = sub.add_parser("related", help=SUBCOMMANDS["related"])
    related.add_argument("id")
    related.add_argument("--library")
    related.add_argument("--limit", type=int, default=8)
    related.add_argument("--json", action="store_true")
    related.set_defaults(handler=_cmd_related)

    marks = sub.add_parser("bookmarks", help=SUBCOMMANDS["bookmarks"])
    marks.add_argument("action", choices=["list", "add", "remove", "export", "import"])
    marks.add_argument("target", nargs="?", help="article ID (add/remove) or FILE (export/import)")
    marks.add_argument("--library", help="library to look the article up in (add)")
    marks.add_argument("--text", help="list: only titles/notes containing this")
    marks.add_argument("--tag", help="list: only this tag")
    marks.add_argument("--add-tag", dest="tag_list", action="append", help="add: a tag")
    marks.add_argument("--note", help="add: a short note")
    marks.add_argument("--json", action="store_true", help="list: JSON lines")
    marks.set_defaults(handler=_cmd_bookmarks)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "bookmarks" and args.action != "list" and not args.target:
        parser.error(f"bookmarks {args.action} needs an ID or FILE")
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        return 0
    except KeyboardInterrupt:
        return 130
    except StorageError as exc:  # already a sentence naming the file
        print(f"reader {args.command}: {exc}", file=sys.stderr)
        return EXIT_STORAGE
    except OSError as exc:  # a file the stores did not name themselves
        where = f"{display_path(exc.filename)}: " if exc.filename else ""
        print(f"reader {args.command}: {where}{reason_of(exc)}", file=sys.stderr)
        return EXIT_STORAGE
    except sqlite3.Error as exc:
        print(f"reader {args.command}: {reason_of(exc)} ({exc})", file=sys.stderr)
        return EXIT_STORAGE

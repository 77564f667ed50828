"""Command-line interface: everything the core can do, without Qt.

Sentences for people are in the UI's language (reader/core/i18n.py reads the same catalogues
as the window), argparse's own words included (reader/argparse_words.py); machine output keeps
its form (--json keys, the tab-separated problem rows with their English kinds), while the
messages in it are sentences in that language."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import argparse_words
from reader.core import i18n
from reader.core.dates import format_date
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import bundled_seeds_dir, display_path, display_text
from reader.core.script import SCRIPTS, conversion_for
from reader.core.storage import IndexDamaged, StorageError, reason_of

if TYPE_CHECKING:  # the parser and the engine load only for the commands that use them
    from reader.core.problems import Problem
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.layout import UpdateSummary


Handler = Callable[[argparse.Namespace], int]
EXIT_STORAGE = 4  # a store could not be read or written (disk full, read-only, ...)
SUBCOMMANDS: dict[str, str] = {  # help texts, translated when the parser is built
    "check": QT_TR_NOOP("parse every file in a folder and report problems"),
    "show": QT_TR_NOOP("print one article's sanitized HTML or indexed text"),
    "index": QT_TR_NOOP("build or update the search index of a library"),
    "search": QT_TR_NOOP("search a library's index"),
    "related": QT_TR_NOOP("articles related to one article (more like this)"),
    "bookmarks": QT_TR_NOOP("list, add, remove, export or import bookmarks"),
    "stories": QT_TR_NOOP("stories: the same event from every outlet, newest first"),
}


class Progress:
    """One updating line on a terminal ("indexing 1200/23922"); nothing when piped."""

    def __init__(self, template: str) -> None:
        self.template = template  # translated, with {done} and {total}
        self.live = sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, *_rest: object) -> None:
        now = time.monotonic()
        if self.live and (now - self.last > 0.2 or done == total):
            self.last = now
            self.shown = True
            line = self.template.format(done=done, total=total)
            print(f"\r{line}\033[K", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


# Each command imports what it needs: `reader search` never loads the parser chain (lxml,
# YAML, nh3), `reader --help` loads nothing but argparse.
def _cmd_check(args: argparse.Namespace) -> int:
    from reader.core.article import Article
    from reader.core.scan import scan_library

    root = Path(args.directory)
    if not root.is_dir():
        print("reader check: " + tr("{path} is not a folder", path=root), file=sys.stderr)
        return 2
    started = time.perf_counter()
    parsed = 0
    kinds: Counter[str] = Counter()
    fatal = 0
    problems: list[Problem] = []
    progress = Progress(tr("checking {done}/{total}"))
    for item in scan_library(root, progress=progress):
        if isinstance(item, Article):
            parsed += 1
            continue
        kinds[item.kind] += 1
        fatal += item.fatal
        problems.append(item)
    progress.end()
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
        print(tr("{files}: {parsed} parsed, {skipped} skipped in {s:.1f} s ({rate:.0f} files/s)",
                 files=tr("%n file(s)", None, files), parsed=parsed, skipped=fatal, s=elapsed,
                 rate=rate))  # fmt: skip
        for kind, count in kinds.most_common():
            print(f"  {kind}: {count}")
    return 0


def _article_path(args: argparse.Namespace) -> Path | None:
    """``show`` takes a file, or an article id as `search` prints it (looked up in the
    library's catalog)."""
    path = Path(args.path)
    if path.exists() or not ARTICLE_ID.fullmatch(args.path):
        return path
    from reader.core.search.catalog import Catalog
    from reader.core.search.layout import IndexLayout

    catalog_path = IndexLayout.of(_library(args).expanduser().resolve()).catalog_path
    if not catalog_path.exists():
        return None
    catalog = Catalog(catalog_path, readonly=True)
    try:
        entry = catalog.entry(args.path)
    finally:
        catalog.close()
    return entry.path if entry is not None else None


def _cmd_show(args: argparse.Namespace) -> int:
    from reader.core.parser import ArticleProblem, parse_article_file

    path = _article_path(args)
    if path is None:
        print("reader show: " + tr("no article {id} in {library} (index it first: reader index)",
                                   id=args.path, library=display_path(_library(args))),
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        article = parse_article_file(path)
    except ArticleProblem as exc:
        print(
            f"reader show: {display_path(path)}: {exc.kind}: {display_text(exc.message)}",
            file=sys.stderr,
        )
        return 1
    conversion = conversion_for(args.script or "", f"{article.title}\n{article.text}")
    if args.text:
        print(conversion.text(article.text) if conversion else article.text)
    elif args.json:
        meta = {
            "id": article.id,
            "title": conversion.text(article.title) if conversion else article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "categories": list(article.categories),
            "tags": list(article.tags),
            "lead_image": article.lead_image,
            "warnings": [str(w) for w in article.warnings],
        }
        print(json.dumps(meta, ensure_ascii=False, indent=2))
    else:
        print(conversion.html(article.html) if conversion else article.html)
    return 0


def _library(args: argparse.Namespace) -> Path:
    return Path(args.library) if args.library else bundled_seeds_dir()


def _cmd_index(args: argparse.Namespace) -> int:
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.locking import IndexBusy

    library = _library(args)
    if not library.is_dir():
        print("reader index: " + tr("{path} is not a folder", path=display_path(library)),
              file=sys.stderr)  # fmt: skip
        return 2
    progress = Progress(tr("indexing {done}/{total}"))
    index = LibraryIndex(library)
    try:
        summary = index.update(rebuild=args.rebuild, progress=progress, lock_timeout=args.wait)
    except IndexBusy as exc:
        print(f"reader index: {exc}", file=sys.stderr)
        return 3
    finally:
        progress.end()
    if summary.rebuilt_reason:
        print(tr("rebuilt: {why}", why=summary.rebuilt_reason), file=sys.stderr)
    if summary.repaired:
        print(tr("repaired: %n index entry(-ies) made to match the catalog (an earlier update "
                 "was interrupted)", None, summary.repaired), file=sys.stderr)  # fmt: skip
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
    # One count per message has plural forms: each counted noun is a phrase of its own.
    #: {files}, {articles}, {duplicates}: “12 files”, “10 articles”, “2 duplicate copies”
    return tr(
        "{files}: {articles}, {duplicates}, {skipped} skipped; this run: {added} added,"
        " {updated} updated, {removed} removed, {unchanged} unchanged in {s:.1f} s",
        files=tr("%n file(s)", None, summary.files),
        articles=tr("%n article(s)", None, summary.articles),
        duplicates=tr("%n duplicate copy(-ies)", None, summary.duplicates),
        skipped=summary.skipped, added=summary.added, updated=summary.updated,
        removed=summary.removed, unchanged=summary.unchanged, s=summary.seconds,
    )  # fmt: skip


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
        print(tr("Index rebuilt: {why}", why=summary.rebuilt_reason), file=sys.stderr)


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
            print(
                f"{format_date(hit.published) or ' ' * 10}  {hit.source}  {hit.title}  [{hit.id}]"
            )
            print(f"    {render_marked(hit.snippet, hit.snippet_spans, mark)}")
    if results.approximate:
        said = tr("about %n result(s)", None, results.total)
    else:
        said = tr("%n result(s)", None, results.total)
    said += " " + tr("({ms} ms)", ms=f"{results.elapsed_ms:.1f}")
    if results.fallback:
        said += " — " + tr("Query syntax not understood: searched as plain words")
    print(said, file=sys.stderr)
    return 0


def _cmd_related(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index.catalog.entry(args.id) is None:
        print("reader related: " + tr("no article {id}", id=args.id), file=sys.stderr)
        return 1
    hits = index.related(args.id, limit=args.limit)
    for hit in hits:
        if args.json:
            print(_hit_json(hit))
        else:
            print(
                f"{format_date(hit.published) or ' ' * 10}  {hit.source}  {hit.title}  [{hit.id}]"
            )
    if not hits and not args.json:
        print(tr("no related articles"), file=sys.stderr)
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
            found = store.list_bookmarks(text=args.text or "", tag=args.tag)
            if not found and not args.json:
                none = tr("no bookmarks match") if args.text or args.tag else tr("no bookmarks yet")
                print(none, file=sys.stderr)
            for b in found:
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
                print("reader bookmarks: " + tr("no article {id} in {library}", id=args.target,
                                                library=display_path(index.library)),
                      file=sys.stderr)  # fmt: skip
                return 1
            store.add(
                Bookmark(
                    entry.id, entry.title, entry.source,
                    entry.published.isoformat() if entry.published else None,
                    entry.url, str(entry.path), args.note or "", tags=list(args.tag_list or []),
                )
            )  # fmt: skip
            print(tr("bookmarked {id}: {title}", id=entry.id, title=entry.title))
            return 0
        if args.action == "remove":
            removed = store.remove(args.target)
            if removed:
                print(tr("removed the bookmark {id}", id=args.target))
            else:
                print(tr("no bookmark {id}", id=args.target))
            return 0 if removed else 1
        target = Path(args.target)
        if args.action == "export":
            if target.suffix.lower() in (".md", ".markdown"):
                count = store.export_markdown(target)
            elif target.suffix.lower() in (".html", ".htm"):
                count = store.export_html(target)
            else:
                count = store.export_json(target)
            print(tr("Exported %n bookmark(s) to {path}", None, count, path=str(target)))
            return 0
        added, merged = store.import_json(target)
        print(tr("Imported %n new bookmark(s); {merged} already here were merged", None, added,
                 merged=merged))  # fmt: skip
        return 0
    except StorageError:
        raise  # main() says it, with its own exit code
    except OSError as exc:  # an export or import file
        where = f"{display_path(exc.filename)}: " if exc.filename else ""
        print(f"reader bookmarks: {where}{reason_of(exc)}", file=sys.stderr)
        return 1
    except ValueError as exc:  # not an export of Reader's
        print(f"reader bookmarks: {display_text(str(exc))}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _cmd_stories(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from reader.core.stories import StoryIndex, story_json

    def day(text: str | None, end: bool) -> datetime | None:
        if text is None:
            return None
        value = datetime.fromisoformat(text)
        value = value if value.tzinfo else value.replace(tzinfo=UTC)
        plain_date = len(text) <= 10  # --until 2021-01-07 means the whole day
        return value + timedelta(days=1, seconds=-1) if end and plain_date else value

    try:
        since = day(args.since, False)
    except ValueError:
        print("reader stories: " + tr("not a date (YYYY-MM-DD): {text}", text=args.since),
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        until = day(args.until, True)
    except ValueError:
        print("reader stories: " + tr("not a date (YYYY-MM-DD): {text}", text=args.until),
              file=sys.stderr)  # fmt: skip
        return 2
    index = _open_index(args)
    stories = StoryIndex(index.catalog.db)
    if not stories.ready():
        print("reader stories: " + tr("the library has no stories yet (run reader index)"),
              file=sys.stderr)  # fmt: skip
        return 1
    ids = stories.story_ids(since=since, until=until)
    for start in range(0, len(ids), 200):
        for summary in stories.summaries(ids[start : start + 200]):
            articles = stories.articles(summary.id)
            if args.json:
                print(story_json(summary, articles))
                continue
            span = f"{summary.first:%Y-%m-%d %H:%M}" if summary.first else "?"
            counts = tr("{articles}, {outlets}", articles=tr("%n article(s)", None, summary.size),
                        outlets=tr("%n outlet(s)", None, len(summary.sources)))  # fmt: skip
            print(f"{span}  {counts}  {summary.title}  [{summary.id}]")
            for a in articles:
                when = f"{a.published:%m-%d %H:%M}" if a.published else "           "
                print(f"    {when}  {a.source}  {a.title}")
    print(tr("%n story(-ies) of two or more articles", None, len(ids)), file=sys.stderr)
    return 0


ARTICLE_ID = re.compile(r"[0-9a-f]{16}")


def commands_help() -> str:
    """The subcommands, for `python -m reader --help` (the app's own options come first)."""
    rows = "\n".join(f"  {name:<10} {tr(text)}" for name, text in SUBCOMMANDS.items())
    return tr("commands (python -m reader COMMAND --help):") + f"\n{rows}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader", description=tr("Reader command line"), epilog=commands_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help=tr(SUBCOMMANDS["check"]))
    check.add_argument("directory", nargs="?", default=str(bundled_seeds_dir()))
    check.add_argument("--json", action="store_true",
                       help=tr("JSON lines: problems, then a summary"))  # fmt: skip
    check.set_defaults(handler=_cmd_check)
    show = sub.add_parser("show", help=tr(SUBCOMMANDS["show"]))
    show.add_argument("path", help=tr("an article file, or an article id as search prints it"))
    show.add_argument("--library", help=tr("where to look an id up (default: the bundled seeds)"))
    mode = show.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_true", help=tr("sanitized body HTML (default)"))
    mode.add_argument("--text", action="store_true", help=tr("plain text as indexed"))
    mode.add_argument("--json", action="store_true", help=tr("metadata as JSON"))
    show.add_argument("--script", choices=sorted(SCRIPTS),
                      help=tr("show the text in this script: Simplified, or Traditional with "
                              "Taiwan or Hong Kong wording (default: as written)"))  # fmt: skip
    show.set_defaults(handler=_cmd_show)

    index = sub.add_parser("index", help=tr(SUBCOMMANDS["index"]))
    index.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    index.add_argument("--rebuild", action="store_true", help=tr("rebuild from scratch"))
    index.add_argument("--wait", type=float, default=0.0,
                       help=tr("seconds to wait for a busy index"))  # fmt: skip
    index.set_defaults(handler=_cmd_index)

    search = sub.add_parser("search", help=tr(SUBCOMMANDS["search"]))
    search.add_argument("query")
    search.add_argument("--library")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--json", action="store_true", help=tr("JSON lines"))
    search.set_defaults(handler=_cmd_search)

    related = sub.add_parser("related", help=tr(SUBCOMMANDS["related"]))
    related.add_argument("id")
    related.add_argument("--library")
    related.add_argument("--limit", type=int, default=8)
    related.add_argument("--json", action="store_true")
    related.set_defaults(handler=_cmd_related)

    marks = sub.add_parser("bookmarks", help=tr(SUBCOMMANDS["bookmarks"]))
    marks.add_argument("action", choices=["list", "add", "remove", "export", "import"])
    marks.add_argument("target", nargs="?",
                       help=tr("article ID (add/remove) or FILE (export/import)"))  # fmt: skip
    marks.add_argument("--library", help=tr("library to look the article up in (add)"))
    marks.add_argument("--text", help=tr("list: only titles/notes containing this"))
    marks.add_argument("--tag", help=tr("list: only this tag"))
    marks.add_argument("--add-tag", dest="tag_list", action="append", help=tr("add: a tag"))
    marks.add_argument("--note", help=tr("add: a short note"))
    marks.add_argument("--json", action="store_true", help=tr("list: JSON lines"))
    marks.set_defaults(handler=_cmd_bookmarks)

    stories = sub.add_parser("stories", help=tr(SUBCOMMANDS["stories"]))
    stories.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    stories.add_argument("--json", action="store_true", help=tr("one JSON object per story"))
    since = tr("stories still reported on or after this date (UTC)")
    stories.add_argument("--since", help=since)
    stories.add_argument("--until", help=tr("stories first reported on or before this date (UTC)"))
    stories.set_defaults(handler=_cmd_stories)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install(i18n.choose_language(i18n.saved_preference()))
    with argparse_words.speaking():
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command == "bookmarks" and args.action != "list" and not args.target:
            parser.error(tr("bookmarks {action} needs an ID or FILE", action=args.action))
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

"""`reader bookmarks list|add|remove|export|import`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import open_index
from reader.cli.sync import journaled
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path, display_text
from reader.core.storage import StorageError, reason_of

if TYPE_CHECKING:
    from reader.core.bookmarks import BookmarkStore

HELP = QT_TR_NOOP("list, add, remove, export or import bookmarks")


def _cmd_bookmarks(args: argparse.Namespace) -> int:
    from reader.core.bookmarks import BookmarkStore

    store = BookmarkStore()  # never refuses: a file it cannot write is read (notice says)
    if store.notice:
        print(store.notice, file=sys.stderr)
    if args.action not in ("add", "remove", "import"):
        return _run(args, store)
    from reader.core.sync.setup import Stores

    return journaled("bookmarks", Stores(bookmarks=store), lambda: _run(args, store))


def _run(args: argparse.Namespace, store: BookmarkStore) -> int:
    from reader.core.bookmarks import Bookmark

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
        if args.action in ("add", "remove", "import"):
            store.check_writable()  # before any other work
        if args.action == "add":
            index = open_index(args)
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
            count = store.export_file(target)
            print(tr("Exported %n bookmark(s) to {path}", None, count, path=str(target)))
            return 0
        report = store.import_file(target)
        print(tr("Imported %n new bookmark(s); {merged} already here were merged", None,
                 report.added, merged=report.merged))  # fmt: skip
        if report.skipped:
            print(tr("%n entry(-ies) skipped:", None, len(report.skipped)), file=sys.stderr)
            for skipped in report.skipped:
                print(f"  {skipped}", file=sys.stderr)
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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    marks = sub.add_parser("bookmarks", help=tr(HELP))
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
    marks.set_defaults(validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.action != "list" and not args.target:
        parser.error(tr("bookmarks {action} needs an ID or FILE", action=args.action))

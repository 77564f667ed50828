"""`reader marks read ID…`, `reader marks unread ID…`, `reader marks list [--library DIR]
[--json]`: read marks, by article id (as `search` prints them)."""

from __future__ import annotations

import argparse
import json
import sys

from reader.cli.common import ARTICLE_ID, EXIT_STORAGE, open_index
from reader.cli.sync import journal
from reader.core.i18n import QT_TR_NOOP, tr

HELP = QT_TR_NOOP("mark articles read or unread, or list the read ones")


def _cmd_marks(args: argparse.Namespace) -> int:
    from reader.core.readstate import ReadState
    from reader.core.sync.setup import Stores

    read_state = ReadState()
    if read_state.notice:
        print(read_state.notice, file=sys.stderr)
    try:
        if args.action == "list":
            return _list(args, sorted(read_state.snapshot()))
        read = args.action == "read"
        with journal("marks", Stores(read_state=read_state)) as result:
            changed = read_state.flips(args.ids, read)
            if changed:
                read_state.set_read(changed, read)
        if read:
            print(tr("Marked %n article(s) read.", None, len(changed)))
        else:
            print(tr("Marked %n article(s) unread.", None, len(changed)))
        return EXIT_STORAGE if result.failed else 0
    finally:
        read_state.close()


def _list(args: argparse.Namespace, ids: list[str]) -> int:
    if not args.library:
        for article_id in ids:
            print(json.dumps({"id": article_id}) if args.json else article_id)
        return 0
    index = open_index(args)
    try:
        entries = index.catalog.entries(ids)
    finally:
        index.close()
    for article_id in ids:
        entry = entries.get(article_id)
        if entry is None:
            continue  # read in another library
        date = entry.published.isoformat() if entry.published else None
        if args.json:
            print(json.dumps({"id": entry.id, "title": entry.title, "source": entry.source,
                              "date": date}, ensure_ascii=False))  # fmt: skip
        else:
            print(f"{entry.id}  {(date or '')[:10]}  {entry.source}  {entry.title}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("marks", help=tr(HELP))
    cmd.add_argument("action", choices=["read", "unread", "list"])
    cmd.add_argument("ids", nargs="*", metavar="ID", help=tr("article IDs (read/unread)"))
    cmd.add_argument("--library", help=tr("list: only articles of this library"))
    cmd.add_argument("--json", action="store_true", help=tr("list: JSON lines"))
    cmd.set_defaults(handler=_cmd_marks, validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.action == "list":
        if args.ids:
            parser.error(tr("marks list takes no IDs"))
        return
    if not args.ids:
        parser.error(tr("marks {action} needs at least one ID", action=args.action))
    bad = [i for i in args.ids if not ARTICLE_ID.fullmatch(i)]
    if bad:
        parser.error(tr("not an article ID: {ids}", ids=" ".join(bad)))

"""`reader saved add|list|seen|rename|remove`: searches kept by name, with their counts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from reader.cli.common import open_index
from reader.cli.filters import add_filter_arguments, query_of, validate_filters
from reader.cli.sync import journaled
from reader.core.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from reader.core.saved.store import SavedSearchStore

HELP = QT_TR_NOOP("saved searches: add, list (with counts and new matches), seen, rename, remove")


def _cmd_saved(args: argparse.Namespace) -> int:
    from reader.core.saved.store import SavedSearchStore

    store = SavedSearchStore()  # never refuses: a file it cannot write is read (notice says)
    if store.notice:
        print(store.notice, file=sys.stderr)
    if args.action not in ("add", "rename", "remove"):
        return _run(args, store)
    from reader.core.sync.setup import Stores

    return journaled("saved", Stores(saved_searches=store), lambda: _run(args, store))


def _run(args: argparse.Namespace, store: SavedSearchStore) -> int:
    from reader.core.saved.counts import count_saved, mark_seen

    try:
        if args.action != "list":
            store.check_writable()  # before any other work
        if args.action == "list":
            saved = store.list_saved()
            if not saved and not args.json:
                print(tr("no saved searches yet"), file=sys.stderr)
            index = open_index(args) if saved else None
            for item in saved:
                assert index is not None
                counted = count_saved(index, store, item)
                if args.json:
                    print(json.dumps({"name": counted.name, "query": counted.query,
                                      "count": counted.count, "new": counted.new},
                                     ensure_ascii=False))  # fmt: skip
                else:
                    new = tr("{n} new", n=counted.new) if counted.new else ""
                    print(f"{counted.name}\t{counted.query}\t{counted.count}\t{new}".rstrip())
            return 0
        if args.action == "add":
            index = open_index(args)
            added = store.add(args.name, query_of(args, args.query or "", index))
            count = mark_seen(index, store, added)  # what matches now is not new
            print(tr("saved “{name}”: %n match(es)", None, count, name=added.name))
            return 0
        found = store.get(args.name)
        if found is None:
            print("reader saved: " + tr("no saved search “{name}”", name=args.name),
                  file=sys.stderr)  # fmt: skip
            return 1
        if args.action == "seen":
            count = mark_seen(open_index(args), store, found)
            print(tr("“{name}”: %n match(es), none new", None, count, name=found.name))
            return 0
        if args.action == "rename":
            if not store.rename(found.name, args.query):
                print("reader saved: " + tr("a saved search “{name}” is there already",
                                            name=args.query.strip()), file=sys.stderr)  # fmt: skip
                return 1
            print(tr("renamed “{name}” to “{new}”", name=found.name, new=args.query.strip()))
            return 0
        store.remove(found.name)
        print(tr("removed the saved search “{name}”", name=found.name))
        return 0
    finally:
        store.close()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    saved = sub.add_parser("saved", help=tr(HELP))
    saved.add_argument("action", choices=["add", "list", "seen", "rename", "remove"])
    saved.add_argument("name", nargs="?", help=tr("the saved search's name"))
    saved.add_argument("query", nargs="?", help=tr('add: the search (words, "phrase", -not, …)'
                                                   "; rename: the new name"))  # fmt: skip
    saved.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    add_filter_arguments(saved)
    saved.add_argument("--json", action="store_true", help=tr("list: JSON lines"))
    saved.set_defaults(handler=_cmd_saved, validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.action != "list" and not args.name:
        parser.error(tr("saved {action} needs a NAME", action=args.action))
    if args.action == "add" and args.query is None:
        parser.error(tr("saved add needs a NAME and a QUERY"))
    if args.action == "rename" and not (args.query or "").strip():
        parser.error(tr("saved rename needs a NAME and a NEW NAME"))
    validate_filters(parser, args)

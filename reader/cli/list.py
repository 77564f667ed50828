"""`reader list`: the article list as the window shows it (filters, newest first)."""

from __future__ import annotations

import argparse
import json
import sys

from reader.cli.common import open_index
from reader.cli.filters import add_filter_arguments, query_of, say_days, validate_filters
from reader.core.dates import format_date
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path

HELP = QT_TR_NOOP("list the articles, filtered by outlet, days or unread")


def _cmd_list(args: argparse.Namespace) -> int:
    from reader.core.archive.answer import answer

    index = open_index(args)
    found = answer(index, query_of(args, "", index), order=args.sort,
                   descending=args.sort == "date")  # fmt: skip
    entries_of = index.catalog.entries
    ids = found.ids
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        entries = entries_of(chunk)
        for article_id in chunk:
            entry = entries.get(article_id)
            if entry is None:
                continue
            if args.json:
                print(json.dumps({
                    "id": entry.id, "title": entry.title, "source": entry.source,
                    "date": entry.published.isoformat() if entry.published else None,
                    "path": display_path(entry.path), "url": entry.url,
                }, ensure_ascii=False))  # fmt: skip
            else:
                when = format_date(entry.published) or " " * 10
                print(f"{when}  {entry.source}  {entry.title}  [{entry.id}]")
    say_days(found)
    print(tr("%n article(s)", None, len(ids)), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser("list", help=tr(HELP))
    listing.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    add_filter_arguments(listing)
    listing.add_argument("--sort", choices=["date", "title", "source"], default="date")
    listing.add_argument("--json", action="store_true", help=tr("JSON lines"))
    listing.set_defaults(handler=_cmd_list, validate=validate_filters)

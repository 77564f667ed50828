"""`reader related ID`: articles related to one article."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import hit_json, open_index
from reader.core.dates import format_date
from reader.core.i18n import QT_TR_NOOP, tr

HELP = QT_TR_NOOP("articles related to one article (more like this)")


def _cmd_related(args: argparse.Namespace) -> int:
    index = open_index(args)
    if index.catalog.entry(args.id) is None:
        print("reader related: " + tr("no article {id}", id=args.id), file=sys.stderr)
        return 1
    hits = index.related(args.id, limit=args.limit)
    for hit in hits:
        if args.json:
            print(hit_json(hit))
        else:
            print(
                f"{format_date(hit.published) or ' ' * 10}  {hit.source}  {hit.title}  [{hit.id}]"
            )
    if not hits and not args.json:
        print(tr("no related articles"), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    related = sub.add_parser("related", help=tr(HELP))
    related.add_argument("id")
    related.add_argument("--library")
    related.add_argument("--limit", type=int, default=8)
    related.add_argument("--json", action="store_true")
    related.set_defaults(handler=_cmd_related)

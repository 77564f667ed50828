"""`reader histogram [QUERY]`: how many articles of the list (or of a search) fall in each
day, week or month, optionally per outlet: the strip above the window's list."""

from __future__ import annotations

import argparse
import json
import sys

from reader.cli.common import open_index
from reader.cli.filters import add_filter_arguments, query_of, say_days, validate_filters
from reader.core.i18n import QT_TR_NOOP, tr

HELP = QT_TR_NOOP("articles per day, week or month (of a search, or of the list)")


def _cmd_histogram(args: argparse.Namespace) -> int:
    from reader.core.archive.answer import answer

    index = open_index(args)
    found = answer(index, query_of(args, args.query or "", index), by=args.by,
                   by_source=args.by_source)  # fmt: skip
    histogram = found.selection.histogram
    assert histogram is not None
    for bucket in histogram.buckets:
        start = bucket.start.isoformat() if bucket.start else None
        if args.json:
            row: dict[str, object] = {"bucket": start, "count": bucket.count}
            if args.by_source:
                row["sources"] = bucket.sources
            print(json.dumps(row, ensure_ascii=False))
            continue
        undated = tr("no date")
        line = f"{start or undated:<10}  {bucket.count:>7}"
        if args.by_source:
            ranked = sorted(bucket.sources.items(), key=lambda kv: -kv[1])
            line += "  " + ", ".join(f"{name} {n}" for name, n in ranked)
        print(line)
    say_days(found)
    print(tr("%n article(s)", None, histogram.total), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hist = sub.add_parser("histogram", help=tr(HELP))
    hist.add_argument("query", nargs="?", help=tr("a search (default: every article)"))
    hist.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    hist.add_argument("--by", choices=["day", "week", "month"], default="day")
    hist.add_argument("--by-source", action="store_true", help=tr("split each bucket by outlet"))
    add_filter_arguments(hist)
    hist.add_argument("--json", action="store_true", help=tr("JSON lines"))
    hist.set_defaults(handler=_cmd_histogram, validate=validate_filters)

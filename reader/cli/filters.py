"""The list's filters on the command line (`reader list`, `search`, `histogram`, `saved add`):
``--source``, ``--since``, ``--until``, ``--last 7d|30d|365d``, ``--unread``, turned into the
``ListQuery`` the window builds from its widgets."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.core.i18n import tr

if TYPE_CHECKING:
    from reader.core.archive.answer import ListAnswer
    from reader.core.archive.query import ListQuery
    from reader.core.search.engine import LibraryIndex

LAST_CHOICES = ("7d", "30d", "365d")


def add_filter_arguments(parser: argparse.ArgumentParser, unread: bool = True) -> None:
    parser.add_argument("--source", action="append", default=[],
                        help=tr("only this outlet (repeatable)"))  # fmt: skip
    parser.add_argument("--since", help=tr("from this local day (YYYY-MM-DD), included"))
    parser.add_argument("--until", help=tr("to this local day (YYYY-MM-DD), included"))
    parser.add_argument("--last", choices=LAST_CHOICES,
                        help=tr("the last 7, 30 or 365 days of the archive (ending on its last "
                                "active day)"))  # fmt: skip
    if unread:
        parser.add_argument("--unread", action="store_true", help=tr("only unread articles"))


def validate_filters(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    from reader.core.archive.days import parse_day

    if args.last and (args.since or args.until):
        parser.error(tr("--last cannot be combined with --since or --until"))
    for name in ("since", "until"):
        value = getattr(args, name)
        if value:
            try:
                setattr(args, name, parse_day(value))
            except ValueError as exc:
                parser.error(str(exc))


def query_of(
    args: argparse.Namespace, text: str = "", index: LibraryIndex | None = None
) -> ListQuery:
    """The filters as a ListQuery; an outlet's name also takes its host-only sources
    (chinadigitaltimes.net counts as 中国数字时代, as in the window's sidebar)."""
    from reader.core.archive.query import ListQuery
    from reader.core.search.fold import fold

    sources: list[str] = []
    if args.source and index is not None:
        known = [name for name, _count in index.catalog.sources()]
        aliases = index.catalog.host_aliases()
        for wanted in args.source:
            names = [n for n in known if fold(n) == fold(wanted)] or [wanted]
            sources += names + [h for h, outlet in aliases.items() if outlet in names]
    else:
        sources = list(args.source or ())
    return ListQuery(
        text=text, sources=tuple(dict.fromkeys(sources)), since=args.since, until=args.until,
        preset=args.last, unread_only=bool(getattr(args, "unread", False)),
    )  # fmt: skip


def say_days(found: ListAnswer) -> None:
    """On stderr, which days were listed: a preset names the day it ends on."""
    selection, query = found.selection, found.query
    days = selection.days
    if query.preset and days.first and days.last:
        print(tr("last {n} days: {first} – {last} (the archive's last active day)",
                 n=query.preset.rstrip("d"), first=days.first.isoformat(),
                 last=days.last.isoformat()), file=sys.stderr)  # fmt: skip
    elif not days.is_open:
        print(tr("days: {range}", range=days.text()), file=sys.stderr)

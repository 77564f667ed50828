"""`reader search QUERY`: the index's answer, as the window shows it."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from reader.cli.common import hit_json, open_index, print_marked, reindex
from reader.cli.filters import add_filter_arguments, query_of, say_days, validate_filters
from reader.core.dates import format_date
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.search.api import query_cut
from reader.core.storage import IndexDamaged

if TYPE_CHECKING:
    from reader.core.archive.query import ListQuery
    from reader.core.search.engine import LibraryIndex

HELP = QT_TR_NOOP("search a library's index")


def _cmd_search(args: argparse.Namespace) -> int:
    from reader.core.search.api import SearchOptions

    index = open_index(args)
    query = query_of(args, args.query, index)
    if args.count or query.unread_only:
        return _count(args, index, query)
    date_from, date_to = query.days(_last_active(index)).datetimes()
    options = SearchOptions(limit=args.limit, sort=args.sort, sources=query.sources,
                            date_from=date_from, date_to=date_to)  # fmt: skip
    try:
        results = index.search(args.query, options)
    except IndexDamaged as exc:  # damage the checks could not see: rebuild, search again
        print(exc, file=sys.stderr)
        reindex(index)
        results = index.search(args.query, options)
    if query.preset or date_from or date_to:
        from reader.core.archive.answer import ListAnswer
        from reader.core.archive.selection import Selection

        days = query.days(_last_active(index))
        say_days(ListAnswer(query, Selection(days=days)))
    for hit in results.hits:
        if args.json:
            print(hit_json(hit))
        else:
            print(
                f"{format_date(hit.published) or ' ' * 10}  {hit.source}  {hit.title}  [{hit.id}]"
            )
            print_marked(hit.snippet, hit.snippet_spans)
    if results.approximate:
        said = tr("about %n result(s)", None, results.total)
    else:
        said = tr("%n result(s)", None, results.total)
    if results.incomplete:  # a rebuild running, or an update that stopped: "0" is not all
        said += " — " + results.incomplete
    said += " " + tr("({ms} ms)", ms=f"{results.elapsed_ms:.1f}")
    if results.fallback:
        said += " — " + tr("Query syntax not understood: searched as plain words")
    if results.terms_left_out:
        said += " — " + query_cut(results.terms_left_out)
    print(said, file=sys.stderr)
    return 0


def _last_active(index: LibraryIndex) -> date | None:
    from reader.core.archive.selection import archive_last_active

    return archive_last_active(index.catalog.db)


def _count(args: argparse.Namespace, index: LibraryIndex, query: ListQuery) -> int:
    """The exact number of matches (every candidate verified; the list's count), or with
    ``--unread`` the matches as the list shows them."""
    from reader.core.archive.answer import answer

    found = answer(index, query, order="date" if args.sort == "date" else "relevance")
    say_days(found)
    if args.count:
        print(len(found.ids))
        return 0
    entries = index.catalog.entries(found.ids[: args.limit])
    for article_id in found.ids[: args.limit]:
        entry = entries.get(article_id)
        if entry is not None:
            print(f"{format_date(entry.published) or ' ' * 10}  {entry.source}  {entry.title}"
                  f"  [{entry.id}]")  # fmt: skip
    said = tr("%n result(s)", None, len(found.ids))
    if found.terms_left_out:
        said += " — " + query_cut(found.terms_left_out)
    print(said, file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser("search", help=tr(HELP))
    search.add_argument("query")
    search.add_argument("--library")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--json", action="store_true", help=tr("JSON lines"))
    search.add_argument("--count", action="store_true",
                        help=tr("print the exact number of matches"))  # fmt: skip
    add_filter_arguments(search)
    search.set_defaults(handler=_cmd_search, validate=validate_filters)

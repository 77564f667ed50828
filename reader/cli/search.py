"""`reader search QUERY`: the index's answer, as the window shows it."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import emphasis, hit_json, open_index, reindex
from reader.core.dates import format_date
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.search.api import query_cut
from reader.core.storage import IndexDamaged

HELP = QT_TR_NOOP("search a library's index")


def _cmd_search(args: argparse.Namespace) -> int:
    from reader.core.search.api import SearchOptions
    from reader.core.search.highlight import render_marked

    index = open_index(args)
    options = SearchOptions(limit=args.limit, sort=args.sort)
    try:
        results = index.search(args.query, options)
    except IndexDamaged as exc:  # damage the checks could not see: rebuild, search again
        print(exc, file=sys.stderr)
        reindex(index)
        results = index.search(args.query, options)
    mark = emphasis()
    for hit in results.hits:
        if args.json:
            print(hit_json(hit))
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
    if results.terms_left_out:
        said += " — " + query_cut(results.terms_left_out)
    print(said, file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser("search", help=tr(HELP))
    search.add_argument("query")
    search.add_argument("--library")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    search.add_argument("--json", action="store_true", help=tr("JSON lines"))
    search.set_defaults(handler=_cmd_search)

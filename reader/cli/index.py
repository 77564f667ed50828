"""`reader index`: build or update a library's search index."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.cli.common import Progress, library_of
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path, display_text
from reader.core.terminal import terminal_field

if TYPE_CHECKING:
    from reader.core.search.layout import UpdateSummary

HELP = QT_TR_NOOP("build or update the search index of a library")


def _cmd_index(args: argparse.Namespace) -> int:
    from reader.core.search.engine import LibraryIndex
    from reader.core.search.locking import IndexBusy

    library = library_of(args)
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
            fields = ("skipped", p.kind, display_path(p.path), display_text(p.message))
            print("\t".join(terminal_field(f) for f in fields), file=sys.stderr)
    print(format_summary(summary))
    return 130 if summary.cancelled else 0


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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    index = sub.add_parser("index", help=tr(HELP))
    index.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    index.add_argument("--rebuild", action="store_true", help=tr("rebuild from scratch"))
    index.add_argument("--wait", type=float, default=0.0,
                       help=tr("seconds to wait for a busy index"))  # fmt: skip
    index.set_defaults(handler=_cmd_index)

"""`reader dossier STORY --format md|pdf -o FILE`: a story (or the articles of a tag) as a
dossier: its timeline, the reader's highlights and notes, the references."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import open_index
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path

HELP = QT_TR_NOOP("a story or a tag as a dossier in Markdown or PDF")


def _cmd_dossier(args: argparse.Namespace) -> int:
    from reader.core.annotations.store import HighlightStore
    from reader.core.bookmarks import BookmarkStore
    from reader.core.citations import scopes
    from reader.core.citations.gather import parse_loader
    from reader.core.dossier.build import selection_dossier, story_dossier

    bookmark_store, highlight_store = BookmarkStore(), HighlightStore()
    try:
        bookmarks = bookmark_store.list_bookmarks()
        highlights = highlight_store.list_highlights()
    finally:
        bookmark_store.close()
        highlight_store.close()
    index = open_index(args)
    if args.story:
        story = scopes.resolve_story(index.catalog.db, args.story)
        dossier = (story_dossier(index.catalog, story, bookmarks=bookmarks, highlights=highlights,
                                 load=parse_loader) if story else None)  # fmt: skip
        if dossier is None:
            print("reader dossier: " + tr("no story {story} in {library}", story=args.story,
                                          library=display_path(index.library)),
                  file=sys.stderr)  # fmt: skip
            return 1
    else:
        ids = scopes.tagged(args.tag, bookmarks, highlights)
        if not ids:
            print("reader dossier: " + tr("nothing is bookmarked or highlighted with the tag"
                                          " {tag}", tag=args.tag), file=sys.stderr)  # fmt: skip
            return 1
        dossier = selection_dossier(index.catalog, f"#{args.tag}", ids, bookmarks=bookmarks,
                                    highlights=highlights, load=parse_loader)  # fmt: skip
    target = Path(args.output)
    if args.format == "md":
        from reader.core.dossier.as_markdown import to_markdown

        target.write_text(to_markdown(dossier), encoding="utf-8")
    else:
        from reader.core.dossier.as_html import to_html
        from reader.ui.dossier_pdf import html_to_pdf

        html_to_pdf(to_html(dossier), target, title=dossier.title)
    print(tr("Wrote the dossier of {title} to {path}", title=dossier.title, path=str(target)),
          file=sys.stderr)  # fmt: skip
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dossier = sub.add_parser("dossier", help=tr(HELP))
    dossier.add_argument("story", nargs="?", help=tr("a story id as `reader stories` prints it,"
                                                     " or one of its articles' ids"))  # fmt: skip
    dossier.add_argument("--tag", help=tr("instead of a story: the articles bookmarked or"
                                          " highlighted with this tag"))  # fmt: skip
    dossier.add_argument("--format", choices=("md", "pdf"), default="md",
                         help=tr("Markdown or PDF (default: md)"))  # fmt: skip
    dossier.add_argument("-o", "--output", required=True, help=tr("the file to write"))
    dossier.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    dossier.set_defaults(handler=_cmd_dossier, validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if bool(args.story) == bool(args.tag):
        parser.error(tr("dossier needs a STORY or --tag TAG (one of them)"))

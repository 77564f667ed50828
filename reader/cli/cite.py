"""`reader cite ID… [--tag T] [--story S] [--bookmarks]`: references as RIS, BibTeX or
CSL-JSON (for Zotero and its peers), or formatted in Chicago or APA by citeproc-py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import open_index
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path

HELP = QT_TR_NOOP("cite articles, a tag, a story or the bookmarks (RIS, BibTeX, CSL-JSON)")
FORMATS = ("ris", "bibtex", "csl-json")  # reader.core.citations.formats.FORMATS
STYLES = ("chicago", "apa")  # reader.core.citations.styled.STYLES


def _cmd_cite(args: argparse.Namespace) -> int:
    from reader.core.annotations.store import HighlightStore
    from reader.core.bookmarks import BookmarkStore
    from reader.core.citations import scopes
    from reader.core.citations.formats import export
    from reader.core.citations.gather import gather

    bookmark_store, highlight_store = BookmarkStore(), HighlightStore()
    try:
        bookmarks = bookmark_store.list_bookmarks()
        highlights = highlight_store.list_highlights()
    finally:
        bookmark_store.close()
        highlight_store.close()
    index = open_index(args)
    ids = list(args.ids)
    if args.tag:
        ids += scopes.tagged(args.tag, bookmarks, highlights)
    if args.bookmarks:
        ids += [b.article_id for b in bookmarks]
    if args.story:
        found = scopes.story_articles(index.catalog.db, args.story)
        if found is None:
            print("reader cite: " + tr("no story {story} in {library}", story=args.story,
                                       library=display_path(index.library)),
                  file=sys.stderr)  # fmt: skip
            return 1
        ids += found
    refs = gather(ids, catalog=index.catalog, bookmarks=bookmarks, highlights=highlights)
    missing = len(dict.fromkeys(ids)) - len(refs)
    if missing:
        print("reader cite: " + tr("%n article(s) not found in {library}", None, missing,
                                   library=display_path(index.library)),
              file=sys.stderr)  # fmt: skip
    if not refs:
        return 1
    if args.format in STYLES:
        from reader.core.citations.styled import bibliography

        text = "\n".join(bibliography(refs, args.format)) + "\n"
    else:
        text = export(refs, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
        print(tr("Wrote %n reference(s) to {path}", None, len(refs), path=args.output),
              file=sys.stderr)  # fmt: skip
    else:
        sys.stdout.write(text)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cite = sub.add_parser("cite", help=tr(HELP))
    cite.add_argument("ids", nargs="*", metavar="ID", help=tr("article ids"))
    cite.add_argument("--format", choices=FORMATS + STYLES, default="ris",
                      help=tr("ris, bibtex or csl-json for reference managers; chicago or apa"
                              " for a formatted reference (default: ris)"))  # fmt: skip
    cite.add_argument("--tag", help=tr("the articles bookmarked or highlighted with this tag"))
    cite.add_argument("--story", help=tr("the articles of this story (its id, or one of its"
                                         " articles' ids)"))  # fmt: skip
    cite.add_argument("--bookmarks", action="store_true", help=tr("every bookmarked article"))
    cite.add_argument("--library", help=tr("library folder (default: the bundled seeds)"))
    cite.add_argument("-o", "--output", help=tr("write to this file instead of the output"))
    cite.set_defaults(handler=_cmd_cite, validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if not (args.ids or args.tag or args.story or args.bookmarks):
        parser.error(tr("cite needs article ids, --tag, --story or --bookmarks"))

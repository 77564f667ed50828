"""`reader show FILE|ID`: one article as sanitized HTML, indexed text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import ARTICLE_ID, library_of
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path, display_text
from reader.core.script import SCRIPTS, conversion_for

HELP = QT_TR_NOOP("print one article's sanitized HTML or indexed text")


def _article_path(args: argparse.Namespace) -> Path | None:
    """``show`` takes a file, or an article id as `search` prints it (looked up in the
    library's catalog)."""
    path = Path(args.path)
    if path.exists() or not ARTICLE_ID.fullmatch(args.path):
        return path
    from reader.core.search.catalog import Catalog
    from reader.core.search.layout import IndexLayout

    catalog_path = IndexLayout.of(library_of(args).expanduser().resolve()).catalog_path
    if not catalog_path.exists():
        return None
    catalog = Catalog(catalog_path, readonly=True)
    try:
        entry = catalog.entry(args.path)
    finally:
        catalog.close()
    return entry.path if entry is not None else None


def _cmd_show(args: argparse.Namespace) -> int:
    from reader.core.parser import ArticleProblem, parse_article_file

    path = _article_path(args)
    if path is None:
        print("reader show: " + tr("no article {id} in {library} (index it first: reader index)",
                                   id=args.path, library=display_path(library_of(args))),
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        article = parse_article_file(path)
    except ArticleProblem as exc:
        print(
            f"reader show: {display_path(path)}: {exc.kind}: {display_text(exc.message)}",
            file=sys.stderr,
        )
        return 1
    conversion = conversion_for(args.script or "", f"{article.title}\n{article.text}")
    if args.text:
        print(conversion.text(article.text) if conversion else article.text)
    elif args.json:
        meta = {
            "id": article.id,
            "title": conversion.text(article.title) if conversion else article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "categories": list(article.categories),
            "tags": list(article.tags),
            "lead_image": article.lead_image,
            "warnings": [str(w) for w in article.warnings],
        }
        print(json.dumps(meta, ensure_ascii=False, indent=2))
    else:
        print(conversion.html(article.html) if conversion else article.html)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = sub.add_parser("show", help=tr(HELP))
    show.add_argument("path", help=tr("an article file, or an article id as search prints it"))
    show.add_argument("--library", help=tr("where to look an id up (default: the bundled seeds)"))
    mode = show.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_true", help=tr("sanitized body HTML (default)"))
    mode.add_argument("--text", action="store_true", help=tr("plain text as indexed"))
    mode.add_argument("--json", action="store_true", help=tr("metadata as JSON"))
    show.add_argument("--script", choices=sorted(SCRIPTS),
                      help=tr("show the text in this script: Simplified, or Traditional with "
                              "Taiwan or Hong Kong wording (default: as written)"))  # fmt: skip
    show.set_defaults(handler=_cmd_show)

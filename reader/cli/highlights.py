"""`reader highlights add|list|remove|export|import`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import library_of, open_index
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path, display_text
from reader.core.storage import StorageError, reason_of

if TYPE_CHECKING:
    from reader.core.annotations.store import HighlightStore

HELP = QT_TR_NOOP("add, list, remove, export or import highlights and their notes")
COLORS = ("yellow", "green", "blue", "pink")  # reader.core.annotations.store.COLORS


def _add(args: argparse.Namespace, store: HighlightStore) -> int:
    from reader.core.annotations.placing import (
        anchor_quote,
        article_bodies,
        new_highlight,
        with_article,
    )

    index = open_index(args)
    entry = index.catalog.entry(args.target)
    if entry is None:
        print("reader highlights: " + tr("no article {id} in {library}", id=args.target,
                                         library=display_path(index.library)),
              file=sys.stderr)  # fmt: skip
        return 1
    text = article_bodies(index.catalog, [entry.id]).get(entry.id, "")
    anchor = anchor_quote(text, args.quote)
    if anchor is None:
        print("reader highlights: " + tr("the quote is not in the text of {id}: {quote}",
                                         id=entry.id, quote=display_text(args.quote)),
              file=sys.stderr)  # fmt: skip
        return 1
    made = store.add(with_article(new_highlight(anchor, entry.id, note=args.note or "",
                                                color=args.color, tags=args.tag_list or []),
                                  entry))  # fmt: skip
    print(tr("highlighted {hid} in {id}: “{quote}”", hid=made.id, id=entry.id, quote=made.exact))
    return 0


def _list(args: argparse.Namespace, store: HighlightStore) -> int:
    from reader.core.annotations.placing import NO_ARTICLE, Placed, place, place_in_catalog

    found = store.list_highlights(text=args.text or "", tag=args.tag,
                                  article_ids=[args.article] if args.article else None)  # fmt: skip
    placed: list[Placed]
    if found:
        index = open_index(args)
        placed = place_in_catalog(index.catalog, found)
    else:
        placed = place(found, None)
    if not found and not args.json:
        print(tr("no highlights match") if args.text or args.tag or args.article
              else tr("no highlights yet"), file=sys.stderr)  # fmt: skip
    for p in placed:
        h = p.highlight
        if args.json:
            print(json.dumps({"id": h.id, "article": h.article_id, "quote": h.exact,
                              "prefix": h.prefix, "suffix": h.suffix, "note": h.note,
                              "color": h.color, "found": p.found, "state": p.state,
                              "tags": h.tags, "title": h.title}, ensure_ascii=False))  # fmt: skip
            continue
        where = ""
        if not p.found:
            gone = tr("the article is not in {library}", library=display_path(library_of(args)))
            where = f"  [{gone if p.state == NO_ARTICLE else tr('not found in the text')}]"
        note = f"  — {' '.join(h.note.split())}" if h.note.strip() else ""
        quote = " ".join(h.exact.split())
        print(f"{h.id}  {h.article_id}  {h.color}{where}  “{quote}”{note}")
    return 0


def _cmd_highlights(args: argparse.Namespace) -> int:
    from reader.core.annotations.store import HighlightStore

    store = HighlightStore()  # never refuses: a file it cannot write is read (notice says)
    if store.notice:
        print(store.notice, file=sys.stderr)
    if args.action not in ("add", "remove", "import"):
        return _run(args, store)
    from reader.cli.sync import journaled
    from reader.core.sync.setup import Stores

    return journaled("highlights", Stores(highlights=store), lambda: _run(args, store))


def _run(args: argparse.Namespace, store: HighlightStore) -> int:
    try:
        if args.action in ("add", "remove", "import"):
            store.check_writable()  # before any other work
        if args.action == "add":
            return _add(args, store)
        if args.action == "list":
            return _list(args, store)
        if args.action == "remove":
            removed = store.remove(args.target)
            print(tr("removed the highlight {hid}", hid=args.target) if removed
                  else tr("no highlight {hid}", hid=args.target))  # fmt: skip
            return 0 if removed else 1
        target = Path(args.target)
        if args.action == "export":
            if target.suffix.lower() in (".md", ".markdown"):
                from reader.core.annotations.export import export_markdown

                count = export_markdown(store.list_highlights(), target)
            else:
                count = store.export_json(target)
            print(tr("Exported %n highlight(s) to {path}", None, count, path=str(target)))
            return 0
        added, updated = store.import_json(target)
        print(tr("Imported %n new highlight(s); {updated} already here were updated", None,
                 added, updated=updated))  # fmt: skip
        return 0
    except StorageError:
        raise  # main() says it, with its own exit code
    except OSError as exc:  # an export or import file
        where = f"{display_path(exc.filename)}: " if exc.filename else ""
        print(f"reader highlights: {where}{reason_of(exc)}", file=sys.stderr)
        return 1
    except ValueError as exc:  # not an export of Reader's
        print(f"reader highlights: {display_text(str(exc))}", file=sys.stderr)
        return 1
    finally:
        store.close()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    marks = sub.add_parser("highlights", help=tr(HELP))
    marks.add_argument("action", choices=["add", "list", "remove", "export", "import"])
    marks.add_argument("target", nargs="?", help=tr("article ID (add), highlight ID (remove) or"
                                                    " FILE (export/import)"))  # fmt: skip
    marks.add_argument("--library", help=tr("library the articles are in (default: the bundled"
                                            " seeds)"))  # fmt: skip
    marks.add_argument("--quote", help=tr("add: the words to highlight, as the article has them"
                                          " (either script)"))  # fmt: skip
    marks.add_argument("--note", help=tr("add: a note"))
    marks.add_argument("--color", choices=COLORS, default=COLORS[0], help=tr("add: its colour"))
    marks.add_argument("--add-tag", dest="tag_list", action="append", help=tr("add: a tag"))
    marks.add_argument("--text", help=tr("list: only quotes, notes or titles containing this"))
    marks.add_argument("--tag", help=tr("list: only this tag"))
    marks.add_argument("--article", help=tr("list: only this article's"))
    marks.add_argument("--json", action="store_true", help=tr("list: JSON lines"))
    marks.set_defaults(handler=_cmd_highlights)
    marks.set_defaults(validate=_validate)


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.action != "list" and not args.target:
        parser.error(tr("highlights {action} needs an ID or FILE", action=args.action))
    if args.action == "add" and not (args.quote or "").strip():
        parser.error(tr("highlights add needs --quote TEXT"))

"""Command-line interface: everything the core can do, without Qt."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.article import Article
from reader.core.parser import ArticleProblem, parse_article_file
from reader.core.paths import bundled_seeds_dir
from reader.core.scan import Problem, scan_library

Handler = Callable[[argparse.Namespace], int]
SUBCOMMANDS: dict[str, str] = {
    "check": "parse every file in a folder and report problems",
    "show": "print one article's sanitized HTML or indexed text",
}


def _cmd_check(args: argparse.Namespace) -> int:
    root = Path(args.directory)
    if not root.is_dir():
        print(f"reader check: {root} is not a folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    parsed = 0
    kinds: Counter[str] = Counter()
    fatal = 0
    problems: list[Problem] = []
    for item in scan_library(root):
        if isinstance(item, Article):
            parsed += 1
            continue
        kinds[item.kind] += 1
        fatal += item.fatal
        problems.append(item)
    elapsed = time.perf_counter() - started
    files = parsed + fatal
    if args.json:
        for p in problems:
            row = {"path": str(p.path), "kind": p.kind, "message": p.message, "skipped": p.fatal}
            print(json.dumps(row, ensure_ascii=False))
        summary = {
            "summary": True,
            "files": files,
            "parsed": parsed,
            "skipped": fatal,
            "seconds": round(elapsed, 2),
            "files_per_second": round(files / elapsed, 1) if elapsed else None,
            "problems_by_kind": dict(kinds),
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for p in problems:
            status = "skipped" if p.fatal else "warning"
            print(f"{status}\t{p.kind}\t{p.path}\t{p.message}")
        rate = files / elapsed if elapsed else 0.0
        print(f"{files} files: {parsed} parsed, {fatal} skipped", end="")
        print(f" in {elapsed:.1f} s ({rate:.0f} files/s)")
        for kind, count in kinds.most_common():
            print(f"  {kind}: {count}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    try:
        article = parse_article_file(Path(args.path))
    except ArticleProblem as exc:
        print(f"reader show: {args.path}: {exc.kind}: {exc.message}", file=sys.stderr)
        return 1
    if args.text:
        print(article.text)
    elif args.json:
        meta = {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "categories": list(article.categories),
            "tags": list(article.tags),
            "lead_image": article.lead_image,
            "warnings": list(article.warnings),
        }
        print(json.dumps(meta, ensure_ascii=False, indent=2))
    else:
        print(article.html)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reader", description="Reader command line")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help=SUBCOMMANDS["check"])
    check.add_argument("directory", nargs="?", default=str(bundled_seeds_dir()))
    check.add_argument("--json", action="store_true", help="JSON lines: problems, then a summary")
    check.set_defaults(handler=_cmd_check)
    show = sub.add_parser("show", help=SUBCOMMANDS["show"])
    show.add_argument("path")
    mode = show.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_true", help="sanitized body HTML (default)")
    mode.add_argument("--text", action="store_true", help="plain text as indexed")
    mode.add_argument("--json", action="store_true", help="metadata as JSON")
    show.set_defaults(handler=_cmd_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        return 0
    except KeyboardInterrupt:
        return 130

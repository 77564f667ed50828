"""`reader check DIR`: parse every file, report problems."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.common import Progress
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import bundled_seeds_dir, display_path, display_text
from reader.core.terminal import terminal_field

if TYPE_CHECKING:
    from reader.core.problems import Problem

HELP = QT_TR_NOOP("parse every file in a folder and report problems")


def _cmd_check(args: argparse.Namespace) -> int:
    from reader.core.article import Article
    from reader.core.scan import scan_library

    root = Path(args.directory)
    if not root.is_dir():
        print("reader check: " + tr("{path} is not a folder", path=root), file=sys.stderr)
        return 2
    started = time.perf_counter()
    parsed = 0
    kinds: Counter[str] = Counter()
    fatal = 0
    problems: list[Problem] = []
    progress = Progress(tr("checking {done}/{total}"))
    for item in scan_library(root, progress=progress):
        if isinstance(item, Article):
            parsed += 1
            continue
        kinds[item.kind] += 1
        fatal += item.fatal
        problems.append(item)
    progress.end()
    elapsed = time.perf_counter() - started
    files = parsed + fatal
    if args.json:
        for p in problems:
            row = {
                "path": display_path(p.path),
                "kind": p.kind,
                "message": display_text(p.message),
                "skipped": p.fatal,
            }
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
            fields = (status, p.kind, display_path(p.path), display_text(p.message))
            print("\t".join(terminal_field(f) for f in fields))
        rate = files / elapsed if elapsed else 0.0
        print(tr("{files}: {parsed} parsed, {skipped} skipped in {s:.1f} s ({rate:.0f} files/s)",
                 files=tr("%n file(s)", None, files), parsed=parsed, skipped=fatal, s=elapsed,
                 rate=rate))  # fmt: skip
        for kind, count in kinds.most_common():
            print(f"  {kind}: {count}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("check", help=tr(HELP))
    check.add_argument("directory", nargs="?", default=str(bundled_seeds_dir()))
    check.add_argument("--json", action="store_true",
                       help=tr("JSON lines: problems, then a summary"))  # fmt: skip
    check.set_defaults(handler=_cmd_check)

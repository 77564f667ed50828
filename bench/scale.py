"""A bigger library from the real corpus: N copies whose URLs, titles and dates are rewritten,
so every copy is a distinct article (ids come from the URL, else from title + text) in a
period of its own.

    python -m bench.scale N [TARGET]     # prints the folder; N=42 gives ~1M articles (7.6 GB)

Copy 0 is the corpus itself (hard-linked where the file system allows, else copied); copies
1..N-1 get ``?copy=k`` on every source URL (front-matter ``from:``/``url:`` and the
``[title](url)`` heading), `` ·k`` after the title, and every date moved ``k * SHIFT_DAYS``
days back (front-matter ``date:``, the ``<!--epoch-ms-->`` comment, the ``日期：`` line of
files without front matter). File contents are otherwise untouched.

Why move the dates: a million articles is about ten years of a few dozen outlets, not 42
reports of every event on the same day. The corpus is dense for two months (2020-11-22 ..
2021-01-22); 13 weeks between copies keeps those months apart (so a day holds about as many
articles as in the real corpus, and stories and date filters see real densities), keeps every
weekday (RFC-822 dates name it), and 42 copies span 2010-2021. Earlier scale runs (issue 16,
x2/x4) kept the dates: their copies were 2-4 reports of each event on one day.

Copies are written one at a time, each marked complete when done, so a larger N reuses the
copies of a smaller one (``x42`` holds ``x10`` and ``x21``: ``bench.run_all`` links the first
N copies) and an interrupted run resumes.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from datetime import date, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

from bench.corpus import corpus_dir

SHIFT_DAYS = 91  # 13 weeks: weekdays kept, the corpus's two dense months never overlap

_URL_LINE = re.compile(r"^((?:from|url):\s*)(\S+)\s*$", re.M)
_TITLE_LINE = re.compile(r"^(title:\s*)(['\"]?)(.*?)(\2)\s*$", re.M)
_HEADING = re.compile(r"^\[(.*)\]\((\S+?)\)\s*$", re.M)
_DATE_LINE = re.compile(r"^(date:\s*['\"]?)(\d{4})-(\d\d)-(\d\d)", re.M)
_EPOCH = re.compile(r"<!--\s*(\d{10,13})\s*-->")
_RFC_LINE = re.compile(r"^(日期[：:][ \t]*)([^\n]+?)[ \t]*$", re.M)


def _with_query(url: str, k: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}copy={k}"


def _shift_iso(m: re.Match[str], days: int) -> str:
    try:
        moved = date(int(m.group(2)), int(m.group(3)), int(m.group(4))) - timedelta(days=days)
    except ValueError:
        return m.group(0)  # not a date: left as it is
    return f"{m.group(1)}{moved.isoformat()}"


def _shift_epoch(m: re.Match[str], days: int) -> str:
    value = int(m.group(1))
    step = days * 86400 * (1000 if len(m.group(1)) == 13 else 1)
    return m.group(0).replace(m.group(1), str(value - step))


def _shift_rfc(m: re.Match[str], days: int) -> str:
    try:
        moved = parsedate_to_datetime(m.group(2)) - timedelta(days=days)
    except (TypeError, ValueError, OverflowError):
        return m.group(0)
    return f"{m.group(1)}{format_datetime(moved)}"


def rewrite(text: str, k: int, shift_days: int = SHIFT_DAYS) -> str:
    text = _URL_LINE.sub(lambda m: m.group(1) + _with_query(m.group(2), k), text, count=1)
    text = _TITLE_LINE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} ·{k}{m.group(4)}", text, count=1
    )
    text = _HEADING.sub(lambda m: f"[{m.group(1)} ·{k}]({_with_query(m.group(2), k)})", text,
                        count=1)  # fmt: skip
    days = k * shift_days
    if days:
        text = _DATE_LINE.sub(lambda m: _shift_iso(m, days), text, count=1)
        text = _EPOCH.sub(lambda m: _shift_epoch(m, days), text, count=1)
        text = _RFC_LINE.sub(lambda m: _shift_rfc(m, days), text, count=1)
    return text


def _copy(source: Path, out_dir: Path, k: int) -> None:
    shutil.rmtree(out_dir, ignore_errors=True)
    for path in source.rglob("*"):
        if not path.is_file():
            continue
        out = out_dir / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        if k == 0:
            try:
                os.link(path, out)
            except OSError:
                shutil.copy2(path, out)
            continue
        data = path.read_bytes()
        try:
            out.write_text(rewrite(data.decode("utf-8"), k), encoding="utf-8")
        except UnicodeDecodeError:
            out.write_bytes(data)


def build(copies: int, target: Path, source: Path | None = None) -> Path:
    """``target/copy-0`` .. ``copy-{copies-1}`` (copies already complete are kept)."""
    source = source or corpus_dir()
    target.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        done = target / f".complete-copy-{k}"
        if done.exists():
            continue
        _copy(source, target / f"copy-{k}", k)
        done.touch()
    return target


def main(argv: list[str]) -> int:
    copies = int(argv[0]) if argv else 4
    target = Path(argv[1]) if len(argv) > 1 else Path(tempfile.gettempdir()) / f"reader-x{copies}"
    print(build(copies, target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

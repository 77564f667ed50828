"""A bigger library from the real corpus: N copies whose URLs and titles are rewritten, so every
copy is a distinct article (ids come from the URL, else from title + text).

    python -m bench.scale N [TARGET]     # prints the folder; N=4 gives ~96k articles

Copy 0 is the corpus itself (hard-linked where the file system allows, else copied); copies
1..N-1 get ``?copy=k`` on every source URL (front-matter ``from:``/``url:`` and the
``[title](url)`` heading) and `` ·k`` after the title. File contents are otherwise untouched.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from bench.corpus import corpus_dir

_URL_LINE = re.compile(r"^((?:from|url):\s*)(\S+)\s*$", re.M)
_TITLE_LINE = re.compile(r"^(title:\s*)(['\"]?)(.*?)(\2)\s*$", re.M)
_HEADING = re.compile(r"^\[(.*)\]\((\S+?)\)\s*$", re.M)


def _with_query(url: str, k: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}copy={k}"


def rewrite(text: str, k: int) -> str:
    text = _URL_LINE.sub(lambda m: m.group(1) + _with_query(m.group(2), k), text, count=1)
    text = _TITLE_LINE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} ·{k}{m.group(4)}", text, count=1
    )
    return _HEADING.sub(lambda m: f"[{m.group(1)} ·{k}]({_with_query(m.group(2), k)})", text,
                        count=1)  # fmt: skip


def build(copies: int, target: Path, source: Path | None = None) -> Path:
    source = source or corpus_dir()
    done = target / f".complete-{copies}"
    if done.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    for k in range(copies):
        for path in source.rglob("*"):
            if not path.is_file():
                continue
            out = target / f"copy-{k}" / path.relative_to(source)
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
    done.touch()
    return target


def main(argv: list[str]) -> int:
    copies = int(argv[0]) if argv else 4
    target = Path(argv[1]) if len(argv) > 1 else Path(tempfile.gettempdir()) / f"reader-x{copies}"
    print(build(copies, target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""What several commands share: the library argument, opening its index, progress on a
terminal, a hit as JSON, emphasis of matches."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.i18n import tr
from reader.core.paths import bundled_seeds_dir, display_path
from reader.core.terminal import terminal_text, write_codes

if TYPE_CHECKING:
    from reader.core.search.engine import LibraryIndex

EXIT_STORAGE = 4  # a store could not be read or written (disk full, read-only, ...)
ARTICLE_ID = re.compile(r"[0-9a-f]{16}")


class Progress:
    """One updating line on a terminal ("indexing 1200/23922"); nothing when piped."""

    def __init__(self, template: str) -> None:
        self.template = template  # translated, with {done} and {total}
        self.live = sys.stderr.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, *_rest: object) -> None:
        now = time.monotonic()
        if self.live and (now - self.last > 0.2 or done == total):
            self.last = now
            self.shown = True
            line = terminal_text(self.template.format(done=done, total=total))
            write_codes(sys.stderr, f"\r{line}\033[K")
            sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            write_codes(sys.stderr, "\r\033[K")
            sys.stderr.flush()


def library_of(args: argparse.Namespace) -> Path:
    return Path(args.library) if args.library else bundled_seeds_dir()


class NotALibrary(Exception):
    """--library names no folder: said as a usage error (exit 2), not as "0 results"."""


def open_index(args: argparse.Namespace) -> LibraryIndex:
    from reader.core.search.engine import LibraryIndex

    library = library_of(args)
    if not library.is_dir():
        raise NotALibrary(tr("{path} is not a folder", path=display_path(library)))
    index = LibraryIndex(library)
    if not index.is_usable():
        reindex(index)
    return index


def reindex(index: LibraryIndex) -> None:
    from reader.core.search.locking import IndexBusy

    try:
        summary = index.update(lock_timeout=60.0)
    except IndexBusy as exc:  # another process is building it: search what is there so far
        print(str(exc), file=sys.stderr)
        return
    if summary.rebuilt_reason:
        print(tr("Index rebuilt: {why}", why=summary.rebuilt_reason), file=sys.stderr)


def emphasis() -> Callable[[str], str]:
    """Matches in bold and underlined on a terminal; unmarked when piped (no raw tags). The
    text inside is escaped (``terminal_text``): the line is written with ``write_codes``."""
    if sys.stdout.isatty():
        return lambda s: f"\033[1;4m{terminal_text(s)}\033[0m"
    return terminal_text


def print_marked(text: str, spans: Iterable[tuple[int, int]], indent: str = "    ") -> None:
    """A snippet with its matches emphasized; everything from the file shown escaped."""
    from reader.core.search.highlight import render_marked

    line = render_marked(text, spans, emphasis(), terminal_text)
    write_codes(sys.stdout, f"{indent}{line}\n")


def hit_json(hit: object) -> str:
    from reader.core.search.api import SearchHit

    assert isinstance(hit, SearchHit)
    return json.dumps(
        {
            "id": hit.id,
            "title": hit.title,
            "source": hit.source,
            "date": hit.published.isoformat() if hit.published else None,
            "score": round(hit.score, 4),
            "snippet": hit.snippet,
            "snippet_spans": hit.snippet_spans,
            "path": display_path(hit.path),
            "url": hit.url,
        },
        ensure_ascii=False,
    )

"""Text for a terminal: the one place where text from files reaches stdout or stderr.

Titles, sources, notes and file names come from files anyone may have written: printed as they
are, ``ESC ] 52`` writes the user's clipboard, ``ESC [ 2J`` clears the screen, a carriage return
overwrites a line, and a right-to-left override shows a line in another order than it reads. The
command line therefore writes through ``TerminalStream``, which shows every such character as a
visible escape (``\\u001b``); only a line feed and a tab pass. The escape has JSON's form, so a
JSON line stays valid JSON with the same value. Reader's own terminal codes (the progress line,
bold matches) go straight to the stream beneath (``write_codes``).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from typing import TextIO

# C0 controls but tab and line feed, DEL, C1 controls (U+009B is CSI on some terminals), and
# the invisible characters that reorder or hide what follows them (bidi embeddings, overrides
# and isolates, the Arabic letter mark, the line and paragraph separators). A carriage return
# is kept where it ends a line (CRLF: RIS and other machine formats written to stdout); alone
# it would let a line overwrite what was printed before it.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)
_FIELD_CONTROLS = re.compile(f"[\t\n\r]|{_CONTROLS.pattern}")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_text(text: str) -> str:
    """``text`` with every control character shown as ``\\uXXXX`` (line feeds and tabs kept)."""
    return _CONTROLS.sub(_escape, text)


def terminal_field(text: str) -> str:
    """One field of a tab-separated row: tabs and line feeds escaped too (a file name with a
    tab in it must not make a column of its own)."""
    return _FIELD_CONTROLS.sub(_escape, text)


class TerminalStream(io.TextIOBase):
    """A text stream that escapes control characters and never fails on a character the
    terminal's encoding lacks (a GBK terminal shown a title in Traditional script)."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw
        self._cr = ""  # a carriage return at the end of a write: CRLF if a line feed follows

    def write(self, text: str) -> int:
        whole = self._cr + text
        self._cr = "\r" if whole.endswith("\r") else ""
        if self._cr:
            whole = whole[:-1]
        self._write(terminal_text(whole))
        return len(text)

    def _lone_cr(self) -> None:
        if self._cr:
            self._cr = ""
            self._write(terminal_text("\r"))

    def _write(self, text: str) -> None:
        try:
            self.raw.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self.raw, "encoding", None) or "utf-8"
            self.raw.write(text.encode(encoding, "backslashreplace").decode(encoding))

    def write_codes(self, text: str) -> None:
        self._lone_cr()
        self._write(text)

    def flush(self) -> None:
        self._lone_cr()
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", None) or "utf-8"


def write_codes(stream: TextIO, text: str) -> None:
    """Write Reader's own terminal codes (``text`` must hold nothing from a file unescaped)."""
    if isinstance(stream, TerminalStream):
        stream.write_codes(text)
    else:
        stream.write(text)


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """stdout and stderr escape control characters while the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalStream(saved[0])
    sys.stderr = TerminalStream(saved[1])
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved

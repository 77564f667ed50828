"""A file name made from an article's, a story's or a tag's title: what a save dialog offers.

Titles are untrusted and may hold anything (the real corpus has "/", "|", ":", "?", quotes,
newlines and 200-byte titles). The name keeps the title's words, in any script, and drops
what no file system of the three platforms takes: the characters Windows forbids, controls,
a leading dot (a hidden file), trailing dots and spaces (Windows strips them), the device
names Windows reserves; it is cut to fit a 255-byte name in UTF-8 (ext4, APFS) with room for
the suffix.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 200  # of the stem: ext4 takes 255 bytes a name; leave room for suffixes
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$", re.IGNORECASE)


def safe_file_name(title: str, suffix: str, fallback: str = "untitled") -> str:
    """``title`` as a file name ending in ``suffix`` (".pdf"); ``fallback`` when no word of
    the title is left."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(" " if unicodedata.category(ch) in ("Zl", "Zp", "Cc") else ch for ch in text)
    text = _FORBIDDEN.sub(" ", text)
    stem = " ".join(text.split()).strip(" .")
    while len(stem.encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(" .")
    if not stem or _RESERVED.match(stem):
        stem = fallback
    return stem + suffix

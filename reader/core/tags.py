"""Tags as people type them, one rule everywhere (the bookmark editor, a highlight's note,
the command line, imports): spaces, commas (also full-width ，、), semicolons and # separate
tags; a tag never holds a space. Each tag once, in the order typed."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[\s,，、;；#＃]+")


def split_tags(text: str | Iterable[str]) -> list[str]:
    """``"外交, 布林肯 #通话"`` -> ``["外交", "布林肯", "通话"]``; a list is split item by item
    (``["a b"]`` -> ``["a", "b"]``)."""
    pieces = [text] if isinstance(text, str) else list(text)
    found = (t for piece in pieces for t in _SEPARATORS.split(piece) if t)
    return list(dict.fromkeys(found))


def join_tags(tags: Iterable[str]) -> str:
    """For a field that ``split_tags`` reads back."""
    return " ".join(tags)

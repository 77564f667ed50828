"""Plain text from sanitized HTML, for indexing, snippets and `reader show --text`."""

from __future__ import annotations

import re

import lxml.html

_BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "figcaption", "figure", "table", "ul", "ol", "dd", "dt", "hr", "td", "th", "caption",
    }
)  # fmt: skip
_SPACES = re.compile(r"[ \t\u00a0\u3000\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def html_to_text(html: str) -> str:
    """Block elements become line breaks; runs of blank space collapse."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
        if el.tag == "img" and el.get("alt"):
            el.tail = " " + el.get("alt", "") + " " + (el.tail or "")
    text = root.text_content()
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _LINES.sub("\n", text).strip()

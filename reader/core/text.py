"""Plain text from sanitized HTML, for indexing, snippets and `reader show --text`."""

from __future__ import annotations

import re

from lxml import etree

_BLOCKS = frozenset(
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "figcaption", "figure", "table", "ul", "ol", "dd", "dt", "hr", "td", "th", "caption",
    }
)  # fmt: skip
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_SPACES = re.compile(r"[ \t\u00a0\u3000\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")
# What lxml refuses in a string given to its tree (text, tail, attribute values): C0 controls
# but tab, LF and CR; surrogates; U+FFFE/U+FFFF. Its HTML parser keeps them, raw or written
# as a character reference, and setting such text back raised "All strings must be XML
# compatible" and lost the article (``\x01<option>``, issue 20). Form feed is white space
# in HTML (it separates attributes): it becomes a space; the others are shown by no browser.
_NOT_XML_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
_NOT_XML_REFERENCES = (
    r"&#0*(?:[1-8]|1[124-9]|2\d|3[01]|6553[45])(?!\d);?"
    r"|&#[xX]0*(?:[1-8bBcCeEfF]|1[\da-fA-F]|[fF]{3}[eEfF])(?![\da-fA-F]);?"
)
_NOT_XML = re.compile(f"{_NOT_XML_CHARS}|{_NOT_XML_REFERENCES}")
# Looked for apart first: one class, and references only where "&#" is (a third of the time).
_ANY_NOT_XML_CHAR = re.compile(_NOT_XML_CHARS)
_ANY_NOT_XML_REFERENCE = re.compile(_NOT_XML_REFERENCES)
ZERO_WIDTH_SPACE = "\u200b"  # a break opportunity the sanitizer adds in long unbroken runs


def _not_xml(match: re.Match[str]) -> str:
    return " " if match.group() == "\x0c" else ""


def xml_compatible(html: str) -> str:
    """``html`` without the characters (raw or as numeric references) lxml cannot store."""
    if _ANY_NOT_XML_CHAR.search(html) or ("&#" in html and _ANY_NOT_XML_REFERENCE.search(html)):
        return _NOT_XML.sub(_not_xml, html)
    return html


def _text_of(html: str) -> str:
    # Plain lxml.etree elements (lxml.html's classes cost a Python lookup per element: a
    # quarter of this function on 110,000 table rows made lines).
    page = etree.fromstring(f"<html><body>{html}</body></html>", _PARSER)
    root = page.find("body") if page is not None else None
    if root is None:
        return ""
    for el in root.iter():
        tag = el.tag
        if tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
        elif tag == "img" and (alt := el.get("alt")):
            el.tail = " " + alt + " " + (el.tail or "")
    return "".join(root.itertext())


def html_to_text(html: str) -> str:
    """Block elements become line breaks; runs of blank space collapse."""
    if not html.strip():
        return ""
    try:
        text = _text_of(html)
    except ValueError:  # a character lxml cannot store (never in what sanitize_html makes)
        text = _text_of(xml_compatible(html))
    if ZERO_WIDTH_SPACE in text:  # break opportunities for the viewer, not text
        text = text.replace(ZERO_WIDTH_SPACE, "")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _LINES.sub("\n", text).strip()

"""The parser target for documents nested deeper than MAX_DEPTH (issue 11)."""

from __future__ import annotations

import re

from lxml import etree

from reader.core.html_rules import (
    BOUNDED_DROPS,
    BREAKING,
    HIDDEN,
    MAX_DEPTH,
    is_boilerplate,
    is_end_mark,
)

_VALID_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")
_NOT_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class ShallowTarget:
    """libxml2 parser target that builds the same tree as lxml, but never deeper than MAX_DEPTH.

    Used only for documents nesting deeper than that. libxml2 itself gives up past 255 levels
    when it builds the tree (the rest of the document is lost) but not when it reports events
    to a target, so this sees everything, in linear time. Elements that would nest too deep
    are left out; their text goes to the deepest kept element, a line break stands for each run
    of left-out block boundaries, and images, <br> and end markers stay. Hidden elements and
    iframes are still built at any depth, so their text cannot leak into the article; inside
    them only images are built. A droppable container (bounded, or boilerplate) is built at any
    depth too, one at a time, holding its text: the cleaning pass drops it when its own end
    tag closed it and keeps the text otherwise, as it does at any depth.
    """

    def __init__(self) -> None:
        self._builder = etree.TreeBuilder()
        # Per open source element: (tag built or None, role: "", "hidden" or "container").
        self._open: list[tuple[str | None, str]] = []
        self._depth = 0  # built elements open (html and body included)
        self._hidden = 0  # hidden elements open: inside, only images are built
        self._container = False  # a container built past MAX_DEPTH is open
        self._pending_break = False

    def _build(self, tag: str, attrib: dict[str, str]) -> str:
        if not _VALID_NAME.match(tag):
            tag = "x-invalid"  # e.g. <o:p>: lxml's tree builder rejects the name
        attrib = {k: _NOT_XML_CHARS.sub("", v) for k, v in attrib.items() if _VALID_NAME.match(k)}
        self._builder.start(tag, attrib)
        self._depth += 1
        return tag

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self._hidden:
            built = self._build(tag, attrib) if tag == "img" else None
            self._open.append((built, ""))
        elif self._depth < MAX_DEPTH + 2 or tag in ("img", "br") or is_end_mark(tag):
            self._open.append((self._build(tag, attrib), ""))
        elif tag in HIDDEN or tag == "iframe":
            self._open.append((self._build(tag, attrib), "hidden"))
            self._hidden += 1
        elif not self._container and (
            tag in BOUNDED_DROPS or is_boilerplate(attrib.get("id"), attrib.get("class"))
        ):
            self._open.append((self._build(tag, attrib), "container"))
            self._container = True
        else:
            self._open.append((None, ""))
            self._pending_break = self._pending_break or tag in BREAKING

    def end(self, tag: str) -> None:
        built, role = self._open.pop()
        if built is None:
            self._pending_break = self._pending_break or (not self._hidden and tag in BREAKING)
            return
        self._builder.end(built)
        self._depth -= 1
        if role == "hidden":
            self._hidden -= 1
        elif role == "container":
            self._container = False

    def data(self, text: str) -> None:
        if self._hidden:
            return
        if self._pending_break and not text.isspace():
            self._builder.start("br", {})
            self._builder.end("br")
            self._pending_break = False
        self._builder.data(_NOT_XML_CHARS.sub("", text))

    def close(self) -> etree._Element:
        return self._builder.close()

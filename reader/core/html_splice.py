"""Taking elements out of an lxml tree while the text around them stays where it was."""

from __future__ import annotations

from lxml import etree


class Splicer:
    """Takes elements out of the tree, keeping the text around them where it was. The text
    bound for one place is gathered and set once: appended one piece at a time, every append
    copied the whole string (60,000 alt texts in one paragraph: quadratic)."""

    def __init__(self) -> None:
        self._pending: dict[tuple[int, str], tuple[etree._Element, str, list[str]]] = {}

    def _put(self, anchor: etree._Element, attr: str, text: str) -> None:
        entry = self._pending.get((id(anchor), attr))
        if entry is None:
            entry = (anchor, attr, [getattr(anchor, attr) or ""])
            self._pending[(id(anchor), attr)] = entry
        entry[2].append(text)

    def _take(self, el: etree._Element, attr: str) -> str:
        entry = self._pending.pop((id(el), attr), None)
        return "".join(entry[2]) if entry is not None else (getattr(el, attr) or "")

    def _before(self, el: etree._Element, parent: etree._Element, text: str) -> None:
        if text:
            prev = el.getprevious()
            if prev is not None:
                self._put(prev, "tail", text)
            else:
                self._put(parent, "text", text)

    def remove(self, el: etree._Element, text: str = "") -> None:
        """``el`` and its subtree go; ``text``, then the text after ``el``, stay."""
        parent = el.getparent()
        if parent is None:
            return
        self._before(el, parent, text + self._take(el, "tail"))
        self._pending.pop((id(el), "text"), None)  # inside it: goes with it
        el.tail = None
        parent.remove(el)

    def unwrap(self, el: etree._Element) -> None:
        """``el`` goes; its text, its children and the text after it stay, in order."""
        parent = el.getparent()
        if parent is None:
            return
        self._before(el, parent, self._take(el, "text"))
        tail = self._take(el, "tail")
        children = list(el)
        for child in children:
            el.addprevious(child)
        if children:
            if tail:
                self._put(children[-1], "tail", tail)
        else:
            self._before(el, parent, tail)
        el.tail = None
        parent.remove(el)

    def flush(self, long: int = 0) -> list[tuple[etree._Element, str]]:
        """Sets the gathered text; returns where it came to ``long`` characters or more."""
        grown = []
        for anchor, attr, parts in self._pending.values():
            text = "".join(parts)
            setattr(anchor, attr, text or None)
            if long and len(text) >= long:
                grown.append((anchor, attr))
        self._pending.clear()
        return grown

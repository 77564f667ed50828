"""Is an image's alt or title the caption the reader sees anyway, next to it?

Scrapers copy the caption into alt and title (often cut short), so it was shown and indexed
twice: "[image: X]" then "X", and snippets began with X X (issue 13). A label repeats the
caption when the text right after the image, or its figure's figcaption, starts with it.

The text after an image is read by walking on from it, a few steps as a rule. Walks that add
up to more than WALK_BUDGET steps (many images with little text between them: walking on
from each of 60,000 took 35 s, issue 20) give way to one walk over the whole document, which
notes the text after every image at once.
"""

from __future__ import annotations

from lxml import etree

WALK_BUDGET = 4_096  # steps of the walks from images, in all, before the one walk
_STEPS = 256  # steps of one walk from an image (its text is then what it found)


def _words(text: str) -> str:
    return " ".join(text.split())


class Captions:
    def __init__(self, body: etree._Element, images: list[etree._Element]) -> None:
        self._body = body
        self._images = images
        self._steps = 0
        self._text: str | None = None  # the whole document's, once the walks cost too much
        self._offsets: dict[int, int] = {}
        self._figures: dict[int, str] = {}

    def repeated(self, img: etree._Element, label: str) -> bool:
        wanted = _words(label)
        if not wanted:
            return False
        for figure in img.iterancestors("figure"):
            if self._figure_caption(figure).startswith(wanted):
                return True
            break
        if self._text is None and self._steps < WALK_BUDGET:
            return self._text_after(img, len(wanted)).startswith(wanted)
        if self._text is None:
            self._read_all()
        assert self._text is not None
        offset = self._offsets.get(id(img))
        if offset is None:
            return False
        if self._text[offset : offset + 1] == " ":
            offset += 1
        return self._text.startswith(wanted, offset)

    def _figure_caption(self, figure: etree._Element) -> str:
        caption = self._figures.get(id(figure))
        if caption is None:
            found = figure.find(".//figcaption")
            caption = _words("".join(found.itertext())) if found is not None else ""
            self._figures[id(figure)] = caption
        return caption

    def _text_after(self, el: etree._Element, need: int) -> str:
        """The first ``need`` or so characters (white space collapsed) of the text that
        follows ``el`` in document order, from at most _STEPS steps."""
        parts: list[str] = []
        have = 0
        budget = _STEPS

        def take(text: str | None) -> bool:
            nonlocal have, budget
            budget -= 1
            self._steps += 1
            if text:
                parts.append(text)
                have += len("".join(text.split()))
            return have > need or budget <= 0

        node = el
        while True:
            if take(node.tail):
                break
            following = node.getnext()
            while following is None:
                parent = node.getparent()
                if parent is None or parent is self._body:
                    return _words("".join(parts))
                node = parent
                if take(node.tail):
                    return _words("".join(parts))
                following = node.getnext()
            node = following
            if any(take(text) for text in node.itertext()):
                break
        return _words("".join(parts))

    def _read_all(self) -> None:
        """The document's text, white space collapsed, and where each image's follows."""
        wanted = {id(img) for img in self._images}
        parts: list[str] = []
        length = 0
        space = False  # white space since the last word

        def add(text: str | None) -> None:
            nonlocal length, space
            if not text:
                return
            core = _words(text)
            if core and length and (space or text[0].isspace()):
                parts.append(" ")
                length += 1
            if core:
                parts.append(core)
                length += len(core)
                space = text[-1].isspace()
            else:
                space = True

        body = self._body
        for event, el in etree.iterwalk(body, events=("start", "end")):
            if el is body:
                continue
            if event == "start":
                add(el.text)
            else:
                if id(el) in wanted:
                    self._offsets[id(el)] = length
                add(el.tail)
        self._text = "".join(parts)

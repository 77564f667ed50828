"""Is an image's alt or title the caption the reader sees anyway, next to it?

Scrapers copy the caption into alt and title (often cut short), so it was shown and indexed
twice: "[image: X]" then "X", and snippets began with X X (issue 13). A label repeats the
caption when the text right after the image, or its figure's figcaption, starts with it.

The text after every image comes from one walk over the tree: the document's text with its
white space collapsed, and each image's offset in it. (Walking on from each image, up to 256
steps an image, took 35 s for 60,000 images: issue 20.)
"""

from __future__ import annotations

from lxml import etree


def _words(text: str) -> str:
    return " ".join(text.split())


class Captions:
    def __init__(self, body: etree._Element, images: list[etree._Element]) -> None:
        wanted = {id(img) for img in images}
        self._offsets: dict[int, int] = {}
        self._figures: dict[int, str] = {}
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

    def repeated(self, img: etree._Element, label: str) -> bool:
        wanted = _words(label)
        if not wanted:
            return False
        for figure in img.iterancestors("figure"):
            if self._figure_caption(figure).startswith(wanted):
                return True
            break
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

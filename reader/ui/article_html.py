"""The sanitized body, ready for the viewer: each remote image is either shown (the reader
asked) or a framed placeholder that says what it is and loads just that image when clicked."""

from __future__ import annotations

import html
import re

from reader.core.article import REMOTE_SRC_ATTR
from reader.core.image_trust import image_host
from reader.ui.i18n import tr

LOAD_SCHEME = "reader-load-image"  # reader-load-image:N asks for the article's Nth image
IMAGE_SCHEME = "reader-image"  # reader-image:N is a loaded image the browser holds
_IMG_TAG = re.compile(r"<img\b([^>]*)>")
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def render_body(body_html: str, loaded: dict[str, str], remote: tuple[str, ...] = ()) -> str:
    """Loaded images in place; the others as placeholders linking to ``reader-load-image:N``
    (N = the image's index in ``remote``, the article's remote images)."""

    def replace(match: re.Match[str]) -> str:
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(match.group(1))}
        url = attrs.get(REMOTE_SRC_ATTR, "")
        alt = attrs.get("alt", "").strip()
        width, height = attrs.get("width", ""), attrs.get("height", "")
        if url in loaded:
            size = f' width="{html.escape(width)}"' if width.isdigit() else ""
            return f'<img src="{loaded[url]}"{size} alt="{html.escape(alt)}">'
        where = image_host(url)
        parts = [tr("Image")]
        if width.isdigit() and height.isdigit():
            parts.append(f"{width}×{height}")
        if where:
            parts.append(where)
        label = " · ".join(parts)
        load = ""
        if url in remote:
            href = f"{LOAD_SCHEME}:{remote.index(url)}"
            load = f' — <a href="{href}">{html.escape(tr("Load this image"))}</a>'
        caption = f"<br>{html.escape(alt)}" if alt else ""
        return (
            '<table class="image" border="1" cellspacing="0" width="100%"><tr>'
            f'<td class="image">{html.escape(label)}{load}{caption}</td></tr></table>'
        )

    return _IMG_TAG.sub(replace, body_html)

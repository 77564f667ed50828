"""The sanitized body, ready for the viewer: each remote image is either shown (the reader
asked) or a framed placeholder that says what it is and loads just that image when clicked."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from reader.core.article import REMOTE_SRC_ATTR, Article
from reader.core.dates import format_datetime, format_span
from reader.core.image_trust import image_host
from reader.core.script import Conversion
from reader.core.stories.timeline import StoryTimeline
from reader.ui.i18n import tr

LOAD_SCHEME = "reader-load-image"  # reader-load-image:N asks for the article's Nth image
ARTICLE_SCHEME = "reader-article"  # reader-article:ID opens an article (story timelines)
STORY_SCHEME = "reader-story"  # reader-story:ID opens a story's timeline
MORE_SCHEME = "reader-more"  # reader-more:ID shows all that report ID adds to the timeline
IMAGE_SCHEME = "reader-image"  # reader-image:N is a loaded image the browser holds
_IMG_TAG = re.compile(r"<img\b([^>]*)>")
# Qt lays a line out in time quadratic in the length of an unbreakable word (1 MB: 21 s,
# 4 MB: 283 s on the GUI thread). A run of 200+ printable ASCII characters without a space
# (a pasted URL, base64 junk) gets a zero-width break opportunity every 80 characters. CJK
# text already breaks between characters; "&" is excluded so entities stay whole.
_LONG_WORD = re.compile(r"[!-%'-;=?-~]{200,}")
ZERO_WIDTH_SPACE = "\u200b"


def _breakable(match: re.Match[str]) -> str:
    word = match.group(0)
    return ZERO_WIDTH_SPACE.join(word[i : i + 80] for i in range(0, len(word), 80))


_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def render_body(
    body_html: str,
    loaded: dict[str, str],
    remote: tuple[str, ...] = (),
    text: Callable[[str], str] = str,
    printing: bool = False,
) -> str:
    """Loaded images in place; the others as placeholders linking to ``reader-load-image:N``
    (N = the image's index in ``remote``, the article's remote images). ``text`` shows an
    image's description (its alt text, the placeholder's caption) in the article's script.
    ``printing``: a page for paper, where a blocked image is only its caption (no words of
    the app's, no link to click)."""

    def replace(match: re.Match[str]) -> str:
        attrs = {k: html.unescape(v) for k, v in _ATTR.findall(match.group(1))}
        url = attrs.get(REMOTE_SRC_ATTR, "")
        alt = text(attrs.get("alt", "").strip())
        width, height = attrs.get("width", ""), attrs.get("height", "")
        if url in loaded:
            size = f' width="{html.escape(width)}"' if width.isdigit() else ""
            return f'<img src="{loaded[url]}"{size} alt="{html.escape(alt)}">'
        if printing:
            return f"<p class='caption'>{html.escape(alt)}</p>" if alt else ""
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
            words = tr("Load this image")  # (lupdate does not look inside f-strings)
            load = f' — <a href="{href}">{html.escape(words)}</a>'
        caption = f"<br>{html.escape(alt)}" if alt else ""
        return (
            '<table class="image" border="1" cellspacing="0" width="100%"><tr>'
            f'<td class="image">{html.escape(label)}{load}{caption}</td></tr></table>'
        )

    # Break only text between tags: a long URL inside an attribute must stay whole.
    pieces = re.split(r"(<[^>]*>)", _IMG_TAG.sub(replace, body_html))
    return "".join(p if p.startswith("<") else _LONG_WORD.sub(_breakable, p) for p in pieces)


def article_page(
    article: Article, conversion: Conversion | None, loaded: dict[str, str], printing: bool
) -> str:
    """The article as HTML; its title and body (text only, never markup) in the chosen
    script. The meta line (source, date, link) stays as the library names it. On paper
    (``printing``) the link is its address written out, and blocked images their captions:
    a page with no words of the app's. ``loaded``: remote image URL -> its loaded image."""
    title, body_html = article.title, article.html
    if conversion is not None:
        title, body_html = conversion.text(title), conversion.html(body_html)
    meta = [html.escape(article.source)] if article.source else []
    if article.author:
        meta.append(html.escape(article.author))
    # The feed's own categories and tags, where they say more than the source does.
    filed = [c for c in dict.fromkeys((*article.categories, *article.tags)) if c != article.source]
    if filed:
        meta.append(html.escape(" › ".join(filed)))
    if article.published:
        meta.append(html.escape(format_datetime(article.published, zone=True)))
    if article.url and not printing:
        words = tr("Open original")  # (lupdate does not look inside f-strings)
        meta.append(f'<a href="{html.escape(article.url)}">{html.escape(words)}</a>')
    address = f"<br>{html.escape(article.url)}" if article.url and printing else ""
    text = conversion.text if conversion is not None else str
    body = render_body(body_html, loaded, article.remote_images, text, printing)
    return (
        f"<html><body><h1 class='title'>{html.escape(title)}</h1>"
        f"<p class='meta'>{' · '.join(meta)}{address}</p>{body}</body></html>"
    )


def story_size(articles: int, outlets: int) -> str:
    """ "3 articles from 2 outlets", each count with its own plural form."""
    return tr("%Ln article(s)", None, articles) + " " + tr("from %Ln outlet(s)", None, outlets)


def story_page(
    line: StoryTimeline, expanded: frozenset[str] = frozenset(), text: Callable[[str], str] = str
) -> str:
    """The timeline page (everything escaped: titles and sentences come from the files);
    the reports in ``expanded`` show every sentence they add. ``text`` shows the articles'
    words (titles, outlets, sentences) in the reader's script."""
    e = html.escape
    s = line.summary
    first = line.entries[0].article if line.entries else None
    parts = [
        f"<h1 class='title'>{e(text(s.title))}</h1>",
        "<p class='meta'>"
        + e(f"{story_size(s.size, len(s.sources))} · {format_span(s.first, s.last)}")
        + "</p>",
    ]
    if first is not None:
        parts.append(
            "<p>" + e(tr("First reported by {source}, {when}.", source=text(first.source),
                         when=format_datetime(first.published, zone=True))) + "</p>"
        )  # fmt: skip
    for entry in line.entries:
        a = entry.article
        heading = f"{format_datetime(a.published)} · {text(a.source)} — {text(a.title)}"
        parts.append(f"<h3><a href='{ARTICLE_SCHEME}:{e(a.id)}'>{e(heading)}</a></h3>")
        whole = a.id in expanded
        parts.extend(f"<p>{e(text(said))}</p>" for said in (entry.adds if whole else entry.new))
        notes = []
        if entry.more_new and not whole:
            more = e(tr("%Ln more new sentence(s)", None, entry.more_new))
            parts.append(f"<p class='meta'><a href='{MORE_SCHEME}:{e(a.id)}'>{more}</a></p>")
        if entry.told:
            notes.append(tr("%Ln sentence(s) told by an earlier report", None, entry.told))
        if not entry.adds:
            notes.insert(0, tr("Nothing the earlier reports did not say."))
        if notes:
            parts.append(f"<p class='meta'>{e(' · '.join(notes))}</p>")
    return "".join(parts)

"""Which elements of a feed's HTML the sanitizer removes, and how far a removal reaches.

A removal never takes text a browser would show (issue 20): text after an ``<embed>`` or an
unclosed ``<aside>`` was lost from the viewer and the index, and ``check`` said nothing.

- ``HIDDEN`` elements are dropped with everything in them: no browser shows their content
  (script and style text, a template, a text box's prefilled text, the document's title).
- ``VOID_DROPS`` hold nothing in HTML. libxml2 (2.14) still makes ``<embed>``, ``<source>``
  and ``<track>`` hold whatever follows them: the element goes, what it was given stays.
- ``BOUNDED_DROPS``, and boilerplate recognised by its id or class, are dropped with their
  content only as far as their own end tag: a parser makes an unclosed one hold the rest of
  the document (a browser shows it there), so an unclosed one is unwrapped and its text kept.
  Whether the end tag closed the element is read from libxml2's own tree: each such end tag
  in the source is followed by an empty marker element (``end_mark``) before parsing, and the
  element was closed by it exactly when the marker is its next sibling (an end tag libxml2
  ignored leaves the marker inside; one that closed it early, elsewhere). Boilerplate's end
  tags get markers only once the first parse has found some that may hold the rest of its
  parent (then the source is parsed again): 0.6% of real files.
"""

from __future__ import annotations

import re

HIDDEN = frozenset({"script", "style", "template", "textarea", "head", "title", "frameset"})
VOID_DROPS = frozenset(
    {"embed", "source", "track", "input", "meta", "link", "base", "frame", "param", "keygen"}
)
BOUNDED_DROPS = frozenset(
    {"aside", "nav", "form", "button", "object", "applet", "noscript", "canvas", "select",
     "svg", "math"}
)  # fmt: skip
# Every element removed with its content when closed (kept for the name other modules know).
DROP_WITH_CONTENT = HIDDEN | BOUNDED_DROPS

END_MARK = "reader-end-"  # END_MARK + tag: the marker after that tag's end tag


def end_mark(tag: str) -> str:
    return END_MARK + tag


def is_end_mark(tag: object) -> bool:
    return isinstance(tag, str) and tag.startswith(END_MARK)


_BOILERPLATE_IDS = (
    "dfp-ad", "innity", "cx_paywall", "outbrain", "NextPrevious", "taboola", "google_ads",
    "div-gpt-ad", "ad-",
)  # fmt: skip
_BOILERPLATE_CLASSES = (
    "dfp-", "cx_paywall", "appendQr", "article-editor", "article-share", "share-", "social-",
    "newspost-holder", "settings-tray", "outbrain", "adsbygoogle", "advert", "ad-slot",
    "ad-container", "sharedaddy", "jp-relatedposts",
)  # fmt: skip
_BOILERPLATE_ID = re.compile("^(" + "|".join(_BOILERPLATE_IDS) + ")", re.I)
_BOILERPLATE_CLASS = re.compile("^(" + "|".join(_BOILERPLATE_CLASSES) + ")", re.I)
# Elements boilerplate comes in: once a document has one (by id or class) that may hold the
# rest of its parent, the end tags of all of these get markers (the source is parsed again).
BOILERPLATE_HOLDERS = frozenset(
    {"div", "section", "ul", "ol", "li", "ins", "span", "p", "table", "figure", "header",
     "footer", "article", "a", "small", "center"}
)  # fmt: skip


def is_boilerplate(ident: str | None, classes: str | None) -> bool:
    if ident and _BOILERPLATE_ID.match(ident):
        return True
    return classes is not None and any(_BOILERPLATE_CLASS.match(c) for c in classes.split())


# Structure bounds, so that nothing downstream can be made slow by nesting (issue 11):
# - Elements nested deeper than MAX_DEPTH below <body> are unwrapped; their text, images and
#   line breaks stay. The deepest real article nests 35 levels. Beyond 255 levels libxml2 stops
#   parsing (text after that point was lost from the index), html5ever/nh3 and Qt's HTML import
#   get quadratic (10,000 nested divs: 13.6 s to clean, the GUI frozen 8.4 s).
# - Tables nested deeper than MAX_TABLE_NESTING become plain blocks: QTextBrowser's layout time
#   doubles per nested table (16 levels: 0.46 s, 20: 17.8 s, 23: >150 s). No real article nests
#   tables at all.
MAX_DEPTH = 64
MAX_TABLE_NESTING = 4
TABLE_PARTS = frozenset(
    {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"}
)
# Elements whose start or end separates text: kept as a line break when they are unwrapped.
BREAKING = frozenset(
    {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figcaption", "figure", "table", "ul", "ol", "dl", "dd", "dt", "hr",
        "caption", "section", "article", "header", "footer", "main", "address", "details",
        "summary", "center", "tbody", "thead", "tfoot", "hgroup", "fieldset", "legend",
    }
)  # fmt: skip

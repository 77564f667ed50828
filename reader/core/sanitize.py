"""Turn hostile feed HTML into a small, safe, readable subset.

Two stages: one pass over an lxml tree removes boilerplate and rewrites images and links, then
nh3 enforces a strict allowlist (nh3 is the only allowlist: the first stage never decides what
is safe). Remote images are never left in a loadable ``src``: their real URL moves to
``data-remote-src`` and the viewer decides (per article, on the user's request) to load them.

The first stage was BeautifulSoup with seven whole-tree ``find_all`` passes: 72% of parse time
on the real corpus. One ``iterwalk`` over lxml's own tree gives the same text and images on all
23,922 real files (``python -m bench.sanitize_equivalence``) in a fraction of the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
import nh3
from lxml import etree

REMOTE_SRC_ATTR = "data-remote-src"

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
        "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
        "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {REMOTE_SRC_ATTR, "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
    "*": {"lang", "dir"},
}
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Whole subtrees dropped, text included (nh3 otherwise keeps the text of removed tags).
DROP_WITH_CONTENT = frozenset(
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "form", "button",
        "input", "select", "textarea", "svg", "math", "head", "title", "meta", "link", "base",
        "canvas", "frameset", "frame", "nav", "aside", "source", "track",
    }
)  # fmt: skip
_BOILERPLATE_ID = re.compile(
    r"^(dfp-ad|innity|cx_paywall|outbrain|NextPrevious|taboola|google_ads|div-gpt-ad|ad-)", re.I
)
_BOILERPLATE_CLASS = re.compile(
    r"^(dfp-|cx_paywall|appendQr|article-editor|article-share|share-|social-|newspost-holder|"
    r"settings-tray|outbrain|adsbygoogle|advert|ad-slot|ad-container|sharedaddy|jp-relatedposts)",
    re.I,
)
_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url")
_IMG_KEEP_ATTRS = frozenset({"alt", "title", "width", "height"})
_EMPTY_BLOCKS = frozenset({"p", "div", "span", "section", "li", "figure", "strong", "b", "em"})
_WESERV_HOSTS = frozenset({"images.weserv.nl", "wsrv.nl"})
# Characters RFC 3986 never allows raw in a URL: their presence means markup, not an address.
_INVALID_URL_CHARS = re.compile(r"[<>\"'`\\{}^\x00-\x1f]")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_HTTP = re.compile(r"^https?://", re.I)
# libxml2 drops comments and processing instructions while parsing: no pass needed for them.
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


@dataclass(frozen=True)
class SanitizedHtml:
    html: str
    remote_images: tuple[str, ...]
    removed_images: frozenset[str]  # image URLs that only appeared in removed boilerplate


def _absolute_http_url(raw: str | None, base: str | None) -> str | None:
    """Resolve protocol-relative/relative URLs; keep only http(s)."""
    if not raw:
        return None
    url = raw.strip().replace("\n", "").replace("\t", "").replace(" ", "%20")
    if not url or url.startswith("#") or _INVALID_URL_CHARS.search(url):
        return None
    if url.startswith("//"):
        url = "https:" + url
    elif base and not _SCHEME.match(url):
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def unwrap_image_proxy(url: str) -> str:
    """``https://images.weserv.nl/?url=...`` -> the proxied image's own URL."""
    parts = urlsplit(url)
    if parts.netloc.lower() in _WESERV_HOSTS:
        target = parse_qs(parts.query).get("url", [""])[0].strip()
        if target:
            if target.startswith("//"):
                return "https:" + target
            if not re.match(r"^https?://", target, re.I):
                return "https://" + target.lstrip("/")
            return target
    return url


def _is_boilerplate(ident: str | None, classes: str | None) -> bool:
    if ident and _BOILERPLATE_ID.match(ident):
        return True
    return classes is not None and any(_BOILERPLATE_CLASS.match(c) for c in classes.split())


def _image_source(img: etree._Element, base: str | None) -> str | None:
    for attr in (*_LAZY_ATTRS, "src"):
        value = img.get(attr)
        if value is not None and not value.strip().lower().startswith("data:"):
            url = _absolute_http_url(value, base)
            if url:
                return unwrap_image_proxy(url)
    return None


def _link_filter(tag: str, attr: str, value: str) -> str | None:
    """nh3 attribute filter: a last check that no URL attribute can act locally."""
    if attr == "href":
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        return value if scheme in SAFE_LINK_SCHEMES else None
    if attr == REMOTE_SRC_ATTR:
        return value if _HTTP.match(value) else None
    return value


def _remove(el: etree._Element, text: str = "") -> None:
    """Remove ``el`` and its subtree; ``text`` and the text after it stay where it was."""
    parent = el.getparent()
    if parent is None:
        return
    text += el.tail or ""
    if text:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    parent.remove(el)


def _iframe_link(frame: etree._Element, src: str) -> None:
    """Replace an embed with a plain link to it (the user opens it in the browser)."""
    para = etree.Element("p")
    link = etree.SubElement(para, "a", href=src)
    link.text = "▶ " + (urlsplit(src).netloc or src)
    para.tail = frame.tail
    parent = frame.getparent()
    if parent is not None:
        parent.replace(frame, para)


@dataclass
class _Cleaned:
    remote: list[str]
    removed: set[str]


def _clean_tree(body: etree._Element, base: str | None) -> _Cleaned:
    """One walk over the tree; every change is recorded and applied after the walk.

    Rules (unchanged from the BeautifulSoup passes, applied in the same precedence):
    drop-with-content tags, then boilerplate (its images count as removed), then iframes become
    links, images move to data-remote-src (or become their alt text), links resolve to http(s),
    and finally empty blocks (no text, no image, after all of the above) go.
    """
    remote: list[str] = []
    removed: set[str] = set()
    drops: list[etree._Element] = []
    alt_texts: list[tuple[etree._Element, str]] = []
    frames: list[tuple[etree._Element, str]] = []
    # Per open element: does its subtree keep text or an image? (None: it is being dropped.)
    content: list[bool | None] = []
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            has = content.pop()
            if has is None:
                has = False
            elif not has and tag in _EMPTY_BLOCKS:
                drops.append(el)
            if content:
                tail = el.tail
                if has or (tail and not tail.isspace()):
                    content[-1] = True
            continue
        if el is body:
            content.append(False)
            continue
        if not isinstance(tag, str):  # an entity reference or similar: keep as is
            content.append(False)
            walker.skip_subtree()
            continue
        if tag in DROP_WITH_CONTENT:
            drops.append(el)
            content.append(None)
            walker.skip_subtree()
            continue
        if _is_boilerplate(el.get("id"), el.get("class")):
            for img in el.iterdescendants("img"):
                src = _image_source(img, base)
                if src:
                    removed.add(src)
            drops.append(el)
            content.append(None)
            walker.skip_subtree()
            continue
        text = el.text
        has_text = bool(text and not text.isspace())
        if tag == "iframe":
            src = _absolute_http_url(el.get("src") or el.get("data-src"), base)
            walker.skip_subtree()
            if src:
                frames.append((el, src))
                content.append(True)
            else:
                drops.append(el)
                content.append(None)
            continue
        if tag == "img":
            src = _image_source(el, base)
            attrib = el.attrib
            for attr in [a for a in attrib if a not in _IMG_KEEP_ATTRS]:
                del attrib[attr]
            if src:
                attrib[REMOTE_SRC_ATTR] = src
                if src not in remote:
                    remote.append(src)
                content.append(True)
            elif alt := el.get("alt"):
                alt_texts.append((el, alt))
                content.append(not alt.isspace())
            else:
                drops.append(el)
                content.append(None)
            continue
        if tag == "a":
            href = el.get("href")
            if href is not None and href.strip().lower().startswith("mailto:"):
                pass
            elif resolved := _absolute_http_url(href, base):
                el.set("href", resolved)
            elif href is not None:
                del el.attrib["href"]
        content.append(has_text)
    for el, alt in alt_texts:
        _remove(el, alt)
    for el, src in frames:
        _iframe_link(el, src)
    for el in drops:
        _remove(el)
    return _Cleaned(remote, removed)


def _serialize_children(body: etree._Element) -> str:
    body.attrib.clear()  # so the wrapper is exactly "<body>" ... "</body>"
    out = etree.tostring(body, encoding="unicode", method="html", with_tail=False)
    return out[len("<body>") : -len("</body>")] if out.startswith("<body>") else ""


def _parse_body(html: str) -> etree._Element | None:
    if not html.strip():
        return None
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER)
    except etree.ParserError:  # nothing but blank text or comments
        return None
    return root.find("body")


def sanitize_html(html: str, base_url: str | None = None) -> SanitizedHtml:
    """Sanitize an article body; ``base_url`` resolves relative links and images."""
    body = _parse_body(html)
    if body is None:
        return SanitizedHtml("", (), frozenset())
    cleaned = _clean_tree(body, base_url)
    fragment = _serialize_children(body)
    clean = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(SAFE_LINK_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        attribute_filter=_link_filter,
    )
    clean = re.sub(r"\n{3,}", "\n\n", clean).strip()
    remote = cleaned.remote
    return SanitizedHtml(clean, tuple(remote), frozenset(cleaned.removed - set(remote)))

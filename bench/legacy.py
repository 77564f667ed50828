"""The parse path as it was before the one-pass rewrite, kept verbatim (commit d6cce84) so that
``bench.sanitize_equivalence`` and ``bench.parse_floor`` run old and new in the same run: the
BeautifulSoup sanitizer (reader/core/sanitize.py), the text extraction (text.py) and the term
counting of prepare_article (search/fold.py's term_counts).

Not used by the application. Needs beautifulsoup4.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qs, urljoin, urlsplit

import lxml.html
import nh3
from bs4 import BeautifulSoup, Comment, Tag

from reader.core.search.fold import TOKEN_RE, bigram_term, is_cjk

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
_EMPTY_BLOCKS = ("p", "div", "span", "section", "li", "figure", "strong", "b", "em")
_WESERV_HOSTS = frozenset({"images.weserv.nl", "wsrv.nl"})
# Characters RFC 3986 never allows raw in a URL: their presence means markup, not an address.
_INVALID_URL_CHARS = re.compile(r"[<>\"'`\\{}^\x00-\x1f]")


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
    elif base and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url):
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


def _is_boilerplate(tag: Tag) -> bool:
    ident = tag.get("id")
    if isinstance(ident, str) and _BOILERPLATE_ID.match(ident):
        return True
    classes: list[str] = tag.get("class") or []  # type: ignore[assignment]
    return any(_BOILERPLATE_CLASS.match(c) for c in classes if isinstance(c, str))


def _image_source(img: Tag, base: str | None) -> str | None:
    for attr in (*_LAZY_ATTRS, "src"):
        value = img.get(attr)
        if isinstance(value, str) and not value.strip().lower().startswith("data:"):
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
        return value if re.match(r"^https?://", value, re.I) else None
    return value


def _clean_tree(soup: BeautifulSoup, base: str | None) -> tuple[list[str], set[str]]:
    removed_images: set[str] = set()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(list(DROP_WITH_CONTENT)):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        if tag.decomposed:
            continue
        for img in tag.find_all("img"):
            src = _image_source(img, base)
            if src:
                removed_images.add(src)
        tag.decompose()
    for frame in soup.find_all("iframe"):
        src = _absolute_http_url(frame.get("src") or frame.get("data-src"), base)  # type: ignore[arg-type]
        if src:
            para = soup.new_tag("p")
            link = soup.new_tag("a", href=src)
            link.string = "▶ " + (urlsplit(src).netloc or src)
            para.append(link)
            frame.replace_with(para)
        else:
            frame.decompose()
    remote: list[str] = []
    for img in soup.find_all("img"):
        src = _image_source(img, base)
        for attr in list(img.attrs):
            if attr not in ("alt", "title", "width", "height"):
                del img[attr]
        if src:
            img[REMOTE_SRC_ATTR] = src
            if src not in remote:
                remote.append(src)
        elif img.get("alt"):
            img.replace_with(str(img.get("alt")))
        else:
            img.decompose()
    for link in soup.find_all("a"):
        href = link.get("href")
        if isinstance(href, str) and href.strip().lower().startswith("mailto:"):
            continue
        resolved = _absolute_http_url(href if isinstance(href, str) else None, base)
        if resolved:
            link["href"] = resolved
        elif link.has_attr("href"):
            del link["href"]
    # Empty paragraphs/wrappers left by scrapers and by the removals above.
    for tag in reversed(soup.find_all(list(_EMPTY_BLOCKS))):
        if not tag.get_text(strip=True) and tag.find("img") is None and not tag.decomposed:
            tag.decompose()
    return remote, removed_images


def sanitize_html(html: str, base_url: str | None = None) -> SanitizedHtml:
    """Sanitize an article body; ``base_url`` resolves relative links and images."""
    soup = BeautifulSoup(html, "lxml")
    remote, removed = _clean_tree(soup, base_url)
    body = soup.body
    fragment = body.decode_contents() if body is not None else ""
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
    return SanitizedHtml(clean, tuple(remote), frozenset(removed - set(remote)))


# text.py
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


# search/fold.py
def term_counts(folded: str) -> Counter[str]:
    """Index terms of folded text: each CJK character, each CJK bigram (hashed), and whole
    words of other scripts (Latin, digits, Greek, Cyrillic...)."""
    counts: Counter[str] = Counter()
    for run in TOKEN_RE.findall(folded):
        if is_cjk(run[0]):
            counts.update(run)
            if len(run) > 1:
                counts.update([bigram_term(run[i : i + 2]) for i in range(len(run) - 1)])
        else:
            counts[run] += 1
    return counts

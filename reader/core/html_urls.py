"""Addresses in an article: made absolute (relative and protocol-relative ones against the
article's URL), kept only when http(s) with a host, lazy-loaded and proxied images resolved to
the image's own address."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree

_LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url")
_WESERV_HOSTS = frozenset({"images.weserv.nl", "wsrv.nl"})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
INVALID_URL_CHARS = re.compile(r"[<>\"'`\\{}^\x00-\x1f]")


def absolute_http_url(raw: str | None, base: str | None) -> str | None:
    """Resolve protocol-relative/relative URLs; keep only http(s)."""
    if not raw:
        return None
    url = raw.strip().replace("\n", "").replace("\t", "").replace(" ", "%20")
    if not url or url.startswith("#") or INVALID_URL_CHARS.search(url):
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


def image_source(img: etree._Element, base: str | None) -> str | None:
    for attr in (*_LAZY_ATTRS, "src"):
        value = img.get(attr)
        if value is not None and not value.strip().lower().startswith("data:"):
            url = absolute_http_url(value, base)
            if url:
                target = unwrap_image_proxy(url)
                # A proxied address with raw markup or control characters (%01 in ?url=) is no
                # address: keep the proxy's own URL, which was checked.
                return url if INVALID_URL_CHARS.search(target) else target
    return None

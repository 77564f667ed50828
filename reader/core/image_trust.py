"""Which remote images load without asking: the image sources the user trusted, per source.

"Always for <source>" once trusted the file's own ``author:`` field, so a hostile file that
claimed ``author: BBC中文`` got its tracking image loaded. Then the choice was recorded as the
hosts of the images the user was looking at; but several outlets serve their images through
hosts that relay or store images for anyone: open image proxies (``i0.wp.com/<any host>/…``,
``images.weserv.nl/?url=<any URL>``, thumbor's ``/unsafe/…/https://…``) and shared CDNs
(``cdn.jsdelivr.net``, ``1.bp.blogspot.com``, ``cdn-images-1.medium.com``…). Trusting such a
host trusted ``i0.wp.com/attacker.example/pixel.png?…`` too.

So a rule is a *trust key*, an image URL's host and path prefix that says whose image it is:
the host alone for a source's own host (``static.zaobao.com``); through a relay, the relay and
the key of the URL it relays (``i0.wp.com/www.iyouport.org``, ``images.weserv.nl?url=
gdb.voanews.com``); on a shared CDN, the prefix that names the owner where there is one
(``cdn.jsdelivr.net/gh/user/repo``), else the image's whole path (that image alone). No
maintained list of such hosts exists as a package (the Public Suffix List names shared
*domains* such as blogspot.com, not relays such as i0.wp.com): relays are found by the URL they
carry, and the shared CDNs met in the corpus are listed below. An image loads without asking
only when its key is one the user trusted for that source; a bare host trusted before this
(``i0.wp.com``) is never the key of a relayed or shared image, so it stops covering them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit

# Hosts where anyone's images live, with how many leading path segments name the owner (0:
# none do; the key is then the image's own path). Relays that carry the origin in the URL need
# no entry: they are found by the URL or host they carry.
SHARED_HOSTS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), owner)
    for pattern, owner in (
        (r"\d+\.bp\.blogspot\.com", 0),
        (r"[a-z0-9-]+\.googleusercontent\.com", 0),
        (r"cdn-images-\d+\.medium\.com", 0),
        (r"miro\.medium\.com", 0),
        (r"assets\.matters\.news", 0),
        (r"mmbiz\.qpic\.cn", 0),
        (r"i\.imgur\.com", 0),
        (r"pbs\.twimg\.com", 0),
        (r"images\.weserv\.nl|wsrv\.nl", 0),  # without a url= they carry: that image only
        (r"i\d+\.wp\.com", 0),  # without a host in the path: that image only
        (r"s\.w\.org", 0),
        (r"raw\.githubusercontent\.com", 2),  # /user/repo
        (r"cdn\.jsdelivr\.net", -1),  # /gh/user/repo, /npm/pkg, /npm/@scope/pkg
    )
)
_HOSTNAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)
_EMBEDDED_URL = re.compile(r"https?(?::|%3a)(?:/|%2f){2}", re.IGNORECASE)
_WP_PROXY = re.compile(r"i\d+\.wp\.com")
MAX_DEPTH = 4  # relays within relays


def image_host(url: str) -> str:
    """The lower-cased host of an http(s) URL ("" for anything else)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https"):
        return ""
    return (parts.hostname or "").lower()


def _shared_owner_segments(host: str) -> int | None:
    for pattern, owner in SHARED_HOSTS:
        if pattern.fullmatch(host):
            return owner
    return None


def _jsdelivr_owner(segments: list[str]) -> int:
    """/gh/user/repo@version/…, /npm/pkg@version/…, /npm/@scope/pkg/…: the owner's part."""
    if segments[:1] == ["gh"]:
        return 3
    if segments[:1] == ["npm"]:
        return 3 if len(segments) > 1 and segments[1].startswith("@") else 2
    return 0


def trust_key(url: str, _depth: int = 0) -> str:
    """Whose image ``url`` is, as a host and path prefix ("" for anything but http(s))."""
    host = image_host(url)
    if not host or _depth > MAX_DEPTH:
        return ""
    parts = urlsplit(url)
    if _WP_PROXY.fullmatch(host):
        host = "i0.wp.com"  # i0, i1, i2… are one proxy
    segments = [s for s in parts.path.split("/") if s]
    # A relay carrying a URL in its query (weserv: ?url=gdb.voanews.com/… or ?url=https://…)
    for name, value in parse_qsl(parts.query):
        carried = value if _EMBEDDED_URL.match(value) else None
        if carried is None and _HOSTNAME.match(value) and "/" in value:
            carried = "https://" + value
        if carried is not None:
            inner_key = trust_key(carried, _depth + 1)
            return f"{host}?{name}={inner_key}" if inner_key else _exact(host, parts.path)
    # …or a whole URL in its path (thumbor's /unsafe/…/https://…, substack's fetch/…/https%3A…)
    found = _EMBEDDED_URL.search(parts.path)
    if found:
        inner_key = trust_key(unquote(parts.path[found.start() :]), _depth + 1)
        return f"{host}/{inner_key}" if inner_key else _exact(host, parts.path)
    if _EMBEDDED_URL.search(parts.query):  # a URL in a query we could not take apart
        return _exact(host, parts.path) + "?" + parts.query
    # A relay carrying a host as its first path segment (i0.wp.com/www.iyouport.org/…):
    if len(segments) > 1 and _HOSTNAME.fullmatch(segments[0]):
        rest = "/".join(segments[1:])
        inner_key = trust_key(f"https://{segments[0]}/{rest}", _depth + 1)
        return f"{host}/{inner_key}"
    owner = _shared_owner_segments(host)
    if owner is None:
        return host  # a source's own host
    if owner < 0:
        owner = _jsdelivr_owner(segments)
    if owner and len(segments) > owner:
        named = segments[:owner]
        named[-1] = named[-1].split("@", 1)[0] if owner > 1 else named[-1]  # any version
        return f"{host}/{'/'.join(named)}"
    return _exact(host, parts.path)


def _exact(host: str, path: str) -> str:
    """That one image (a shared host with no owner in its URL)."""
    return f"{host}{path or '/'}"


def hosts_of(urls: Iterable[str]) -> list[str]:
    """The trust keys of ``urls`` (a source's own host is its key)."""
    return sorted({key for url in urls if (key := trust_key(url))})


def trusted_images(
    source: str, urls: Sequence[str], hosts_by_source: Mapping[str, Sequence[str]]
) -> list[str]:
    """The images of an article that may load without asking."""
    keys = set(hosts_by_source.get(source, ()))
    return [url for url in urls if keys and trust_key(url) in keys]


def trust(
    hosts_by_source: Mapping[str, Sequence[str]], source: str, urls: Iterable[str]
) -> dict[str, list[str]]:
    """The rules with the trust keys of ``urls`` added for ``source``."""
    rules = {name: list(hosts) for name, hosts in hosts_by_source.items()}
    rules[source] = sorted(set(rules.get(source, [])) | set(hosts_of(urls)))
    return rules

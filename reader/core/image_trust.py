"""Which remote images load without asking: the image hosts the user trusted, per source.

"Always for <source>" once trusted the file's own ``author:`` field, so a hostile file that
claimed ``author: BBC中文`` got its tracking image loaded. The user's choice is now recorded as
the hosts of the images they were looking at when they chose; a later article of that source
loads only images from those hosts, and anything else stays blocked until asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit


def image_host(url: str) -> str:
    """The lower-cased host of an http(s) URL ("" for anything else)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https"):
        return ""
    return (parts.hostname or "").lower()


def hosts_of(urls: Iterable[str]) -> list[str]:
    return sorted({host for url in urls if (host := image_host(url))})


def trusted_images(
    source: str, urls: Sequence[str], hosts_by_source: Mapping[str, Sequence[str]]
) -> list[str]:
    """The images of an article that may load without asking."""
    hosts = set(hosts_by_source.get(source, ()))
    return [url for url in urls if hosts and image_host(url) in hosts]


def trust(
    hosts_by_source: Mapping[str, Sequence[str]], source: str, urls: Iterable[str]
) -> dict[str, list[str]]:
    """The rules with the hosts of ``urls`` added for ``source``."""
    rules = {name: list(hosts) for name, hosts in hosts_by_source.items()}
    rules[source] = sorted(set(rules.get(source, [])) | set(hosts_of(urls)))
    return rules

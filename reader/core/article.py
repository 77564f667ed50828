"""The immutable Article record and its stable id rule."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from reader.core.problems import Problem

# Where a sanitized body keeps each remote image's address (never ``src``: nothing loads it by
# itself). Here, with the record, so the window reads bodies without importing the sanitizer.
REMOTE_SRC_ATTR = "data-remote-src"


def normalize_url(url: str) -> str:
    """Scheme and host lower-cased, fragment and trailing slash dropped, http == https."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", parts.netloc.lower(), path, parts.query, ""))


def article_id(url: str | None, title: str, text: str) -> str:
    """Stable id: from the source URL when there is one, else from title + text.

    The id never depends on the file's path or name, so it survives moves, renames and index
    rebuilds. Re-scrapes of the same URL share one id (they are the same article).
    """
    if url:
        key = "url\n" + normalize_url(url)
    else:
        key = "text\n" + " ".join(title.split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: Path
    title: str
    source: str
    published: datetime | None  # timezone-aware UTC
    url: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    lead_image: str | None
    html: str  # sanitized body; remote images in REMOTE_SRC_ATTR, never loaded by default
    text: str  # plain text of the body for indexing
    remote_images: tuple[str, ...] = ()
    size: int = 0
    mtime_ns: int = 0
    content_hash: str = ""  # sha1 of the raw file bytes
    warnings: tuple[Problem, ...] = field(default=())  # parsed, with these problems
    author: str = ""  # a person, when the feed names one apart from the outlet (``source``)
    # How the file dates itself, for citations (reader/core/citations/dating.py):
    date_offset: int | None = None  # minutes east of UTC its date was written with (not UTC)
    stamp: datetime | None = None  # the feed scraper's <!--epoch-ms--> comment (UTC)

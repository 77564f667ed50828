"""Parse one article file (any of the feed styles in seeds/ and the real corpus).

A problem or warning is a machine word (``kind``, English, for scripts and tallies) and a
sentence for people (``message``, translated where it is made).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml
from frontmatter.default_handlers import YAMLHandler
from yaml.constructor import SafeConstructor

from reader.core import parse_budget as budget_module
from reader.core.article import Article, article_id
from reader.core.dates import from_epoch, parse_date, written_offset
from reader.core.decode import MAX_FILE_BYTES, DecodeProblem, decode_article_bytes
from reader.core.furniture import drop_lead_furniture
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.parse_budget import OverBudget, parse_budget
from reader.core.problems import Problem
from reader.core.sanitize import sanitize_html
from reader.core.storage import reason_of
from reader.core.text import html_to_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_EPOCH_COMMENT = re.compile(r"\A\s*<!--\s*(\d{10,13})\s*-->[ \t]*\n?")
_HEADING = re.compile(r"\A\s*\[(?P<title>[^\n]*)\]\((?P<url>[^\s)]*)\)[ \t]*\n-{3,}[ \t]*(?:\n|\Z)")
_DATE_LINE = re.compile(r"\A\s*日期[：:][ \t]*(?P<date>[^\n]+)\n?")
_FILE_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2}-|\d+[_-])")
_IMAGE_KEYS = ("headimg", "image", "cover", "thumbnail", "lead_image")
_URL_KEYS = ("from", "url", "link", "source_url", "original")
# Where a date was written, for "invalid-date" messages (translated where said).
_EPOCH_LINE = QT_TR_NOOP("the <!--epoch--> line")
_DATE_LINE_NAME = QT_TR_NOOP("the 日期 line")
_FRONT_MATTER_DATE = QT_TR_NOOP("the front matter date")
Note = tuple[str, str]  # (kind, message): a warning before it is a Problem


# Front matter is bounded before anything walks it. Aliases may add this many values to what
# the text writes out: the 369-byte alias bomb of issue 20 (``date: *i`` over nine levels of
# nine aliases, 9**9 values) took 49.5 s and 5.9 GB before a MemoryError, in the indexer,
# ``check`` and ``show``, when the date's words were made for its warning. Real front matter
# uses no aliases at all. A top-level key whose value goes past the bound (or refers to
# itself) is left out, with a warning; the rest of the front matter stays.
MAX_ALIAS_VALUES = 10_000
# An integer longer than this (in any base) stays text: Python refuses to convert one of over
# 4,300 digits, and the ValueError cost the whole article (``parser-error``, issue 20).
MAX_INT_CHARS = 100
# One-line metadata is laid out by Qt in time quadratic in its longest word: a 200,000-letter
# title froze the window 13-19 s (issue 20). The longest real title has 147 characters, the
# most categories and tags of a real article are a few; longer ones are cut, with a warning.
MAX_TITLE_CHARS = 1_000
MAX_LABEL_CHARS = 200
MAX_LABELS = 100


class _FrontMatterLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """The safe loader, bounded (aliases, integers), and a timestamp that is no date
    (``2021-13-45``, year 0) stays a string: PyYAML raised ValueError for it and the whole
    article was lost. ``notes`` receives a warning for each key left out."""

    def __init__(self, stream: str, notes: list[Note] | None = None) -> None:
        super().__init__(stream)
        self.notes: list[Note] = notes if notes is not None else []
        self.aliases = "*" in stream  # without an alias, nothing is expanded (a 6% saving)

    def construct_document(self, node: yaml.Node) -> Any:
        if not self.aliases:
            return super().construct_document(node)
        sizes = _expanded_sizes(node)
        budget = len(sizes) + MAX_ALIAS_VALUES
        if isinstance(node, yaml.MappingNode):
            kept, left_out, total = [], [], 1
            for key, value in node.value:
                size = sizes[id(key)] + sizes[id(value)]
                if total + size > budget:
                    left_out.append(key)
                    continue
                kept.append((key, value))
                total += size
            node.value = kept
            if left_out:
                names = ", ".join(_key_name(key) for key in left_out[:5])
                names += ", …" if len(left_out) > 5 else ""
                said = tr("front matter {keys} ignored: aliases make it more than {limit:,}"
                          " values", keys=names, limit=MAX_ALIAS_VALUES)  # fmt: skip
                self.notes.append(("invalid-yaml", said))
        elif sizes[id(node)] > budget:
            raise yaml.YAMLError(
                tr("aliases make it more than {limit:,} values", limit=MAX_ALIAS_VALUES)
            )
        return super().construct_document(node)


def _key_name(key: yaml.Node) -> str:
    value = key.value if isinstance(key, yaml.ScalarNode) else "?"
    return repr(" ".join(str(value).split())[:40])


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _expanded_sizes(root: yaml.Node) -> dict[int, int]:
    """id(node) -> how many values the node stands for once every alias is expanded (capped
    a little above what any bound asks); one pass over the distinct nodes, without recursion
    (libyaml nests up to 1,000 levels). A node that contains itself counts as the cap."""
    cap = 1 << 62
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            total = 1
            for child in _children(node):
                total = min(cap, total + sizes.get(id(child), cap))  # still open: a cycle
            sizes[key] = total
        elif key not in sizes and key not in open_nodes:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node) if id(c) not in sizes)
    return sizes


def _timestamp_or_text(loader: SafeConstructor, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _int_or_text(loader: SafeConstructor, node: yaml.ScalarNode) -> object:
    if len(str(node.value)) > MAX_INT_CHARS:
        return loader.construct_scalar(node)
    try:
        return loader.construct_yaml_int(node)
    except ValueError:  # a form PyYAML's resolver takes for an integer and cannot convert
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _int_or_text)


class ArticleProblem(Exception):
    """A file that cannot be shown as an article; ``kind`` is a short machine-readable tag."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class _Split:
    meta: dict[str, Any]
    body: str
    warnings: tuple[Note, ...]


def _yaml_reason(exc: yaml.YAMLError) -> str:
    """Where the front matter breaks, and PyYAML's own (English) words for it."""
    words = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return words
    return tr("line {line}, column {column}: {words}", line=mark.line + 1, column=mark.column + 1,
              words=words)  # fmt: skip


def _split_front_matter(text: str) -> _Split:
    stripped = text.lstrip("\ufeff \t\r\n")
    match = _FRONT_MATTER.match(stripped)
    if not match:
        return _Split({}, stripped, ())
    body = stripped[match.end() :]
    notes: list[Note] = []
    try:
        meta = YAMLHandler().load(
            match.group(1), Loader=lambda stream: _FrontMatterLoader(stream, notes)
        )
    except yaml.YAMLError as exc:
        why = tr("front matter ignored ({reason})", reason=_yaml_reason(exc))
        return _Split({}, body, (("invalid-yaml", why),))
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return _Split({}, body, (("invalid-yaml", tr("front matter is not a mapping")),))
    return _Split({str(k): v for k, v in meta.items()}, body, tuple(notes))


def _clean_str(value: object) -> str:
    """One line of text; HTML entities decoded (feeds copy `&#38;` into author names)."""
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(html.unescape(str(value)).split())


def _string_list(value: object) -> tuple[str, ...]:
    items = _as_list(value)
    seen: dict[str, None] = {}
    for item in items:
        text = _clean_str(item)
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _bounded_labels(labels: tuple[str, ...], notes: list[Note]) -> tuple[str, ...]:
    bounded = tuple(_cut(label, MAX_LABEL_CHARS) for label in labels[:MAX_LABELS])
    if bounded != labels:
        said = tr("{n:,} categories and tags: the first {limit} are kept, each cut to"
                  " {chars} characters", n=len(labels), limit=MAX_LABELS,
                  chars=MAX_LABEL_CHARS)  # fmt: skip
        notes.append(("long-metadata", said))
    return bounded


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value] if value else []


def _http_url(value: object) -> str | None:
    text = _clean_str(value)
    if text.startswith("//"):
        text = "https:" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _date_of(
    value: object,
    where: str,
    notes: list[Note],
    parse: Callable[[Any], datetime | None] = parse_date,
) -> datetime | None:
    """A date, or None; a value that is there but is no usable date is said in ``notes``
    (``where``: an English source, translated here)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = parse(value)
    if parsed is None:
        shown = " ".join(str(value).split())[:60]
        said = tr("{where} {value} is not a usable date; it was ignored", where=tr(where),
                  value=repr(shown))  # fmt: skip
        notes.append(("invalid-date", said))
    return parsed


def outlet_and_author(author: str, categories: tuple[str, ...], host: str) -> tuple[str, str]:
    """(outlet, author). Feeds put the outlet in ``author:`` (waimei: 联合早报, Sina: 新浪财经,
    which is also a category) or a person there and the outlet first in ``categories`` (oped2:
    Matters, 中参馆; chinadigitaltimes: 中国数字时代 with 最后领导人 or "unknown" as author).
    In the real corpus 2,000+ files name a person or "unknown": as the source they split one
    outlet into hundreds of "sources"."""
    if author and (author in categories or not categories):
        return author, ""
    if categories:
        person = "" if author.lower() in ("", "unknown", "anonymous") else author
        return categories[0], person
    return host, ""


def _fallback_title(path: Path, url: str | None) -> str:
    """File name without its date prefix; else the URL's last path segment; else the name."""
    stem = " ".join(path.stem.split())
    title = _FILE_DATE_PREFIX.sub("", stem).strip(" -_")
    if not title and url:
        slug = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        title = unquote(slug).replace("-", " ").strip()
    return title or stem


def parse_article_text(
    text: str,
    path: Path,
    *,
    size: int = 0,
    mtime_ns: int = 0,
    content_hash: str = "",
    warnings: tuple[Note, ...] = (),
) -> Article:
    """Parse decoded article text; never raises for odd metadata, only for an empty article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    split = _split_front_matter(text)
    meta, body = split.meta, split.body
    notes = list(warnings) + list(split.warnings)

    epoch: datetime | None = None
    if m := _EPOCH_COMMENT.match(body):
        epoch = _date_of(m.group(1), _EPOCH_LINE, notes, from_epoch)
        body = body[m.end() :]
    heading_title = heading_url = None
    if m := _HEADING.match(body):
        heading_title = " ".join(html.unescape(m.group("title")).split())
        heading_url = _http_url(m.group("url"))
        body = body[m.end() :]
    line_date: datetime | None = None
    line_text = ""
    if m := _DATE_LINE.match(body):
        line_text = m.group("date")
        line_date = _date_of(line_text, _DATE_LINE_NAME, notes)
        body = body[m.end() :]

    url = next((u for k in _URL_KEYS if (u := _http_url(meta.get(k)))), None) or heading_url
    sanitized = sanitize_html(body, url)
    plain = html_to_text(sanitized.html)
    notes.extend(sanitized.notes)

    title = _clean_str(meta.get("title")) or heading_title or _fallback_title(path, url)
    if len(title) > MAX_TITLE_CHARS:
        said = tr("the title has {n:,} characters: the first {limit:,} are shown",
                  n=len(title), limit=MAX_TITLE_CHARS)  # fmt: skip
        notes.append(("long-title", said))
        title = _cut(title, MAX_TITLE_CHARS)
    # The id is of the text as written (stable across what the lead's furniture rules drop).
    id_text, body_html = plain, sanitized.html
    if (trimmed := drop_lead_furniture(body_html, title)) is not None:
        body_html, plain = trimmed, html_to_text(trimmed)
    categories = _string_list(meta.get("categories") or meta.get("category"))
    categories = _bounded_labels(categories, notes)
    tags = _string_list([*_as_list(meta.get("tags")), *sanitized.feed_tags])
    tags = _bounded_labels(tags, notes)
    host = urlsplit(url).netloc.removeprefix("www.") if url else ""
    author_name = _cut(_clean_str(meta.get("author")), MAX_LABEL_CHARS)
    source, author = outlet_and_author(author_name, categories, host)
    stated = _date_of(meta.get("date"), _FRONT_MATTER_DATE, notes)
    published = stated or line_date or epoch
    if published is None and not any(kind == "invalid-date" for kind, _ in notes):
        notes.append(("no-date", tr("no usable date in the file")))
    if not plain and not sanitized.remote_images:
        if not title:
            raise ArticleProblem("no-content", tr("no title and no article text"))
        notes.append(("stub", tr("the body is empty; only the title is known")))

    lead_image = None
    for key in _IMAGE_KEYS:
        candidate = _http_url(meta.get(key))
        if candidate and candidate not in sanitized.removed_images:
            lead_image = candidate
            break
    if lead_image is None and sanitized.remote_images:
        lead_image = sanitized.remote_images[0]

    return Article(
        id=article_id(url, title, id_text),
        path=path,
        title=title,
        source=source,
        author=author,
        published=published,
        url=url,
        categories=categories,
        tags=tags,
        lead_image=lead_image,
        html=body_html,
        text=plain,
        remote_images=sanitized.remote_images,
        size=size,
        mtime_ns=mtime_ns,
        content_hash=content_hash,
        warnings=tuple(Problem(path, kind, message, fatal=False) for kind, message in notes),
        date_offset=written_offset(
            meta.get("date") if stated else line_text if line_date else None
        ),
        stamp=epoch,
    )


def read_article_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[bytes, os.stat_result]:
    """Read a regular file of bounded size, or raise ArticleProblem."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ArticleProblem("unreadable", cannot_stat(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise ArticleProblem("not-a-file", tr("not a regular file"))
    if st.st_size > max_bytes:
        raise ArticleProblem("too-large", tr("{size:,} bytes is over the {limit:,}-byte limit",
                                             size=st.st_size, limit=max_bytes))  # fmt: skip
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleProblem("unreadable", tr("cannot read it: {reason}", reason=reason_of(exc))
                             ) from exc  # fmt: skip
    if len(data) > max_bytes:
        raise ArticleProblem("too-large", tr("grew past the {limit:,}-byte limit while reading",
                                             limit=max_bytes))  # fmt: skip
    return data, st


def cannot_stat(exc: OSError) -> str:
    return tr("cannot open it: {reason}", reason=reason_of(exc))


def parse_article_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Article:
    """Read, decode and parse one file within the parse budget; raises ArticleProblem with a
    clear reason."""
    data, st = read_article_bytes(path, max_bytes)
    try:
        with parse_budget():
            return _parse_bytes(data, st, path)
    except OverBudget as exc:
        if exc.what == "time":
            said = tr("parsing it took more than {s:g} s of processor time; it was skipped",
                      s=budget_module.PARSE_BUDGET_S)  # fmt: skip
            raise ArticleProblem("too-slow", said) from None
        said = tr("parsing it needed more than {mb:,} MB of memory; it was skipped",
                  mb=budget_module.MEMORY_BUDGET_MB)  # fmt: skip
        raise ArticleProblem("too-complex", said) from None


def _parse_bytes(data: bytes, st: os.stat_result, path: Path) -> Article:
    try:
        decoded = decode_article_bytes(data)
    except DecodeProblem as exc:
        raise ArticleProblem(exc.kind, exc.message) from exc
    warnings: tuple[Note, ...] = ()
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        warnings = (("encoding", tr("decoded as {encoding}", encoding=decoded.encoding)),)
    elif decoded.replaced:
        said = tr("%n undecodable byte(s) replaced", None, decoded.replaced)
        warnings = (("encoding", said),)
    return parse_article_text(
        decoded.text,
        path,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        content_hash=hashlib.sha1(data).hexdigest(),
        warnings=warnings,
    )

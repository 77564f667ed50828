"""Bookmarks to and from files: JSON, Markdown and HTML, each with tags and notes, each importable.

Every bookmark's title, note, tags and URL came from an article or an earlier import, so all of
it is hostile text here: a ``javascript:`` URL never becomes a link (only http and https do), a
note's Markdown or HTML is escaped and never becomes markup, and the HTML page forbids scripts
(Content-Security-Policy) besides. The Markdown and HTML exports carry each bookmark whole for
the import, as JSON inside a comment (Markdown) or an attribute (HTML), with ``<``, ``>`` and
``&`` escaped so that it can never end the comment or the attribute.

An import reads only a regular file of bounded size (a FIFO would block for ever), checks each
entry on its own, imports the good ones and says which were skipped and why.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from reader.core.bookmarks import EXPORT_FORMAT, SCHEMA_VERSION, Bookmark
from reader.core.i18n import tr
from reader.core.markdown import blockquote
from reader.core.paths import display_path

# 20,000 bookmarks with notes exported as HTML: 9 MB. A file far beyond that is not an export.
MAX_IMPORT_BYTES = 256 << 20
MARKDOWN_TAG = "reader-bookmark"
HTML_ATTRIBUTE = "data-reader-bookmark"
WEB_SCHEMES = frozenset({"http", "https"})
_MARKDOWN_RECORD = re.compile(r"<!-- " + MARKDOWN_TAG + r" (\{.*?\}) -->")
# Markdown's own characters, and HTML's (a note "<img src=x onerror=…>" stays text).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~&])")
_TEXT_FIELDS = ("title", "source", "note", "created_at")
_OPTIONAL_TEXT_FIELDS = ("published", "url", "path")


@dataclass
class Skipped:
    """An entry of an import file that was not imported: where it was and why."""

    position: int  # 1-based, in the file's order
    label: str  # its title or id, as far as it had one ("" if none)
    reason: str  # words for the user

    def __str__(self) -> str:
        if self.label:
            return tr("entry {n} ({label}): {reason}", n=self.position, label=self.label,
                      reason=self.reason)  # fmt: skip
        return tr("entry {n}: {reason}", n=self.position, reason=self.reason)


@dataclass
class ImportReport:
    added: int = 0
    merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)


# -- writing ------------------------------------------------------------------------------------
def web_link(url: str | None) -> str | None:
    """``url`` as a link when it is an http(s) address with a host (spaces, quotes, brackets
    and controls percent-encoded: it cannot leave a Markdown link or an attribute); else
    None."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]")


def _record_json(bookmark: Bookmark) -> str:
    """One bookmark as JSON that cannot end an HTML comment or attribute it is put in."""
    text = json.dumps(asdict(bookmark), ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _write_atomically(target: Path, text: str) -> None:
    """Never half a file where an earlier export was."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def export_json(bookmarks: Sequence[Bookmark], target: Path) -> int:
    """UTF-8 JSON (Chinese as written, not \\u-escaped)."""
    items = [asdict(b) for b in bookmarks]
    payload = {"format": EXPORT_FORMAT, "version": SCHEMA_VERSION, "bookmarks": items}
    _write_atomically(target, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    return len(items)


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def export_markdown(bookmarks: Sequence[Bookmark], target: Path) -> int:
    lines = ["# " + tr("Bookmarks"), ""]
    for b in bookmarks:
        title = markdown_text(b.title) or markdown_text(b.article_id)
        link = web_link(b.url)
        head = f"[{title}]({link})" if link else title
        extra = f" — {markdown_text(b.source)}" if b.source else ""
        tags = "".join(f" \\#{markdown_text(t)}" for t in b.tags)
        lines.append(f"- {head}{extra} {(b.published or '')[:10]}{tags}".rstrip())
        lines.extend(blockquote(b.note, markdown_text, indent="  "))  # every line in the quote
        lines.append(f"  <!-- {MARKDOWN_TAG} {_record_json(b)} -->")
    _write_atomically(target, "\n".join(lines) + "\n")
    return len(bookmarks)


def export_html(bookmarks: Sequence[Bookmark], target: Path) -> int:
    rows = []
    for b in bookmarks:
        title = escape(b.title or b.article_id)
        link = web_link(b.url)
        head = f'<a href="{escape(link)}">{title}</a>' if link else title
        tags = " ".join(f"#{escape(t)}" for t in b.tags)
        tags_html = f' <span class="tags">{tags}</span>' if tags else ""
        note = "<br>".join(escape(line) for line in b.note.splitlines())
        note_html = f'<p class="note">{note}</p>' if note else ""
        rows.append(
            f'<li {HTML_ATTRIBUTE}="{escape(_record_json(b))}">{head} — {escape(b.source)}'
            f" {escape((b.published or '')[:10])}{tags_html}{note_html}</li>"
        )
    heading = escape(tr("Bookmarks"))
    page = (
        "<!doctype html>\n<meta charset='utf-8'>\n"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none';"
        " style-src 'unsafe-inline'\">\n<meta name='referrer' content='no-referrer'>\n"
        f"<title>{heading}</title>\n<h1>{heading}</h1>\n<ul>\n" + "\n".join(rows) + "\n</ul>\n"
    )
    _write_atomically(target, page)
    return len(bookmarks)


def export_file(bookmarks: Sequence[Bookmark], target: Path) -> int:
    """By the name's extension: .md/.markdown, .html/.htm, anything else JSON."""
    suffix = target.suffix.lower()
    if suffix in (".md", ".markdown"):
        return export_markdown(bookmarks, target)
    if suffix in (".html", ".htm"):
        return export_html(bookmarks, target)
    return export_json(bookmarks, target)


# -- reading ------------------------------------------------------------------------------------
def read_import_text(source: Path) -> str:
    """The text of an import file. Raises OSError (unreadable) or ValueError (in words) for
    anything that is not a regular UTF-8 file of sensible size, without blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(source, flags)  # a FIFO opens at once with O_NONBLOCK; it is refused below
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(tr("{path} is not a regular file", path=display_path(source)))
        if info.st_size > MAX_IMPORT_BYTES:
            raise ValueError(tr("{path} is too large for a bookmarks export ({mb} MB)",
                                path=display_path(source), mb=info.st_size >> 20))  # fmt: skip
        data = fh.read(MAX_IMPORT_BYTES + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(not_an_export(source)) from exc


def not_an_export(source: Path) -> str:
    return tr("{path} is not a Reader bookmarks export", path=display_path(source))


def records_of(text: str, source: Path) -> list[Any]:
    """The bookmark records of an export in any of the three formats, unchecked."""
    if text.lstrip().startswith("{"):
        try:
            payload = _json_export(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise ValueError(not_an_export(source)) from exc
        if payload.get("format") != EXPORT_FORMAT or not isinstance(payload.get("bookmarks"), list):
            raise ValueError(not_an_export(source))
        return list(payload["bookmarks"])
    if HTML_ATTRIBUTE in text:
        import lxml.html

        root = lxml.html.document_fromstring(text)
        raw = [el.get(HTML_ATTRIBUTE, "") for el in root.iter() if el.get(HTML_ATTRIBUTE)]
    elif MARKDOWN_TAG in text:
        raw = [match.group(1) for match in _MARKDOWN_RECORD.finditer(text)]
    else:
        raise ValueError(not_an_export(source))
    records: list[Any] = []
    for item in raw:
        try:
            records.append(json.loads(item))
        except (json.JSONDecodeError, RecursionError):
            records.append(None)  # said as skipped, in its place
    return records


_DECODER = json.JSONDecoder()
_BLANK = re.compile(r"[ \t\n\r]*")


def _json_export(text: str) -> dict[str, Any]:
    """The top-level object of a JSON export, decoded one value at a time: one json.loads of
    20,000 bookmarks (5 MB) held the GIL 0.2-0.5 s, and the window with it, while a worker
    imported. Raises JSONDecodeError as json.loads would."""
    found: dict[str, Any] = {}
    pos = _BLANK.match(text, 0).end()  # type: ignore[union-attr]

    def expect(char: str) -> None:
        nonlocal pos
        pos = _BLANK.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(char, pos):
            raise json.JSONDecodeError(f"Expecting {char!r}", text, pos)
        pos = _BLANK.match(text, pos + 1).end()  # type: ignore[union-attr]

    def value() -> Any:
        nonlocal pos
        item, pos = _DECODER.raw_decode(text, pos)
        pos = _BLANK.match(text, pos).end()  # type: ignore[union-attr]
        return item

    expect("{")
    while not text.startswith("}", pos):
        key = value()
        if not isinstance(key, str):
            raise json.JSONDecodeError("Expecting a key", text, pos)
        expect(":")
        if key == "bookmarks" and text.startswith("[", pos):
            expect("[")
            items = []
            while not text.startswith("]", pos):
                items.append(value())
                if not text.startswith("]", pos):
                    expect(",")
            pos += 1
            pos = _BLANK.match(text, pos).end()  # type: ignore[union-attr]
            found[key] = items
        else:
            found[key] = value()
        if not text.startswith("}", pos):
            expect(",")
    if text[pos + 1 :].strip():
        raise json.JSONDecodeError("Extra data", text, pos + 1)
    return found


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) cannot be stored
    except UnicodeEncodeError:
        return False
    return True


def check_record(raw: object) -> Bookmark | str:
    """A bookmark, or words for why this entry cannot be one."""
    if not isinstance(raw, dict):
        return tr("not a bookmark entry")
    article_id = raw.get("article_id")
    if not _is_text(article_id) or not str(article_id).strip():
        return tr("it has no article id")
    if not _is_text(raw.get("title")):
        return tr("its title is not text")
    values: dict[str, Any] = {"article_id": article_id, "title": raw["title"]}
    for name in _TEXT_FIELDS[1:]:
        value = raw.get(name, "")
        if value is None:
            value = ""
        if not _is_text(value):
            return tr("its {field} is not text", field=name)
        values[name] = value
    for name in _OPTIONAL_TEXT_FIELDS:
        value = raw.get(name)
        if value is not None and not _is_text(value):
            return tr("its {field} is not text", field=name)
        values[name] = value
    published = values["published"]
    if published:
        try:
            datetime.fromisoformat(published)
        except ValueError:
            return tr("its date is not a date: {text}", text=published[:40])
    tags = raw.get("tags", [])
    if tags is None:
        tags = []
    if not isinstance(tags, list) or not all(_is_text(t) for t in tags):
        return tr("its tags are not a list of text")
    values["tags"] = [t.strip() for t in tags if t.strip()]
    return Bookmark(**values)


def checked_entries(records: Iterable[object]) -> tuple[list[Bookmark], list[Skipped]]:
    good: list[Bookmark] = []
    skipped: list[Skipped] = []
    for position, raw in enumerate(records, 1):
        checked = check_record(raw)
        if isinstance(checked, Bookmark):
            good.append(checked)
            continue
        label = ""
        if isinstance(raw, dict):
            for name in ("title", "article_id"):
                if _is_text(raw.get(name)) and str(raw[name]).strip():
                    label = " ".join(str(raw[name]).split())[:80]
                    break
        skipped.append(Skipped(position, label, checked))
    return good, skipped


def read_import(source: Path) -> tuple[list[Bookmark], list[Skipped]]:
    """The good entries of an export file and the skipped ones (with why). Raises OSError or
    ValueError (in words) when the file as a whole cannot be read as an export."""
    return checked_entries(records_of(read_import_text(source), source))


def merge_into(db: sqlite3.Connection, bookmarks: Iterable[Bookmark]) -> tuple[int, int]:
    """Add new ids; existing ones gain tags, keep their note (or take the imported one when
    they have none) and refresh their saved metadata. Returns (added, merged)."""
    added = merged = 0
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for b in bookmarks:
        row = db.execute("SELECT note FROM bookmarks WHERE article_id=?", (b.article_id,))
        current = row.fetchone()
        if current is None:
            added += 1
            db.execute(
                "INSERT INTO bookmarks(article_id, title, source, published, url, path, note,"
                " created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                (b.article_id, b.title, b.source, b.published, b.url, _stored_path(b.path),
                 b.note, b.created_at or now),
            )  # fmt: skip
        else:
            merged += 1
            db.execute(
                "UPDATE bookmarks SET title=?, source=?, published=?, url=coalesce(?, url),"
                " path=coalesce(?, path), note=? WHERE article_id=?",
                (b.title, b.source, b.published, b.url, _stored_path(b.path),
                 current[0] or b.note, b.article_id),
            )  # fmt: skip
        db.executemany(
            "INSERT OR IGNORE INTO bookmark_tags(article_id, tag) VALUES(?, ?)",
            [(b.article_id, t) for t in b.tags if t.strip()],
        )
    return added, merged


def _stored_path(path: str | None) -> str | None:
    return None if path is None else display_path(path)

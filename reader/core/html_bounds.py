"""Bounds that keep hostile markup cheap to clean and to show, whatever its shape (issue 20).

Before parsing (``bound_source``): control characters out (lxml refuses them), at most
MAX_ATTRIBUTES attributes per tag (libxml2 compares each attribute with every earlier one of
its tag: 200,000 attributes took 128 s), and a marker after each end tag of an element the
sanitizer may drop (see ``html_rules``). After cleaning, on the tree (``break_long_runs``,
``TableBudget``): a break opportunity in every long unbroken run (Qt lays out a line in time
quadratic in the length of its longest word), table rows past a budget as lines of text
(Qt lays out a table row in ~0.3 ms, six times a paragraph). Before nh3 (``split_escaped_runs``):
html5ever appends each character reference to its text node by copying it (1.5 million
``&amp;`` in one paragraph: 20 s).

Every bound keeps the text: it changes only how the text is laid out, never whether it is
shown or indexed.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from reader.core.html_rules import BOUNDED_DROPS, END_MARK
from reader.core.text import ZERO_WIDTH_SPACE, xml_compatible

# No real tag has more than 20 attributes of its own, but broken quoting makes words of an alt
# text attributes (a real BBC image has 70 such). libxml2 compares each attribute with every
# earlier one of its tag (200,000 attributes took 128 s), so a tag keeps its first
# MAX_ATTRIBUTES and, of the rest, the first of each name the sanitizer reads: at most ~2,000
# comparisons a tag.
MAX_ATTRIBUTES = 64
_READ_LATER = frozenset(
    {"src", "data-src", "data-original", "data-lazy-src", "data-actualsrc", "data-url", "href",
     "alt", "title", "width", "height", "colspan", "rowspan", "start", "id", "class", "rel",
     "lang", "dir"}
)  # fmt: skip
# One attribute, as HTML's tokenizer reads it; names and unquoted values are bounded (a name
# of more than 256 characters is no attribute the sanitizer reads), so that a search that
# starts at every "<" of a tag-shaped run (``<b x<b x...``) costs a bounded amount each.
_ATTRIBUTE = (
    r"""[\s/]*+[^\s/>][^\s/>=]{0,255}+(?=[\s/>=]|$)"""
    r"""(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]{0,65536}+(?=[\s>]|$)))?+"""
)
_TAG_START = r"<[A-Za-z][\w:-]{0,63}+(?=[\s/])"
_CROWDED_TAG = re.compile(rf"{_TAG_START}(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES}}}")
_ONE_MORE = re.compile(_ATTRIBUTE)
_THE_REST = re.compile(rf"(?:{_ATTRIBUTE})*+")
_NAME = re.compile(r"""(?:^|(?<=[\s/"']))([^\s/>=]+)(?=\s*=|[\s/>]|$)""")
_TAG_NAME = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)[\s/>]")


def _cut_attributes(html: str) -> tuple[str, int]:
    """``html`` with every tag cut to its first MAX_ATTRIBUTES attributes (and the first of
    each name read later); how many tags were cut."""
    match = _CROWDED_TAG.search(html)
    if match is None:
        return html, 0
    pieces: list[str] = []
    done = cut = 0
    while match is not None:
        pieces.append(html[done : match.end()])
        done = match.end()
        more = _ONE_MORE.match(html, done)
        if more is not None and more.end() > done:
            cut += 1
            rest = _THE_REST.match(html, done)
            end = rest.end() if rest is not None else done
            kept = {n.lower() for n in _NAME.findall(html, match.start() + 1, done)}
            pieces.extend(_read_later(html, done, end, kept))
            done = end
        match = _CROWDED_TAG.search(html, done)
    pieces.append(html[done:])
    return "".join(pieces), cut


def _read_later(html: str, start: int, end: int, kept: set[str]) -> list[str]:
    """The first attribute of each name in _READ_LATER between ``start`` and ``end`` that is
    not in ``kept`` (str.find per name: a regex over 8 MB of attributes took 2 s)."""
    region = html[start:end].lower()
    found: list[tuple[int, str]] = []
    for name in _READ_LATER - kept:
        at, tries = region.find(name), 0
        while at >= 0 and tries < 256:  # so many false starts: it is not there
            tries += 1
            after = region[at + len(name) : at + len(name) + 1]
            if (at == 0 or region[at - 1] in " \t\n\r\f/\"'") and after in ("", "=", " ", "/"):
                attribute = _ONE_MORE.match(html, start + at)
                if attribute is not None:
                    found.append((at, attribute.group()))
                break
            at = region.find(name, at + 1)
    return [" " + text for _, text in sorted(found)]


# A marker the source put where no element can be (inside raw text or an attribute value)
# is taken out of that text again.
MARK_TEXT = re.compile(f"<{END_MARK}[^>]*></{END_MARK}[^>]*>", re.I)


def bound_source(html: str, marked: frozenset[str] = BOUNDED_DROPS) -> tuple[str, int]:
    """The source made safe to parse: control characters out, attributes bounded, a marker
    after every end tag of the elements named in ``marked``; and how many tags had their
    attributes cut."""
    html, cut = _cut_attributes(xml_compatible(html))
    names = "|".join(sorted(re.escape(n) for n in marked))
    end_tags = re.compile(rf"</((?i:{names}))(?=[\s/>])[^>]*>")
    return end_tags.sub(rf"\g<0><{END_MARK}\1></{END_MARK}\1>", html), cut


# A run of this many characters with no break opportunity for Qt (white space, or CJK text,
# which breaks between characters) gets a zero-width space every BREAK_EVERY characters (a
# line then holds two or three pieces, not one piece wider than the page). No real word is a
# tenth as long; a pasted URL or base64 junk is.
LONG_RUN = 160
BREAK_EVERY = 24
_CJK = "\u2e80-\u2fff\u3000-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_BREAKS = rf"\s{ZERO_WIDTH_SPACE}{_CJK}\U00020000-\U0003ffff"
# A run is looked for only where one starts (else every position of every shorter run is a
# new try: quadratic in the runs' length).
_UNBROKEN = re.compile(rf"(?:^|(?<=[{_BREAKS}]))[^{_BREAKS}]{{{LONG_RUN},}}")


def _joins_previous(ch: str) -> bool:
    """A mark, joiner or selector that must stay with the character before it."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf", "Sk")


def _breakable(match: re.Match[str]) -> str:
    run = match.group()
    pieces: list[str] = []
    start = 0
    while start < len(run):
        end = min(start + BREAK_EVERY, len(run))
        while end < len(run) and end - start < 2 * BREAK_EVERY and _joins_previous(run[end]):
            end += 1
        pieces.append(run[start:end])
        start = end
    return ZERO_WIDTH_SPACE.join(pieces)


# A first look on UTF-8 bytes, looser: white space and U+3000-U+9FFF (lead bytes E3-E9) are
# the breaks, a continuation byte is part of a run, so a run is at least as many bytes as it
# has characters. A run of LONG_RUN bytes holds an aligned window of LONG_RUN // 2 bytes with
# no break: a find in each window costs a fifth of the exact pattern on Chinese text (most
# paragraphs are long strings without a space), and only a window found runs that pattern.
_BREAK_BYTES = bytes(
    32 if (b in b" \t\n\r\x0b\x0c" or 0xE3 <= b <= 0xE9) else b for b in range(256)
)
_WINDOW = LONG_RUN // 2


def _may_hold_a_run(text: str) -> bool:
    data = text.encode("utf-8", "surrogatepass").translate(_BREAK_BYTES)
    find = data.find
    return any(
        find(b" ", at, at + _WINDOW) < 0 for at in range(0, len(data) - _WINDOW + 1, _WINDOW)
    )


def break_runs(text: str) -> str:
    if len(text) < LONG_RUN or not _may_hold_a_run(text):
        return text
    return _UNBROKEN.sub(_breakable, text)


def break_long_runs(places: list[tuple[etree._Element, str]]) -> None:
    """A break opportunity in every long run of the text at ``places``: (element, "text" or
    "tail", or "@" and an attribute the viewer shows). The sanitizer notes each string of
    LONG_RUN characters or more where it reads or makes it (a pass over every element of
    every document cost a fifth of the parse floor)."""
    for el, where in dict.fromkeys(places):
        if where[0] == "@":
            value = el.get(where[1:])
            if value and (broken := break_runs(value)) != value:
                el.set(where[1:], broken)
            continue
        value = getattr(el, where)
        if value and len(value) >= LONG_RUN and (broken := break_runs(value)) != value:
            setattr(el, where, broken)


# Table cells kept as tables in one article; the largest real table has 216 rows of 2-5 cells.
# A table that goes past the budget is shown as lines of text, cells side by side, a block of
# ROWS_PER_BLOCK lines at a time: Qt lays out a table row in ~0.3 ms, six times a paragraph
# (110,000 rows froze the viewer 15 s); lines in blocks cost what ordinary text does.
MAX_TABLE_CELLS = 3_000
ROWS_PER_BLOCK = 100


def table_cells(table: etree._Element) -> int:
    return sum(1 for _ in table.iter("td", "th"))


def rows_as_lines(rows: list[etree._Element], long: list[tuple[etree._Element, str]]) -> None:
    """Rows (already out of any table: their table, sections and cells retagged) as lines;
    a long text after a row, moved after its line break, is noted in ``long``."""
    for i, row in enumerate(rows, 1):
        if i % ROWS_PER_BLOCK == 0:
            row.tag = "div"  # ends the block of lines before it
            continue
        row.tag = "span"
        line_break = etree.Element("br")
        line_break.tail, row.tail = row.tail, None
        row.addnext(line_break)
        if line_break.tail and len(line_break.tail) >= LONG_RUN:
            long.append((line_break, "tail"))


# Text between tags holding this many character references in a row gets an (unknown, so
# removed) <wbr> element after them, which makes html5ever start a new text node.
_ESCAPE_RUN = 32
_ESCAPED_RUN = re.compile(
    rf"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)|((?:[^<&]*&[#\w]{{1,32}};){{{_ESCAPE_RUN}}})"""
)


def _split_run(match: re.Match[str]) -> str:
    return match.group() if match.group(1) else match.group() + "<wbr>"


def split_escaped_runs(fragment: str) -> str:
    if fragment.count("&") < 1024:  # fewer than this cost nh3 nothing measurable
        return fragment
    return _ESCAPED_RUN.sub(_split_run, fragment)

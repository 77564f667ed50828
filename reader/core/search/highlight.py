"""Where needles match, as spans, and one renderer that marks spans in any output format.

Folding (``fold.py``) never changes a text's length, so spans found in the folded text mark the
same characters in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from reader.core.search.api import Span
from reader.core.search.fold import TOKEN_RE, is_cjk

SNIPPET_BEFORE, SNIPPET_AFTER = 36, 84
SENTENCE_REACH = 40  # a snippet starts and ends at a sentence's edge this close, not mid-line
_SENTENCE_END = re.compile(r"[。！？；!?;\n]|[.](?=\s)")
ELLIPSIS = "…"


def find_spans(folded: str, needle: str) -> list[Span]:
    """Where ``needle`` occurs in ``folded`` (word-start rule for Latin/digit needles)."""
    spans: list[Span] = []
    word_start = _is_latin_word_char(needle[0])
    if any(ch.isspace() for ch in needle):  # a space typed in a phrase matches any line break
        pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split()))
        found = [(m.start(), m.end()) for m in pattern.finditer(folded)]
    else:
        found = []
        start = folded.find(needle)
        while start != -1:
            found.append((start, start + len(needle)))
            start = folded.find(needle, start + 1)
    for start, end in found:
        if not word_start or start == 0 or not _is_latin_word_char(folded[start - 1]):
            spans.append((start, end))
    return spans


def _is_latin_word_char(ch: str) -> bool:
    """A letter or digit of a space-separated script (where words have boundaries)."""
    return TOKEN_RE.match(ch) is not None and not is_cjk(ch)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def needle_spans(folded: str, needles: Sequence[str]) -> list[Span]:
    return merge_spans(s for n in needles for s in find_spans(folded, n))


def make_snippet(
    text: str, folded: str, needles: Sequence[str]
) -> tuple[list[Span], str, list[Span]]:
    """(title spans, snippet, snippet spans) from stored ``title\\nbody`` and its folded twin."""
    cut = text.find("\n")
    cut = len(text) if cut == -1 else cut
    body, fbody = text[cut + 1 :], folded[cut + 1 :]
    title_spans = needle_spans(folded[:cut], needles)
    body_spans = needle_spans(fbody, needles)
    if body_spans:
        first = body_spans[0][0]
        lo, hi = max(0, first - SNIPPET_BEFORE), min(len(body), first + SNIPPET_AFTER)
        lo = _sentence_start(body, lo, first)
    else:
        lo, hi = 0, min(len(body), SNIPPET_BEFORE + SNIPPET_AFTER)
    hi = _sentence_end(body, hi)
    lead = ELLIPSIS if lo > 0 else ""
    snippet = lead + body[lo:hi].replace("\n", " ") + (ELLIPSIS if hi < len(body) else "")
    shift = len(lead) - lo
    spans = [(max(s, lo) + shift, min(e, hi) + shift) for s, e in body_spans if s < hi and e > lo]
    return title_spans, snippet, spans


def _sentence_start(text: str, lo: int, first: int) -> int:
    """Where a snippet around ``first`` starts: just after the last sentence end before the
    match (looked for up to SENTENCE_REACH before ``lo``), else at a word's start."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, lo - SENTENCE_REACH), first)]
    if ends:
        start = ends[-1]
        while start < first and text[start].isspace():
            start += 1
        return start
    if lo <= SENTENCE_REACH // 2:
        return 0
    start = _word_start(text, lo, first)
    while start < first and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, hi: int) -> int:
    """Where a snippet ends: after the sentence it cuts, when that ends within reach."""
    if hi >= len(text):
        return len(text)
    found = _SENTENCE_END.search(text, hi, hi + SENTENCE_REACH)
    if found:
        return found.start() if text[found.start()] == "\n" else found.end()
    space = text.rfind(" ", max(0, hi - 15), hi)  # Latin: not in the middle of a word
    return space if space > 0 and _is_latin_word_char(text[hi - 1]) else hi


def _word_start(text: str, lo: int, limit: int) -> int:
    """Move a cut that falls inside a Latin word to the word's end ("…y of state" read as
    garbage), never past ``limit`` (the first match)."""
    if lo == 0 or not (_is_latin_word_char(text[lo - 1]) and _is_latin_word_char(text[lo])):
        return lo
    for i in range(lo, min(limit, lo + 24)):
        if not _is_latin_word_char(text[i]):
            return i + 1 if text[i].isspace() else i
    return lo


def render_marked(
    text: str,
    spans: Iterable[Span],
    mark: Callable[[str], str],
    plain: Callable[[str], str] = lambda s: s,
) -> str:
    """``text`` with each (merged) span passed through ``mark`` and the rest through ``plain``
    (e.g. HTML-escape and <b> for the UI, terminal bold for the CLI)."""
    out: list[str] = []
    pos = 0
    for start, end in merge_spans(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(plain(text[pos:start]))
        out.append(mark(text[start:end]))
        pos = end
    out.append(plain(text[pos:]))
    return "".join(out)

"""Anchoring a highlight to an article's text the way the W3C Web Annotation model does.

A highlight is kept as a TextQuoteSelector (the quote, ``exact``, with up to 32 characters
before and after it, ``prefix`` and ``suffix``) plus a TextPositionSelector hint (``start``,
``end``: offsets into the article's text when it was made). Offsets alone break as soon as the
text changes (a re-sanitized body, a sanitizer that keeps one more caption, an edited file);
the quote and its context find the place again.

Matching is done on a *key* of each text: folded (Traditional → Simplified, full-width →
half-width, lower case: ``fold`` keeps the length) and without white space or object marks,
with a map back to the text's offsets. So a highlight made on the article as written is found
in the same text shown in the other script, in the window's page (title, meta line and image
frames around the body, paragraphs as U+2029) and in the text after a sanitizer change that
only moved white space.

Where the quote itself no longer occurs as it was, the best window of the text that still
reads like it is taken (Hypothesis does the same with approximate matching): windows come
from pieces of the quote and from its prefix and suffix, and one is accepted when it shares
at least ``FUZZY_MIN`` of its characters with the quote (difflib's ratio) — a changed
character or a few inserted words, never a different sentence (``bench/anchoring.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.core.search.fold import fold

CONTEXT = 32  # characters kept before and after the quote (Hypothesis keeps 32 too)
FUZZY_MIN = 0.75  # share of characters an edited quote must keep to be found again
FUZZY_SURE = 0.9  # ...and below this, half of its context too
_PIECE = 6  # at most: characters of the quote looked up exactly when the whole is not there
# White space (ASCII, ideographic, no-break, line/paragraph separators), zero-width marks
# and the object mark an image leaves in a QTextDocument's plain text.
_IGNORED = re.compile("[\\s\u00a0\u200b-\u200d\u2028\u2029\u3000\ufeff\ufffc]+")


@dataclass(frozen=True)
class Anchor:
    """Where a highlight is: TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector
    (start, end) over the article's text."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    exact: bool  # the quote was found as it was (else: a window that reads like it)


class Keyed:
    """A text's matching key (folded, no white space) and the text offset of each key
    character. Build once per text; place many anchors in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded = fold(text)
        parts: list[str] = []
        offsets: list[int] = []
        last = 0
        for gap in _IGNORED.finditer(folded):
            parts.append(folded[last : gap.start()])
            offsets.extend(range(last, gap.start()))
            last = gap.end()
        parts.append(folded[last:])
        offsets.extend(range(last, len(folded)))
        self.key = "".join(parts)
        self.offsets = offsets

    def text_span(self, k_start: int, k_end: int) -> tuple[int, int]:
        """Key span → text span (from its first to just after its last character)."""
        return self.offsets[k_start], self.offsets[k_end - 1] + 1

    def key_index(self, text_offset: int) -> int:
        """The key position of the first key character at or after ``text_offset``."""
        return bisect_left(self.offsets, text_offset)


def key_of(text: str) -> str:
    return _IGNORED.sub("", fold(text))


def describe(text: str, start: int, end: int) -> Anchor:
    """The anchor of ``text[start:end]``: the quote, its context and its offsets."""
    return Anchor(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT],
                  start, end)  # fmt: skip


def _context_score(keyed: Keyed, k_start: int, k_end: int, prefix: str, suffix: str) -> float:
    """How well the text around a candidate agrees with the anchor's context (0..1 each)."""
    score = 0.0
    if prefix:
        before = keyed.key[max(0, k_start - len(prefix)) : k_start]
        score += _common_suffix(before, prefix) / len(prefix)
    if suffix:
        after = keyed.key[k_end : k_end + len(suffix)]
        score += _common_prefix(after, suffix) / len(suffix)
    return score


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _occurrences(haystack: str, needle: str, limit: int = 200) -> list[int]:
    found: list[int] = []
    at = haystack.find(needle)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def locate(anchor: Anchor, text: str | Keyed, hint: int | None = None) -> Placement | None:
    """Where ``anchor`` is in ``text`` now, or None when it cannot be placed. ``hint``: where
    it is expected (text offset; default the anchor's own ``start``), breaking ties between
    equal quotes in equal contexts."""
    keyed = text if isinstance(text, Keyed) else Keyed(text)
    quote = key_of(anchor.exact)
    if not quote or not keyed.key:
        return None
    prefix, suffix = key_of(anchor.prefix), key_of(anchor.suffix)
    expected = anchor.start if hint is None else hint
    near = keyed.key_index(expected) if expected is not None else None

    def rank(k_start: int, k_end: int, similarity: float) -> float:
        # Hypothesis weighs the quote 50, prefix and suffix 20 each, the position 2.
        score = 50 * similarity + 20 * _context_score(keyed, k_start, k_end, prefix, suffix)
        if near is not None:
            score += 2 * (1 - min(abs(k_start - near), len(keyed.key)) / len(keyed.key))
        return score

    exact = _occurrences(keyed.key, quote)
    if exact:
        best = max(exact, key=lambda k: rank(k, k + len(quote), 1.0))
        return Placement(*keyed.text_span(best, best + len(quote)), exact=True)
    window = _fuzzy(keyed, quote, prefix, suffix, rank)
    if window is None:
        return None
    return Placement(*keyed.text_span(*window), exact=False)


Rank = Callable[[int, int, float], float]


def _fuzzy(
    keyed: Keyed, quote: str, prefix: str, suffix: str, rank: Rank
) -> tuple[int, int] | None:
    """The window of the key most like ``quote`` (ratio >= FUZZY_MIN), if any."""
    key = keyed.key
    slack = len(quote) // 4 + 4
    starts: set[int] = set()
    piece = max(2, min(_PIECE, len(quote) // 3))
    if len(quote) >= 2 * piece:  # pieces of the quote found exactly: where it would start
        for offset in range(0, len(quote) - piece + 1, piece):
            for at in _occurrences(key, quote[offset : offset + piece], 20):
                starts.add(at - offset)
    for tail in {prefix[-16:], prefix[-8:]} - {""}:  # right after the prefix
        for at in _occurrences(key, tail, 20):
            starts.add(at + len(tail))
    for head in {suffix[:16], suffix[:8]} - {""}:  # the quote's length before the suffix
        for at in _occurrences(key, head, 20):
            starts.add(at - len(quote))
    best: tuple[float, int, int] | None = None
    for start in sorted(starts)[:400]:
        lo, hi = max(0, start - slack), min(len(key), start + len(quote) + slack)
        region = key[lo:hi]
        if not region:
            continue
        matcher = SequenceMatcher(None, quote, region, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        k_start, k_end = lo + blocks[0].b, lo + blocks[-1].b + blocks[-1].size
        matched = sum(b.size for b in blocks)
        similarity = 2 * matched / (len(quote) + (k_end - k_start))
        if similarity < FUZZY_MIN:
            continue
        # A like window in another context is another passage (names and phrases recur in
        # news): below FUZZY_SURE it must also keep half its context (bench/anchoring.py:
        # a removed quote was "found" elsewhere in 4.3% of 400 articles without this).
        context = _context_score(keyed, k_start, k_end, prefix, suffix)
        if similarity < FUZZY_SURE and (prefix or suffix) and context < 0.5:
            continue
        score = rank(k_start, k_end, similarity)
        if best is None or score > best[0]:
            best = (score, k_start, k_end)
    return None if best is None else (best[1], best[2])

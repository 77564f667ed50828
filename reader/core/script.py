"""Articles shown in the reader's script: Simplified, or Traditional with Taiwan or Hong Kong
conventions (OpenCC, phrase-level), and where each character of the original went.

A target is chosen by what the article is written in: OpenCC's Simplified→Taiwan phrases
(s2twp) rewrite words as well as characters (方便面→泡麵, 软件→軟體), which is right for a
Simplified article and wrong for one already written in Taiwan: on 200 CNA/RTI articles
(173,482 characters) s2twp changed 1,864 places, among them 支持→支援 and 社區→社群 (other
words), while t2tw changed 6 (variant characters only). So Traditional text goes through
t2tw/t2hk and Simplified text through s2twp/s2hk; t2s serves both for Simplified.

Conversion changes only text between tags, never markup or URLs. Phrases may change length
(方便面→泡麵), so search matches found in the original are carried over with ``OffsetMap``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from urllib.parse import urlsplit

import opencc

from reader.core.search.fold import fold

AS_WRITTEN = ""
# target -> (OpenCC config for Simplified text, for Traditional text)
SCRIPTS = {
    "zh-Hans": ("t2s", "t2s"),
    "zh-Hant-TW": ("s2twp", "t2tw"),
    "zh-Hant-HK": ("s2hk", "t2hk"),
}
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_RUN = re.compile(f"[{_HAN}]+")
_SPLIT = re.compile(f"([{_HAN}]+)")
# A start or end tag; attribute values are quoted (the sanitizer's serializer quotes every
# one), and a quoted value may hold ">" or Chinese that must stay as it is.
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


@lru_cache(maxsize=8)
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _char_kinds(chars: list[str]) -> dict[str, int]:
    """Each character's side: 1 Traditional-only (t2s changes it), -1 Simplified-only (s2t
    changes it), 0 both or neither. Each converted alone (a line each: no phrase spans two)."""
    joined = "\n".join(chars)
    as_simplified = _opencc("t2s").convert(joined).split("\n")
    as_traditional = _opencc("s2t").convert(joined).split("\n")
    if len(as_simplified) != len(chars) or len(as_traditional) != len(chars):
        return {}
    return {
        c: (s != c) - (t != c) for c, s, t in zip(chars, as_simplified, as_traditional, strict=True)
    }


def _traditional(counts: Counter[str], kinds: dict[str, int]) -> bool:
    traditional = sum(n for c, n in counts.items() if kinds.get(c) == 1)
    simplified = sum(n for c, n in counts.items() if kinds.get(c) == -1)
    return traditional > simplified


def _han_counts(text: str) -> Counter[str]:
    return Counter(ch for run in _HAN_RUN.findall(text) for ch in run)


def is_traditional(text: str) -> bool:
    """Whether more of the text's Chinese characters are Traditional-only than
    Simplified-only (each distinct character converted alone, weighted by its count)."""
    counts = _han_counts(text)
    return bool(counts) and _traditional(counts, _char_kinds(list(counts)))


ENGLISH = "en"
# Outlets of Hong Kong: their Traditional text is set in a Hong Kong font (HK forms of some
# characters) rather than Taiwan's. Any host under .hk counts too.
_HK_HOSTS = ("thestandnews.com", "hk01.com", "mingpao.com", "inmediahk.net", "hongkongfp.com",
             "appledaily.com", "stheadline.com", "on.cc", "hket.com", "scmp.com")  # fmt: skip


def mostly_latin(text: str) -> bool:
    """Whether a text is written mostly in Latin letters (an English article)."""
    sample = text[:2000]
    cjk = sum("\u3400" <= ch <= "\u9fff" for ch in sample)
    letters = sum(ch.isalpha() for ch in sample)
    return letters > 0 and cjk < 0.2 * letters


def is_hong_kong(url: str | None) -> bool:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.endswith(".hk") or any(host == h or host.endswith("." + h) for h in _HK_HOSTS)


def written_script(sample: str, url: str | None = None) -> str:
    """What an article is written in: ``en``, or a key of SCRIPTS (Traditional text is Hong
    Kong's when its outlet is, else Taiwan's)."""
    if mostly_latin(sample):
        return ENGLISH
    if not is_traditional(sample):
        return "zh-Hans"
    return "zh-Hant-HK" if is_hong_kong(url) else "zh-Hant-TW"


def shown_script(target: str, written: str) -> str:
    """The script an article is shown in: the reader's choice (View › Show Text As) for
    Chinese text, else as written; English stays English."""
    return target if target in SCRIPTS and written != ENGLISH else written


@dataclass(frozen=True)
class Conversion:
    """One article's way into a target script."""

    config: str

    def text(self, text: str) -> str:
        converted: str = _opencc(self.config).convert(text)
        return converted

    def html(self, markup: str) -> str:
        """Text between tags converted; tags (names, attributes, URLs) kept byte for byte."""
        out: list[str] = []
        last = 0
        for tag in _TAG.finditer(markup):
            out.append(self.text(markup[last : tag.start()]))
            out.append(tag.group())
            last = tag.end()
        out.append(self.text(markup[last:]))
        return "".join(out)


def conversion_for(target: str, sample: str) -> Conversion | None:
    """How to show an article whose text is ``sample`` in ``target`` (a key of SCRIPTS), or
    None to show it as written."""
    configs = SCRIPTS.get(target)
    if configs is None:
        return None
    return Conversion(configs[1] if is_traditional(sample) else configs[0])


def load_converters(target: str) -> None:
    """Load OpenCC's dictionaries for ``target`` now (s2twp takes ~0.3 s), at a moment the
    caller chooses rather than inside the first conversion."""
    for config in dict.fromkeys((*SCRIPTS.get(target, ()), "t2s", "s2t")):
        _opencc(config)


def convert_many(target: str, texts: Sequence[str]) -> list[str]:
    """Short texts (titles, outlets, snippets) in ``target``, each converted as its own
    article would be (Traditional by t2tw/t2hk, Simplified by s2twp/s2hk, by its own
    characters), in one OpenCC call per configuration instead of two or three per text
    (200 titles into Taiwan's script: 10.8 ms one by one, about 1 ms together)."""
    configs = SCRIPTS.get(target)
    out = list(texts)
    if configs is None:
        return out
    chinese = [i for i, text in enumerate(texts) if _HAN_RUN.search(text)]
    groups: dict[str, list[int]] = {}
    if configs[0] == configs[1]:
        groups[configs[0]] = chinese
    else:
        counts = {i: _han_counts(texts[i]) for i in chinese}
        kinds = _char_kinds(sorted({c for n in counts.values() for c in n}))
        for i in chinese:
            groups.setdefault(configs[_traditional(counts[i], kinds)], []).append(i)
    for config, rows in groups.items():
        joined = [i for i in rows if "\n" not in texts[i]]  # a line each
        converted = _opencc(config).convert("\n".join(texts[i] for i in joined)).split("\n")
        if len(converted) != len(joined):  # (cannot happen: no phrase holds a line break)
            converted = [_opencc(config).convert(texts[i]) for i in joined]
        for i, text in zip(joined, converted, strict=True):
            out[i] = text
        for i in rows:
            if "\n" in texts[i]:
                out[i] = _opencc(config).convert(texts[i])
    return out


class OffsetMap:
    """Where each offset of an original text is in its converted form.

    The two texts are aligned run by run: the characters conversion never touches (anything
    not Han: punctuation, spaces, Latin, digits) must line up, and two Han runs of one length
    correspond character by character. Runs of different lengths (a phrase changed length)
    are aligned on their folded forms, which agree wherever the words do (fold(泡麵) = 泡面).
    When the non-Han skeletons differ, the whole folded texts are aligned.
    """

    def __init__(self, original: str, converted: str) -> None:
        # (original start, original end, converted start, converted end, one-to-one)
        self.blocks: list[tuple[int, int, int, int, bool]] = []
        a, b = _SPLIT.split(original), _SPLIT.split(converted)
        if len(a) != len(b) or a[::2] != b[::2]:
            self._align(fold(original), fold(converted), 0, 0)
        else:
            i = j = 0
            for x, y in zip(a, b, strict=True):
                if len(x) == len(y):
                    self.blocks.append((i, i + len(x), j, j + len(y), True))
                else:
                    self._align(fold(x), fold(y), i, j)
                i, j = i + len(x), j + len(y)
        self._starts = [block[0] for block in self.blocks]

    def _align(self, x: str, y: str, i: int, j: int) -> None:
        matcher = SequenceMatcher(None, x, y, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            self.blocks.append((i + i1, i + i2, j + j1, j + j2, tag == "equal"))

    def _block(self, position: int) -> tuple[int, int, int, int, bool]:
        k = bisect_right(self._starts, position) - 1
        return self.blocks[max(0, min(k, len(self.blocks) - 1))]

    def start(self, position: int) -> int:
        """Where the character at ``position`` begins (a changed phrase: where it begins)."""
        i1, i2, j1, j2, one_to_one = self._block(position)
        if one_to_one or position >= i2:
            return j1 + min(position - i1, j2 - j1)
        return j1

    def end(self, position: int) -> int:
        """Where a span ending at ``position`` ends (inside a changed phrase: at its end)."""
        if position <= 0:
            return 0
        i1, _i2, j1, j2, one_to_one = self._block(position - 1)
        return j1 + min(position - i1, j2 - j1) if one_to_one else j2

    def span(self, start: int, end: int) -> tuple[int, int]:
        begin = self.start(start)
        return begin, max(begin, self.end(end))


def map_spans(spans: list[tuple[int, int]], original: str, converted: str) -> list[tuple[int, int]]:
    """Spans over ``original`` as spans over ``converted`` (empty ones dropped)."""
    if original == converted:
        return list(spans)
    offsets = OffsetMap(original, converted)
    mapped = (offsets.span(s, e) for s, e in spans)
    return sorted({(s, e) for s, e in mapped if e > s})

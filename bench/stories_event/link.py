"""Stories by linking articles: every pair of articles within a few days is scored by what
they share (names, numbers, title words, and the app's title+lead bigram cosine), and pairs
are merged best first into stories (constrained agglomeration: two stories merge when enough
of the smaller one's members link to the other, their days stay close, and no recurring
series repeats across days).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from bench.stories_event import entities
from bench.stories_event.texts import Text
from bench.stories_lab import data
from reader.core.stories.features import is_digest, is_market

D = 86400


@dataclass
class Settings:
    w_tl: float = 1.0  # the app's title x4 + lead bigram vector
    w_name: float = 0.0  # names (title and lead, title names twice)
    w_tw: float = 0.0  # title words (bigrams)
    w_num: float = 0.0  # added per rare shared number (df <= NUM_DF)
    w_who: float = 0.0  # who did what: sqrt(names cosine x title-words cosine)
    # The sibling rule: the same actors (names cosine >= this) doing something else (title
    # words cosine under ``sib_tw``) on another event day is a sibling event: never linked.
    sib_name: float = 0.0  # 0: off
    sib_tw: float = 0.1
    window: int = 4  # days of publication between two linked articles, at most
    day_free: int = 1  # event days this far apart cost nothing...
    day_pen: float = 0.15  # ...each further day costs this
    link: float = 0.3  # a pair's score needed to link
    share: float = 0.0  # share of the smaller story's members that must link to merge
    span: int = 3  # a story's event days span at most this many days
    cross_only_names: bool = True  # an English-Chinese pair scores by names and numbers
    extra_en: float = 0.0  # English joins its nearest Chinese story at this cosine (0: never)


NUM_DF = 20
MAX_DF_SHARE = 0.02


def _idf_vectors(
    counts: Mapping[str, Counter[str]], group: Mapping[str, int] | None = None
) -> dict[str, dict[str, float]]:
    """Unit tf-idf vectors; idf counted within each ``group`` (language) when given."""
    df: dict[int, Counter[str]] = defaultdict(Counter)
    n: Counter[int] = Counter()
    for a, c in counts.items():
        g = group[a] if group else 0
        df[g].update(c.keys())
        n[g] += 1
    out = {}
    for a, c in counts.items():
        g = group[a] if group else 0
        maxdf = max(MAX_DF_SHARE * n[g], 50)
        raw = {
            t: (1 + math.log(k)) * math.log((n[g] + 1) / df[g][t])
            for t, k in c.items()
            if 2 <= df[g][t] <= maxdf
        }
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        out[a] = {t: w / norm for t, w in raw.items()}
    return out


class Features:
    """Every article's vectors: "tl" (the app's), "name", "tw" (title words), "num"."""

    def __init__(self, texts: Mapping[str, Text]) -> None:
        self.texts = texts
        self.ids = sorted(texts, key=lambda a: (texts[a].pub, a))
        ents = {
            a: entities.of(t.title, t.lead, t.raw_title, t.raw_lead, t.lang)
            for a, t in texts.items()
        }
        self.ents = ents
        lang = {a: t.lang for a, t in texts.items()}
        self.vec: dict[str, dict[str, dict[str, float]]] = {
            "tl": data.vectors("tl"),
            "name": _idf_vectors({a: e["name"] + e["tname"] for a, e in ents.items()}),
            "tw": _idf_vectors({a: e["tword"] for a, e in ents.items()}, lang),
        }
        numdf: Counter[str] = Counter()
        for e in ents.values():
            numdf.update(e["num"].keys())
        self.nums = {
            a: frozenset(k for k in e["num"] if numdf[k] <= NUM_DF) for a, e in ents.items()
        }


def raw_pairs(f: Features, window: int = 4) -> dict[tuple[str, str], tuple[float, ...]]:
    """Every pair of articles published within ``window`` days that share a term, with its
    cosines (tl, name, tw) and shared rare numbers; pairs sharing little are left out."""
    texts = f.texts
    kinds = ("tl", "name", "tw")
    postings: dict[tuple[str, str], list[str]] = defaultdict(list)
    numpost: dict[str, list[str]] = defaultdict(list)
    out: dict[tuple[str, str], tuple[float, ...]] = {}
    lo = 0
    ids = f.ids
    active: set[str] = set()
    for a in ids:
        ta = texts[a]
        while texts[ids[lo]].pub < ta.pub - window * D:
            active.discard(ids[lo])
            lo += 1
        acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        for k, kind in enumerate(kinds):
            va = f.vec[kind][a]
            for term, x in va.items():
                plist = postings[(kind, term)]
                for b in plist:
                    if b in active:
                        acc[b][k] += x * f.vec[kind][b][term]
                plist.append(a)
        for num in f.nums[a]:
            for b in numpost[num]:
                if b in active:
                    acc[b][3] += 1
            numpost[num].append(a)
        active.add(a)
        for b, v in acc.items():
            if v[0] >= 0.06 or v[1] >= 0.15 or v[2] >= 0.12 or v[3]:
                out[(b, a)] = (v[0], v[1], v[2], v[3])
    return out


def pairs(
    f: Features, s: Settings, raw: Mapping[tuple[str, str], tuple[float, ...]]
) -> dict[tuple[str, str], float]:
    """The pairs that link under ``s``, with their scores."""
    texts = f.texts
    out = {}
    for (b, a), (tl, name, tw, num) in raw.items():
        ta, tb = texts[a], texts[b]
        if abs(ta.pub - tb.pub) > s.window * D:
            continue
        if ta.lang != tb.lang and s.cross_only_names:
            tl = tw = 0.0
        if s.sib_name and name >= s.sib_name and tw < s.sib_tw and ta.day != tb.day:
            continue
        score = s.w_tl * tl + s.w_name * name + s.w_tw * tw + s.w_num * min(num, 3)
        score += s.w_who * (name * tw) ** 0.5
        score -= s.day_pen * max(0, abs(ta.day - tb.day) - s.day_free)
        if score >= s.link:
            out[(b, a)] = score
    return out


def cluster(f: Features, s: Settings, scored: Mapping[tuple[str, str], float]) -> dict[str, str]:
    """Best-first constrained merging of linked pairs into stories: article id -> story."""
    texts = f.texts
    parent = {a: a for a in f.ids}
    members: dict[str, list[str]] = {a: [a] for a in f.ids}
    days: dict[str, Counter[int]] = {a: Counter([texts[a].day]) for a in f.ids}
    series: dict[str, dict[int, set[int]]] = {}
    for a in f.ids:
        key = data.SER.get(a, 0)
        series[a] = {key: {texts[a].day}} if key else {}
    links: dict[str, Counter[str]] = {a: Counter() for a in f.ids}
    for a, b in scored:
        links[a][b] += 1
        links[b][a] += 1

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def kind(r: str) -> set[str]:
        out = set()
        for key in series[r]:
            if is_digest(key):
                out.add("digest")
            elif is_market(key):
                out.add("market")
        return out

    for (a, b), _score in sorted(scored.items(), key=lambda kv: -kv[1]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ka, kb = kind(ra), kind(rb)
        if "digest" in ka or "digest" in kb:
            continue
        if ("market" in ka) != ("market" in kb):
            continue
        if any(k in series[rb] and series[ra][k] != series[rb][k] for k in series[ra]):
            continue  # a recurring series never joins itself across days
        merged = days[ra] + days[rb]
        core = data.core_days(merged)
        if core[1] - core[0] > s.span:
            continue
        small = min(len(members[ra]), len(members[rb]))
        if s.share and links[ra][rb] < s.share * small:
            continue
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra] += members.pop(rb)
        days[ra] = merged
        for k, v in series.pop(rb).items():
            series[ra].setdefault(k, set()).update(v)
        for other, n in links.pop(rb).items():
            if other == ra:
                continue
            links[ra][other] += n
            links[other][ra] += n
            del links[other][rb]
        links[ra].pop(rb, None)
    return {a: find(a) for a in f.ids}


def attach_english(
    f: Features, system: Mapping[str, str], join: float, days: int = 2
) -> dict[str, str]:
    """Each English article that is alone in its story joins the Chinese story (of
    ``system``) nearest it, if the cosine clears ``join``: its names and words put into Chinese
    by CC-CEDICT (names, then senses read backwards: "impeach" -> 弹劾) and its numbers,
    weighed by Chinese articles, against the story's centroid of title x4 + lead bigrams, the
    story's core days within ``days`` of the article's publication day."""
    from bench import stories_reverse_gloss as gloss

    texts = f.texts
    zh = [a for a in f.ids if texts[a].lang != 1]
    df: Counter[str] = Counter()
    for a in zh:
        df.update((data.RECS[a]["title"] + data.RECS[a]["lead"]).keys())
    n = len(zh)
    maxdf = MAX_DF_SHARE * n
    tl = data.vectors("tl")
    members: dict[str, list[str]] = defaultdict(list)
    for a, story in system.items():
        members[story].append(a)
    cent: dict[str, dict[str, float]] = {}
    sdays: dict[str, tuple[int, int]] = {}
    for story, items in members.items():
        if any(texts[a].lang == 1 for a in items):
            continue
        c: dict[str, float] = defaultdict(float)
        for a in items:
            for t, w in tl[a].items():
                c[t] += w
        norm = math.sqrt(sum(w * w for w in c.values())) or 1.0
        cent[story] = {t: w / norm for t, w in c.items()}
        sdays[story] = data.core_days(Counter(texts[a].day for a in items))
    post: dict[str, list[str]] = defaultdict(list)
    for story, c in cent.items():
        for t in c:
            post[t].append(story)
    out = dict(system)
    for a in f.ids:
        ta = texts[a]
        if ta.lang != 1 or len(members[system[a]]) > 1:
            continue
        _w, tbig = gloss.english_terms(ta.title)
        _w, lbig = gloss.english_terms(ta.lead[:300])
        nums = [x for x in re.findall(r"\d+", ta.title + " " + ta.lead[:300]) if len(x) > 1]
        counts = Counter(lbig + nums) + Counter({t: 4 * k for t, k in Counter(tbig).items()})
        raw = {
            t: (1 + math.log(k)) * math.log((n + 1) / df[t])
            for t, k in counts.items()
            if 2 <= df[t] <= maxdf
        }
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vec = {t: w / norm for t, w in raw.items()}
        day = ta.pub // D
        acc: dict[str, float] = defaultdict(float)
        for t, w in vec.items():
            for story in post.get(t, ()):
                lo, hi = sdays[story]
                if lo - days <= day <= hi + days:
                    acc[story] += w * cent[story][t]
        if acc:
            best, score = max(acc.items(), key=lambda kv: kv[1])
            if score >= join:
                out[a] = best
    return out

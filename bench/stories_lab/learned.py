"""A learned article-story model (lab): online clustering where an article joins the candidate
story a logistic regression over 12 features rates most likely to be its event, if that
probability clears a threshold. Trained on the tuning half: a labelled article against its
event's story so far (positive) and against the other candidate stories (negative); unlabelled
articles sit in a seed clustering (``centroid.SEED``) and give negatives against labelled
events' stories."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from itertools import islice

from bench import stories_quality as sq
from bench.stories_lab import data
from bench.stories_lab.data import D, cos, pubday
from reader.core.stories.features import is_digest, is_market

NAMES = [
    "c_tl",
    "c_b",
    "c_ti",
    "max_tl",
    "top3_tl",
    "max_b",
    "cover",
    "dist",
    "dist2",
    "before",
    "logn",
    "age",
]
Row = tuple[str, list[float], int]  # (event, features, joined)


def _acc(c: dict[str, float], v: dict[str, float], n2: float) -> float:
    for t, w in v.items():
        o = c.get(t, 0.0)
        c[t] = o + w
        n2 += (o + w) ** 2 - o * o
    return n2


class Cluster:
    def __init__(self, sid: str) -> None:
        self.id = sid
        self.first, self.last = 1 << 62, 0
        self.members: list[str] = []
        self.ct: dict[str, float] = {}  # centroids: title+lead, body, title
        self.cb: dict[str, float] = {}
        self.ci: dict[str, float] = {}
        self.nt = self.nb = self.ni = 0.0
        self.days: Counter[int] = Counter()
        self.core: tuple[int, int] | None = None
        self.series: dict[int, set[int]] = {}
        self.markets = self.digests = 0
        self.lang: Counter[int] = Counter()
        self._key: list[tuple[str, float]] | None = None

    def add(self, a: str) -> None:
        r = data.RECS[a]
        self.members.append(a)
        self.first, self.last = min(self.first, r["pub"]), max(self.last, r["pub"])
        self.days[r["day"]] += 1
        self.lang[r["lang"]] += 1
        self.core = self._key = None
        ser = data.SER[a]
        self.markets += is_market(ser)
        self.digests += is_digest(ser)
        if ser:
            self.series.setdefault(ser, set()).add(pubday(r["pub"]))
        self.nt = _acc(self.ct, data.vectors("tl")[a], self.nt)
        self.nb = _acc(self.cb, data.vectors("body")[a], self.nb)
        self.ni = _acc(self.ci, data.vectors("title")[a], self.ni)

    def core_days(self) -> tuple[int, int]:
        if self.core is None:
            self.core = data.core_days(self.days)
        return self.core

    def key_terms(self, k: int = 15) -> list[tuple[str, float]]:
        if self._key is None:
            self._key = heapq.nlargest(k, self.ct.items(), key=lambda kv: kv[1])
        return self._key

    def market(self) -> bool:
        return 2 * self.markets > len(self.members)

    def open_to(self, a: str, span: int) -> bool:
        """Not too old for it, not a repeat of its series, its language."""
        r, ser = data.RECS[a], data.SER[a]
        if r["pub"] - self.first > span or is_market(ser) != self.market():
            return False
        if is_digest(ser) or self.digests:
            return False
        seen = self.series.get(ser) if ser else None
        if seen and seen != {pubday(r["pub"])}:
            return False
        return max(self.lang, key=self.lang.__getitem__) == r["lang"]


def features(a: str, s: Cluster) -> list[float]:
    r = data.RECS[a]
    vt, vb, vi = data.vectors("tl")[a], data.vectors("body")[a], data.vectors("title")[a]
    c_tl = cos(vt, s.ct) / math.sqrt(s.nt) if s.nt else 0.0
    c_b = cos(vb, s.cb) / math.sqrt(s.nb) if s.nb else 0.0
    c_ti = cos(vi, s.ci) / math.sqrt(s.ni) if s.ni else 0.0
    recent = s.members[-40:]
    st = sorted((cos(vt, data.vectors("tl")[m]) for m in recent), reverse=True)
    sb = max(cos(vb, data.vectors("body")[m]) for m in recent)
    key = s.key_terms()
    terms = set(r["title"]) | set(r["lead"]) | set(r["body"])
    cover = sum(w for t, w in key if t in terms) / (sum(w for _, w in key) or 1)
    lo, hi = s.core_days()
    dist = min(max(lo - r["day"], r["day"] - hi, 0), 5)
    return [c_tl, c_b, c_ti, st[0], sum(st[:3]) / min(3, len(st)), sb, cover, dist, dist**2,
            1.0 if r["day"] < lo else 0.0, math.log(len(s.members)), min((r["pub"] - s.first) / D, 10)]  # fmt: skip


def _candidates(post: Mapping[object, Mapping[object, float]], a: str, n: int) -> list[object]:
    sc: dict[object, float] = defaultdict(float)
    for t, w in islice(data.vectors("tl")[a].items(), 40):
        for k, cw in post.get(t, {}).items():
            sc[k] += w * cw
    return heapq.nlargest(n, sc, key=sc.__getitem__)


def cluster(
    score: Callable[[list[float]], float], span: int = 8 * D, n: int = 10
) -> dict[str, str]:
    """Each article in time order joins the candidate scoring best if its score is >= 0."""
    stories: dict[str, Cluster] = {}
    story_of: dict[str, str] = {}
    post: dict[object, dict[object, float]] = defaultdict(dict)
    for a in data.IDS:
        best, top = None, 0.0
        for sid in _candidates(post, a, n):
            s = stories[str(sid)]
            if s.open_to(a, span) and (v := score(features(a, s))) >= top:
                top, best = v, s
        if best is None:
            best = stories[a] = Cluster(a)
        best.add(a)
        story_of[a] = best.id
        for t in data.vectors("tl")[a]:
            post[t][best.id] = best.ct[t]
    return story_of


def training(
    seed: Mapping[str, str], gold: Mapping[str, sq.LabelRow], span: int = 8 * D, n: int = 10
) -> list[Row]:
    """Rows from the gold clusters of labelled articles and the seed clusters of the rest."""
    ev = {a: r.story for a, r in gold.items()}
    clusters: dict[tuple[str, str], Cluster] = {}
    post: dict[object, dict[object, float]] = defaultdict(dict)
    rows: list[Row] = []
    for a in data.IDS:
        e = ev.get(a)
        key = ("g", e) if e else ("s", seed[a])
        cands = [k for k in _candidates(post, a, n) if isinstance(k, tuple)]
        if e is not None or any(k[0] == "g" for k in cands):
            if e is not None and key in clusters and clusters[key].open_to(a, span):
                rows.append((e, features(a, clusters[key]), 1))
            for k in cands:
                if k == key or (e is None and k[0] != "g"):
                    continue  # an unlabelled article is a negative for labelled events only
                if clusters[k].open_to(a, span):
                    rows.append((e or k[1], features(a, clusters[k]), 0))
        s = clusters.get(key) or clusters.setdefault(key, Cluster(a))
        s.add(a)
        for t in data.vectors("tl")[a]:
            post[t][key] = s.ct[t]
    return rows


def fit(rows: list[Row], l2: float = 1.0) -> tuple[float, list[float]]:
    """Logistic regression by Newton's method with L2 on standardised features."""
    X = [x for _, x, _ in rows]
    y = [t for _, _, t in rows]
    k = len(X[0])
    mu = [sum(x[j] for x in X) / len(X) for j in range(k)]
    sd = [math.sqrt(sum((x[j] - mu[j]) ** 2 for x in X) / len(X)) or 1.0 for j in range(k)]
    Z = [[1.0] + [(x[j] - mu[j]) / sd[j] for j in range(k)] for x in X]
    w = [0.0] * (k + 1)
    for _ in range(25):
        g = [0.0] * (k + 1)
        H = [[0.0] * (k + 1) for _ in range(k + 1)]
        for z, t in zip(Z, y, strict=True):
            s = sum(wi * zi for wi, zi in zip(w, z, strict=True))
            p = 1 / (1 + math.exp(-max(min(s, 30), -30)))
            for i in range(k + 1):
                g[i] += (p - t) * z[i]
                pi = p * (1 - p) * z[i]
                for j in range(k + 1):
                    H[i][j] += pi * z[j]
        for i in range(1, k + 1):
            g[i] += l2 * w[i]
            H[i][i] += l2
        step = _solve(H, g)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    raw = [w[j + 1] / sd[j] for j in range(k)]
    return w[0] - sum(raw[j] * mu[j] for j in range(k)), raw


def _solve(A: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    M = [[*row, b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c and M[c][c]:
                f = M[r][c] / M[c][c]
                for j in range(c, n + 1):
                    M[r][j] -= f * M[c][j]
    return [M[i][n] / M[i][i] if M[i][i] else 0.0 for i in range(n)]


def scorer(b: float, w: list[float], threshold: float) -> Callable[[list[float]], float]:
    """Log-odds minus the threshold's: >= 0 when the probability is >= ``threshold``."""
    lt = math.log(threshold / (1 - threshold))
    return lambda x: b + sum(wi * xi for wi, xi in zip(w, x, strict=True)) - lt

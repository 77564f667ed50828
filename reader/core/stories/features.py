"""What clustering sees of an article: weighted terms of its title and lead, and its event day.

Terms are CJK character bigrams and words of other scripts taken from the *folded* text
(Traditional→Simplified, width and case folded), so a CNA text in Traditional and its copy in
Simplified give the same terms. Only the title and the first ``LEAD_CHARS`` of the body are
used: the lead says what happened; the rest of an article adds background shared by every
story of a saga. Terms are hashed into ``TERM_BUCKETS`` so they pack into 4 bytes with their
count (like the search index's bigram buckets, a collision only blurs two rare terms).

Measured on the labelled set (bench/stories_labels.tsv): the share of labelled articles whose
nearest neighbour within 3 days is labelled with them was 0.73 / 0.70 / 0.68 for leads of
150 / 300 / 600 characters (300 kept: 150 was not tried in full clustering) and 0.72 / 0.70 /
0.68 with title terms counted 4 / 2 / 1 times;
jieba words instead of bigrams gave a clustering F1 of 0.84 against 0.90, 22 s more on the
corpus and 42 MB more installed.
"""

from __future__ import annotations

import math
import operator
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from itertools import islice

from reader.core.search.fold import _CJK, fold
from reader.core.stories.lexicon import english_stop_words, names_for_english

LEAD_CHARS = 300
TITLE_WEIGHT = 4
TERM_BUCKETS = 1 << 21
TOP_TERMS = 64  # terms kept per article (by weight): the stored and clustered vector
MAX_DF_SHARE = 0.02  # terms in more than 2% of articles say nothing about one event...
MIN_DF_CAP = 50  # ...but a small library keeps terms seen up to this many times
MIN_DF = 5  # terms seen in fewer articles are mostly cross-word bigrams ("普誓" of 特朗普誓言)
MIN_DF_FLOOR = 3  # in a small library too: a term of one article links nothing, one of two
# articles is mostly what a near-copy shares with its original (captions, datelines)
# English words are whole words, not cross-word bigrams, and the English part of a library is
# small: a word two articles share links them (an Economist piece re-posted under a new title).
MIN_DF_FLOOR_EN = 2
DAY_CHARS = 200  # where the event day is looked for (the dateline and first sentence)
LOCAL_OFFSET_S = 8 * 3600  # most outlets date their news in UTC+8 (Beijing, Taipei, HK)

_COUNT_BITS = 8
_TF = [0.0] + [1.0 + math.log(c) for c in range(1, 256)]  # sublinear term frequency
_MONTH_DAY = re.compile(r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
_WEEKDAY = re.compile(r"(?:星期|周)([一二三四五六日天])")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8", "surrogatepass")) & (TERM_BUCKETS - 1)


_RUNS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


def _raw_terms(text: str) -> list[str]:
    """CJK bigrams and other-script words (of two or more characters, or digits)."""
    terms: list[str] = []
    for cjk, other in _RUNS.findall(text):
        if cjk:
            terms.extend(map(operator.add, cjk, cjk[1:]))  # the run's bigrams, in C
        elif len(other) > 1 or other.isdigit():
            terms.append(other)
    return terms


LANG_ZH, LANG_EN = 0, 1
_CJK_CHAR = re.compile(f"[{_CJK}]")
_LATIN_CHAR = re.compile(r"[a-z]")
_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_POSSESSIVE = re.compile(r"['’]s$")


def language(folded: str) -> int:
    """LANG_EN when Latin letters outnumber CJK characters ten to one in title and lead
    (English pieces quote Chinese names now and then), else LANG_ZH."""
    if len(_CJK_CHAR.findall(folded[:40])) > 8:  # most: no need to count further
        return LANG_ZH
    cjk = len(_CJK_CHAR.findall(folded))
    return LANG_EN if len(_LATIN_CHAR.findall(folded)) > 10 * cjk else LANG_ZH


def _english_terms(text: str) -> tuple[list[str], list[str]]:
    """(words that are not stop words, the CJK bigrams of the Chinese names they name)."""
    stop = english_stop_words()
    names = names_for_english()
    words = [_POSSESSIVE.sub("", w) for w in _WORDS.findall(text)]  # "kong’s" -> "kong"
    terms = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    translated: list[str] = []
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        found = names.get(pair) if pair else None
        step = 2 if found else 1
        found = found or names.get(words[i])
        for name in found or ():
            translated.extend(map(operator.add, name, name[1:]))
        i += step
    return terms, translated


_DIGITS = re.compile(r"\d+")
_HEAD_TAG = re.compile(r"^\s*(【[^】]{1,12}】|\[[^\]]{1,12}\])")
_PREFIX = re.compile(r"^([^：:｜|丨]{2,12})[：:｜|丨]")
# The low two bits of a series key: the whole title, its prefix ("早安世界：", "【新闻看点】"),
# or a market wrap (an outlet's market wraps are one series, whatever their titles).
SERIES_TITLE, SERIES_PREFIX, SERIES_MARKET, SERIES_DIGEST = 0, 1, 2, 3
_MARKET = re.compile(
    r"(?:[美欧日港台亚陆沪深]股|股市|股指|股汇|标普|纳指|道指|恒指|金价|油价|油市|汇市|债市|美元|人民币"
    r"|华尔街|期货)"
    r"[^,，。]{0,8}(?:收|涨|跌|走高|走低|攀升|下挫|持稳|回落|飙|高位|低位|开高|开低|上扬|下滑)"
)


def series_key(title: str, source: str, *, folded: bool = False) -> int:
    """Which recurring series of its outlet a title could belong to: its head tag or prefix
    ("【新闻看点】", "全球最新情报："), else the whole title with its numbers masked ("国内新增#例
    境外移入"). Whether the series recurs is counted over the library (``store.py``)."""
    masked = _DIGITS.sub("#", (title if folded else fold(title)).strip())
    head = _HEAD_TAG.match(masked) or _PREFIX.match(masked)
    key, kind = (head.group(1), SERIES_PREFIX) if head else (masked, SERIES_TITLE)
    if _MARKET.search(masked):
        key, kind = "\0market", SERIES_MARKET
    if _DIGEST.search(masked):
        key, kind = "\0digest", SERIES_DIGEST
    return (zlib.crc32(f"{source}\0{key}".encode("utf-8", "surrogatepass")) + 1) << 2 | kind


# A digest of the day's news ("简报：…；…", "早安世界", "全球最新情报", "一周要闻"): about no one
# event, it joins none (RFI's and the NYT's digests had joined the EU-China investment deal).
_DIGEST = re.compile(
    r"^简报[:：]|[:：]简报|早安世界|^早报[:：]|^晚报[:：]|一周大事|一周要闻|一周新闻|本周要闻|周报"
    r"|最新情报|新闻速览|今日看点|新闻看点|新闻摘要|daily briefing|the world this week"
)


def is_digest(series: int) -> bool:
    return series & 3 == SERIES_DIGEST


def is_market(series: int) -> bool:
    """A market wrap (stocks, gold, oil, currencies closing up or down): it joins only market
    wraps. Reuters' "美股收高 聚焦乔治亚州参议员决选结果" had joined the Georgia runoff."""
    return series & 3 == SERIES_MARKET


def split_lead(folded: str) -> tuple[str, str]:
    cut = folded.find("\n")
    if cut < 0:
        return folded, ""
    return folded[:cut], folded[cut + 1 : cut + 1 + LEAD_CHARS]


class TermIds:
    """Memoised term -> bucket (one crc32 per distinct term, not per occurrence). Emptied
    past ``LIMIT`` terms: the distinct bigrams of a library keep growing with its size (60 MB
    of memo at 24k articles), while a full memo saves little over a recent one."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def counts(self, folded: str) -> tuple[dict[int, int], int]:
        """The title and lead's term counts (title terms ``TITLE_WEIGHT`` times), and the
        language. English: words but stop words, and the bigrams of the Chinese names they
        name (CC-CEDICT: "Pelosi" -> 佩洛西), which is how an English report meets Chinese."""
        title, lead = split_lead(folded)
        lang = language(title + lead)
        if lang == LANG_EN:
            words, names = _english_terms(lead)
            found = Counter(words + names)
            words, names = _english_terms(title)
            title_terms = Counter(words + names)
        else:
            found = Counter(_raw_terms(lead))
            title_terms = Counter(_raw_terms(title))
        for term, n in title_terms.items():
            found[term] += TITLE_WEIGHT * n
        ids = self._ids
        if len(ids) > self.LIMIT:
            ids.clear()
        out: dict[int, int] = {}
        for term, n in found.items():
            tid = ids.get(term)
            if tid is None:
                tid = ids[term] = term_id(term)
            out[tid] = out.get(tid, 0) + n
        return out, lang


# A dateline: "（中央社記者華盛頓6日專電）", "路透北京12月17日 -", "【大纪元2021年01月07日讯】".
_DATELINE_DAY = re.compile(
    r"^\s*[（(【\[]?[^，。,\n]{0,24}?(?:\d{4}年)?(?:(\d{1,2})月)?(\d{1,2})日\s*(?:专?电|讯|電|\s*[-–—])"
)
# A photo caption: a sentence with a credit in brackets ("（法新社档案图）", "（路透社）" after
# a picture's description) or that starts with 图/圖/photo. Its date is the picture's.
_CAPTION = re.compile(
    r"[（(][^）)]{0,16}(?:图|摄|照|档案|资料|photo|getty|afp|reuters|路透|法新)[^）)]{0,8}[）)]"
    r"|^\s*(?:图|图片|photo)\s*[:：]"
)
_FIRST_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?\n]?")
# Timestamps ("2020-12-01t23:26:52z", "01/12/2020 - 22:08", "32 分钟前") and bylines that open
# a lead before its first sentence.
_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}t?[\d:.]*z?|\d{1,2}/\d{1,2}/\d{4}(?:\s*-\s*\d{1,2}:\d{2})?"
    r"|\d+\s*(?:分钟|小时|天)前|\d{1,2}:\d{2}|\s+"
)
_BYLINE = re.compile(r"记者|编辑|correspondent|reporter")
_NOT_WORD = re.compile(r"[\W_]+")


def event_day(folded: str, published: int | None) -> int:
    """The day (days since 1970-01-01, UTC+8) the report's evidence gives its event.

    In order: the dateline's day ("華盛頓6日專電"); a "M月D日", "D日" or weekday in the first
    sentence of the lead that is not a photo caption; the publication day. A date only
    counts within the week before publication (or the next day, for time zones). Captions
    and background sentences had given wrong days: of 340 singletons whose best match from
    another outlet scored >= 0.3, 90% had event days two or more apart, and most were the
    same event (issue 21); a date later in the lead is mostly background."""
    if published is None:
        return 0
    local = datetime.fromtimestamp(published + LOCAL_OFFSET_S, UTC).date()
    title, lead = split_lead(folded)
    for found_sentence in islice(_FIRST_SENTENCE.finditer(lead[:DAY_CHARS]), 8):
        sentence = found_sentence.group(0)
        # Not a timestamp, byline or repeated title before the text, nor a caption (its
        # credit may follow its full stop).
        if _TIME.sub("", sentence).strip() == "" or sentence.strip() == title.strip():
            continue
        if len(_NOT_WORD.sub("", sentence)) < 6 or _BYLINE.search(sentence):
            continue
        if _CAPTION.search(lead, found_sentence.start(), found_sentence.end() + 16):
            continue
        dateline = _DATELINE_DAY.match(sentence)
        if dateline and (found := _near(local, dateline.group(1), int(dateline.group(2)))):
            return found
        for match in _MONTH_DAY.finditer(sentence):
            if found := _near(local, match.group(1), int(match.group(2))):
                return found
        weekday = _WEEKDAY.search(sentence)
        if weekday:
            wanted = _WEEKDAYS[weekday.group(1)]
            for back in range(7):
                candidate = local - timedelta(days=back)
                if candidate.weekday() == wanted:
                    return _days(candidate)
        break  # the first sentence of the text says when, or nothing does
    return _days(local)


def _near(local: date, month: str | None, day: int) -> int:
    """The day of "M月D日" (or "D日") within the week before ``local`` or the day after; 0
    when none is."""
    for back in range(-1, 7):
        candidate = local - timedelta(days=back)
        if candidate.day == day and (month is None or int(month) == candidate.month):
            return _days(candidate)
    return 0


def _days(d: date) -> int:
    return (d - date(1970, 1, 1)).days


class _Freq:
    """Document frequency per term bucket in one language, and its idf table."""

    def __init__(self, counts: array[int] | None = None, docs: int = 0, floor: int = 0) -> None:
        self.counts = counts if counts is not None else array("I", bytes(4 * TERM_BUCKETS))
        self.docs = docs
        self.floor = floor or MIN_DF_FLOOR
        self._idf: list[float] = []
        self._idf_docs = -1

    def idf(self) -> list[float]:
        n = max(self.docs, 1)
        if n != self._idf_docs:
            max_df = int(max(MAX_DF_SHARE * n, MIN_DF_CAP))
            min_df = max(self.floor, min(MIN_DF, n // 1000))
            # idf by document frequency; 0 marks a term not used (too rare or too common)
            self._idf = [
                math.log((n + 1) / d) if min_df <= d <= max_df else 0.0 for d in range(max_df + 1)
            ]
            self._idf_docs = n
        return self._idf


class DocFreq:
    """Document frequency per term bucket (over title + lead terms) in each language, kept
    across updates. How common a term is is counted within its own language: sized on a
    mostly Chinese library, "when", "about" and "from" were rare terms, and a third of the
    English stories chained on them."""

    def __init__(self, zh: _Freq | None = None, en: _Freq | None = None) -> None:
        self.langs = (zh or _Freq(), en or _Freq(floor=MIN_DF_FLOOR_EN))

    @property
    def docs(self) -> int:
        return sum(f.docs for f in self.langs)

    def add(self, terms: Iterable[int], lang: int = LANG_ZH) -> None:
        freq = self.langs[lang]
        counts = freq.counts
        for t in terms:
            counts[t] += 1
        freq.docs += 1

    def weights(self, counts: Mapping[int, int], lang: int = LANG_ZH) -> dict[int, float]:
        """Unit-length TF-IDF vector of an article's top ``TOP_TERMS`` usable terms,
        heaviest first. An English article's Chinese name bigrams (and numbers) are weighed
        by the Chinese articles, where they occur."""
        own = self.langs[lang]
        idf, limit, df = own.idf(), len(own.idf()), own.counts
        other = self.langs[LANG_ZH] if lang == LANG_EN else None
        raw: list[tuple[float, int]] = []
        for t, c in counts.items():
            d = df[t]
            w = idf[d] if d < limit else 0.0
            if not w and other is not None:
                zidf = other.idf()
                zd = other.counts[t]
                w = zidf[zd] if zd < len(zidf) else 0.0
            if w:
                raw.append((_TF[c] * w if c < 256 else (1.0 + math.log(c)) * w, t))
        return _top(raw)

    def shared(self, counts: Mapping[int, int]) -> dict[int, float]:
        """An English article's terms that Chinese articles use too (translated names,
        numbers, Latin names), weighed by them: what it can be compared with a Chinese
        story by."""
        zh = self.langs[LANG_ZH]
        idf, limit, df = zh.idf(), len(zh.idf()), zh.counts
        raw = [
            (_TF[min(c, 255)] * idf[df[t]], t)
            for t, c in counts.items()
            if 0 < df[t] < limit and idf[df[t]]
        ]
        return _top(raw)


def _top(raw: list[tuple[float, int]]) -> dict[int, float]:
    raw.sort(key=lambda wt: (-wt[0], wt[1]))
    top = raw[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for w, _ in top))
    return {t: w / norm for w, t in top} if norm > 0 else {}


def pack(counts: Mapping[int, int], keep: Iterable[int]) -> bytes:
    """The kept terms with their counts, 4 bytes each (term << 8 | count)."""
    return array("I", sorted(t << _COUNT_BITS | min(counts[t], 255) for t in keep)).tobytes()


def unpack(blob: bytes) -> dict[int, int]:
    packed = array("I")
    packed.frombytes(blob)
    mask = (1 << _COUNT_BITS) - 1
    return {p >> _COUNT_BITS: p & mask for p in packed}

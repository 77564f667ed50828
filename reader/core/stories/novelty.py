"""What a report adds to its story: sentences, boilerplate removed, judged new by their facts.

A timeline shows, for each report after the first, the sentences that bring a fact no earlier
report had: a name (CC-CEDICT's proper nouns, a capitalised Latin word), a number, or a quote
whose words were not quoted before. Compared on folded text, so a Traditional report and a
Simplified one share their facts; a paraphrase or a second translation of a quote brings no
new name or number and repeats most of the quote's characters, so it is not new.

Boilerplate is taken out first (it was 12% of the shown sentences): timestamps
(``2021-01-12T15:37:58.301Z``, ``28/12/2020 - 05:32``, ``48 分钟前``), datelines at the head of
a sentence (``（中央社記者華盛頓6日專電）``, ``路透北京12月17日 -``), bylines and credits
(``记者 … 责编 …``, ``（譯者：…）``, ``（德国之声中文网）``, photo credits) and a sentence the
report already had (a caption repeating the lead).

Pure functions over text: ``Reader`` keeps what the earlier reports told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.search.fold import _CJK
from reader.core.stories.lexicon import chinese_names, english_stop_words

# A sentence ends at 。！？!? or a line break, or at ". " in Latin text.
_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[」』”\"）)]*|\n|$)|[^.\n]+\.(?=\s)")
_NOISE = re.compile(r"[\s\W_]+")
TOLD_SHARE = 0.8  # a sentence whose bigrams are 80% in one earlier sentence was told before
QUOTE_TOLD = 0.6  # a quote whose characters are 60% in one earlier quote is a paraphrase
MIN_CONTENT = 5  # a sentence with fewer letters left after boilerplate is not one

_TIME = (
    r"\d{4}-\d{2}-\d{2}[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?"  # ISO
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*-\s*\d{1,2}:\d{2})?"  # 28/12/2020 - 05:32
    r"|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?"  # 2021-01-07 05:32
    r"|\d+\s*(?:分钟|小时|天)前|\d{1,2}:\d{2}(?::\d{2})?\s*(?:utc|gmt|hkt|cst)?"
    r"|(?:更新|发布|发表|最后更新|出版)(?:时间|日期|于)?\s*[:：]?"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*(?:凌晨|上午|中午|下午|晚上|早上)?\s*(?:\d{1,2}[点时:]\d{1,2}分?)?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}"  # RFC 822
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:gmt|utc|[+-]\d{4}))?"
    r"|https?://\S+|www\.\S+"
)
_TIME_RE = re.compile(_TIME)
# A dateline: who and where at a report's head. "（中央社記者華盛頓6日專電）", "（法广）",
# "路透北京12月17日 - ", "【大纪元2021年01月07日讯】", "法新社巴黎6日電）", "(德国之声中文网)".
_DATELINE = re.compile(
    r"\s*(?:[（(【\[][^）)】\]\n]{0,40}(?:电|讯|報|报|专电|綜合|综合|中文网|法广|法廣|rfi)"
    r"[^）)】\]\n]{0,8}[）)】\]]"
    r"|(?:路透|法新社|美联社|美聯社|彭博|新华社|中央社|共同社|韩联社|德新社)[^，。,\n]{0,16}?"
    r"\d{1,2}日\s*(?:电|電)?\s*[-–—)）:：]?)\s*"
)
# Whole sentences that are credits, not news.
_CREDIT = re.compile(
    r"(?:^|[（(\s])(?:记者|編輯|编辑|责编|责任编辑|译者|翻译|摄影|图片来源|图片|图源|图|photo"
    r"|source|来源|撰稿|作者|校对|核稿|文|报道)[:：/／]"
    r"|getty images|afp via getty|reuters/|ap photo|epa-efe|版权所有|copyright|©"
    r"|^\s*[（(]?(?:德国之声中文网|本台|法广|美国之音)[）)]?\s*$"
    r"|(?:点击|订阅|下载|关注我们|分享到|请点击|欢迎订阅|阅读原文|责编|责任编辑|欢迎访问|阅读更多"
    r"|更多新闻|本文仅代表|未经授权|转载请)"
    r"|^\s*[（(]?(?:记者|编辑|撰文|文字|摄影)\s*[\w·]{2,4}\s*(?:[/、,，]|$)"
    # A credit or an editor's note in brackets, alone or closing a caption: "（法新社档案照）",
    # "（圖取自Pixabay圖庫）", "(美国之音/汤惠芸)", "（CDT编者按：…）", "(综合报导)".
    r"|^\s*[（(][^）)]*[）)]\s*$"
    r"|[（(][^）)]{0,30}(?:图|照|摄|档案|资料|取自|提供|/|编者按|报导|报道)[^）)]{0,30}[）)]\s*$"
    r"|^\s*(?:图为|图：|图片：|資料照|资料照)"
    r"|^\s*[—–-]+\s*.{0,40}\(@\w+\)"  # a tweet's signature
)
# A line of a few Latin words and no full stop: a byline ("William Yang", "RAYMOND ZHONG").
_NAME_LINE = re.compile(r"^\s*[a-z][a-z.'’-]*(?:\s+[a-z][a-z.'’-]*){0,3}\s*$")
# A short line without a full stop: a heading, a subheading or a link to another article.
_HEADING_CHARS = 30
_SENTENCE_END = re.compile(r"[。！？!?.…”」』\"'’:：;；]\s*$")


@dataclass(frozen=True, slots=True)
class Part:
    """One sentence of a report: offsets into its text (after a dateline), and its verdict."""

    start: int
    end: int
    kind: str  # "new", "told" (an earlier report had its facts) or "boilerplate"


def spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()]


def grams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)}


def noise_free(text: str) -> str:
    return _NOISE.sub("", text)


# Numbers, but not the day or month of a date: "1月6日" and "6日" are one date told twice.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?![\d.,]*\s*(?:日|号|月|年|时|点|:))")
_QUOTE = re.compile(r"[「『“\"]([^」』”\"\n]{4,})[」』”\"]")
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*")
_CJK_ONLY = re.compile(rf"[^{_CJK}]+")


@dataclass
class Facts:
    """What the reports read so far told: names, numbers, quotes (as character sets)."""

    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    quotes: list[set[str]] = field(default_factory=list)
    quote_index: dict[str, list[int]] = field(default_factory=dict)
    sentences: set[str] = field(default_factory=set)

    def quote_told(self, chars: set[str]) -> bool:
        hits: dict[int, int] = {}
        for ch in chars:
            for q in self.quote_index.get(ch, ()):
                hits[q] = hits.get(q, 0) + 1
        need = QUOTE_TOLD * len(chars)
        return any(n >= need for n in hits.values())

    def add_quote(self, chars: set[str]) -> None:
        n = len(self.quotes)
        self.quotes.append(chars)
        for ch in chars:
            self.quote_index.setdefault(ch, []).append(n)


class _NameFinder:
    """Proper nouns of a folded CJK text: the longest CC-CEDICT name at each position."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.heads = {n[:2] for n in names}
        self.longest = max((len(n) for n in names), default=2)

    def find(self, folded: str) -> list[str]:
        out: list[str] = []
        names, heads = self.names, self.heads
        i, end = 0, len(folded) - 1
        while i < end:
            if folded[i : i + 2] in heads:
                for size in range(min(self.longest, len(folded) - i), 1, -1):
                    if folded[i : i + size] in names:
                        out.append(folded[i : i + size])
                        i += size - 1
                        break
            i += 1
        return out


_FINDER: list[_NameFinder] = []


def _finder() -> _NameFinder:
    if not _FINDER:
        _FINDER.append(_NameFinder(chinese_names()))
    return _FINDER[0]


def sentence_facts(original: str, folded: str) -> tuple[set[str], set[str], list[set[str]]]:
    """(names, numbers, quotes as character sets) of one sentence."""
    names = set(_finder().find(folded))
    stop = english_stop_words()
    for match in _LATIN_NAME.finditer(original):
        words = [w for w in re.split(r"[ -]", match.group(0).lower()) if w not in stop]
        if words:
            names.add(" ".join(words))
    numbers = {n.replace(",", "") for n in _NUMBER.findall(folded)}
    quotes: list[set[str]] = []
    for match in _QUOTE.finditer(folded):
        inner = match.group(1)
        cjk = _CJK_ONLY.sub("", inner)
        chars = (
            set(cjk) if len(cjk) >= 4 else {w for w in re.findall(r"\w+", inner) if w not in stop}
        )
        if len(chars) >= 3:
            quotes.append(chars)
    return names, numbers, quotes


def strip_dateline(folded: str, start: int, end: int) -> int:
    """Where a sentence's content starts after a dateline at its head."""
    match = _DATELINE.match(folded, start, end)
    return match.end() if match else start


def is_boilerplate(folded: str) -> bool:
    """A sentence that is a timestamp, a byline, a credit, a caption's credit, a heading or
    a link, or a call to subscribe."""
    if _CREDIT.search(folded) or _NAME_LINE.match(folded):
        return True
    rest = noise_free(_TIME_RE.sub("", folded))
    if len(rest) < MIN_CONTENT:
        return True
    return len(rest) < _HEADING_CHARS and not _SENTENCE_END.search(folded)


def read_report(
    original: str, folded: str, facts: Facts, *, first: bool, body_from: int = 0
) -> list[Part]:
    """The sentences of one report from ``body_from`` on, each judged against ``facts`` (what
    the earlier reports told), which it then adds to. In the first report of a story every
    sentence that is not boilerplate is new."""
    parts: list[Part] = []
    own: set[str] = set()
    for s, e in spans(folded):
        if e <= body_from:
            continue
        s = max(s, body_from)
        s = strip_dateline(folded, s, e)
        piece = folded[s:e]
        key = noise_free(piece)
        if not key:
            continue
        if key in own or is_boilerplate(piece):
            parts.append(Part(s, e, "boilerplate"))
            continue
        own.add(key)
        names, numbers, quotes = sentence_facts(original[s:e], piece)
        new_quote = False
        for q in quotes:
            if not facts.quote_told(q):
                new_quote = True
            facts.add_quote(q)
        fresh = bool(names - facts.names or numbers - facts.numbers or new_quote)
        told = key in facts.sentences
        new = not told and (first or fresh)
        facts.names |= names
        facts.numbers |= numbers
        facts.sentences.add(key)
        parts.append(Part(s, e, "new" if new else "told"))
    return parts


def new_sentences(original: str, parts: Iterable[Part]) -> list[str]:
    return [t for p in parts if p.kind == "new" and (t := original[p.start : p.end].strip())]

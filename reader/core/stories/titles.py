"""A story's name: one member's title, without its outlet's decoration, naming the outcome.

14% of story titles carried decoration ("… – 法国国际广播电台 - RFI", "德国之声 | …", "【重磅】",
"[影]") and 28% of stories of three or more were named after their longest title: the member
closest to the centroid is the one with the most terms. Now each member's cleaned title is
scored by how much of it the other members' titles say too (a title of the event's words,
not of one outlet's angle), less when it announces rather than reports ("将", "预计", "will");
the best one names the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.search.fold import _CJK, fold
from reader.core.stories.lexicon import english_stop_words

# Labels in brackets at either end: 【重磅】, [影], (圖), 〔視頻〕, 「快訊」 is a quote: kept.
_TAG = r"(?:【[^】]{1,12}】|\[[^\]]{1,8}\]|[（(][^）)]{1,6}[）)]|〔[^〕]{1,8}〕)"
_HEAD_TAG = re.compile(rf"^\s*(?:{_TAG}\s*)+")
_TAIL_TAG = re.compile(rf"(?:\s*{_TAG})+\s*$")
# An outlet's name as a title segment: "… - 法国国际广播电台 - RFI", "德国之声 | …", "｜大紀元".
_SEPARATOR = re.compile(r"\s+[-–—|｜_]+\s+|\s*[|｜]\s*")
_OUTLET = re.compile(
    r"电台|之声|广播|rfi|bbc|voa|dw\b|早报|日报|时报|晚报|新闻|news|网$|报$|中文网|纪元|周刊"
    r"|时代|财经|卫报|经济学人|economist|times|post|journal|reuters|路透|法新社|美联社|中央社"
    r"|联合报|自由|端传媒|看中国|新唐人|明报|东网|苹果|立场|德国之声|美国之音|自由亚洲",
    re.IGNORECASE,
)
_PREVIEW = re.compile(
    r"将|拟|预计|即将|或将|有望|前瞻|预告|倒计时|\bwill\b|\bto face\b|\bahead of\b"
)
_TERMS = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
MIN_TITLE_CHARS = 6  # shorter titles ("快讯", "Briefing") name no event
PREVIEW_COST = 0.3


def clean_title(title: str) -> str:
    """The title without the outlet's name and the tags around it (never empty if the title
    was not)."""
    text = title.strip()
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if not (len(p) <= 24 and _OUTLET.search(fold(p)))]
        if kept and len(kept) < len(parts):
            text = " - ".join(p.strip() for p in kept)
    text = _TAIL_TAG.sub("", _HEAD_TAG.sub("", text)).strip()
    return text or title.strip()


def _terms(title: str) -> set[str]:
    stop = english_stop_words()
    out: set[str] = set()
    for run in _TERMS.findall(fold(title)):
        if "\u3400" <= run[0] <= "\u9fff":
            out.update(run[i : i + 2] for i in range(len(run) - 1))
        elif run not in stop and (len(run) > 1 or run.isdigit()):
            out.add(run)
    return out


def best_title(members: Sequence[tuple[str, str, int]]) -> str:
    """The member (id, title, published) whose cleaned title names the story: the share of its
    terms found in the other members' titles, less ``PREVIEW_COST`` for a preview; then the
    earlier, then the lower id. Two or fewer members: the first report."""
    if len(members) <= 2:
        return min(members, key=lambda m: (m[2], m[0]))[0]
    cleaned = [(aid, clean_title(title), published) for aid, title, published in members]
    terms = [_terms(t) for _, t, _ in cleaned]
    counts: dict[str, int] = {}
    for ts in terms:
        for t in ts:
            counts[t] = counts.get(t, 0) + 1
    others = len(members) - 1

    def score(n: int) -> tuple[float, int, str]:
        aid, title, published = cleaned[n]
        ts = terms[n]
        if len(title) < MIN_TITLE_CHARS or not ts:
            return (-1.0, -published, aid)
        support = sum(counts[t] - 1 for t in ts) / (len(ts) * others)
        preview = PREVIEW_COST if _PREVIEW.search(fold(title)) else 0.0
        return (support - preview, -published, aid)

    best = max(range(len(cleaned)), key=lambda n: (score(n)[0], score(n)[1], _neg(cleaned[n][0])))
    return cleaned[best][0]


def _neg(text: str) -> tuple[int, ...]:
    """Orders ids so that max() prefers the lower one."""
    return tuple(-ord(c) for c in text)

"""What a feed puts before an article's first words that the window shows anyway, or that is
wrong by the time anyone reads it.

BBC 中文 pages (5,300 of the corpus' files come from that feed family) open with the title again
as an <h1> right under the window's own title, then "最近更新： 7 分钟前": updated seven minutes
before the scrape, read years later as seven minutes ago. Both went into the viewer, the
snippets and the index. Only the lead is looked at (until the first words that are neither),
and an article made of nothing else keeps them.
"""

from __future__ import annotations

import re

from lxml import etree, html

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# "最近更新： 7 分钟前", "更新：3小時前", "Updated 5 hours ago", "2 days ago".
_RELATIVE_TIME = re.compile(
    r"^(?:(?:最近|最後|最后)?更新(?:时间|時間)?|(?:last\s+)?updated)?\s*[:：]?\s*"
    r"(?:\d+|一|两|兩|几|幾|an?)\s*"
    r"(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s*(?:前|以前|ago)$",
    re.IGNORECASE,
)
# A dateline ("2021年1月9日早上8点03分", "9 January 2021"): kept, and the lead goes on past it.
_DATELINE = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日\S{0,4}?(?:\d{1,2}[点點:：]\d{0,2}分?)?"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})$"
)
_LEAD_ELEMENTS = 60  # elements looked at before the first words; a lead is a few of them


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _is_furniture(el: etree._Element, title: str) -> bool:
    text = _squeezed(el.text_content())
    if not text:
        return False
    if el.tag in _HEADINGS and text == title:
        return True
    return el.tag in ("time", "span", "div", "p", "small") and bool(_RELATIVE_TIME.match(text))


def drop_lead_furniture(body: str, title: str) -> str | None:
    """``body`` (sanitized HTML) without the title repeated as a heading and relative
    "updated N minutes ago" lines in its lead; None when there is none (the common case,
    decided without parsing)."""
    squeezed_title = _squeezed(title)
    head = body[:4_000]
    if not (
        (squeezed_title and "<h" in head and squeezed_title[:8] in _squeezed(head))
        or "前<" in head
        or "ago<" in head.lower()
    ):
        return None
    try:
        root = html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    if (root.text or "").strip():
        return None  # the body opens with words
    dropped: list[etree._Element] = []
    for seen, el in enumerate(root.iterdescendants()):
        if seen >= _LEAD_ELEMENTS:
            break
        if any(a in dropped for a in el.iterancestors()):
            continue  # inside what goes
        if not isinstance(el.tag, str):  # a comment: only its tail is read
            if (el.tail or "").strip():
                break
            continue
        if _is_furniture(el, squeezed_title):
            dropped.append(el)
            if (el.tail or "").strip():
                break  # words follow it: the lead ends here
            continue
        if _words(el.text) or _words(el.tail):
            break  # the article's first words
    if not dropped or not _has_words_after(root, dropped):
        return None
    for el in dropped:
        el.drop_tree()
    out = str(etree.tostring(root, encoding="unicode", method="html", with_tail=False))
    return out[len("<div>") : -len("</div>")]


def _words(text: str | None) -> bool:
    """Text that is more than a dateline."""
    squeezed = _squeezed(text or "")
    return bool(squeezed) and not _DATELINE.match(squeezed)


def _has_words_after(root: etree._Element, dropped: list[etree._Element]) -> bool:
    """Something is left to read once they go (an article that is only a title keeps it)."""
    kept = _squeezed(root.text_content())
    gone = sum(len(_squeezed(el.text_content())) for el in dropped)
    return len(kept) > gone

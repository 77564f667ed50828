"""The search box's query language, parsed into needles and filters. Never raises.

Words are ANDed; ``OR`` between two terms makes them alternatives and binds tighter than the
AND between words (``a b OR c`` = a AND (b OR c)); parentheses group (``蓬佩奥 (台湾 OR 中国)``,
``(a b) OR c``); ``-word`` or ``NOT word`` excludes, also a group (``-(a OR b)``) and inside an
OR (``-中国 OR 台湾``: not 中国, or 台湾); ``"exact phrase"`` keeps spaces; ``title:``,
``source:``, ``category:`` and ``date:2021-01`` / ``date:2020-12-01..2021-01-15`` restrict (always
ANDed). An unclosed parenthesis is closed at the end and a stray one ignored, so a half-typed
query still searches; unbalanced quotes fall back to plain words.

The query becomes what the engine searches: an AND of OR-clauses of needles (conjunctive
normal form: NOT pushed down to single needles by De Morgan, OR distributed over AND), a
needle in a clause possibly negated ("absent"); a clause of one negated needle is an excluded
needle. `蓬佩奥 -中国 OR 台湾` was read as (蓬佩奥 OR 台湾) AND NOT 中国: 1,807 articles, 1,740
of them without 蓬佩奥.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from reader.core.search.api import MAX_NEEDLE_CHARS, MAX_QUERY_TERMS
from reader.core.search.fold import fold

# A parenthesis (with its minus) first, so "-(" is not read as a word "-"; then a term.
_TOKEN = re.compile(r'(-?)([()])|(-?)(?:(\w+):)?(?:"([^"]*)"|([^\s()]+))')
_FIELDS = frozenset({"title", "source", "category", "date"})
# Past MAX_TERMS (api.py) terms the query is cut, and the search says how many it left out.
MAX_TERMS = MAX_QUERY_TERMS
_WORDY = re.compile(r"\w")  # a token past the bound that would have been a needle


@dataclass(frozen=True)
class Needle:
    """One substring the article must contain (in its title, for ``title:``)."""

    text: str  # as typed
    folded: str
    title_only: bool = False
    cut: bool = False  # longer than MAX_NEEDLE_CHARS: only its start is looked for
    negated: bool = False  # in a clause: the clause holds when this is absent


@dataclass
class ParsedQuery:
    groups: list[list[Needle]] = field(default_factory=list)  # AND of OR-groups (clauses)
    excluded: list[Needle] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # substrings of source names
    categories: list[str] = field(default_factory=list)
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    fallback: bool = False  # the query had a syntax error and was searched as plain text
    left_out: int = 0  # terms past MAX_TERMS (not searched) and needles cut to their start

    @property
    def needles(self) -> list[Needle]:
        """What to look for and mark: every needle that counts by being there."""
        return [n for group in self.groups for n in group if not n.negated]

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.sources or self.categories
                    or self.date_from or self.date_to)  # fmt: skip


def _local(day: date) -> datetime:
    """The start of a local day: ``date:`` means the reader's days, as the list shows them."""
    return datetime.combine(day, time.min).astimezone()


def _parse_day(text: str, end: bool) -> datetime:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return _local(date(parts[0] + 1, 1, 1) if end else date(parts[0], 1, 1))
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        days = calendar.monthrange(parts[0], parts[1])[1]
        return _local(start + timedelta(days=days) if end else start)
    day = date(parts[0], parts[1], parts[2])
    return _local(day + timedelta(days=1) if end else day)


def parse_date_range(value: str) -> tuple[datetime | None, datetime | None]:
    """``2021``, ``2021-01``, ``2021-01-05``, ``A..B``, ``A..`` or ``..B`` (B inclusive)."""
    if not re.fullmatch(r"(\d{4}(-\d{1,2}){0,2})?(\.\.(\d{4}(-\d{1,2}){0,2})?)?", value):
        raise ValueError(value)
    if ".." in value:
        lo, hi = value.split("..", 1)
        return (_parse_day(lo, False) if lo else None, _parse_day(hi, True) if hi else None)
    return _parse_day(value, False), _parse_day(value, True)


def _needle(text: str, title_only: bool = False) -> Needle | None:
    collapsed = " ".join(text.split())
    cut = len(collapsed) > MAX_NEEDLE_CHARS
    collapsed = collapsed[:MAX_NEEDLE_CHARS]
    folded = fold(collapsed)
    if not re.search(r"\w", folded):
        return None
    return Needle(collapsed, folded, title_only, cut)


def _plain(query: str) -> ParsedQuery:
    parsed = ParsedQuery(fallback=True)
    for word in query.replace('"', " ").split():
        field_name, colon, _ = word.lstrip("-").partition(":")
        if colon and field_name.lower() in _FIELDS:
            continue  # a malformed filter is syntax, not text to look for
        if len(parsed.groups) >= MAX_TERMS:
            parsed.left_out += bool(_WORDY.search(word))
        elif needle := _needle(word.lstrip("-")):
            parsed.groups.append([needle])
    return parsed


def parse_query(query: str) -> ParsedQuery:
    if query.count('"') % 2:
        parsed = _plain(query)
    else:
        try:
            parsed = _parse(query)
        except (ValueError, OverflowError):
            parsed = _plain(query)
    parsed.left_out += sum(n.cut for n in (*parsed.needles, *parsed.excluded))
    return parsed


Clauses = list[list[Needle]]  # an AND of OR-clauses
MAX_CLAUSES = 64  # distributing OR over AND multiplies clauses: past this, the rest is cut


def _negated(needle: Needle) -> Needle:
    return replace(needle, negated=not needle.negated)


def _or(left: Clauses, right: Clauses) -> tuple[Clauses, bool]:
    """(a1 ∧ a2) ∨ (b1 ∧ b2) = (a1 ∨ b1) ∧ (a1 ∨ b2) ∧ …; cut (True) past MAX_CLAUSES."""
    if not left or not right:  # an empty side matches everything
        return [], False
    product = [[*a, *b] for a in left for b in right]
    return product[:MAX_CLAUSES], len(product) > MAX_CLAUSES


def _not(clauses: Clauses) -> tuple[Clauses, bool]:
    """¬(C1 ∧ C2) = ¬C1 ∨ ¬C2, and ¬(a ∨ b) = ¬a ∧ ¬b."""
    result: Clauses | None = None
    cut = False
    for clause in clauses:
        negated = [[_negated(n)] for n in clause]
        if result is None:
            result = negated
        else:
            result, more = _or(result, negated)
            cut = cut or more
    return result or [], cut


class _Parser:
    """Recursive descent over the tokens: and := or+ ; or := unary (OR unary)* ;
    unary := (- | NOT) unary | atom ; atom := term | ( and )."""

    def __init__(self, query: str, parsed: ParsedQuery) -> None:
        self.tokens = list(_TOKEN.finditer(query))
        self.at = 0
        self.parsed = parsed
        self.terms = 0  # needles so far (MAX_TERMS at most)

    def peek(self) -> re.Match[str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def word(self, token: re.Match[str] | None) -> str | None:
        """OR, NOT (bare, unquoted, no field), or None."""
        if token is None or token.group(2) is not None:
            return None
        minus, fname, quoted, bare = token.group(3, 4, 5, 6)
        if quoted is None and not fname and not minus and bare in ("OR", "NOT"):
            return str(bare)
        return None

    def is_paren(self, token: re.Match[str] | None, which: str) -> bool:
        return token is not None and token.group(2) == which

    def parse_and(self, inner: bool = False) -> Clauses:
        clauses: Clauses = []
        while (token := self.peek()) is not None:
            if self.is_paren(token, ")"):
                if inner:
                    return clauses
                self.at += 1  # a stray ")": ignored
                continue
            if self.word(token) == "OR":  # OR with nothing before it: ignored
                self.at += 1
                continue
            clauses += self.parse_or()
        return clauses

    def parse_or(self) -> Clauses:
        left = self.parse_unary()
        while self.word(self.peek()) == "OR":
            self.at += 1
            if (token := self.peek()) is None or self.is_paren(token, ")"):
                break  # OR at the end: ignored
            right = self.parse_unary()
            if not right:
                continue
            if not left:
                left = right
                continue
            left, cut = _or(left, right)
            self.parsed.left_out += cut
        return left

    def parse_unary(self) -> Clauses:
        token = self.peek()
        if token is None:
            return []
        if self.word(token) == "NOT":
            self.at += 1
            inner = self.parse_unary()
            clauses, cut = _not(inner)
            self.parsed.left_out += cut
            return clauses
        if token.group(2) == "(":
            self.at += 1
            inner = self.parse_and(inner=True)
            if self.is_paren(self.peek(), ")"):
                self.at += 1  # (an unclosed one is closed at the end)
            if token.group(1):  # -( … )
                clauses, cut = _not(inner)
                self.parsed.left_out += cut
                return clauses
            return inner
        self.at += 1
        return self.term(token)

    def term(self, token: re.Match[str]) -> Clauses:
        parsed = self.parsed
        if token.group(2) is not None:  # ")" where a term was wanted: nothing
            return []
        minus, fname, quoted, bare = token.group(3, 4, 5, 6)
        if fname and fname.lower() not in _FIELDS:  # "http:" or "12:30" is just text
            bare, quoted, fname = token.group(0).lstrip("-"), None, None
        value = quoted if quoted is not None else bare
        key = fname.lower() if fname else None
        if key == "date":  # filters are always ANDed
            lo, hi = parse_date_range(value)
            parsed.date_from, parsed.date_to = lo or parsed.date_from, hi or parsed.date_to
            return []
        if key in ("source", "category"):
            filters = parsed.sources if key == "source" else parsed.categories
            if len(filters) >= MAX_TERMS:
                parsed.left_out += 1
            else:
                filters.append(value[:MAX_NEEDLE_CHARS])
            return []
        if self.terms >= MAX_TERMS:  # counted without folding it: 10,000 folds cost 0.3 s
            parsed.left_out += bool(_WORDY.search(value))
            return []
        needle = _needle(value, title_only=key == "title")
        if needle is None:
            return []
        self.terms += 1
        return [[_negated(needle)]] if minus else [[needle]]


def _parse(query: str) -> ParsedQuery:
    parsed = ParsedQuery()
    clauses = _Parser(query, parsed).parse_and()
    for clause in clauses:
        unique = list(dict.fromkeys(clause))
        if any(_negated(n) in unique for n in unique):
            continue  # a OR NOT a: always true
        if len(unique) == 1 and unique[0].negated:
            parsed.excluded.append(_negated(unique[0]))
        elif unique not in parsed.groups:
            parsed.groups.append(unique)
    return parsed

"""One article as a reference: what RIS, BibTeX and CSL-JSON each say of it.

Built from the article as parsed (title, outlet, author, date, URL, text for its language)
when its file is there, else from the catalog, else from the copy a bookmark or highlight
keeps, so a reference outlives the file. The outlet is the publication's own name
(``outlets.py``), its date the outlet's day (``dating.py``). The reader's bookmark note and
highlights (quote and note) travel with it as notes, their tags as keywords.

An unsigned news article has no author (Zotero's and CSL's convention): the outlet is never
put in the author's place here; a style that wants it there (Chicago's bibliography) or wants
the title there (APA) does so itself (``styled.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from reader.core.citations.dating import issued_day
from reader.core.citations.outlets import host_of, outlet_of
from reader.core.script import is_traditional

NEWSPAPER, WEB = "newspaper", "web"
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class Annotation:
    quote: str
    note: str = ""


@dataclass(frozen=True)
class Reference:
    article_id: str
    title: str
    outlet: str = ""  # the container: newspaper, agency or site, by its own name
    authors: tuple[str, ...] = ()  # people, where the feed names them apart from the outlet
    issued: datetime | None = None  # UTC (for order); cited as ``day``
    url: str | None = None
    accessed: date | None = None  # when the copy in the archive was saved (dating.saved_day)
    language: str = ""  # zh-Hans, zh-Hant or en; "" when the text does not say
    note: str = ""  # the reader's bookmark note
    highlights: tuple[Annotation, ...] = field(default=())
    issued_on: date | None = None  # the outlet's day, when the file said more than ``issued``
    tags: tuple[str, ...] = ()  # the reader's tags on its bookmark and highlights

    @property
    def day(self) -> date | None:
        """The day of issue as the outlet dated it (dating.issued_day)."""
        if self.issued_on is not None:
            return self.issued_on
        return issued_day(self.issued, url=self.url, outlet=outlet_of(self.url))

    @property
    def kind(self) -> str:
        """A newspaper (or agency, broadcaster) article, or a web article: as the outlet table
        says; for other outlets, a newspaper when one other than the bare web host published
        it."""
        known = outlet_of(self.url)
        if known is not None:
            return WEB if known.web else NEWSPAPER
        host, outlet = host_of(self.url), self.outlet.strip().lower()
        if outlet and outlet.removeprefix("www.") != host:
            return NEWSPAPER
        return WEB

    @property
    def key(self) -> str:
        """A citation key (ASCII, stable): the outlet's host, the year, the id's start."""
        host = (urlsplit(self.url).hostname or "") if self.url else ""
        parts = [p for p in host.split(".") if p not in ("www", "com", "cn", "net", "org", "tw",
                                                         "hk", "sg", "co", "uk")]  # fmt: skip
        stem = re.sub(r"[^a-z0-9]", "", (parts[0] if parts else "").lower()) or "article"
        year = f"{self.day:%Y}" if self.day else "nd"
        return f"{stem}{year}_{self.article_id[:8]}"

    def notes(self) -> list[str]:
        """The reader's words for it: the bookmark note, then each highlight (its quote, and
        its note after a dash)."""
        out = [self.note.strip()] if self.note.strip() else []
        for h in self.highlights:
            quote = " ".join(h.quote.split())
            out.append(f"“{quote}” — {h.note.strip()}" if h.note.strip() else f"“{quote}”")
        return out


def language_of(text: str) -> str:
    """zh-Hant, zh-Hans or en by what the text is written in ("" for neither)."""
    sample = unicodedata.normalize("NFKC", text[:20_000])
    han, latin = len(_HAN.findall(sample)), len(_LATIN.findall(sample))
    if han and han * 4 >= latin:  # a Chinese text quoting English names is still Chinese
        return "zh-Hant" if is_traditional(sample) else "zh-Hans"
    return "en" if latin else ""

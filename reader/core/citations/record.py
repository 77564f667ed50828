"""One article as a reference: what RIS, BibTeX and CSL-JSON each say of it.

Built from the article as parsed (title, outlet, author, date, URL, text for its language)
when its file is there, else from the catalog, else from the copy a bookmark or highlight
keeps, so a reference outlives the file. The reader's bookmark note and highlights (quote and
note) travel with it as notes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

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
    outlet: str = ""  # the container: newspaper, agency or site
    authors: tuple[str, ...] = ()  # people, where the feed names them apart from the outlet
    issued: datetime | None = None  # UTC
    url: str | None = None
    accessed: date | None = None  # when the copy in the archive was saved (its file's time)
    language: str = ""  # zh-Hans, zh-Hant or en; "" when the text does not say
    note: str = ""  # the reader's bookmark note
    highlights: tuple[Annotation, ...] = field(default=())

    @property
    def kind(self) -> str:
        """A newspaper (or agency) article when an outlet other than the bare web host
        published it, else a web article."""
        host = urlsplit(self.url).hostname or "" if self.url else ""
        outlet = self.outlet.strip().lower()
        if outlet and outlet != host and outlet != host.removeprefix("www."):
            return NEWSPAPER
        return WEB

    @property
    def key(self) -> str:
        """A citation key (ASCII, stable): the outlet's host, the year, the id's start."""
        host = (urlsplit(self.url).hostname or "") if self.url else ""
        parts = [p for p in host.split(".") if p not in ("www", "com", "cn", "net", "org", "tw",
                                                         "hk", "sg", "co", "uk")]  # fmt: skip
        stem = re.sub(r"[^a-z0-9]", "", (parts[0] if parts else "").lower()) or "article"
        year = f"{self.issued:%Y}" if self.issued else "nd"
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


def accessed_from_mtime(mtime_ns: int) -> date | None:
    if mtime_ns <= 0:
        return None
    return datetime.fromtimestamp(mtime_ns / 1e9, UTC).date()

"""Who published an article, for a citation: the publication's own name, not the feed's label.

Feeds label their items for their own lists ("经济学人en", "(臺)中央社CNA", "法广", "中参馆"); a
bibliography needs the publication as it names itself. The address the article came from is the
reliable key: every article of the real corpus carries its URL (23,695 of its 23,922 files in
their front matter, the other 227 in their heading), while labels differ from feed to feed.
The table below is data: one row per host of the archive's outlets, with

- the outlet's name in Simplified Chinese, Traditional Chinese and English (an article is cited
  under the name its own language uses: an Economist article in English is "The Economist", a
  CNA report in Traditional Chinese "中央社");
- its home time zone, where its newsroom dates its stories (the day an article is cited under:
  ``dating.py``), "" when the site has none (blog platforms);
- how its URLs carry the day of publication, if they do (a regular expression with the named
  groups y, m, d);
- whether it is a web platform (blogs, self-publishing) rather than a newspaper, agency or
  broadcaster (RIS ELEC / CSL webpage instead of NEWS / article-newspaper).

An address not in the table (another library's outlets) keeps the feed's label, or the outlet
the library names most often for that host (the catalog's host aliases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    hans: str  # the name in Simplified Chinese
    hant: str  # in Traditional Chinese
    en: str  # in English
    zone: str = ""  # IANA time zone of its newsroom ("" unknown)
    url_date: str = ""  # regex with groups y, m, d: the day its URLs carry
    web: bool = False  # a web platform (blogs), not a newspaper, agency or broadcaster

    def name(self, language: str) -> str:
        """The name an article in ``language`` (zh-Hans, zh-Hant, en) is cited under."""
        if language == "en":
            return self.en
        return self.hant if language == "zh-Hant" else self.hans


# Hosts without "www."; a subdomain falls back to its parent (hulitw.medium.com -> medium.com).
# fmt: off
OUTLETS: dict[str, Outlet] = {
    "cna.com.tw": Outlet("中央社", "中央社", "Central News Agency", "Asia/Taipei",
                         r"/(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)\d{4}\.aspx"),
    "rfi.fr": Outlet("法国国际广播电台", "法國國際廣播電台", "Radio France Internationale",
                     "Europe/Paris", r"/(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)-"),
    "zaobao.com": Outlet("联合早报", "聯合早報", "Lianhe Zaobao", "Asia/Singapore",
                         r"/story(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)-"),
    "zaobao.com.sg": Outlet("联合早报", "聯合早報", "Lianhe Zaobao", "Asia/Singapore",
                            r"/story(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)-"),
    "epochtimes.com": Outlet("大纪元", "大紀元", "The Epoch Times", "America/New_York",
                             r"/(?:gb|b5)/(?P<y>\d\d)/(?P<m>\d\d?)/(?P<d>\d\d?)/"),
    "cn.reuters.com": Outlet("路透中文网", "路透中文網", "Reuters", "Asia/Shanghai"),
    "voachinese.com": Outlet("美国之音", "美國之音", "Voice of America", "America/New_York",
                             r"-(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)/\d+\.html"),
    "dw.com": Outlet("德国之声", "德國之聲", "Deutsche Welle", "Europe/Berlin"),
    "economist.com": Outlet("经济学人", "經濟學人", "The Economist", "Europe/London",
                            r"/(?P<y>20\d\d)/(?P<m>\d\d)/(?P<d>\d\d)/"),
    "bbc.com": Outlet("BBC News 中文", "BBC News 中文", "BBC News", "Europe/London"),
    "bbc.co.uk": Outlet("BBC News 中文", "BBC News 中文", "BBC News", "Europe/London",
                        r"/(?P<y>20\d\d)/(?P<m>\d\d)/\d\d(?P=m)(?P<d>\d\d)_"),
    "chinadigitaltimes.net": Outlet("中国数字时代", "中國數字時代", "China Digital Times",
                                    "America/Los_Angeles"),
    "solidot.org": Outlet("Solidot", "Solidot", "Solidot", "Asia/Shanghai"),
    "rfa.org": Outlet("自由亚洲电台", "自由亞洲電台", "Radio Free Asia", "America/New_York",
                      r"-(?P<m>\d\d)(?P<d>\d\d)(?P<y>20\d\d)\d{6}\.html"),
    "rti.org.tw": Outlet("中央广播电台", "中央廣播電臺", "Radio Taiwan International",
                         "Asia/Taipei"),
    # edited in Hong Kong: its URL days are Hong Kong's in all 331 real articles, New York's in 167
    "cn.nytimes.com": Outlet("纽约时报中文网", "紐約時報中文網", "The New York Times Chinese",
                             "Asia/Hong_Kong", r"/(?P<y>20\d\d)(?P<m>\d\d)(?P<d>\d\d)/"),
    "cn.ft.com": Outlet("FT中文网", "FT中文網", "Financial Times Chinese", "Asia/Shanghai"),
    "ft.com": Outlet("金融时报", "金融時報", "Financial Times", "Europe/London"),
    "thestandnews.com": Outlet("立场新闻", "立場新聞", "Stand News", "Asia/Hong_Kong"),
    "zh.bitterwinter.org": Outlet("寒冬", "寒冬", "Bitter Winter", "Europe/Rome"),
    "chinafile.com": Outlet("中参馆", "中參館", "ChinaFile", "America/New_York"),
    "allnow.com": Outlet("燕京书评", "燕京書評", "Yanjing Book Review", "Asia/Shanghai"),
    "wqw2010.blogspot.com": Outlet("维权网", "維權網", "Weiquanwang", web=True),
    "matters.news": Outlet("Matters", "Matters", "Matters", web=True),
    "medium.com": Outlet("Medium", "Medium", "Medium", web=True),
    "verbalflystep.com": Outlet("Medium", "Medium", "Medium", web=True),  # a Medium blog
    "iyouport.org": Outlet("iYouPort", "iYouPort", "iYouPort", web=True),
    "pao-pao.net": Outlet("泡泡", "泡泡", "PaoPao", web=True),
    "nei.st": Outlet("Nei.st", "Nei.st", "Nei.st", web=True),
}
# fmt: on


def host_of(url: str | None) -> str:
    """The URL's host, lower-cased, without "www." ("" when it has none)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def outlet_of(url: str | None) -> Outlet | None:
    """The outlet of an article from its address: its host, else the host's parent domains."""
    host = host_of(url)
    while host:
        found = OUTLETS.get(host)
        if found is not None:
            return found
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def cited_outlet(url: str | None, label: str, language: str,
                 aliases: dict[str, str] | None = None) -> str:  # fmt: skip
    """The outlet's name for a citation: the table's, else the feed's ``label``; a label that
    is only the web host (files without front matter) becomes the outlet the library names
    most often for that host (``aliases``: the catalog's host aliases)."""
    found = outlet_of(url)
    if found is not None:
        return found.name(language)
    host = host_of(url)
    if aliases and label.lower().removeprefix("www.") == host and host in aliases:
        return aliases[host]
    return label


@lru_cache(maxsize=64)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def url_day(url: str | None, outlet: Outlet | None) -> tuple[int, int, int] | None:
    """(year, month, day) as the outlet's URL carries it, if its URLs do."""
    if not url or outlet is None or not outlet.url_date:
        return None
    found = _pattern(outlet.url_date).search(url)
    if found is None:
        return None
    year, month, day = (int(found.group(k)) for k in ("y", "m", "d"))
    return (year + 2000 if year < 100 else year), month, day

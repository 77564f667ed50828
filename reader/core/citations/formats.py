"""References as RIS, BibTeX and CSL-JSON: the formats Zotero, EndNote, JabRef, Pandoc and
citeproc processors take. Each is checked in the tests by a real parser of it (rispy,
bibtexparser, citeproc-py), not by this code.

- RIS: ``TY NEWS`` (newspaper) or ``ELEC`` (web page); ``T2`` the outlet (Zotero reads it as
  the publication), ``DA`` the full date, ``Y2`` the access date, ``LA`` the language, one
  ``KW`` per tag, one ``N1`` per note (Zotero makes each a child note).
- BibTeX (biblatex fields, which BibTeX styles ignore harmlessly): ``@article`` with
  ``journaltitle``/``journal`` and ``entrysubtype = {newspaper}``, or ``@online``; ``urldate``,
  ``keywords``, notes in ``annotation``. UTF-8; TeX's special characters escaped. ``langid``
  must name a babel/polyglossia language (biblatex's manual) that biblatex localises: English
  articles say ``english``; biblatex has no Chinese localisation (its lbx modules), so a
  Chinese article has no ``langid`` (it is set in the document's language, as a CJK document
  set up with xeCJK or ctex wants) and keeps its BCP 47 tag in ``language``, which Zotero's
  and JabRef's imports read as the item's language.
- CSL-JSON: ``article-newspaper`` or ``webpage``; authors as literal names (Chinese names are
  not split into family and given), tags in ``keyword``, notes in ``note``.

Every date is the outlet's day (``Reference.day``); an unsigned article has no author.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date

from reader.core.citations.record import NEWSPAPER, Reference

FORMATS = ("ris", "bibtex", "csl-json")


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}"


def to_ris(refs: Sequence[Reference]) -> str:
    lines: list[str] = []
    for r in refs:
        lines.append(_ris_line("TY", "NEWS" if r.kind == NEWSPAPER else "ELEC"))
        lines.append(_ris_line("ID", r.key))
        lines.append(_ris_line("TI", r.title))
        if r.outlet:
            lines.append(_ris_line("T2", r.outlet))
        lines += [_ris_line("AU", a) for a in r.authors]
        if r.day:
            lines.append(_ris_line("PY", f"{r.day:%Y}"))
            lines.append(_ris_line("DA", f"{r.day:%Y/%m/%d}"))
        if r.url:
            lines.append(_ris_line("UR", r.url))
        if r.accessed:
            lines.append(_ris_line("Y2", f"{r.accessed:%Y/%m/%d}"))
        if r.language:
            lines.append(_ris_line("LA", r.language))
        lines += [_ris_line("KW", t) for t in r.tags]
        lines += [_ris_line("N1", n) for n in r.notes()]
        lines.append("ER  - ")
        lines.append("")
    return "\r\n".join(lines)  # the RIS specification's line ends


_TEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_TEX_WORDS = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def tex(text: str) -> str:
    text = " ".join(text.split())
    return _TEX_SPECIAL.sub(lambda m: _TEX_WORDS.get(m.group(1), "\\" + m.group(1)), text)


def to_bibtex(refs: Sequence[Reference]) -> str:
    entries: list[str] = []
    for r in refs:
        newspaper = r.kind == NEWSPAPER
        fields: list[tuple[str, str]] = [("title", "{" + tex(r.title) + "}")]
        if r.authors:
            fields.append(("author", " and ".join("{" + tex(a) + "}" for a in r.authors)))
        if r.outlet:
            # journaltitle for biblatex, journal for BibTeX styles; organization for @online
            names = ("journaltitle", "journal") if newspaper else ("organization",)
            fields += [(name, tex(r.outlet)) for name in names]
        if newspaper:
            fields.append(("entrysubtype", "newspaper"))
        if r.day:
            fields += [("date", f"{r.day:%Y-%m-%d}"), ("year", f"{r.day:%Y}"),
                       ("month", f"{r.day.month}")]  # fmt: skip
        if r.url:
            fields.append(("url", r.url.replace("%", "\\%").replace("#", "\\#")))
        if r.accessed:
            fields.append(("urldate", f"{r.accessed:%Y-%m-%d}"))
        if r.language == "en":
            fields.append(("langid", "english"))
        elif r.language:
            fields.append(("language", r.language))
        if r.tags:
            fields.append(("keywords", ", ".join(tex(t) for t in r.tags)))
        notes = r.notes()
        if notes:
            fields.append(("annotation", tex(" ¶ ".join(notes))))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{'article' if newspaper else 'online'}{{{r.key},\n{body}\n}}\n")
    return "\n".join(entries)


def _date_parts(value: date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[value.year, value.month, value.day]]}


def csl_item(r: Reference, *, with_notes: bool = True) -> dict[str, object]:
    item: dict[str, object] = {
        "id": r.key,
        "type": "article-newspaper" if r.kind == NEWSPAPER else "webpage",
        "title": r.title,
    }
    if r.outlet:
        item["container-title"] = r.outlet
    if r.authors:
        item["author"] = [{"literal": a} for a in r.authors]
    if r.day:
        item["issued"] = _date_parts(r.day)
    if r.url:
        item["URL"] = r.url
    if r.accessed:
        item["accessed"] = _date_parts(r.accessed)
    if r.language:
        item["language"] = r.language
    if r.tags:
        item["keyword"] = ", ".join(r.tags)
    notes = r.notes()
    if with_notes and notes:
        item["note"] = "\n".join(notes)
    return item


def to_csl_json(refs: Sequence[Reference]) -> str:
    return json.dumps([csl_item(r) for r in refs], ensure_ascii=False, indent=1) + "\n"


def export(refs: Sequence[Reference], fmt: str) -> str:
    if fmt == "ris":
        return to_ris(refs)
    if fmt == "bibtex":
        return to_bibtex(refs)
    if fmt == "csl-json":
        return to_csl_json(refs)
    raise ValueError(f"unknown citation format {fmt!r} (one of {', '.join(FORMATS)})")


SUFFIXES = {"ris": ".ris", "bibtex": ".bib", "csl-json": ".json"}

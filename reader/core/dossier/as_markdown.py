"""A dossier as Markdown (CommonMark): what an editor, a wiki or Pandoc takes."""

from __future__ import annotations

import re

from reader.core.citations.styled import bibliography
from reader.core.dossier import words
from reader.core.dossier.build import Dossier, Marked, Report
from reader.core.i18n import tr
from reader.core.markdown import blockquote

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md(text: str) -> str:
    """Untrusted text as inline Markdown that shows exactly these characters."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _link(title: str, url: str | None) -> str:
    """The report's title, a link to it (the one place the Markdown gives its URL)."""
    if not url:
        return f"**{md(title)}**"
    target = url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
    target = target.replace("<", "%3C").replace(">", "%3E")
    return f"**[{md(title)}]({target})**"


def quoted(text: str, first: str = "") -> list[str]:
    """``text`` as a blockquote whose every line stays in the quote."""
    return blockquote(text, md, first)


def _highlight(h: Marked) -> list[str]:
    where = "" if h.found else f" *({words.not_found()})*"
    lines = [f"> “{md(h.quote)}”{where}"]
    if h.note.strip():
        lines += [">", *quoted(h.note, f"{words.note_label()}: ")]
    return [*lines, ""]


def _report(index: int, r: Report, is_story: bool) -> list[str]:
    lines = [f"### {md(words.heading(index, r))}", "", _link(r.title, r.url), ""]
    if is_story and r.adds:
        lines.append(tr("What it adds:") if index > 1 else tr("What it reported:"))
        lines.append("")
        lines += [f"- {md(s)}" for s in r.adds]
        lines.append("")
    if is_story and r.told:
        lines += [f"*{md(words.told(r))}*", ""]
    if r.note.strip():
        lines += [f"**{words.your_note()}:**", "", *quoted(r.note), ""]
    for h in r.highlights:
        lines += _highlight(h)
    return lines


def to_markdown(d: Dossier, style: str = "chicago") -> str:
    lines = [f"# {md(d.title)}", "", md(words.span(d)), ""]
    if d.is_story and d.reports:
        lines += [md(words.first_report(d)), ""]
    lines += [f"## {words.reports_heading(d.is_story)}", ""]
    for i, r in enumerate(d.reports, 1):
        lines += _report(i, r, d.is_story)
    if d.references:
        lines += [f"## {words.references()}", ""]
        for i, entry in enumerate(bibliography(d.references, style), 1):
            lines.append(f"{i}. {md(entry)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"

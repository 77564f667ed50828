"""A dossier as an HTML page that QTextDocument lays out for print (the PDF): only the
subset of HTML and CSS Qt's rich text supports, every text of the library escaped.

Highlights are marked in the sentences a report adds where their quote is one of them, and
listed under the report with their notes either way.
"""

from __future__ import annotations

import re
from html import escape

from reader.core.annotations.store import PAPER
from reader.core.citations.styled import bibliography
from reader.core.dossier import words
from reader.core.dossier.build import Dossier, Marked, Report
from reader.core.i18n import tr

CSS = """
body { color: #1d1d1f; }
h1 { font-size: 20pt; margin-bottom: 4px; }
h2 { font-size: 14pt; margin-top: 18px; border-bottom: 1px solid #d6d3cc; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 2px; }
p.meta, p.told, span.url { color: #6e6e73; }
p.title { font-weight: bold; margin: 2px 0; }
blockquote { margin: 4px 0 4px 18px; }
li { margin-bottom: 3px; }
"""


_ENCODED_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def readable_url(url: str) -> str:
    """An address as people read it: percent-encoded UTF-8 shown as its characters
    (%E4%B8%AD -> 中), as browsers' address bars do; encoded ASCII (%20, %2F) and bytes
    that are no UTF-8 stay encoded. For the text of a link only: its target keeps ``url``."""

    def decode(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            text = bytes.fromhex(run.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return run
        return "".join(
            ch if ord(ch) > 0x7F and ch.isprintable() and not ch.isspace()
            else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
            for ch in text
        )  # fmt: skip

    return _ENCODED_RUN.sub(decode, url)


def _lines(text: str) -> str:
    """Plain text as HTML that keeps its line breaks."""
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _mark(text: str, marks: list[Marked]) -> str:
    """``text`` escaped, with each found highlight quoted in it shown on its colour."""
    spans: list[tuple[int, int, str]] = []
    for h in marks:
        quote = h.quote.strip()
        at = text.find(quote) if h.found and quote else -1
        if at >= 0 and not any(s < at + len(quote) and at < e for s, e, _c in spans):
            spans.append((at, at + len(quote), PAPER.get(h.color, PAPER["yellow"])))
    out, last = [], 0
    for start, end, color in sorted(spans):
        out.append(escape(text[last:start]))
        out.append(f'<span style="background-color:{color}">{escape(text[start:end])}</span>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _highlight(h: Marked) -> str:
    color = PAPER.get(h.color, PAPER["yellow"])
    where = "" if h.found else f" <i>({escape(words.not_found())})</i>"
    note = (f"<br><b>{escape(words.note_label())}:</b> {_lines(h.note)}"
            if h.note.strip() else "")  # fmt: skip
    return (f'<blockquote><span style="background-color:{color}">“{escape(h.quote)}”</span>'
            f"{where}{note}</blockquote>")  # fmt: skip


def _report(index: int, r: Report, is_story: bool) -> str:
    parts = [f"<h3>{escape(words.heading(index, r))}</h3>"]
    title = escape(r.title)
    if r.url:
        parts.append(f'<p class="title"><a href="{escape(r.url)}">{title}</a></p>'
                     f'<p class="meta">{escape(readable_url(r.url))}</p>')  # fmt: skip
    else:
        parts.append(f'<p class="title">{title}</p>')
    if is_story and r.adds:
        said = tr("What it adds:") if index > 1 else tr("What it reported:")
        items = "".join(f"<li>{_mark(s, r.highlights)}</li>" for s in r.adds)
        parts.append(f"<p>{escape(said)}</p><ul>{items}</ul>")
    if is_story and r.told:
        parts.append(f'<p class="told">{escape(words.told(r))}</p>')
    if r.note.strip():
        parts.append(f"<p><b>{escape(words.your_note())}:</b><br>{_lines(r.note)}</p>")
    parts += [_highlight(h) for h in r.highlights]
    return "".join(parts)


def _linked(entry: str, url: str | None) -> str:
    """A reference's address as a link that reads decoded and leads where it says."""
    if not url or escape(url, quote=False) not in entry:
        return entry
    link = f'<a href="{escape(url)}">{escape(readable_url(url), quote=False)}</a>'
    return entry.replace(escape(url, quote=False), link, 1)


def to_html(d: Dossier, style: str = "chicago") -> str:
    body = [f"<h1>{escape(d.title)}</h1>", f'<p class="meta">{escape(words.span(d))}</p>']
    if d.is_story and d.reports:
        body.append(f"<p>{escape(words.first_report(d))}</p>")
    body.append(f"<h2>{escape(words.reports_heading(d.is_story))}</h2>")
    body += [_report(i, r, d.is_story) for i, r in enumerate(d.reports, 1)]
    if d.references:
        # citeproc-py's HTML: the outlet in <i>, everything else escaped by it
        entries = bibliography(d.references, style, html=True)
        entries = [_linked(e, r.url) for e, r in zip(entries, d.references, strict=True)]
        body.append(f"<h2>{escape(words.references())}</h2>")
        body.append("<ol>" + "".join(f"<li>{e}</li>" for e in entries) + "</ol>")
    return (f"<html><head><meta charset='utf-8'><title>{escape(d.title)}</title>"
            f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>")  # fmt: skip

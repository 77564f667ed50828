"""What a dossier says in words, the same in Markdown and in HTML (and in the UI's language)."""

from __future__ import annotations

from reader.core.dates import format_date, format_datetime
from reader.core.dossier.build import Dossier, Report
from reader.core.i18n import tr


def span(d: Dossier) -> str:
    """ "2022-01-27 12:57 – 17:36 UTC+08:00 · 2 reports from 2 outlets"."""
    if d.first is None:
        when = ""
    elif d.last is None or format_datetime(d.first) == format_datetime(d.last):
        when = format_datetime(d.first, zone=True)
    elif format_date(d.first) == format_date(d.last):
        when = f"{format_datetime(d.first)} – {format_datetime(d.last, zone=True)[11:]}"
    else:
        when = f"{format_datetime(d.first)} – {format_datetime(d.last, zone=True)}"
    size = tr("{reports} from {outlets}", reports=tr("%n report(s)", None, len(d.reports)),
              outlets=tr("%n outlet(s)", None, len(d.outlets)))  # fmt: skip
    return f"{when} · {size}" if when else size


def first_report(d: Dossier) -> str:
    if not d.is_story or not d.reports:
        return ""
    first = d.reports[0]
    return tr("First reported by {outlet} at {time}.", outlet=first.source or "?",
              time=format_datetime(first.published, zone=True) or "?")  # fmt: skip


def heading(index: int, r: Report) -> str:
    parts = [str(index) + ".", r.source or "?"]
    if r.published:
        parts.append("— " + format_datetime(r.published, zone=True))
    return " ".join(parts)


def told(r: Report) -> str:
    return tr("%n sentence(s) an earlier report already had", None, r.told)


def not_found() -> str:
    return tr("not found in the text")


def note_label() -> str:
    return tr("Note")


def your_note() -> str:
    return tr("Your note")


def reports_heading(is_story: bool) -> str:
    return tr("Timeline") if is_story else tr("Reports")


def references() -> str:
    return tr("References")

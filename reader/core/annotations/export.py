"""Highlights as Markdown for people: by article, each quote with its note and tags."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reader.core.annotations.store import Highlight
from reader.core.i18n import tr


def to_markdown(highlights: Sequence[Highlight]) -> str:
    lines = ["# " + tr("Highlights"), ""]
    by_article: dict[str, list[Highlight]] = {}
    for h in highlights:
        by_article.setdefault(h.article_id, []).append(h)
    for group in by_article.values():
        first = group[0]
        title = " ".join((first.title or first.article_id).split()).replace("]", "\\]")
        link = f"[{title}]({first.url})" if first.url else title
        meta = " — ".join(x for x in (first.source, (first.published or "")[:10]) if x)
        lines += [f"## {link}", ""] + ([meta, ""] if meta else [])
        for h in sorted(group, key=lambda h: h.start if h.start is not None else 1 << 60):
            lines.append(f"> {' '.join(h.exact.split())}")
            if h.note.strip():
                lines += [">", f"> — {' '.join(h.note.split())}"]
            if h.tags:
                lines += [">", "> " + " ".join(f"#{t}" for t in h.tags)]
            lines.append("")
    return "\n".join(lines)


def export_markdown(highlights: Sequence[Highlight], target: Path) -> int:
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(to_markdown(highlights), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(highlights)

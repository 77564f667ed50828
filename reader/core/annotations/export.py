"""Highlights as Markdown for people: by article, each quote with its note and tags."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reader.core.annotations.store import Highlight
from reader.core.bookmark_files import markdown_text, web_link
from reader.core.i18n import tr
from reader.core.markdown import blockquote


def to_markdown(highlights: Sequence[Highlight]) -> str:
    lines = ["# " + tr("Highlights"), ""]
    by_article: dict[str, list[Highlight]] = {}
    for h in highlights:
        by_article.setdefault(h.article_id, []).append(h)
    for group in by_article.values():
        first = group[0]
        title = markdown_text(first.title or first.article_id)
        link = f"[{title}]({web_link(first.url)})" if web_link(first.url) else title
        meta = " — ".join(markdown_text(x) for x in (first.source, (first.published or "")[:10])
                          if x)  # fmt: skip
        lines += [f"## {link}", ""] + ([meta, ""] if meta else [])
        for h in sorted(group, key=lambda h: h.start if h.start is not None else 1 << 60):
            lines.append(f"> {markdown_text(h.exact)}")
            if h.note.strip():  # every line of it in the quote
                lines += [">", *blockquote(h.note, markdown_text, "— ")]
            if h.tags:
                lines += [">", "> " + " ".join(f"\\#{markdown_text(t)}" for t in h.tags)]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def export_markdown(highlights: Sequence[Highlight], target: Path) -> int:
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(to_markdown(highlights), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(highlights)

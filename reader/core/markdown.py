"""Markdown for what Reader writes (dossiers, bookmark and highlight exports): untrusted text
quoted so that every line of it stays in the quote."""

from __future__ import annotations

from collections.abc import Callable


def blockquote(text: str, escape: Callable[[str], str], first: str = "",
               indent: str = "") -> list[str]:  # fmt: skip
    """``text`` as the lines of a CommonMark blockquote: each of its lines in the quote,
    ending in a hard break (a backslash) but the last of a paragraph; a blank line between
    paragraphs is a bare ">", so the quote goes on. ``escape`` makes one line of text inline
    Markdown; ``first`` (Markdown) goes before the first line; ``indent`` before every line
    (a quote inside a list item)."""
    paragraphs: list[list[str]] = [[]]
    for line in text.strip().splitlines():
        if line.strip():
            paragraphs[-1].append(escape(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    out: list[str] = []
    for paragraph in (p for p in paragraphs if p):
        if out:
            out.append(f"{indent}>")
        out += [f"{indent}> {line}\\" for line in paragraph[:-1]]
        out.append(f"{indent}> {paragraph[-1]}")
    if first and out:
        out[0] = f"{indent}> {first}{out[0][len(indent) + 2 :]}"
    return out

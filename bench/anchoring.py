"""How often a highlight is found again after its article's text changed (and how often a
removed quote is wrongly "found"), on random articles of the real corpus.

400 articles drawn with a fixed seed; in each a random span of 8-60 characters inside one
line of the body is highlighted (anchor.describe), then placed (anchor.locate) in:

- re-extracted: the same sanitized HTML as text by BeautifulSoup's get_text (other line
  breaks and spacing, no image alt text): a changed sanitizer;
- page: the window's page (title and meta line before it, paragraphs as U+2029, converted
  to Traditional (Taiwan) when written in Simplified and the reverse);
- edited around: a paragraph inserted before it and the line after it deleted;
- edited inside: one character of the quote replaced (quotes of 12+ characters);
- removed: the quote's line deleted (a placement there is a false "found").

The first half of the draw was looked at while writing the matcher; the second half was not.
Run: READER_CORPUS=/path/to/articles .venv/bin/python -m bench.anchoring
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from reader.core.annotations.anchor import describe, locate
from reader.core.parser import ArticleProblem, parse_article_file
from reader.core.script import conversion_for, is_traditional

SAMPLE = 400


def _squash(text: str) -> str:
    return "".join(text.split())


def trial(text: str, html: str, title: str, rng: random.Random) -> dict[str, bool] | None:
    lines = [(i, line) for i, line in enumerate(text.split("\n")) if len(line) >= 20]
    if not lines:
        return None
    index, line = rng.choice(lines)
    line_start = sum(len(x) + 1 for x in text.split("\n")[:index])
    size = rng.randint(8, min(60, len(line)))
    offset = rng.randint(0, len(line) - size)
    start, end = line_start + offset, line_start + offset + size
    quote = text[start:end]
    if not quote.strip():
        return None
    anchor = describe(text, start, end)
    out: dict[str, bool] = {}

    where = locate(anchor, BeautifulSoup(html, "html.parser").get_text())
    out["re-extracted"] = where is not None
    script = "zh-Hans" if is_traditional(text) else "zh-Hant-TW"
    conversion = conversion_for(script, text)
    page_body = conversion.text(text) if conversion else text
    page = f"{title}\u2029source · 2022-01-27\u2029" + page_body.replace("\n", "\u2029")
    out["page (other script)"] = locate(anchor, page) is not None
    parts = text.split("\n")
    around = [*parts[:index], "编者按：这是新插入的一段，讲的是别的事情。", parts[index]]
    around += parts[index + 2 :]
    where = locate(anchor, "\n".join(around))
    out["edited around"] = where is not None and where.exact
    if len(_squash(quote)) >= 12:
        middle = start + len(quote) // 2
        replacement = "乙" if text[middle] != "乙" else "甲"
        edited = text[:middle] + replacement + text[middle + 1 :]
        out["edited inside"] = locate(anchor, edited) is not None
    removed = "\n".join(parts[:index] + parts[index + 1 :])
    out["removed (false found)"] = _squash(quote) not in _squash(removed) and (
        locate(anchor, removed) is not None
    )
    return out


def main() -> None:
    corpus = Path(os.environ.get("READER_CORPUS", "../shared/corpus/articles-real"))
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    if not files:
        sys.exit(f"no articles in {corpus} (set READER_CORPUS)")
    rng = random.Random(23)
    draw = rng.sample(files, min(len(files), SAMPLE * 2))
    halves: list[list[dict[str, bool]]] = [[], []]
    for path in draw:
        if sum(map(len, halves)) >= SAMPLE:
            break
        try:
            article = parse_article_file(path)
        except (ArticleProblem, OSError):
            continue
        result = trial(article.text, article.html, article.title, rng)
        if result is not None:
            halves[0 if len(halves[0]) < SAMPLE // 2 else 1].append(result)
    print(f"{'case':<24}{'looked-at half':>18}{'held-out half':>18}")
    for case in ("re-extracted", "page (other script)", "edited around", "edited inside",
                 "removed (false found)"):  # fmt: skip
        row = []
        for half in halves:
            seen = [r[case] for r in half if case in r]
            row.append(f"{sum(seen)}/{len(seen)} = {100 * sum(seen) / max(1, len(seen)):.1f}%")
        print(f"{case:<24}{row[0]:>18}{row[1]:>18}")


if __name__ == "__main__":
    main()

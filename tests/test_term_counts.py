"""term_counts, rewritten for speed, must give exactly the terms it gave before."""

from __future__ import annotations

import random

import pytest

from reader.core.decode import decode_article_bytes
from reader.core.parser import parse_article_text
from reader.core.search.fold import fold, term_counts
from tests.test_sanitize import REAL_FILES


def reference(folded: str):  # type: ignore[no-untyped-def]
    pytest.importorskip("bs4")  # bench.legacy also holds the old sanitizer
    from bench.legacy import term_counts as old_term_counts

    return old_term_counts(folded)


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_same_terms_as_before_on_real_articles(path) -> None:  # type: ignore[no-untyped-def]
    article = parse_article_text(decode_article_bytes(path.read_bytes()).text, path)
    folded = fold(article.title + "\n" + article.text)
    assert term_counts(folded) == reference(folded)


def test_same_terms_as_before_on_mixed_scripts() -> None:
    alphabet = "中国美王毅の한글αβ abc 123_-，。 \n\u3000e\u0301"
    rng = random.Random(7)
    for _ in range(300):
        text = fold("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))))
        assert term_counts(text) == reference(text), text

"""Issue 20, hostile files: front matter (points 9 and 12), encodings (20), control characters
(24) and one-line metadata long enough to freeze the window (13)."""

from __future__ import annotations

import codecs
import itertools
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from bench.hostile_files import alias_bomb
from reader.core.parser import (
    MAX_ALIAS_VALUES,
    MAX_LABELS,
    MAX_TITLE_CHARS,
    parse_article_file,
    parse_article_text,
)
from reader.core.search.engine import LibraryIndex
from tests.conftest import ROOT
from tests.faultkit import run_reader

GOOD = (
    "---\ntitle: 好文章\ndate: 2021-01-01T00:00:00Z\n---\n"
    "<p>正文内容，中华民国与中华人民共和国。</p>\n"
)


def kinds(article: object) -> list[str]:
    return [w.kind for w in article.warnings]  # type: ignore[attr-defined]


def bomb(levels: int) -> str:
    """``levels`` levels of nine aliases each; ``date: *x`` stands for 9**levels values."""
    names = "abcdefghijklmnop"[:levels]
    lines = [f"{names[0]}: &{names[0]} [x,x,x,x,x,x,x,x,x]"]
    for prev, cur in itertools.pairwise(names):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    front = "\n".join(lines) + f"\ndate: *{names[-1]}\ntitle: 炸弹\n"
    return "---\n" + front + "---\n<p>正文还在</p>\n"


def test_aliases_are_bounded_and_the_rest_of_the_front_matter_stays() -> None:
    """9**6 = 531,441 values behind ``date``: left out, said, the title and body kept."""
    article = parse_article_text(bomb(6), Path("bomb.md"))
    assert article.title == "炸弹" and "正文还在" in article.text
    said = [w.message for w in article.warnings if w.kind == "invalid-yaml"]
    assert len(said) == 1 and "'date'" in said[0] and f"{MAX_ALIAS_VALUES:,}" in said[0]
    assert article.published is None


def test_a_few_aliases_are_still_read() -> None:
    text = "---\nbase: &b [政治, 外交]\ncategories: *b\ntags: *b\ntitle: 别名\n---\n<p>x</p>"
    article = parse_article_text(text, Path("a.md"))
    assert article.categories == ("政治", "外交") and "invalid-yaml" not in kinds(article)


def test_an_alias_that_contains_itself_is_left_out() -> None:
    text = "---\ntitle: 自指\nloop: &l [1, *l]\n---\n<p>正文</p>"
    article = parse_article_text(text, Path("a.md"))
    assert article.title == "自指" and "invalid-yaml" in kinds(article)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


@pytest.mark.parametrize("command", ["check", "show"])
def test_the_369_byte_alias_bomb_in_check_and_show(tmp_path: Path, command: str) -> None:
    """Issue 20: 49.5 s and 5.9 GB, then a MemoryError. Run with 2 GB of address space; the
    timeout only keeps a regression from hanging the suite (it takes under a second)."""
    text = alias_bomb(0)
    assert len(text.split("\n---\n")[0].encode()) < 400
    (tmp_path / "bomb.md").write_text(text, encoding="utf-8")
    target = tmp_path if command == "check" else tmp_path / "bomb.md"
    done = subprocess.run(
        [sys.executable, "-m", "reader", command, str(target)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    if command == "check":
        assert "invalid-yaml" in done.stdout and "1 parsed, 0 skipped" in done.stdout
    else:
        assert "正文" in done.stdout


def test_the_alias_bomb_is_indexed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "bomb.md").write_text(alias_bomb(0), encoding="utf-8")
    index = LibraryIndex(lib)
    try:
        summary = index.update(workers=1)
        assert summary.articles == 1 and summary.skipped == 0
        assert any(p.kind == "invalid-yaml" for p in summary.problem_list)
        assert index.search("正文").total == 1
    finally:
        index.close()


@pytest.mark.parametrize("field", ["views", "title", "date", "id"])
def test_a_number_of_5000_digits_keeps_the_article(tmp_path: Path, field: str) -> None:
    """Issue 20: int() refuses more than 4,300 digits; the ValueError was a parser-error."""
    digits = "9" * 5000
    path = tmp_path / "number.md"
    path.write_text(f"---\ntitle: 大数\n{field}: {digits}\n---\n<p>正文还在</p>\n", "utf-8")
    article = parse_article_file(path)
    assert "正文还在" in article.text
    if field == "title":
        assert article.title.startswith("9999") and len(article.title) == MAX_TITLE_CHARS
    else:
        assert article.title == "大数"


def test_show_of_a_5000_digit_number(tmp_path: Path, isolated_data_dir: Path) -> None:
    """Issue 20 point 19, last item: ``reader show`` of that file printed a traceback."""
    path = tmp_path / "number.md"
    path.write_text("---\ntitle: 大数\nviews: " + "9" * 5000 + "\n---\n<p>正文</p>\n", "utf-8")
    done = run_reader(["show", "--json", str(path)], isolated_data_dir)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert '"title": "大数"' in done.stdout


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
)
def test_utf32_is_not_read_as_utf16(tmp_path: Path, bom: bytes, codec: str) -> None:
    """Issue 20: FF FE 00 00 begins with UTF-16's mark; the article came out as garbage."""
    path = tmp_path / "wide.md"
    path.write_bytes(bom + GOOD.encode(codec))
    article = parse_article_file(path)
    assert article.title == "好文章" and "中华民国" in article.text
    assert any("utf-32" in w.message for w in article.warnings if w.kind == "encoding")


@pytest.mark.parametrize(
    "body",
    [
        "<p>前</p>\x01<option>选项</option><p>后文</p>",  # the public XSS suite's payload
        "<p>前</p>&#1;<option>选项</option><p>后文</p>",
        '<p>前<img alt="说明&#x1;"><img src="https://i.example/a.png" title="&#11;t">后文</p>',
        "<div>前<br>\x0b\x0c<p>后文</p>&#xFFFE;</div>",
    ],
)
def test_control_characters_in_the_body_keep_the_article(tmp_path: Path, body: str) -> None:
    """Issue 20: lxml's "All strings must be XML compatible" ValueError lost the article."""
    path = tmp_path / "ctrl.md"
    path.write_text(f"---\ntitle: 控制字符\n---\n{body}\n", encoding="utf-8")
    article = parse_article_file(path)
    assert "前" in article.text and "后文" in article.text


def test_show_of_a_control_character_before_option(tmp_path: Path, isolated_data_dir: Path) -> None:
    path = tmp_path / "ctrl.md"
    path.write_text("---\ntitle: t\n---\n<p>a</p>\x01<option>x</option><p>后文</p>\n", "utf-8")
    done = run_reader(["show", "--text", str(path)], isolated_data_dir)
    assert done.returncode == 0 and "后文" in done.stdout, done.stderr


def test_a_title_of_200000_letters_is_cut_and_said() -> None:
    """Issue 20: Qt lays a line out in time quadratic in its longest word (13-19 s)."""
    article = parse_article_text(f"---\ntitle: {'T' * 200_000}\n---\n<p>正文</p>", Path("t.md"))
    assert len(article.title) == MAX_TITLE_CHARS and article.title.endswith("…")
    assert "long-title" in kinds(article)


def test_thousands_of_tags_are_bounded() -> None:
    tags = ", ".join(f"标签{i}" for i in range(5000))
    article = parse_article_text(f"---\ntitle: t\ntags: [{tags}]\n---\n<p>x</p>", Path("t.md"))
    assert len(article.tags) == MAX_LABELS and "long-metadata" in kinds(article)

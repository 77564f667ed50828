"""Malformed, empty, huge, binary, non-UTF-8, unreadable files and link loops."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.article import Article
from reader.core.decode import decode_article_bytes
from reader.core.parser import ArticleProblem, parse_article_file
from reader.core.problems import Problem
from reader.core.scan import scan_library

GOOD = (
    "---\ntitle: 好文章\ndate: 2021-01-01T00:00:00Z\n---\n"
    "<p>正文内容，中华民国与中华人民共和国。</p>\n"
)


def problem_of(path: Path) -> ArticleProblem:
    with pytest.raises(ArticleProblem) as info:
        parse_article_file(path)
    return info.value


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"\n \n\t")
    assert problem_of(tmp_path / "empty.md").kind == "empty"
    assert problem_of(tmp_path / "blank.md").kind == "empty"


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert problem_of(tmp_path / "image.md").kind == "binary"


def test_invalid_yaml_is_parsed_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "2021-01-05-坏的元数据.md"
    p.write_text("---\ntitle: [unclosed\ndate: : :\n---\n<p>正文还在</p>", encoding="utf-8")
    a = parse_article_file(p)
    assert a.title == "坏的元数据"
    assert "正文还在" in a.text
    assert any(w.kind == "invalid-yaml" for w in a.warnings)


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    p = tmp_path / "list.md"
    p.write_text("---\n- a\n- b\n---\n<p>x</p>", encoding="utf-8")
    assert any(w.kind == "invalid-yaml" for w in parse_article_file(p).warnings)


def test_weird_metadata_types_do_not_crash(tmp_path: Path) -> None:
    p = tmp_path / "weird.md"
    p.write_text(
        "---\ntitle: 12345\ndate: not a date\nauthor: {a: 1}\ntags: 7\n"
        "categories: ~\nfrom: ftp://x\n---\n<p>x</p>",
        encoding="utf-8",
    )
    a = parse_article_file(p)
    assert a.title == "12345" and a.published is None and a.url is None and a.tags == ("7",)


def test_gb18030_file_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "gbk.md"
    p.write_bytes(GOOD.encode("gb18030"))
    a = parse_article_file(p)
    assert a.title == "好文章" and "中华人民共和国" in a.text
    assert "encoding: decoded as gb18030" in map(str, a.warnings)


def test_big5_file_is_detected(tmp_path: Path) -> None:
    text = (
        "---\ntitle: 中華民國新聞\ndate: 2021-01-01\n---\n"
        "<p>這是一個關於國家與政府的新聞報導，我們的記者在台北。</p>"
    )
    p = tmp_path / "big5.md"
    p.write_bytes(text.encode("big5"))
    a = parse_article_file(p)
    assert a.title == "中華民國新聞"
    assert "encoding: decoded as big5" in map(str, a.warnings)


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "bom.md"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert parse_article_file(p).title == "好文章"


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.md"
    p.write_bytes(GOOD.encode("utf-16"))
    assert parse_article_file(p).title == "好文章"


def test_truncated_utf8_keeps_text_and_says_so() -> None:
    data = GOOD.encode("utf-8") + "尾巴".encode()[:-1]
    decoded = decode_article_bytes(data)
    assert decoded.replaced == 1


def test_undecodable_garbage(tmp_path: Path) -> None:
    p = tmp_path / "garbage.md"
    p.write_bytes(bytes([0x80 + (i * 7) % 0x7F for i in range(4000)]))
    assert problem_of(p).kind in ("encoding", "binary")


def test_file_over_size_cap(tmp_path: Path) -> None:
    p = tmp_path / "huge.md"
    p.write_bytes(GOOD.encode() + b"<p>" + b"x" * 3000 + b"</p>")
    with pytest.raises(ArticleProblem) as info:
        parse_article_file(p, max_bytes=1000)
    assert info.value.kind == "too-large"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "locked.md"
    p.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    assert problem_of(p).kind == "unreadable"


def test_dangling_symlink_and_fifo(tmp_path: Path) -> None:
    (tmp_path / "dangling.md").symlink_to(tmp_path / "missing.md")
    os.mkfifo(tmp_path / "pipe.md")
    results = list(scan_library(tmp_path))
    kinds = {p.path.name: p.kind for p in results if isinstance(p, Problem)}
    assert kinds["dangling.md"] == "unreadable"
    assert kinds["pipe.md"] == "not-a-file"


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "a").mkdir(parents=True)
    (lib / "a" / "ok.md").write_text(GOOD, encoding="utf-8")
    (lib / "a" / "loop").symlink_to(lib)
    (lib / "self.md").symlink_to(lib / "self.md")
    results = list(scan_library(lib))
    articles = [r for r in results if isinstance(r, Article)]
    problems = [r for r in results if isinstance(r, Problem)]
    assert len(articles) == 1
    assert {p.kind for p in problems} == {"symlink-loop"}


def test_scanner_survives_a_mix_and_reports_every_bad_file(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "gbk.md").write_bytes(GOOD.encode("gb18030"))
    results = list(scan_library(tmp_path))
    articles = [r for r in results if isinstance(r, Article)]
    fatal = sorted(r.kind for r in results if isinstance(r, Problem) and r.fatal)
    assert len(articles) == 2 and fatal == ["binary", "empty"]


def test_parser_bug_is_contained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("reader.core.scan.parse_article_file", boom)
    [problem] = list(scan_library(tmp_path))
    assert isinstance(problem, Problem) and problem.kind == "parser-error"


def test_binary_sniffing_counts_control_bytes_like_before() -> None:
    """_looks_binary counts control bytes in C now; the rule is unchanged: over 5% of the
    first 8 KB, tab, newline, form feed, carriage return and escape not counted."""
    from reader.core.decode import _looks_binary

    def reference(data: bytes) -> bool:
        head = data[:8192]
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
        return b"\x00" in head or controls > len(head) * 0.05

    samples = [b"text\x01" * n + b"abcdefghijklmnopqrstu" * m for n in range(6) for m in range(6)]
    samples += [bytes(range(1, 256)), b"\t\n\x0c\r\x1b" * 100, b"a" * 9000 + b"\x01" * 9000]
    for data in samples:
        assert _looks_binary(data) == reference(data), data[:40]

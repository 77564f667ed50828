"""Issue 20: links out of the library are not followed (point 5); a file that failed once is
read again when its permissions or inode change (point 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import reader.core.parser as parser_mod
from reader.core.article import Article
from reader.core.parser import ArticleProblem
from reader.core.problems import Problem
from reader.core.scan import OUTSIDE_FILE, OUTSIDE_FOLDER, scan_library
from reader.core.search.engine import LibraryIndex
from tests.faultkit import run_reader

GOOD = (
    "---\ntitle: 好文章\ndate: 2021-01-01\nfrom: https://news.example/good\n---\n<p>正文内容</p>\n"
)
SECRET = (
    "---\ntitle: 秘密\nfrom: https://elsewhere.example/secret\n---\n<p>不该出现的秘密内容</p>\n"
)


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A library with a link to a file outside it, a link to /etc, and links inside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(SECRET, encoding="utf-8")
    lib = tmp_path / "lib"
    (lib / "sub").mkdir(parents=True)
    (lib / "good.md").write_text(GOOD, encoding="utf-8")
    (lib / "innocent.md").symlink_to(outside / "secret.md")
    (lib / "etc").symlink_to("/etc")
    (lib / "up").symlink_to(outside)
    (lib / "sub" / "again.md").symlink_to(lib / "good.md")  # inside: followed
    return lib


def test_a_scan_follows_no_link_out_of_the_library(linked: Path) -> None:
    items = list(scan_library(linked))
    texts = " ".join(a.text for a in items if isinstance(a, Article))
    assert "秘密" not in texts and "正文内容" in texts
    problems = {p.path.name: p.kind for p in items if isinstance(p, Problem) and p.fatal}
    assert problems == {"innocent.md": OUTSIDE_FILE, "etc": OUTSIDE_FOLDER, "up": OUTSIDE_FOLDER}
    read = sorted(str(a.path.relative_to(linked)) for a in items if isinstance(a, Article))
    assert read == ["good.md", "sub/again.md"]


def test_a_library_opened_through_a_link_is_inside_itself(linked: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(linked)
    kinds = [p.kind for p in scan_library(alias) if isinstance(p, Problem) and p.fatal]
    assert sorted(kinds) == sorted([OUTSIDE_FILE, OUTSIDE_FOLDER, OUTSIDE_FOLDER])


def test_check_says_so(linked: Path, isolated_data_dir: Path) -> None:
    done = run_reader(["check", str(linked)], isolated_data_dir)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if "innocent.md" in line]
    assert len(lines) == 1 and lines[0].startswith(f"skipped\t{OUTSIDE_FILE}\t")
    assert "outside the library" in lines[0] and "secret.md" in lines[0]


def test_the_index_counts_the_link_as_a_file_it_could_not_read(linked: Path) -> None:
    """What the window's status bar says ("… could not be read") comes from these counts."""
    index = LibraryIndex(linked)
    try:
        summary = index.update(workers=1)
        assert index.search("秘密").total == 0
        counts = (summary.files, summary.articles, summary.duplicates, summary.skipped)
        assert counts == (3, 1, 1, 1)
        assert {p.kind for p in summary.problem_list} >= {OUTSIDE_FILE, OUTSIDE_FOLDER}
        again = index.update(workers=1)  # nothing changed: nothing written again
        assert (again.removed, again.added, again.skipped, again.files) == (0, 0, 1, 3)
        (linked / "innocent.md").unlink()
        gone = index.update(workers=1)
        assert (gone.removed, gone.skipped, gone.files) == (1, 0, 2)
    finally:
        index.close()


def test_a_link_that_comes_to_lead_out_takes_its_article_away(tmp_path: Path) -> None:
    lib, outside = tmp_path / "lib", tmp_path / "outside"
    lib.mkdir()
    outside.mkdir()
    (lib / "real.md").write_text(GOOD, encoding="utf-8")
    (outside / "secret.md").write_text(SECRET, encoding="utf-8")
    (lib / "link.md").symlink_to(lib / "real.md")
    index = LibraryIndex(lib)
    try:
        index.update(workers=1)
        (lib / "real.md").unlink()
        (lib / "link.md").unlink()
        (lib / "link.md").symlink_to(outside / "secret.md")
        summary = index.update(workers=1)
        assert (summary.articles, summary.skipped) == (0, 1)
        assert index.search("正文").total == 0 and index.search("秘密").total == 0
    finally:
        index.close()


def _failing_once(monkeypatch: pytest.MonkeyPatch, name: str, kind: str) -> None:
    real = parser_mod.read_article_bytes

    def fail(path: Path, max_bytes: int = parser_mod.MAX_FILE_BYTES):  # type: ignore[no-untyped-def]
        if path.name == name:
            raise ArticleProblem(kind, "made to fail by the test")
        return real(path, max_bytes)

    monkeypatch.setattr(parser_mod, "read_article_bytes", fail)


@pytest.mark.parametrize("kind", ["unreadable", "too-slow"])
def test_a_file_that_failed_is_read_again_after_chmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A chmod changes neither size nor mtime (only ctime): the file stayed skipped for ever.
    ("unreadable" as root too: root reads a chmod 000 file, so the test makes it fail.)"""
    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "locked.md"
    path.write_text(GOOD, encoding="utf-8")
    index = LibraryIndex(lib)
    try:
        with monkeypatch.context() as patch:
            _failing_once(patch, "locked.md", kind)
            first = index.update(workers=1)
        assert (first.articles, first.skipped) == (0, 1)
        before = path.stat()
        os.chmod(path, 0o600)
        os.chmod(path, 0o644)
        after = path.stat()
        assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
        second = index.update(workers=1)
        assert (second.articles, second.skipped) == (1, 0)
        assert index.search("正文").total == 1
    finally:
        index.close()


def test_a_file_replaced_by_one_of_the_same_size_and_time_is_read_again(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "a.md"
    path.write_text(GOOD.replace("正文内容", "第一版本"), encoding="utf-8")
    index = LibraryIndex(lib)
    try:
        index.update(workers=1)
        old = path.stat()
        new = lib / "a.md.new"
        new.write_text(GOOD.replace("正文内容", "第二版本"), encoding="utf-8")
        os.utime(new, ns=(old.st_atime_ns, old.st_mtime_ns))
        new.replace(path)
        assert (path.stat().st_size, path.stat().st_mtime_ns) == (old.st_size, old.st_mtime_ns)
        index.update(workers=1)
        assert index.search("第二版本").total == 1 and index.search("第一版本").total == 0
    finally:
        index.close()


def test_an_unchanged_library_is_not_read_again(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    for i in range(3):
        (lib / f"{i}.md").write_text(GOOD.replace("good", f"g{i}"), encoding="utf-8")
    index = LibraryIndex(lib)
    try:
        index.update(workers=1)
        again = index.update(workers=1)
        assert (again.unchanged, again.added, again.updated) == (3, 0, 0)
    finally:
        index.close()

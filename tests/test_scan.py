from __future__ import annotations

from pathlib import Path

from reader.core.article import Article
from reader.core.problems import Problem
from reader.core.scan import scan_library, walk_article_files

GOOD = "---\ntitle: {t}\ndate: 2021-01-01T00:00:00Z\n---\n<p>{t} 的正文</p>\n"


def write(path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD.format(t=title), encoding="utf-8")


def test_walk_any_depth_skips_hidden_vcs_and_non_articles(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "a")
    write(tmp_path / "x" / "y" / "z" / "deep.md", "deep")
    write(tmp_path / ".git" / "objects.md", "git")
    write(tmp_path / ".hidden" / "h.md", "hidden")
    write(tmp_path / "x" / ".secret.md", "secret")
    (tmp_path / "notes.json").write_text("{}")
    names = sorted(f.path.name for f in walk_article_files(tmp_path))
    assert names == ["a.md", "deep.md"]


def test_odd_file_names_from_the_corpus(tmp_path: Path) -> None:
    names = [
        "2020-08-10-黎智英其人其事\n\n.md",
        '2020-12-31-中国多省份倡议\\"双节\\"少出行就地过年.md',
        "2020-01-01-a|b:c?.md",
        "2020-01-01-   spaces after date .md",
        "2020-01-01-" + "长" * 70 + ".md",  # over 200 bytes
    ]
    for i, name in enumerate(names):
        write(tmp_path / name, f"标题{i}")
    articles = [r for r in scan_library(tmp_path) if isinstance(r, Article)]
    assert sorted(a.title for a in articles) == [f"标题{i}" for i in range(5)]


def test_progress_and_cancel(tmp_path: Path) -> None:
    for i in range(10):
        write(tmp_path / f"{i:02}.md", f"t{i}")
    seen: list[tuple[int, int]] = []
    list(scan_library(tmp_path, progress=lambda done, total, _p: seen.append((done, total))))
    assert seen[-1] == (10, 10) and len(seen) == 10
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    got = [r for r in scan_library(tmp_path, cancel=cancel) if isinstance(r, Article)]
    assert len(got) == 3


def test_warnings_are_reported_as_non_fatal_problems(tmp_path: Path) -> None:
    (tmp_path / "bad-yaml.md").write_text(
        "---\ntitle: [x\n---\n<!--1610415720000-->\n<p>body</p>", encoding="utf-8"
    )
    results = list(scan_library(tmp_path))
    problems = [r for r in results if isinstance(r, Problem)]
    assert [(p.kind, p.fatal) for p in problems] == [("invalid-yaml", False)]
    assert any(isinstance(r, Article) for r in results)

"""Walk a library folder: article files in, Articles and Problems out. Never raises per file."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.article import Article
from reader.core.decode import MAX_FILE_BYTES
from reader.core.i18n import tr
from reader.core.parser import ArticleProblem, cannot_stat, parse_article_file
from reader.core.paths import display_path
from reader.core.problems import Problem
from reader.core.storage import reason_of

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm", ".txt"})


@dataclass(frozen=True, slots=True)
class FileStat:
    path: Path
    size: int
    mtime_ns: int
    # What else says the file may have changed: its inode and status-change time (a chmod,
    # a file replaced by another of the same size and time). Empty where the system has none.
    identity: str = ""


# A link that leads out of the library is not followed (issue 20: a link ``innocent.md`` to a
# file elsewhere, or to /etc, was indexed and shown). Kinds of the Problem said for it:
OUTSIDE_FILE = "outside-library"
OUTSIDE_FOLDER = "outside-library-folder"


ProgressFn = Callable[[int, int, Path], None]
CancelFn = Callable[[], bool]


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name in ("__pycache__", "node_modules")


def walk_article_files(root: Path, problems: list[Problem] | None = None) -> Iterator[FileStat]:
    """Article files under ``root`` (sorted per folder), skipping hidden and VCS folders.

    Follows symlinked folders once; a symlink loop is reported, not followed. A symlink
    (to a file or a folder) that leads out of ``root`` is reported, not followed.
    """
    root = Path(root)
    inside = _Inside(root)
    seen_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            if problems is not None:
                said = tr("cannot open the folder: {reason}", reason=reason_of(exc))
                problems.append(Problem(folder, "unreadable", said))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            if problems is not None:
                said = tr("folder already visited (a link loop)")
                problems.append(Problem(folder, "symlink-loop", said))
            continue
        seen_dirs.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            if problems is not None:
                said = tr("cannot list the folder: {reason}", reason=reason_of(exc))
                problems.append(Problem(folder, "unreadable", said))
            continue
        subdirs: list[Path] = []
        for entry in entries:
            if _is_hidden(entry.name):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
                if not is_dir and Path(entry.name).suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                if entry.is_symlink() and not inside(entry.path):
                    if problems is not None:
                        problems.append(_outside(path, is_dir))
                    continue
                if is_dir:
                    subdirs.append(path)
                    continue
                est = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if problems is not None:
                    kind = "symlink-loop" if exc.errno == 40 else "unreadable"
                    problems.append(Problem(path, kind, cannot_stat(exc)))
                continue
            identity = f"{est.st_ino}:{est.st_ctime_ns}" if est.st_ino else ""
            yield FileStat(path, est.st_size, est.st_mtime_ns, identity)
        stack.extend(reversed(subdirs))


class _Inside:
    """Does a path, its links resolved, lead to a place inside the library?"""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)

    def __call__(self, path: str) -> bool:
        target = os.path.realpath(path)
        try:
            return os.path.commonpath([self.root, target]) == self.root
        except ValueError:  # another drive (Windows)
            return False


def _outside(path: Path, is_dir: bool) -> Problem:
    try:
        target = display_path(os.path.realpath(path))
    except (OSError, ValueError):
        target = "?"
    if is_dir:
        said = tr("a link to the folder {target}, outside the library: not followed",
                  target=target)  # fmt: skip
        return Problem(path, OUTSIDE_FOLDER, said)
    said = tr("a link to {target}, outside the library: not read", target=target)
    return Problem(path, OUTSIDE_FILE, said)


def parse_or_problem(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Article | Problem:
    try:
        return parse_article_file(path, max_bytes)
    except ArticleProblem as exc:
        return Problem(path, exc.kind, exc.message)
    except Exception as exc:  # a parser bug must not take the library down with it
        return Problem(path, "parser-error", f"{type(exc).__name__}: {exc}")


def scan_library(
    root: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Iterator[Article | Problem]:
    """Yield every Article and every Problem (walk problems first)."""
    walk_problems: list[Problem] = []
    files = list(walk_article_files(root, walk_problems))
    yield from walk_problems
    total = len(files)
    for done, info in enumerate(files, 1):
        if cancel is not None and cancel():
            return
        result = parse_or_problem(info.path, max_bytes)
        if isinstance(result, Article):
            yield from result.warnings
        yield result
        if progress is not None:
            progress(done, total, info.path)

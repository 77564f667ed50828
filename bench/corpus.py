"""Locate or unpack the real corpus for benchmarks (never modified: benches work on copies)."""

from __future__ import annotations

import os
import shutil
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARBALL = ROOT.parent / "shared" / "corpus" / "articles-real.tar.gz"


def corpus_dir() -> Path:
    """$READER_CORPUS, else ../shared/corpus unpacked once into the temp dir."""
    if env := os.environ.get("READER_CORPUS"):
        return Path(env)
    target = Path(tempfile.gettempdir()) / "reader-bench-corpus"
    articles = target / "articles-real"
    if not (target / ".complete").exists():
        if not TARBALL.exists():
            raise SystemExit(f"no corpus: set READER_CORPUS or provide {TARBALL}")
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        with tarfile.open(TARBALL) as tar:
            tar.extractall(target, filter="data")
        (target / ".complete").touch()
    return articles


def working_copy(src: Path) -> Path:
    """A private copy to modify (incremental-update bench)."""
    dst = Path(tempfile.mkdtemp(prefix="reader-bench-lib-")) / "lib"
    shutil.copytree(src, dst)
    return dst

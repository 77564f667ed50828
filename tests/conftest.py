from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_TARBALL = ROOT.parent / "shared" / "corpus" / "articles-real.tar.gz"


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own user-data dir: tests never touch real user data."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    yield path


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def corpus_fixture(tmp_path: Path) -> Path:
    """A small library built from real corpus files (tests/fixtures/corpus) plus the seeds."""
    lib = tmp_path / "library"
    lib.mkdir()
    for src in [*sorted((FIXTURES / "corpus").iterdir()), *sorted(SEEDS.iterdir())]:
        (lib / src.name).write_bytes(src.read_bytes())
    return lib

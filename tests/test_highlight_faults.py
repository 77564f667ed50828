"""The highlights command under faults: the store's own rules are tested for every store at
once (test_durable_stores.py, test_durable_faults.py); here, what `reader highlights` says
when the file cannot be changed, in words and with its exit code, changing nothing."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.faultkit import assert_said_in_words, corrupt_copies, run_reader
from tests.storekit import KINDS, fill

needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is Unix")
HIGHLIGHTS = KINDS["highlights"]
FILE = "highlights.sqlite"


@needs_rlimit
def test_an_unwritable_disk_never_moves_healthy_highlights_aside(isolated_data_dir: Path) -> None:
    fill(HIGHLIGHTS, 3)  # opening it needs a 32 KB shared-memory file: that write fails
    path = str(isolated_data_dir / FILE)
    result = run_reader(["highlights", "remove", "k-000001"], isolated_data_dir,
                        file_size_limit=8192)  # fmt: skip
    assert_said_in_words(result, "highlights file", path)
    assert result.returncode == 4
    assert "The highlights in" in result.stderr and "cannot be changed now" in result.stderr
    assert not corrupt_copies(isolated_data_dir, FILE)
    store = HIGHLIGHTS.store()  # space again: everything is there, nothing to report
    assert store.count() == 3 and store.notice is None


def test_a_file_from_a_newer_reader_is_listed_and_left_untouched(isolated_data_dir: Path) -> None:
    """`highlights list` refused to run before; now it lists them and says why they cannot
    be changed, and a change is refused in words."""
    fill(HIGHLIGHTS, 2)
    path = isolated_data_dir / FILE
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    before = path.read_bytes()
    listed = run_reader(["highlights", "list", "--library", str(SEEDS)], isolated_data_dir)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 2
    assert "newer Reader (schema 99)" in listed.stderr and "cannot be changed now" in listed.stderr
    removed = run_reader(["highlights", "remove", "k-000001"], isolated_data_dir)
    assert removed.returncode == 4 and "newer Reader (schema 99)" in removed.stderr
    assert "Traceback" not in removed.stderr
    assert path.read_bytes() == before

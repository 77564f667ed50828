"""`reader search` through its resident search process: the same answers as the command
running itself and as the app's search service, for every bench query."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.queries import QUERIES
from reader.cli.search_client import socket_path
from reader.core.search.engine import LibraryIndex
from reader.core.search.service import SearchService
from tests.conftest import ROOT


def _search(library: Path, query: str, sort: str, env: dict[str, str]) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", query, "--library", str(library), "--json",
         "--sort", sort],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return done.stdout, done.stderr


def _no_ms(said: str) -> str:
    """The summary line without the time it took (it differs from run to run)."""
    return re.sub(r"[0-9.]+", "#", said)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() if sys.platform == "linux" else True


@pytest.fixture
def resident_env(corpus_fixture: Path) -> Iterator[dict[str, str]]:
    """A built library and an environment whose `reader search` uses a resident process
    (its socket in a private folder of this test); the process is stopped and waited for."""
    index = LibraryIndex(corpus_fixture)
    index.update(workers=1)
    index.close()
    runtime = tempfile.mkdtemp(prefix="rs-", dir="/tmp")  # short: socket paths are limited
    env = {**os.environ, "READER_SEARCH_RESIDENT": "1", "XDG_RUNTIME_DIR": runtime}
    yield env
    library = os.path.realpath(corpus_fixture)
    pid_file = _pid_file(corpus_fixture, env)
    subprocess.run([sys.executable, "-m", "reader.core.search.resident", library, "--stop"],
                   cwd=ROOT, env=env, timeout=60, check=False)  # fmt: skip
    if pid_file.exists():
        pid = int(pid_file.read_text())
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid)


def _cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def _pid_file(library: Path, env: dict[str, str]) -> Path:
    folder = Path(env["XDG_RUNTIME_DIR"]) / f"reader-search-{os.getuid()}"
    return folder / (Path(socket_path(os.path.realpath(library), env["READER_DATA_DIR"])).name
                     + ".pid")  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="no Unix sockets")
def test_resident_answers_equal_the_command_and_the_app(
    corpus_fixture: Path, resident_env: dict[str, str]
) -> None:
    env = resident_env
    alone = {**env, "READER_SEARCH_RESIDENT": "0"}
    first_out, _ = _search(corpus_fixture, "中国", "relevance", env)  # starts the process
    pid_file = _pid_file(corpus_fixture, env)
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), "no resident search process was started"
    pid = int(pid_file.read_text())
    cpu_before = _cpu_ticks(pid)
    # The socket accepts once the process listens: a search through it is answered by it.
    service = SearchService(corpus_fixture)
    try:
        for _kind, query, options in QUERIES:
            out, err = _search(corpus_fixture, query, options.sort, env)
            app = service.search(query, options)
            hits = [json.loads(line) for line in out.splitlines()]
            assert [h["id"] for h in hits] == [h.id for h in app.hits], query
            assert [h["snippet"] for h in hits] == [h.snippet for h in app.hits], query
            assert [h["title"] for h in hits] == [h.title for h in app.hits], query
            said = "about " if app.approximate else ""
            assert err.startswith(f"{said}{app.total} result"), (query, err)
        for query in ("中国", '"美国总统"', "Trump", "疫苗 source:联合早报"):
            assert (
                _search(corpus_fixture, query, "relevance", env)[0]
                == _search(corpus_fixture, query, "relevance", alone)[0]
            )
        # In the client's language (the process keeps each language's catalogue).
        zh = {**env, "READER_LANG": "zh_CN"}
        for _ in range(2):
            said = _search(corpus_fixture, "中国", "relevance", zh)[1]
            alone_said = _search(corpus_fixture, "中国", "relevance", {**zh, **{
                "READER_SEARCH_RESIDENT": "0"}})[1]  # fmt: skip
            assert _no_ms(said) == _no_ms(alone_said) != _no_ms(err)
    finally:
        service.close()
    if cpu_before is not None:  # the resident process did the searching (Linux shows it)
        assert (_cpu_ticks(pid) or 0) > cpu_before + 10
    assert first_out == _search(corpus_fixture, "中国", "relevance", env)[0]

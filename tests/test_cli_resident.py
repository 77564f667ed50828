"""`reader search` through its resident search process: the same answers as the command
running itself and as the app's search service, for every bench query."""

from __future__ import annotations

import json
import os
import re
import shutil
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
    _stop_resident(corpus_fixture, env)


def _stop_resident(library: Path, env: dict[str, str]) -> None:
    """Stop the library's resident search process and wait for it to end."""
    pid_file = _pid_file(library, env)
    subprocess.run([sys.executable, "-m", "reader.core.search.resident",
                    os.path.realpath(library), "--stop"],
                   cwd=ROOT, env=env, timeout=60, check=False)  # fmt: skip
    if pid_file.exists():
        pid = int(pid_file.read_text())
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid)
    shutil.rmtree(env["XDG_RUNTIME_DIR"], ignore_errors=True)


def _started_pid(library: Path, env: dict[str, str]) -> int:
    """The process id of the resident search process a search just started."""
    pid_file = _pid_file(library, env)
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), "no resident search process was started"
    return int(pid_file.read_text())


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
    pid = _started_pid(corpus_fixture, env)
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


ESC = "\x1b"
# What a terminal would act on, but Reader's own codes (bold and underlined matches, reset).
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OWN_CODES = re.compile(re.escape(f"{ESC}[1;4m") + "|" + re.escape(f"{ESC}[0m"))


def _on_a_terminal(command: list[str], env: dict[str, str]) -> str:
    """What ``command`` writes to its stdout when that is a terminal (a pseudo-terminal)."""
    import pty  # not on Windows

    master, slave = pty.openpty()
    try:
        subprocess.run(command, cwd=ROOT, env=env, stdout=slave, stderr=subprocess.DEVNULL,
                       check=True, timeout=120)  # fmt: skip
    finally:
        os.close(slave)
    chunks = []
    try:
        while chunk := os.read(master, 65536):
            chunks.append(chunk)
    except OSError:  # Linux: EIO once the other side is closed and all is read
        pass
    finally:
        os.close(master)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="no Unix sockets")
def test_resident_answers_show_file_text_escaped_as_the_command_does(tmp_path: Path) -> None:
    """A title and body with terminal controls (clear screen, OSC 52, a bidi override):
    through the resident process the output is the command's own, on a terminal (bold
    matches, the file's controls escaped) and through a pipe (no codes at all)."""
    library = tmp_path / "lib"
    library.mkdir()
    (library / "evil.md").write_text(
        "---\n"
        'title: "Evil \\e]52;c;aGVsbG8=\\a 王毅 \\e[2J\\u202e cleared"\n'
        'author: "Src\\e[31m red"\n'
        "date: 2021-01-05\n"
        "---\n"
        f"<p>王毅 body {ESC}[2J text \u202e reversed</p>\n",
        encoding="utf-8",
    )
    index = LibraryIndex(library)
    index.update(workers=1)
    index.close()
    runtime = tempfile.mkdtemp(prefix="rs-", dir="/tmp")
    env = {**os.environ, "READER_SEARCH_RESIDENT": "1", "XDG_RUNTIME_DIR": runtime}
    alone = {**env, "READER_SEARCH_RESIDENT": "0"}
    command = [sys.executable, "-m", "reader", "search", "王毅", "--library", str(library)]
    try:
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True, timeout=120)
        pid = _started_pid(library, env)
        cpu_before = _cpu_ticks(pid)
        on_terminal = _on_a_terminal(command, env)
        assert on_terminal == _on_a_terminal(command, alone)
        assert f"{ESC}[1;4m" in on_terminal  # a terminal: the matches in bold
        assert not RAW_CONTROLS.findall(OWN_CODES.sub("", on_terminal).replace("\r\n", "\n"))
        assert "\\u001b[2J" in on_terminal and "\\u202e" in on_terminal
        piped = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                               check=True, timeout=120).stdout  # fmt: skip
        assert piped == subprocess.run(command, cwd=ROOT, env=alone, capture_output=True,
                                       text=True, check=True, timeout=120).stdout  # fmt: skip
        assert "王毅" in piped and not RAW_CONTROLS.findall(piped.replace("\n", ""))
        if cpu_before is not None:  # the resident process answered (Linux shows it)
            assert (_cpu_ticks(pid) or 0) > cpu_before
    finally:
        _stop_resident(library, env)

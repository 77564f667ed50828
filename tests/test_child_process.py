"""The app's child processes (search service, indexer) start no resource tracker, are owned
(joined or ended by their parent) and end when their parent is gone (issue 25: the tracker
that multiprocessing's spawn keeps was 13 MB of the app's 121 MB at rest)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# In a fresh interpreter: this test process may keep a tracker of its own from other tests.
_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from reader.core.search.background import update_in_subprocess
    from reader.core.search.layout import IndexLayout
    from reader.core.search.service import SearchService

    def children():
        found = {}
        for task in os.listdir("/proc/self/task"):
            for pid in Path(f"/proc/self/task/{task}/children").read_text().split():
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\\0", b" ")
                found[int(pid)] = cmd.decode(errors="replace")
        return found

    library = Path(sys.argv[1])
    layout = IndexLayout.of(library.resolve())
    summary = update_in_subprocess(library.resolve(), layout)
    service = SearchService(library)
    hits = service.search("王毅").total
    running = children()
    child = service.pid()
    print(json.dumps({"articles": summary.articles, "hits": hits, "children": running,
                      "search": child}), flush=True)
    if sys.argv[2] == "close":
        service.close()
        print(json.dumps({"after": children(), "alive": Path(f"/proc/{child}").exists()}))
    else:
        sys.stdin.read()  # killed here
    """
)


def _run(tmp_path: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "READER_DATA_DIR": str(tmp_path / "data")}
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(SEEDS), mode],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_search_and_update_processes_start_no_resource_tracker_and_are_joined(
    tmp_path: Path,
) -> None:
    proc = _run(tmp_path, "close")
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0
    running, closed = (json.loads(line) for line in out.splitlines())
    assert running["articles"] == 5 and running["hits"] >= 4
    # The search service runs, the indexer has been joined; no tracker beside them.
    assert list(running["children"]) == [str(running["search"])]
    assert not any("resource_tracker" in cmd for cmd in running["children"].values())
    assert closed == {"after": {}, "alive": False}


def test_the_search_process_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    proc = _run(tmp_path, "kill")
    assert proc.stdout is not None
    child = json.loads(proc.stdout.readline())["search"]
    assert Path(f"/proc/{child}").exists()
    proc.send_signal(signal.SIGKILL)  # no atexit, no close: the child reads the socket's end
    proc.wait(30)
    deadline = time.monotonic() + 60
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
    proc.stdin.close()  # type: ignore[union-attr]
    proc.stdout.close()


def _alive(pid: int) -> bool:
    """Running (a zombie, ended and not yet reaped by init, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"

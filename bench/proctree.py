"""Peak memory of every process of a command's tree, by role.

    python -m bench.proctree OUT.json -- COMMAND ...   # runs COMMAND, samples /proc

``ru_maxrss`` (and ``/usr/bin/time -v``) says only the largest process of a tree; a build has a
writer, parse workers and multiprocessing's resource tracker, each with its own budget. This
polls ``/proc/PID/status`` of the command and its descendants every ``interval`` seconds and
keeps each one's ``VmHWM`` (the kernel's own peak RSS, so a poll that comes late still sees the
peak a process reached before it, as long as it has not exited yet). Linux only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
        except OSError:
            continue
        found.extend(int(c) for c in text.split())
    return found


def _status(pid: int) -> tuple[int, int] | None:
    """(VmHWM, VmRSS) in kB."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            values[key] = int(rest.split()[0])
    if "VmHWM" not in values:
        return None
    return values["VmHWM"], values.get("VmRSS", 0)


def role(cmdline: str, root: bool) -> str:
    if root:
        return "main"
    if "resource_tracker" in cmdline:
        return "resource tracker"
    if "multiprocessing" in cmdline or "spawn_main" in cmdline:
        return "spawned worker"
    return "other"


def sample(command: list[str], interval: float = 0.25, env: dict[str, str] | None = None,
           stdout: int | None = None, cwd: Path | None = None) -> dict[str, object]:  # fmt: skip
    """Run ``command`` to its end; its wall time, exit code and each process's peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=stdout, cwd=cwd)
    peaks: dict[int, dict[str, object]] = {}
    total_peak = 0
    while True:
        pids = [proc.pid]
        seen = {proc.pid}
        i = 0
        while i < len(pids):
            for child in _children(pids[i]):
                if child not in seen:
                    seen.add(child)
                    pids.append(child)
            i += 1
        rss_now = 0
        for pid in pids:
            status = _status(pid)
            if status is None:
                continue
            hwm, rss = status
            rss_now += rss
            entry = peaks.get(pid)
            if entry is None:
                try:
                    raw = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    raw = b""
                cmdline = raw.replace(b"\0", b" ").decode("utf-8", "replace").strip()
                entry = peaks[pid] = {"cmdline": cmdline[:200], "hwm_kb": 0,
                                      "role": role(cmdline, pid == proc.pid)}  # fmt: skip
            entry["hwm_kb"] = max(int(entry["hwm_kb"]), hwm)  # type: ignore[call-overload]
        total_peak = max(total_peak, rss_now)
        if proc.poll() is not None:
            break
        time.sleep(interval)
    by_role: dict[str, float] = {}
    for entry in peaks.values():
        name = str(entry["role"])
        by_role[name] = max(by_role.get(name, 0.0), int(entry["hwm_kb"]) / 1024)  # type: ignore[call-overload]
    return {
        "seconds": time.perf_counter() - started,
        "returncode": proc.returncode,
        "peak_mb_by_role": by_role,
        "tree_peak_mb": total_peak / 1024,
        "processes": list(peaks.values()),
    }


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    command = argv[argv.index("--") + 1 :]
    result = sample(command)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "processes"}))
    return int(result["returncode"])  # type: ignore[call-overload]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

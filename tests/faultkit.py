"""Helpers for fault-injection tests: a subprocess under a file-size limit (a full disk
without root), small tmpfs mounts (root only) and CLI runs with their output."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.conftest import ROOT

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# Root writes whatever a file's mode says; without these capabilities it obeys the mode as a
# user does (util-linux's setpriv), so a read-only folder is read-only for root too.
SETPRIV = shutil.which("setpriv")
OBEY_PERMISSIONS = ([SETPRIV, "--inh-caps=-dac_override,-dac_read_search",
                     "--bounding-set=-dac_override,-dac_read_search"]
                    if IS_ROOT and SETPRIV else [])  # fmt: skip
CAN_OBEY_PERMISSIONS = sys.platform != "win32" and (not IS_ROOT or bool(SETPRIV))


def run_reader(
    args: Sequence[str],
    data_dir: Path,
    *,
    file_size_limit: int | None = None,
    extra_env: dict[str, str] | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS`` with its own data dir. ``file_size_limit`` (RLIMIT_FSIZE,
    SIGXFSZ ignored) makes every write past that many bytes of a file fail, as on a full disk
    (EFBIG instead of ENOSPC): no root needed."""
    return run_python(["-m", "reader", *args], data_dir, file_size_limit=file_size_limit,
                      extra_env=extra_env, timeout=timeout)  # fmt: skip


def run_python(
    args: Sequence[str],
    data_dir: Path,
    *,
    file_size_limit: int | None = None,
    extra_env: dict[str, str] | None = None,
    timeout: float = 180,
    obey_permissions: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` (``-c CODE ...`` or ``-m MODULE ...``) in the project, as run_reader;
    ``obey_permissions``: as a user, whom a file's mode binds (root too: OBEY_PERMISSIONS)."""
    env = {**os.environ, "READER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra_env or {})

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert file_size_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [*(OBEY_PERMISSIONS if obey_permissions else []), sys.executable, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
        preexec_fn=limit if file_size_limit is not None else None,
    )  # fmt: skip


def assert_said_in_words(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Failed with a non-zero code and a short message (no traceback) holding ``needles``."""
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 2, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


def corrupt_copies(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


@contextlib.contextmanager
def tmpfs(target: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``target`` (root only; skips otherwise), unmounted afterwards."""
    if not IS_ROOT:
        pytest.skip("needs root: mounts a small tmpfs to make a full or read-only disk")
    target.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=True)


def remount(target: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(target)], check=True)


def fill_disk(target: Path) -> Path:
    """Fill the filesystem holding ``target``; returns the filler file (delete it to free)."""
    filler = target / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for size in (1 << 16, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler

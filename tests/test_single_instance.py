"""The single-instance socket lives where only this user can reach it (issue 20 point 6): in
/tmp under a predictable name, another local user who created it first made every launch hand
its folder over to them and exit."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.runtime_dir import instance_socket, is_private

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets and modes")


def private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700)
    os.chmod(path, 0o700)
    return path


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private runtime dir with a short path (a socket path holds ~100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="xdg-"))
    os.chmod(folder, 0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_socket_is_in_the_private_runtime_dir(runtime: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = Path(instance_socket())
    assert path.parent == runtime / "Reader"
    assert is_private(path.parent) and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not str(path).startswith(tempfile.gettempdir() + "/io.github")


def test_without_a_runtime_dir_a_private_folder_in_the_data_dir(
    monkeypatch, isolated_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    path = Path(instance_socket())
    assert path.parent == isolated_data_dir / "run" and is_private(path.parent)


@pytest.mark.parametrize("case", ["world-writable", "symlink"])
def test_a_runtime_dir_others_could_reach_is_not_used(
    tmp_path: Path, monkeypatch, isolated_data_dir: Path, case: str
) -> None:  # type: ignore[no-untyped-def]
    if case == "world-writable":
        runtime = tmp_path / "shared"
        runtime.mkdir()
        os.chmod(runtime, 0o1777)
    else:
        runtime = private_dir(tmp_path / "run-user")
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        os.chmod(elsewhere, 0o777)
        (runtime / "Reader").symlink_to(elsewhere)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = Path(instance_socket())
    assert path.parent == isolated_data_dir / "run"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root: chown")
def test_a_folder_another_user_made_first_is_not_used(
    tmp_path: Path, monkeypatch, isolated_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    runtime = private_dir(tmp_path / "run-user")
    theirs = runtime / "Reader"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)  # nobody's
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(instance_socket()).parent == isolated_data_dir / "run"


def test_the_hand_over_works_through_the_private_socket(qtbot, runtime: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.single_instance import InstanceServer, hand_over, server_name

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    server = InstanceServer()
    socket = Path(server_name())
    assert socket.exists() and stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0
    received: list[str] = []
    server.message.connect(received.append)
    assert hand_over("/some/folder")
    qtbot.waitUntil(lambda: received == ["/some/folder"], timeout=5000)
    server.close()

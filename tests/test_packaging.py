"""Launching: desktop entry, icons, single instance, start-up failures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.paths import APP_ID
from reader.desktop_entry import ICON_SIZES, install, uninstall
from tests.conftest import ROOT


def test_desktop_entry_and_icons_install(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    written = install("/opt/reader/Reader", tmp_path)
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=/opt/reader/Reader %f" in text and "MimeType=inode/directory;" in text
    assert f"Icon={APP_ID}" in text
    for size in ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written and png.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
    uninstall(tmp_path)
    assert not desktop.exists()


def test_second_launch_hands_over_to_the_running_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.single_instance import InstanceServer, hand_over

    assert not hand_over("nobody is listening")
    server = InstanceServer()
    received: list[str] = []
    server.message.connect(received.append)
    assert hand_over(str(tmp_path))
    qtbot.waitUntil(lambda: received == [str(tmp_path)], timeout=5000)
    server.close()


def test_unwritable_data_dir_fails_with_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    env = {
        "READER_DATA_DIR": str(blocker / "sub"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(tmp_path / "s.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Reader could not start" in result.stderr


@pytest.mark.parametrize("spec", ["packaging/reader.spec", "packaging/launcher.py"])
def test_packaging_files_exist(spec: str) -> None:
    assert (ROOT / spec).exists()

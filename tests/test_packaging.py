"""Launching: desktop entry, icons, single instance, start-up failures."""

from __future__ import annotations

import os
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
    assert "Exec=/opt/reader/Reader %f" in text
    assert "MimeType" not in text  # Reader is not the opener of every folder
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


def test_desktop_entry_installs_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "reader.desktop_entry", "install", "--exec", "reader",
         "--prefix", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pngs = list((tmp_path / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert len(pngs) == len(ICON_SIZES)
    assert (tmp_path / "applications" / f"{APP_ID}.desktop").exists()


def test_a_failed_install_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import reader.desktop_entry as entry

    def broken(svg: Path, target_root: Path) -> list[Path]:
        real_render(svg, target_root)
        raise OSError(28, "No space left on device")

    real_render = entry.render_icons
    monkeypatch.setattr(entry, "render_icons", broken)
    with pytest.raises(OSError):
        install("reader", tmp_path)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


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


def test_bundle_size_is_counted_like_du(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    tree = tmp_path / "bundle"
    (tree / "lib").mkdir(parents=True)
    (tree / "lib" / "libbig.so.6").write_bytes(os.urandom(300_000))
    (tree / "lib" / "libbig.so").symlink_to("libbig.so.6")
    (tree / "linked").symlink_to("lib", target_is_directory=True)
    os.link(tree / "lib" / "libbig.so.6", tree / "hardlink.so")
    du = subprocess.run(["du", "-s", "-B1", str(tree)], capture_output=True, text=True, check=True)
    assert build.disk_usage(tree) == int(du.stdout.split()[0])


@pytest.mark.parametrize("spec", ["packaging/reader.spec", "packaging/launcher.py"])
def test_packaging_files_exist(spec: str) -> None:
    assert (ROOT / spec).exists()


def _packaging_module(name: str):  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_leaves_out_what_reader_never_loads() -> None:
    keep = _packaging_module("bundle_filter").keep
    qt = "PySide6/Qt"
    for kept in ("translations/qtbase_zh_CN.qm", "translations/qtbase_zh_TW.qm",
                 "translations/qt_en.qm", "plugins/imageformats/libqjpeg.so",
                 "plugins/imageformats/libqwebp.so", "plugins/imageformats/libqsvg.so",
                 "plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so",
                 "plugins/platforms/libqoffscreen.so", "plugins/platforms/qwindows.dll",
                 "plugins/tls/libqopensslbackend.so"):  # fmt: skip
        assert keep(f"{qt}/{kept}"), kept
    for dropped in ("translations/qtbase_de.qm", "translations/qt_ja.qm",
                    "plugins/imageformats/libqtiff.so", "plugins/imageformats/qicns.dll",
                    "plugins/platforms/libqeglfs.so", "plugins/platforms/libqvnc.so",
                    "plugins/tls/libqcertonlybackend.so",
                    "plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
                    "plugins/generic/libqevdevmouseplugin.so",
                    "lib/libQt6EglFsKmsSupport.so.6"):  # fmt: skip
        assert not keep(f"{qt}/{dropped}"), dropped
    assert keep("opencc/clib/share/opencc/t2s.json") and keep("seeds/000.txt")
    assert keep("opencc/clib/opencc_clib.cpython-311-x86_64-linux-gnu.so")
    assert not keep("opencc/clib/lib64/libopencc.a") and not keep("opencc/clib/bin/opencc")


def test_windows_and_macos_icons_are_made_from_the_svg(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ico, icns = _packaging_module("build").make_platform_icons(tmp_path)
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO directory
    assert icns.read_bytes()[:4] == b"icns"

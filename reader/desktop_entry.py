"""Install the freedesktop menu entry and icons for the current user (Linux).

python -m reader.desktop_entry install [--exec COMMAND] [--prefix DIR]
python -m reader.desktop_entry uninstall
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reader.core.paths import APP_ID, resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _template() -> str:
    root = Path(__file__).resolve().parents[1]
    candidates = [
        root / "packaging" / "linux" / f"{APP_ID}.desktop",
        resources_dir() / f"{APP_ID}.desktop",
    ]
    for path in candidates:
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{APP_ID}.desktop template not found")


def default_exec() -> str:
    """The launcher next to this interpreter (pip's gui-script), else `python -m reader`."""
    launcher = Path(sys.executable).with_name("reader")
    if launcher.exists():
        return str(launcher)
    return f"{sys.executable} -m reader"


def render_icons(svg: Path, target_root: Path) -> list[Path]:
    """PNG icons for every hicolor size, rendered from the SVG with QtSvg.

    Rendering needs a QGuiApplication but never a screen: without a display the default
    platform (xcb) aborted the installer half-way (SIGABRT, "xcb-cursor0 is needed").
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    from reader.ui.icons import render_svg

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    written = []
    for size in ICON_SIZES:
        image = render_svg(renderer, size)
        out = target_root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        written.append(out)
    del app
    return written


def install(exec_command: str, prefix: Path) -> list[Path]:
    """Write the menu entry and icons under ``prefix``: all of them or none.

    Everything is made in a staging folder beside the target first, then moved into place;
    a failure on the way removes what was moved, so no half-installed entry is left behind.
    """
    prefix.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".reader-install-", dir=prefix))
    moved: list[Path] = []
    try:
        desktop = staging / "applications" / f"{APP_ID}.desktop"
        desktop.parent.mkdir(parents=True)
        desktop.write_text(_template().replace("@EXEC@", exec_command), encoding="utf-8")
        svg = resources_dir() / "icons" / f"{APP_ID}.svg"
        scalable = staging / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        scalable.parent.mkdir(parents=True)
        shutil.copy2(svg, scalable)
        render_icons(svg, staging / "icons" / "hicolor")
        for path in sorted(p for p in staging.rglob("*") if p.is_file()):
            target = prefix / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
            moved.append(target)
    except BaseException:
        for target in moved:
            target.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    applications, icons = prefix / "applications", prefix / "icons" / "hicolor"
    for tool in (["update-desktop-database", str(applications)],
                 ["gtk-update-icon-cache", "-q", "-t", str(icons)]):  # fmt: skip
        if shutil.which(tool[0]):
            subprocess.run(tool, check=False, capture_output=True)
    return moved


def uninstall(prefix: Path) -> None:
    (prefix / "applications" / f"{APP_ID}.desktop").unlink(missing_ok=True)
    for path in (prefix / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*"):
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.desktop_entry")
    parser.add_argument("action", choices=["install", "uninstall"])
    parser.add_argument("--exec", dest="exec_command", default=None)
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local" / "share")
    args = parser.parse_args(argv)
    if args.action == "uninstall":
        uninstall(args.prefix)
        print("removed the Reader menu entry")
        return 0
    for path in install(args.exec_command or default_exec(), args.prefix):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

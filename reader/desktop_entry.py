"""Install the freedesktop menu entry and icons for the current user (Linux).

python -m reader.desktop_entry install [--exec COMMAND] [--prefix DIR]
python -m reader.desktop_entry uninstall
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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
    """PNG icons for every hicolor size, rendered from the SVG with QtSvg."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        out = target_root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        written.append(out)
    del app
    return written


def install(exec_command: str, prefix: Path) -> list[Path]:
    applications = prefix / "applications"
    icons = prefix / "icons" / "hicolor"
    applications.mkdir(parents=True, exist_ok=True)
    desktop = applications / f"{APP_ID}.desktop"
    desktop.write_text(_template().replace("@EXEC@", exec_command), encoding="utf-8")
    svg = resources_dir() / "icons" / f"{APP_ID}.svg"
    scalable = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(svg, scalable)
    written = [desktop, scalable, *render_icons(svg, icons)]
    for tool in (["update-desktop-database", str(applications)],
                 ["gtk-update-icon-cache", "-q", "-t", str(icons)]):  # fmt: skip
        if shutil.which(tool[0]):
            subprocess.run(tool, check=False, capture_output=True)
    return written


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

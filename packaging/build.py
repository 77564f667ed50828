"""Build the onedir bundle, then (with --check) start it offscreen with --screenshot.

    python packaging/build.py [--check]     (make package / make package-check)

Prints build time, bundle size and cold-start time of the bundle vs `python -m reader`.
Windows .ico and macOS .icns are made here from the SVG when building on those systems.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.readerapp.Reader"


def disk_usage(path: Path) -> int:
    """Bytes on disk as `du -s` counts them: allocated blocks, each inode once, symlinks not
    followed (the old sum of st_size followed PySide6's symlinked libraries: 267 MB vs 197)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    paths = [str(path)]
    for folder, dirnames, filenames in os.walk(path):
        paths.extend(os.path.join(folder, name) for name in [*dirnames, *filenames])
    for item in paths:
        st = os.lstat(item)
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total


def make_platform_icons() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / f"{APP_ID}.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if sys.platform == "win32":
        image.save(str(ROOT / "packaging" / "windows" / "reader.ico"))
    if sys.platform == "darwin":
        (ROOT / "packaging" / "macos").mkdir(exist_ok=True)
        image.save(str(ROOT / "packaging" / "macos" / "Reader.icns"))
    del app


def cold_start(
    command: list[str], env: dict[str, str], library: bool = True, search: str | None = None
) -> float:
    """Seconds from launch to the first article's screenshot (without --library: the default,
    which on a first run must be the bundled seeds). With a search, it must find something:
    searches run in a spawned process, which a frozen app has to support."""
    shot = Path(tempfile.mkdtemp()) / "shot.png"
    where = ["--library", str(ROOT / "seeds")] if library else []
    if search:
        where += ["--search", search]
    started = time.perf_counter()
    result = subprocess.run(
        [*command, *where, "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or not shot.exists() or shot.stat().st_size < 1000:
        raise SystemExit(f"start failed ({result.returncode}): {result.stderr[-2000:]}")
    if search and not any(
        line.startswith("search results: ") and line.split(": ")[1] != "0"
        for line in result.stdout.splitlines()
    ):
        raise SystemExit(f"the search {search!r} found nothing: {result.stdout[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="run the built app offscreen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_platform_icons()
    shutil.rmtree(ROOT / "dist" / "Reader", ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "reader.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    build_s = time.perf_counter() - started
    bundle = ROOT / "dist" / "Reader"
    print(f"build time: {build_s:.0f} s; bundle: {bundle} {disk_usage(bundle) / 2**20:.0f} MB (du)")
    if args.check:
        exe = bundle / ("Reader.exe" if sys.platform == "win32" else "Reader")
        env = {**os.environ, "READER_DATA_DIR": tempfile.mkdtemp(prefix="reader-pkg-")}
        first = cold_start([str(exe)], env, library=False)  # first run: bundled seeds
        again = cold_start([str(exe)], env, search="布林肯")
        source = cold_start([sys.executable, "-m", "reader"], env)
        print(f"bundle start to screenshot: first {first:.2f} s, again {again:.2f} s; "
              f"python -m reader: {source:.2f} s")  # fmt: skip
        data = Path(env["READER_DATA_DIR"])
        if not (data / "settings.json").exists() or list(bundle.rglob("settings.json")):
            raise SystemExit("user data must go to READER_DATA_DIR, never into the bundle")
        print("package check passed: the bundle started offscreen on its bundled seeds "
              "and searched them")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

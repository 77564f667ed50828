"""A Debian package of the onedir bundle, and the check that it installs, starts from the menu
and uninstalls cleanly.

    python packaging/linux/deb.py build [--bundle dist/Reader] [--out dist]     (make deb)
    python packaging/linux/deb.py check DEB                                      (make deb-check)

The package puts the bundle in /opt/reader, a /usr/bin/reader launcher, the desktop entry in
/usr/share/applications and the icons in the hicolor theme (dpkg's triggers refresh the menu
and icon caches). Depends lists the Debian packages of the system libraries the bundle links
to and does not carry (found with ldd and dpkg -S, as dpkg-shlibdeps would), so apt installs
them with it.

``check`` needs root, dpkg, Xvfb and xdotool: it installs the package (apt when available, so
the dependencies come too), validates what was installed, starts Reader the way the desktop
menu does (the installed entry's Exec line, via ``gio launch`` when present), waits for its
window on a virtual X server, quits it with Ctrl+Q (no process of it may be left), purges
the package and checks nothing is left.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader import __version__  # noqa: E402
from reader.core.paths import APP_ID  # noqa: E402
from reader.desktop_entry import install as install_menu_entry  # noqa: E402

PACKAGE = "reader"
PREFIX = Path("/opt/reader")
LAUNCHER = Path("/usr/bin/reader")
MAINTAINER = "Reader maintainers <readerapp@users.noreply.github.com>"
RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei"  # Chinese shows as boxes without one
DESCRIPTION = """\
offline reader for a local archive of saved news articles
 Reader opens a folder of saved news articles (Markdown files with YAML front
 matter and an HTML body, mostly Chinese, some English), lists them by date,
 title or source, shows them without loading anything from the network unless
 asked, searches them in Simplified and Traditional Chinese at once, finds
 related coverage and keeps bookmarks. Everything stays on this computer.
"""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Reader
Source: https://github.com/readerapp/reader

Files: *
Copyright: 2026 Reader developers
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files (the "Software"), to deal in
 the Software without restriction, including without limitation the rights to
 use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
 the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
 FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 .
 The bundle in /opt/reader also carries Python, Qt 6 (PySide6, LGPL-3), Whoosh
 (BSD), OpenCC (Apache-2.0), lxml (BSD), nh3 (MIT), PyYAML (MIT) and their
 libraries, each under its own licence.
"""
# Lintian tags a PyInstaller bundle cannot avoid, each said why (shipped as overrides).
OVERRIDES = {
    "dir-or-file-in-opt": "a self-contained bundle, as /opt is meant for",
    "embedded-library": "the bundle carries the exact libraries it was built and tested with",
    "unstripped-binary-or-object": "Qt's and Python's libraries as their wheels ship them",
    "shared-library-lacks-prerequisites": "Python extension modules resolve against the bundle",
    "library-not-linked-against-libc": "Qt plugin stubs as PySide6 ships them",
    "no-manual-page": "the desktop app; `reader --help` describes its options",
    "custom-library-search-path": "Python's own modules keep the RUNPATH of the prefix they "
    "were built in; the bundle's libpython is found in /opt/reader/_internal first",
    "hardening-no-pie": "PyInstaller's prebuilt bootloader",
}


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def architecture() -> str:
    return run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()


def system_dependencies(bundle: Path) -> list[str]:
    """Debian packages of the libraries the bundle's ELF files load from the system: ldd
    with the library path PyInstaller's bootloader sets, so the bundled copies are found
    first, as at run time."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    libraries: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in ldd.stdout.splitlines():
            found = re.match(r"\s*\S+ => (/\S+)", line)
            if found and not found.group(1).startswith(str(bundle)):
                libraries.add(os.path.realpath(found.group(1)))
    packages: set[str] = set()
    for library in sorted(libraries):
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True)
        if owner.returncode != 0:  # /lib -> /usr/lib merged paths: ask for the other one
            other = library.replace("/usr/lib/", "/lib/", 1)
            owner = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True)
        if owner.returncode == 0:
            packages.update(p.split(":")[0] for p in owner.stdout.split(": ")[0].split(", "))
    # libmount (bundled for GLib) names sensible-pager; Debian installs it everywhere anyway.
    return sorted(packages | {"libc6", "sensible-utils"})


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / "Reader").exists():
        raise SystemExit(f"no bundle in {bundle}: run `make package` first")
    arch = architecture()
    stage = Path(tempfile.mkdtemp(prefix="reader-deb-"))
    try:
        root = stage / "root"
        shutil.copytree(bundle, root / PREFIX.relative_to("/"), symlinks=True)
        launcher = root / LAUNCHER.relative_to("/")
        launcher.parent.mkdir(parents=True)
        launcher.write_text(f'#!/bin/sh\nexec {PREFIX}/Reader "$@"\n', encoding="utf-8")
        launcher.chmod(0o755)
        share = root / "usr" / "share"
        install_menu_entry(LAUNCHER.name, share)
        # Caches the installer refreshes for a user's own folders belong to the system here:
        # dpkg's triggers rebuild them on install and removal.
        (share / "applications" / "mimeinfo.cache").unlink(missing_ok=True)
        (share / "icons" / "hicolor" / "icon-theme.cache").unlink(missing_ok=True)
        doc = root / "usr" / "share" / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
        changelog = (
            f"{PACKAGE} ({__version__}) unstable; urgency=medium\n\n"
            "  * Packaged from the PyInstaller onedir bundle.\n\n"
            f" -- {MAINTAINER}  Mon, 23 Nov 2026 00:00:00 +0000\n"
        )
        with gzip.GzipFile(doc / "changelog.gz", "wb", compresslevel=9, mtime=0) as fh:
            fh.write(changelog.encode("utf-8"))
        overrides = root / "usr" / "share" / "lintian" / "overrides" / PACKAGE
        overrides.parent.mkdir(parents=True)
        overrides.write_text(
            "".join(f"# {why}\n{PACKAGE}: {tag}\n" for tag, why in OVERRIDES.items()),
            encoding="utf-8",
        )
        for path in root.rglob("*"):  # group and others may read; nothing else writable
            if not path.is_symlink():
                library = path.name.endswith(".so") or ".so." in path.name
                executable = path.stat().st_mode & 0o111 and not library  # libraries: 0644
                path.chmod(0o755 if path.is_dir() or executable else 0o644)
        depends = ", ".join(system_dependencies(root / PREFIX.relative_to("/")))
        size_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\nDepends: {depends}\n"
            f"Recommends: {RECOMMENDS}\nSection: utils\nPriority: optional\n"
            f"Homepage: https://github.com/readerapp/reader\nDescription: {DESCRIPTION}",
            encoding="utf-8",
        )
        sums = []
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink() and control not in path.parents:
                digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's md5sums format
                sums.append(f"{digest}  {path.relative_to(root)}\n")
        (control / "md5sums").write_text("".join(sums), encoding="utf-8")
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{PACKAGE}_{__version__}_{arch}.deb"
        run(["dpkg-deb", "--root-owner-group", "--build", str(root), str(deb)],
            stdout=subprocess.DEVNULL)  # fmt: skip
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    print(f"{deb}: {deb.stat().st_size / 2**20:.0f} MB; Depends: {depends}")
    if shutil.which("lintian"):
        lint = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)],
                              capture_output=True, text=True)  # fmt: skip
        print(lint.stdout.strip() or "lintian: no tags", flush=True)
        if any(line.startswith("E:") for line in lint.stdout.splitlines()):
            raise SystemExit("lintian reports errors (above)")
    else:
        print("lintian not installed: not checked")
    return deb


# -- the install / menu launch / uninstall check ---------------------------------------------
INSTALLED = [PREFIX / "Reader", LAUNCHER, Path(f"/usr/share/applications/{APP_ID}.desktop"),
             Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
             Path(f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png")]  # fmt: skip


def _menu_command(desktop: Path) -> list[str]:
    """The entry's Exec line as a menu runs it (field codes dropped: no file was given)."""
    text = desktop.read_text(encoding="utf-8")
    exec_line = re.search(r"^Exec=(.*)$", text, re.M)
    if exec_line is None:
        raise SystemExit(f"{desktop} has no Exec line")
    return [arg for arg in shlex.split(exec_line.group(1)) if not re.fullmatch(r"%[a-zA-Z]", arg)]


def _window_pid(display: str, timeout: float) -> tuple[str, int]:
    """(window id, its process) of Reader's main window, once it is mapped."""
    deadline = time.monotonic() + timeout
    env = {**os.environ, "DISPLAY": display}
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Reader$"],
                               capture_output=True, text=True, env=env)  # fmt: skip
        for window in found.stdout.split():
            pid = subprocess.run(["xdotool", "getwindowpid", window], capture_output=True,
                                 text=True, env=env).stdout.strip()  # fmt: skip
            if pid.isdigit():
                return window, int(pid)
        time.sleep(0.2)
    raise SystemExit(f"no Reader window appeared on {display} within {timeout:.0f} s")


def _running_from(folder: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.path.realpath(entry / "exe").startswith(str(folder) + "/"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def check(deb: Path) -> None:
    if os.geteuid() != 0:
        raise SystemExit("deb-check installs a package: run it as root (CI, a container)")
    for tool in ("dpkg", "Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"deb-check needs {tool}")
    listed = subprocess.run(["dpkg-query", "-W", "-f=${Status}", PACKAGE],
                            capture_output=True, text=True)  # fmt: skip
    if "installed" in listed.stdout and "not-installed" not in listed.stdout:
        raise SystemExit(f"a '{PACKAGE}' package is installed already: not touching it")
    if shutil.which("apt-get"):
        run(["apt-get", "install", "-y", "-qq", str(deb.resolve())],
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, stdout=subprocess.DEVNULL)  # fmt: skip
    else:
        run(["dpkg", "-i", str(deb)], stdout=subprocess.DEVNULL)
    xvfb = None
    app = None
    try:
        missing = [str(p) for p in INSTALLED if not p.exists()]
        if missing:
            raise SystemExit(f"not installed: {missing}")
        desktop = INSTALLED[2]
        if shutil.which("desktop-file-validate"):
            run(["desktop-file-validate", str(desktop)])
        display = f":{70 + os.getpid() % 20}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        home = Path(tempfile.mkdtemp(prefix="reader-deb-home-"))
        env = {**os.environ, "DISPLAY": display, "HOME": str(home), "XDG_DATA_HOME":
               str(home / ".local" / "share"), "QT_QPA_PLATFORM": "xcb"}  # fmt: skip
        env.pop("READER_DATA_DIR", None)  # as a user starts it: the data in their home
        env.pop("WAYLAND_DISPLAY", None)
        how = "gio launch" if shutil.which("gio") else "the entry's Exec line"
        command = ["gio", "launch", str(desktop)] if shutil.which("gio") else _menu_command(desktop)
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
        window, pid = _window_pid(display, timeout=60)
        exe = os.path.realpath(f"/proc/{pid}/exe")
        if not exe.startswith(str(PREFIX)):
            raise SystemExit(f"the window belongs to {exe}, not to the installed Reader")
        print(f"started from the menu entry ({how}): window {window}, process {pid} ({exe})")
        data = home / ".local" / "share"
        # Quit as a user would (Ctrl+Q in the focused window): there is no window manager on
        # Xvfb to deliver a close request, and destroying the window is not closing it.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
        subprocess.run(["xdotool", "key", "--window", window, "ctrl+q"], env=env, check=False)
        deadline = time.monotonic() + 30
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if Path(f"/proc/{pid}").exists():
            os.kill(pid, 9)
            raise SystemExit("Reader did not quit on Ctrl+Q")
        deadline = time.monotonic() + 30  # its indexer and search processes end with it
        while (stray := _running_from(PREFIX)) and time.monotonic() < deadline:
            time.sleep(0.2)
        if stray:
            for leftover in stray:
                os.kill(leftover, 9)
            raise SystemExit(f"processes of Reader outlived it: {stray}")
        if not any(data.rglob("settings.json")):
            raise SystemExit(f"Reader kept no settings under {data}")
        print("quit with Ctrl+Q; its settings were saved in the user's data folder")
        shutil.rmtree(home, ignore_errors=True)
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            app.wait(10)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        purge = ["apt-get", "purge", "-y", "-qq", PACKAGE] if shutil.which("apt-get") else [
            "dpkg", "--purge", PACKAGE]  # fmt: skip
        run(purge, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL)  # fmt: skip
    left = [str(p) for p in [*INSTALLED, PREFIX] if p.exists() or p.is_symlink()]
    if left:
        raise SystemExit(f"left behind after uninstalling: {left}")
    print(f"{deb.name}: installed, started from the menu under Xvfb, uninstalled cleanly")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="packaging/linux/deb.py")
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("build")
    make.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Reader")
    make.add_argument("--out", type=Path, default=ROOT / "dist")
    test = sub.add_parser("check")
    test.add_argument("deb", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.bundle, args.out)
    else:
        check(args.deb)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/bin/sh
# Installs the Debian/Ubuntu packages Qt (PySide6) needs offscreen and under X11, a CJK font
# and python3-venv. Does nothing when all are present or when apt is not available.
set -eu
PKGS="python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 \
libdbus-1-3 libx11-6 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 \
libx11-xcb1 fonts-wqy-microhei"
command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || {
    echo "system-deps: not a Debian-like system; see README for the packages your OS needs"; exit 0; }
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "system-deps: installing$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing

"""What the bundle leaves out of what PyInstaller's Qt hooks collect (used by reader.spec).

Measured on the Linux onedir (`du`): Qt's translations 6.7 MB, of which Reader's languages
need only Simplified and Traditional Chinese and English; image-format plugins for formats
no article or icon uses (TIFF, ICNS, TGA, WBMP, PDF) 1.1 MB; platform plugins for embedded
displays (EGLFS and its device integrations, LinuxFB, VNC, Vulkan KHR display, minimal EGL);
the certificate-only TLS backend (remote images are fetched through OpenSSL's); evdev/tuio
input plugins (loaded by those embedded platforms) and network-information backends (Reader
never asks); OpenCC's static libraries, command-line tools and C++ headers (4.7 MB; its
dictionaries stay). xcb, Wayland, offscreen (the --screenshot checks), Windows and Cocoa stay.
"""

from __future__ import annotations

KEEP_TRANSLATIONS = ("_zh_CN.qm", "_zh_TW.qm", "_en.qm")
DROP_PLUGINS = {
    "imageformats": ("qtiff", "qicns", "qtga", "qwbmp", "qpdf"),
    "platforms": ("qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl"),
    "tls": ("qcertonlybackend",),
    "egldeviceintegrations": ("",),  # loaded by EGLFS only
    "generic": ("",),  # evdev and tuio input: for EGLFS and LinuxFB
    "networkinformation": ("",),
}
DROP_LIBRARIES = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport")  # EGLFS's
DROP_FOLDERS = ("opencc/clib/bin/", "opencc/clib/include/", "opencc/clib/lib/",
                "opencc/clib/lib64/",
                "citeproc/data/schema/")  # CSL's RELAX NG schema: styles are not validated  # fmt: skip
# citeproc-py's locales: those of Reader's languages (1.8 MB -> 76 KB)
KEEP_CSL_LOCALES = ("locales-en-US.xml", "locales-zh-CN.xml", "locales-zh-TW.xml", "locales.json")


def keep(dest: str) -> bool:
    """Whether a file collected for the bundle (its path inside the bundle) stays."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if path.startswith(DROP_FOLDERS) or name.startswith(DROP_LIBRARIES):
        return False
    if path.startswith("citeproc/data/locales/"):
        return name in KEEP_CSL_LOCALES
    if "/translations/" in path and name.endswith(".qm"):
        return name.endswith(KEEP_TRANSLATIONS)
    for folder, names in DROP_PLUGINS.items():
        if f"/plugins/{folder}/" in path:
            return not any(part in name for part in names)
    return True

"""A folder only this user can enter, for the single-instance socket.

The socket sat in /tmp under a name anyone could work out: another local user who created it
first made every launch hand its folder over to them and exit. It now lives in the user's
runtime folder ($XDG_RUNTIME_DIR, 0700 by the XDG spec), else in a private folder in Reader's
data folder, and a folder is used only when it is this user's, not a symbolic link, and open
to nobody else.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from pathlib import Path

from reader.core.paths import APP_NAME, data_dir

SOCKET_PATH_MAX = 100  # sun_path holds 104-108 bytes, its terminating NUL included


def is_private(folder: Path) -> bool:
    """A real folder (not a link) of this user that nobody else can enter or write."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return info.st_mode & 0o077 == 0


def _private(folder: Path) -> Path | None:
    """``folder``, made if missing (0700) and tightened if it is ours; None if unusable."""
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == os.getuid()):
            os.chmod(folder, 0o700)
    return folder if is_private(folder) else None


def private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR/Reader when that is private, else <data dir>/run; None if neither."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = []
    if runtime and os.path.isabs(runtime) and is_private(Path(runtime)):
        candidates.append(Path(runtime) / APP_NAME)
    candidates.append(data_dir() / "run")
    for folder in candidates:
        found = _private(folder)
        if found is not None:
            return found
    return None


def instance_socket() -> str:
    """Where the running Reader of this data folder listens: a path in a private folder (on
    Windows a pipe name: pipes are not files in a shared folder)."""
    key = hashlib.sha256(str(data_dir()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    name = f"io.github.readerapp.Reader-{key}"
    if sys.platform == "win32":
        return name
    folder = private_runtime_dir()
    if folder is None:
        raise OSError(f"no private folder for the single-instance socket ({data_dir()})")
    path = folder / f"instance-{key}.sock"
    if len(os.fsencode(path)) > SOCKET_PATH_MAX:  # a deep data folder: the runtime dir's
        fallback = Path(os.environ.get("XDG_RUNTIME_DIR") or "/nonexistent") / APP_NAME
        if _private(fallback) is not None and len(os.fsencode(fallback)) < SOCKET_PATH_MAX - 30:
            return str(fallback / f"instance-{key}.sock")
        raise OSError(f"the single-instance socket path is too long: {path}")
    return str(path)

"""Where user data and bundled resources live.

User data (index, catalog, bookmarks, settings, logs) goes to the platform's data dir, or to
``$READER_DATA_DIR`` when set, so tests and experiments never touch real user data. Nothing is
ever written inside a library folder.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path, PurePath

import platformdirs

APP_NAME = "Reader"
APP_ID = "io.github.readerapp.Reader"
DATA_DIR_ENV = "READER_DATA_DIR"


def data_dir() -> Path:
    """The root of all user data; created on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    root = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    root.mkdir(parents=True, exist_ok=True)
    return root


def library_key(library: Path) -> str:
    """A short stable key for a library folder (its resolved absolute path)."""
    resolved = str(Path(library).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def library_data_dir(library: Path) -> Path:
    """Per-library data (search index, catalog) lives here, never in the library itself."""
    path = data_dir() / "libraries" / library_key(library)
    path.mkdir(parents=True, exist_ok=True)
    return path


def display_text(text: str) -> str:
    """Text safe to print, store or show: bytes that were not UTF-8 become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that are not escapes of bytes
        return text.encode("utf-8", "replace").decode("utf-8")


def display_path(path: str | PurePath) -> str:
    """A path for people: undecodable bytes of its name shown as U+FFFD."""
    return display_text(str(path))


def _bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def bundled_seeds_dir() -> Path:
    """The seed articles shipped with the app: the default library on first start."""
    return _bundle_root() / "seeds"


def resources_dir() -> Path:
    return _bundle_root() / "resources"

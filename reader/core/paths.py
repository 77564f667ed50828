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
from urllib.parse import quote_from_bytes, unquote_to_bytes

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


# A stored path that is not valid Unicode (a file name in GBK unzipped on Linux, say) is kept
# as a percent-encoded file URI of its bytes. No stored path can start with it otherwise:
# stored paths are normalized (str(Path)), and normalization collapses "//" after "file:".
_URI_PREFIX = "file://"


def path_to_text(path: str | PurePath) -> str:
    """A path as storable text (SQLite, Whoosh terms) that ``path_from_text`` turns back
    into the same path. Paths that are valid Unicode are stored as they are."""
    text = str(PurePath(path))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # surrogate escapes standing for bytes that are not UTF-8
        return _URI_PREFIX + quote_from_bytes(os.fsencode(os.path.abspath(text)), safe="/")
    return text


def path_from_text(text: str) -> str:
    """The path ``path_to_text`` stored (surrogate escapes included: opens the same file)."""
    if text.startswith(_URI_PREFIX):
        return os.fsdecode(unquote_to_bytes(text[len(_URI_PREFIX) :]))
    return text


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

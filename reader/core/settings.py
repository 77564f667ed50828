"""Typed application settings, stored as JSON in the user data dir.

A missing, unreadable or corrupt settings file never stops the app: the defaults are used and
the caller is told, so the UI can say so. Only a file whose content is wrong is moved aside; one
that cannot be read (no permission, I/O error) is left where it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import typing
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from reader.core import settings_types
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import data_dir, display_path
from reader.core.storage import reason_of, storage_error

MAX_RECENT = 8
MAX_POSITIONS = 500
WHAT = QT_TR_NOOP("the settings file")  # StorageError translates it


@dataclass
class Settings:
    library: str | None = None  # None: the bundled seeds
    recent_libraries: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    splitter_sizes: list[int] = field(default_factory=list)
    docks_given_way: list[str] = field(default_factory=list)  # hidden by a narrow window
    related_folded: bool = False  # the box under the article (This story) shows its heading only
    last_article: str | None = None
    # article id -> how far down the reader got (fraction of its height), newest last
    reading_positions: dict[str, float] = field(default_factory=dict)
    zoom: int = 0  # steps of 10% from the default size
    reading_font: str = ""  # "" = the best installed Chinese font
    line_spacing: float = 1.7  # times the font size
    column_em: int = 38  # the reading column, in CJK characters
    theme: str = "light"  # light | dark
    language: str = ""  # "" = system locale; "en", "zh_CN" or "zh_TW" (reader/core/i18n.py)
    article_script: str = ""  # "" = as written; a key of reader.core.script.SCRIPTS
    search_sort: str = "relevance"
    recent_searches: list[str] = field(default_factory=list)
    group_by_story: bool = False  # the article list: one row per story
    # source -> image hosts that load without asking (reader/core/image_trust.py)
    image_hosts_by_source: dict[str, list[str]] = field(default_factory=dict)
    sync_folder: str = ""  # "" = no sync; READER_SYNC_DIR comes first (reader/core/sync/)
    export_folder: str = ""  # the last folder saved to (this machine's: ui/save_dialogs.py)

    def remember_library(self, path: str) -> None:
        self.library = path
        self.recent_libraries = [path] + [p for p in self.recent_libraries if p != path]
        del self.recent_libraries[MAX_RECENT:]

    def remember_position(self, article_id: str, fraction: float) -> None:
        """Where the reader left an article (0 is forgotten: it opens at its top anyway)."""
        self.reading_positions.pop(article_id, None)
        if fraction > 0.01:
            self.reading_positions[article_id] = round(min(fraction, 1.0), 4)
        while len(self.reading_positions) > MAX_POSITIONS:
            del self.reading_positions[next(iter(self.reading_positions))]

    def remember_search(self, query: str) -> None:
        query = query.strip()
        if query:
            self.recent_searches = [query] + [q for q in self.recent_searches if q != query]
            del self.recent_searches[20:]


def settings_path() -> Path:
    return data_dir() / "settings.json"


def _coerce(raw: dict[str, Any]) -> Settings:
    return _checked(raw)[0]


def _checked(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """The settings in ``raw``, each of the right type and range (reader/core/
    settings_types.py) or its default; and the names of those that were not."""
    values: dict[str, Any] = {}
    wrong: list[str] = []
    old = raw.get("always_load_images_from")  # before image hosts: sources only, trust none
    if isinstance(old, list) and "image_hosts_by_source" not in raw:
        raw = {**raw, "image_hosts_by_source": {str(s): [] for s in old}}
    hints = typing.get_type_hints(Settings)
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "reading_positions" and isinstance(value, dict):  # keep the good ones
            value = {k: v for k, v in value.items() if settings_types.fits(v, float)}
        if settings_types.acceptable(f.name, value, hints[f.name]):
            values[f.name] = value
        else:
            wrong.append(f.name)
    return Settings(**values), wrong


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """(settings, warning). A corrupt file is kept as settings.json.corrupt."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        data = path.read_bytes()
    except OSError as exc:  # not the content's fault: keep the file as it is
        return Settings(), tr(
            "Settings could not be read from {path} ({reason}); defaults are used.",
            path=display_path(path),
            reason=reason_of(exc),
        )
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError(tr("it is not a JSON object"))
        settings, wrong = _checked(raw)
        if wrong:
            return settings, tr(
                "Some settings in {path} were not of a usable type or range and are back to"
                " their defaults: {names}.", path=display_path(path), names=", ".join(wrong),
            )  # fmt: skip
        return settings, None
    except (ValueError, TypeError) as exc:
        why = _why_unreadable(exc)
        backup = path.with_suffix(".json.corrupt")
        try:
            os.replace(path, backup)
        except OSError as move_exc:
            return Settings(), tr(
                "Settings in {path} could not be read ({why}); defaults are used. The file was"
                " left in place ({reason}).", path=display_path(path), why=why,
                reason=reason_of(move_exc),
            )  # fmt: skip
        return Settings(), tr(
            "Settings in {path} could not be read ({why}); defaults are used. The file was kept"
            " as {backup}.", path=display_path(path), why=why, backup=display_path(backup),
        )  # fmt: skip


def _why_unreadable(exc: Exception) -> str:
    """Words for a settings file whose content is wrong (json's own are English)."""
    if isinstance(exc, UnicodeDecodeError):
        return tr("it is not UTF-8 text")
    if isinstance(exc, json.JSONDecodeError):
        return tr("it is not valid JSON (line {line}, column {column})", line=exc.lineno,
                  column=exc.colno)  # fmt: skip
    return str(exc)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Atomic write: a crash never leaves half a settings file. Raises StorageError (the
    old file kept, no temporary file left) when it cannot be written."""
    path = path or settings_path()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise storage_error(WHAT, path, exc) from exc

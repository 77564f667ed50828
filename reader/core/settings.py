"""Typed application settings, stored as JSON in the user data dir.

A missing, unreadable or corrupt settings file never stops the app: it is moved aside and the
defaults are used (the caller is told, so the UI can say so).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from reader.core.paths import data_dir

MAX_RECENT = 8
MAX_POSITIONS = 500


@dataclass
class Settings:
    library: str | None = None  # None: the bundled seeds
    recent_libraries: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    splitter_sizes: list[int] = field(default_factory=list)
    last_article: str | None = None
    # article id -> how far down the reader got (fraction of its height), newest last
    reading_positions: dict[str, float] = field(default_factory=dict)
    zoom: int = 0  # steps of 10% from the default size
    reading_font: str = ""  # "" = the best installed Chinese font
    line_spacing: float = 1.7  # times the font size
    column_em: int = 38  # the reading column, in CJK characters
    theme: str = "light"  # light | dark
    language: str = ""  # "" = system locale; "en" or "zh_CN"
    search_sort: str = "relevance"
    recent_searches: list[str] = field(default_factory=list)
    # source -> image hosts that load without asking (reader/core/image_trust.py)
    image_hosts_by_source: dict[str, list[str]] = field(default_factory=dict)

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
    defaults = Settings()
    values: dict[str, Any] = {}
    old = raw.get("always_load_images_from")  # before image hosts: sources only, trust none
    if isinstance(old, list) and "image_hosts_by_source" not in raw:
        raw = {**raw, "image_hosts_by_source": {str(s): [] for s in old}}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        if default is None or isinstance(value, type(default)):
            values[f.name] = value
    positions = values.get("reading_positions", {})
    values["reading_positions"] = {
        str(k): float(v) for k, v in positions.items() if isinstance(v, int | float)
    }
    hosts = values.get("image_hosts_by_source", {})
    values["image_hosts_by_source"] = {
        str(source): [str(h) for h in hs if isinstance(h, str)]
        for source, hs in hosts.items()
        if isinstance(hs, list)
    }
    return Settings(**values)


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """(settings, warning). A corrupt file is kept as settings.json.corrupt."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        return _coerce(raw), None
    except (OSError, ValueError, TypeError) as exc:
        backup = path.with_suffix(".json.corrupt")
        with contextlib.suppress(OSError):
            os.replace(path, backup)
        return Settings(), f"Settings could not be read ({exc}); defaults are used. Kept: {backup}"


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Atomic write: a crash never leaves half a settings file."""
    path = path or settings_path()
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, ensure_ascii=False, indent=1)
    os.replace(tmp, path)

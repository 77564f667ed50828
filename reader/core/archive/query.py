"""What the one list holds, as plain data: a search and its filters.

The window's list, a saved search, a smart view and the CLI's `reader list/search/histogram`
all say what they want with a ``ListQuery``; ``selection.py`` answers it from the catalog.
It is saved as JSON (saved searches), so its fields are plain values.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from reader.core.archive.days import PRESETS, DayRange, preset_range

ORDERS = ("date", "relevance", "title", "source")


@dataclass(frozen=True)
class ListQuery:
    text: str = ""  # the search, in the search box's syntax ("": every article)
    sources: tuple[str, ...] = ()  # stored source names (an outlet with its host aliases)
    since: date | None = None  # local days, both included
    until: date | None = None
    preset: str | None = None  # "7d" / "30d" / "365d": days ending at the last active day
    unread_only: bool = False
    bookmarked: bool = False
    tag: str | None = None  # bookmarks with this tag
    title: str = ""  # the list's title filter
    story: str | None = None  # the articles of one story
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def searching(self) -> bool:
        return bool(self.text.strip())

    def days(self, last_active: date | None) -> DayRange:
        """The days asked for: a preset ends at the archive's last active day."""
        if self.preset and last_active is not None:
            return preset_range(PRESETS[self.preset], last_active)
        return DayRange(self.since, self.until)

    def with_changes(self, **changes: Any) -> ListQuery:
        return replace(self, **changes)

    def filters_only(self) -> ListQuery:
        """The same filters without the search text."""
        return replace(self, text="")

    # -- saved as JSON ---------------------------------------------------------------------
    def to_json(self) -> str:
        data = asdict(self)
        data.pop("extra")
        data["sources"] = list(self.sources)
        for key in ("since", "until"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps({k: v for k, v in data.items() if v not in (None, "", False, [])},
                          ensure_ascii=False, sort_keys=True)  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> ListQuery:
        """A stored query; unknown keys (from a newer Reader) are kept aside, not lost."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a saved query")
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        extra = {k: v for k, v in data.items() if k not in known}
        values["sources"] = tuple(str(s) for s in values.get("sources", ()))
        for key in ("since", "until"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        if values.get("preset") not in (None, *PRESETS):
            values["preset"] = None
        return cls(**values, extra=extra)

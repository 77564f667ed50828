"""What of the settings belongs to the person and follows them to every machine: the
preferences below, reading positions and trusted image hosts. Window geometry, the open
library and recent folders are this machine's (paths differ from machine to machine).

These kinds change a live ``Settings`` object; ``on_applied`` (given by its owner, the window)
is told which settings merged changes touched, to show and save them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import fields as dataclass_fields

from reader.core.settings import MAX_POSITIONS, Settings
from reader.core.sync.kinds import Fields, RecordKind, ValueKind

# The preferences a person takes with them (their defaults are not synced: a new machine's
# defaults never override what was chosen elsewhere).
PERSONAL = ("language", "theme", "zoom", "reading_font", "line_spacing", "column_em",
            "article_script", "search_sort", "group_by_story")  # fmt: skip
_DEFAULTS = Settings()
_TYPES = {f.name: type(getattr(_DEFAULTS, f.name)) for f in dataclass_fields(Settings)}
HOST = "host:"

Applied = Callable[[set[str]], None]


def _valid(name: str, value: object) -> bool:
    wanted = _TYPES[name]
    if wanted is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if wanted is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, wanted)


class Preferences(ValueKind):
    name = "preference"

    def __init__(self, settings: Settings, on_applied: Applied) -> None:
        self.settings, self.on_applied = settings, on_applied

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        names = PERSONAL if entities is None else [n for n in entities if n in PERSONAL]
        found = {}
        for name in names:
            value = getattr(self.settings, name)
            if value != getattr(_DEFAULTS, name):
                found[name] = {"": value}
        return found

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        touched = set()
        for name in [*puts, *removes]:
            if name not in PERSONAL:
                continue  # a preference of a newer Reader: kept in the sync state only
            value = puts.get(name, {}).get("")
            if name in removes or not _valid(name, value):
                value = getattr(_DEFAULTS, name)
            if _TYPES[name] is float:
                value = float(value)  # type: ignore[arg-type]  # _valid: a number
            setattr(self.settings, name, value)
            touched.add(name)
        if touched:
            self.on_applied(touched)


class ReadingPositions(ValueKind):
    """Where the reader left each article (a fraction of its height); the newest
    MAX_POSITIONS are kept on every machine."""

    name = "position"
    keeps_at_most = MAX_POSITIONS

    def __init__(self, settings: Settings, on_applied: Applied) -> None:
        self.settings, self.on_applied = settings, on_applied

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        positions = self.settings.reading_positions
        names = positions if entities is None else [i for i in entities if i in positions]
        return {i: {"": positions[i]} for i in names}

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        positions = self.settings.reading_positions
        for article_id in removes:
            positions.pop(article_id, None)
        for article_id, fields in puts.items():  # oldest first: the newest end up last
            value = fields.get("")
            if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
                positions.pop(article_id, None)
                positions[article_id] = round(min(float(value), 1.0), 4)
        while len(positions) > MAX_POSITIONS:
            del positions[next(iter(positions))]
        self.on_applied({"reading_positions"})


class ImageHosts(RecordKind):
    """The image hosts trusted per source: a record per source, a field per host."""

    name = "image_hosts"

    def __init__(self, settings: Settings, on_applied: Applied) -> None:
        self.settings, self.on_applied = settings, on_applied

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        rules = self.settings.image_hosts_by_source
        names = rules if entities is None else [s for s in entities if s in rules]
        return {s: {"": True, **{HOST + h: True for h in rules[s]}} for s in names}

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        rules = dict(self.settings.image_hosts_by_source)
        for source in removes:
            rules.pop(source, None)
        for source, fields in puts.items():
            rules[source] = sorted(k[len(HOST) :] for k, v in fields.items()
                                   if k.startswith(HOST) and v is True)  # fmt: skip
        self.settings.image_hosts_by_source = rules
        self.on_applied({"image_hosts_by_source"})


def settings_kinds(settings: Settings, on_applied: Applied) -> list[ValueKind | RecordKind]:
    return [Preferences(settings, on_applied), ReadingPositions(settings, on_applied),
            ImageHosts(settings, on_applied)]  # fmt: skip

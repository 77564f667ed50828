"""Read marks: an article id is read (True) or not (None). Marked on one machine and unmarked
on another: the later of the two, by stamp, is what both show."""

from __future__ import annotations

from collections.abc import Collection

from reader.core.readstate import ReadState
from reader.core.sync.kinds import Fields, ValueKind

KIND = "read"


class ReadMarks(ValueKind):
    name = KIND

    def __init__(self, store: ReadState) -> None:
        self.store = store

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        if entities is None:
            return {i: {"": True} for i in self.store.snapshot()}
        return {i: {"": True} for i in entities if self.store.is_read(i)}

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        read = [i for i, fields in puts.items() if fields.get("") is True]
        if read:
            self.store.set_read(read, True)
        if removes:
            self.store.set_read(sorted(removes), False)

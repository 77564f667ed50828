"""The registry of what is synced: one small adapter per kind of user data.

A kind says how its local store looks as registers and how merged registers go back into the
store; the engine (``reader.core.sync.engine``) does the rest: stamps, logs, merging,
compaction. Every kind is a map from an *entity* (an article id, a source, a setting's name) to
*fields* (JSON values; a missing field is None). Two shapes cover everything synced so far:

- ``ValueKind``: one value per entity (field ""): read marks, reading positions, preferences.
  None is "not set" (unread, no position, the default).
- ``RecordKind``: a record with fields that merge one by one (a bookmark's note and its tags
  edited on two machines both survive), and a tombstone in field "" (True: exists, None:
  deleted) that wins only over older edits: an edit made after (or without seeing) a deletion
  brings the record back with every field it had.

Plugging in a new kind: subclass one of them with ``name``, ``local`` and ``write`` over the
store, make the store call the journal after each committed change (``listeners``), and add it
to the kinds the window and the CLI build (``reader.core.sync.setup``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Mapping
from typing import Generic, TypeVar

from reader.core.sync.formats import Value
from reader.core.sync.replica import Entry, Registers

S = TypeVar("S")
Fields = dict[str, Value]  # field -> value, for one entity (the fields that are set)
TOMBSTONE = ""  # a record's own field: True while it exists, None once deleted


class SyncedKind:
    """A kind of synced data (subclass ValueKind or RecordKind)."""

    name = ""
    # The store keeps at most this many entities and forgets the oldest by itself (reading
    # positions): an entity missing from a full store was forgotten, not deleted.
    keeps_at_most: int | None = None

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        """What the store holds for these entities (None: all); missing ones are absent."""
        raise NotImplementedError

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        """Make the store hold ``puts`` (entity -> its whole fields) and lose ``removes``;
        ``puts`` come oldest change first."""
        raise NotImplementedError

    def view(self, registers: Registers) -> Fields | None:
        """What the store should hold for one entity given its winners (None: absent)."""
        raise NotImplementedError

    def plan(self, local: Fields | None, registers: Registers) -> Fields:
        """The operations (field -> value) that make the registers say what the store holds."""
        raise NotImplementedError

    def take_rebuilt(self) -> bool:
        """True (once) when the store's file started again after damage, emptiness or loss,
        from a backup or empty: what it lacks was lost on this machine, not removed."""
        store = getattr(self, "store", None)
        take = getattr(store, "take_recovered", None)
        return bool(take()) if callable(take) else False

    def plan_for(self, entity: str, local: Fields | None, registers: Registers) -> Fields:
        """``plan`` for one entity, for a kind whose operations depend on which (a saved
        search renamed: its old name says so)."""
        return self.plan(local, registers)

    def write_merged(
        self, puts: dict[str, Fields], removes: set[str], registers: dict[str, Registers]
    ) -> None:
        """``write`` with the winners of those entities at hand, for a kind whose store needs
        more than what it should hold (a saved search renamed elsewhere is moved here)."""
        self.write(puts, removes)


class ValueKind(SyncedKind):
    def view(self, registers: Registers) -> Fields | None:
        entry = registers.get("")
        if entry is None or entry.value is None:
            return None
        return {"": entry.value}

    def plan(self, local: Fields | None, registers: Registers) -> Fields:
        mine = None if local is None else local.get("")
        entry = registers.get("")
        merged = None if entry is None else entry.value
        return {} if mine == merged else {"": mine}


def exists(registers: Mapping[str, Entry]) -> bool:
    """A record exists unless its newest register is its tombstone at None (an edit newer than
    the deletion brings it back)."""
    tomb = registers.get(TOMBSTONE)
    if tomb is None:
        return any(e.value is not None for e in registers.values())
    if tomb.value is not None:
        return True
    newest = tomb.order()
    return any(f != TOMBSTONE and e.order() > newest for f, e in registers.items())


class RecordKind(SyncedKind):
    def view(self, registers: Registers) -> Fields | None:
        if not exists(registers):
            return None
        fields = {f: e.value for f, e in registers.items() if f and e.value is not None}
        fields[TOMBSTONE] = True
        return fields

    def plan(self, local: Fields | None, registers: Registers) -> Fields:
        merged = self.view(registers)
        if local is None:
            return {} if merged is None else {TOMBSTONE: None}
        mine = {**{f: v for f, v in local.items() if v is not None}, TOMBSTONE: True}
        if merged is None:  # new, or made again after a deletion: every field anew
            ops: Fields = dict(mine)
            ops.update(
                {f: None for f, e in registers.items() if f not in mine and e.value is not None}
            )
            return ops
        return {f: mine.get(f) for f in set(mine) | set(merged) if mine.get(f) != merged.get(f)}


class StoreOnThread(Generic[S]):
    """A store whose SQLite connection serves only the thread that opened it; on another
    thread (a change a worker committed: an import, a whole list marked read) the journal
    reads it through a view with a connection of that thread, made by ``view``."""

    def __init__(self, store: S, view: Callable[[S], S]) -> None:
        self.store = store
        self.view = view
        self._owner = threading.get_ident()
        self._views = threading.local()

    def get(self) -> S:
        if threading.get_ident() == self._owner:
            return self.store
        found: S | None = getattr(self._views, "store", None)
        if found is None:
            found = self.view(self.store)
            self._views.store = found
        return found

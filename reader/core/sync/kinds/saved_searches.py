"""Saved searches: one record per name. The query is one field (its JSON exactly as the store
holds it): a search is what its whole query finds, so two machines' edits of one search never
merge into a query neither made; the later one wins. When it was made and last changed are
fields too. What each machine saw when it last opened a search ("new since last opened") is
that machine's own, per library, and is not synced.

A rename is the old name removed and the new one made with the same fields, with one thing
more: the old name's removal says which edit of the query it saw (``MOVED``). An edit of the
old name made on another machine that the rename did not see (at about the same time, or
offline) keeps the old name alive with that edit, beside the renamed copy: a rename never
swallows an edit. A plain removal wins over older edits, as every removal does.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Collection, Iterator

from reader.core.saved.store import SavedSearchStore, Stored
from reader.core.sync.kinds import TOMBSTONE, Fields, RecordKind, StoreOnThread, exists
from reader.core.sync.replica import Registers

KIND = "saved_search"
QUERY, CREATED, UPDATED = "query", "created", "updated"
MOVED = "moved"  # on a renamed name: {"to": new name, "saw": [stamp, device] of its query}


def fields_of(stored: Stored) -> Fields:
    fields: Fields = {QUERY: stored.query, CREATED: stored.created_at,
                      UPDATED: stored.updated_at}  # fmt: skip
    return {k: v for k, v in fields.items() if v}


def stored_of(fields: Fields) -> Stored | None:
    """None when the registers do not make a search yet (no query: the rest of a half-written
    log is still on its way)."""

    def text(key: str) -> str:
        value = fields.get(key)
        return value if isinstance(value, str) else ""

    return Stored(text(QUERY), text(CREATED), text(UPDATED)) if text(QUERY) else None


def moved_to(registers: Registers) -> str | None:
    """Where a rename took this name (None: not renamed)."""
    moved = registers.get(MOVED)
    to = moved.value.get("to") if moved is not None and isinstance(moved.value, dict) else None
    return to if isinstance(to, str) else None


def unseen_by_rename(registers: Registers) -> bool:
    """Removed by a rename that did not see the query's winning edit."""
    moved, query = registers.get(MOVED), registers.get(QUERY)
    if moved is None or query is None or query.value is None:
        return False
    saw = moved.value.get("saw") if isinstance(moved.value, dict) else None
    if not (isinstance(saw, list) and len(saw) == 2):
        return False
    return (query.stamp, query.device) > (saw[0], saw[1])


class SavedSearches(RecordKind):
    name = KIND

    def __init__(self, store: SavedSearchStore) -> None:
        self.store = store
        self._stores = StoreOnThread(store, SavedSearchStore.thread_view)
        self._moves = threading.local()  # the rename being journaled on this thread

    @contextlib.contextmanager
    def renaming(self, old: str, new: str) -> Iterator[None]:
        """The store renamed ``old`` to ``new``: the journal call inside records it so."""
        self._moves.names = {old: new}
        try:
            yield
        finally:
            self._moves.names = {}

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        stored = self._stores.get().stored()
        names = stored if entities is None else [n for n in entities if n in stored]
        return {n: {**fields_of(stored[n]), TOMBSTONE: True} for n in names}

    def view(self, registers: Registers) -> Fields | None:
        edits = {f: e for f, e in registers.items() if f != MOVED}  # MOVED is not an edit
        if not exists(edits) and not unseen_by_rename(registers):
            return None
        fields = {f: e.value for f, e in registers.items() if f and e.value is not None}
        fields.pop(MOVED, None)
        if QUERY not in fields:
            return None
        fields[TOMBSTONE] = True
        return fields

    def plan_for(self, entity: str, local: Fields | None, registers: Registers) -> Fields:
        ops = self.plan(local, registers)
        if TOMBSTONE in ops and ops[TOMBSTONE] is None:  # removed here, or renamed
            to = getattr(self._moves, "names", {}).get(entity)
            query = registers.get(QUERY)
            if to is not None and query is not None:
                # A query merged but not written to the store yet was not seen either.
                saw = [query.stamp, query.device] if query.applied else [0, ""]
                ops[MOVED] = {"to": to, "saw": saw}
            elif (moved := registers.get(MOVED)) is not None and moved.value is not None:
                ops[MOVED] = None  # a plain removal: no earlier rename's exception stays
        return ops

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        self.write_merged(puts, removes, {})

    def write_merged(
        self, puts: dict[str, Fields], removes: set[str], registers: dict[str, Registers]
    ) -> None:
        made = {n: s for n, f in puts.items() if (s := stored_of(f)) is not None}
        held = self.store.stored()
        renamed: dict[str, str] = {}  # renamed elsewhere: moved here, with what was seen here
        for old in sorted(removes):
            to = moved_to(registers.get(old, {}))
            if old in held and to in made and to not in held and to not in renamed.values():
                renamed[old] = to
        self.store.replace_many(made, sorted(removes), renamed)

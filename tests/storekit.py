"""The three stores of the user's own data seen alike by the fault tests: bookmarks, highlights
and saved searches, each with how to fill it fast (one transaction), add one item through its
public API, list its items' keys and hear its committed changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.archive.query import ListQuery
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.durable import DurableStore
from reader.core.saved.store import SavedSearchStore
from reader.core.storage import StorageError

ZAOBAO = "a9b57668a3b7e4e6"  # a seed article's id


@dataclass(frozen=True)
class Kind:
    name: str
    store: type[DurableStore]  # the store; called with no path: its file in READER_DATA_DIR
    noun: str  # how its notices count items: "3 bookmarks"
    insert: str  # SQL that inserts one item from the tuple ``row(key)``
    row: Callable[[str], tuple[object, ...]]
    add: Callable[[Any, str], object]  # one item through the store's own API
    keys: Callable[[Any], set[str]]
    dump: Callable[[Any], list[object]]  # every item whole (tags, notes, what was seen...)
    listen: Callable[[Any, Callable[[object], None]], None]  # hear each committed change

    def __str__(self) -> str:  # the test ids: test_x[bookmarks]
        return self.name

    @property
    def file(self) -> str:
        return self.store.durability.file_name

    @property
    def backups(self) -> str:
        return self.store.durability.backup_folder

    @property
    def table(self) -> str:
        return self.store.durability.table


KINDS = {
    "bookmarks": Kind(
        "bookmarks", BookmarkStore, "bookmarks",
        "INSERT INTO bookmarks(article_id, title, created_at) VALUES(?, ?, ?)",
        lambda key: (key, f"标题{key}", "2021-01-01T00:00:00+00:00"),
        lambda store, key: store.add(Bookmark(key, f"标题{key}", note="注", tags=["t", key])),
        lambda store: {b.article_id for b in store.list_bookmarks()},
        lambda store: list(store.list_bookmarks(order="title")),
        lambda store, heard: store.listeners.append(heard),
    ),
    "highlights": Kind(
        "highlights", HighlightStore, "highlights",
        "INSERT INTO highlights(id, article_id, exact, created_at, updated_at)"
        " VALUES(?, ?, ?, ?, ?)",
        lambda key: (key, ZAOBAO, f"引文{key}", "2021-01-01", "2021-01-01"),
        lambda store, key: store.add(Highlight(ZAOBAO, f"引文{key}", id=key, note="注",
                                               tags=["t", key])),
        lambda store: {h.id for h in store.list_highlights()},
        lambda store: sorted(store.list_highlights(), key=lambda h: h.id),
        lambda store, heard: store.listen(heard),
    ),
    "saved": Kind(
        "saved", SavedSearchStore, "saved searches",
        "INSERT INTO saved_searches(name, query, created_at, updated_at) VALUES(?, ?, ?, ?)",
        lambda key: (key, ListQuery(key).to_json(), "2021-01-01", "2021-01-01"),
        lambda store, key: (store.add(key, ListQuery(key, preset="7d")),
                            store.mark_seen(key, "lib", [key])),
        lambda store: {s.name for s in store.list_saved()},
        lambda store: [(s, store.seen_ids(s.name, "lib")) for s in store.list_saved()],
        lambda store, heard: store.listeners.append(heard),
    ),
}  # fmt: skip
ALL = list(KINDS.values())


def keys(n: int, prefix: str = "k-") -> set[str]:
    return {f"{prefix}{i:06}" for i in range(n)}


def add_many(kind: Kind, store: DurableStore, n: int, prefix: str = "k-") -> None:
    with store._write() as db:
        db.executemany(kind.insert, [kind.row(key) for key in sorted(keys(n, prefix))])


def fill(kind: Kind, n: int, starts: int = 1) -> None:
    """n items, then ``starts`` more opens (each makes a backup)."""
    store = kind.store()
    add_many(kind, store, n)
    store.close()
    for _ in range(starts):
        kind.store().close()


def backup_counts(kind: Kind, folder: Path) -> list[int]:
    counts = []
    for backup in sorted((folder / kind.backups).glob("*.sqlite")):
        db = sqlite3.connect(f"{backup.as_uri()}?mode=ro&immutable=1", uri=True)
        counts.append(db.execute(f"SELECT count(*) FROM {kind.table}").fetchone()[0])
        db.close()
    return counts


def remove_file(path: Path) -> None:
    """The file and its WAL and shared-memory files."""
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


# Run in a subprocess (``python -c PROBE KIND``, cwd the project): opens the store as the app
# would, tries one change and prints what it saw as JSON.
PROBE = """
import json, sys
from tests.storekit import KINDS, probe
print(json.dumps(probe(KINDS[sys.argv[1]])))
"""
# ``python -c FILL KIND N``: N items, then another open (a backup).
FILL = """
import sys
from tests.storekit import KINDS, fill
fill(KINDS[sys.argv[1]], int(sys.argv[2]))
"""
# ``python -c WRITER KIND N``: N items one by one through the store's API (one transaction each).
WRITER = """
import sys
from tests.storekit import KINDS
kind = KINDS[sys.argv[1]]
store = kind.store()
for i in range(int(sys.argv[2])):
    kind.add(store, f"k-{i:06}")
"""


def probe(kind: Kind) -> dict[str, object]:
    store = kind.store()
    seen: dict[str, object] = {
        "count": store.count(), "keys": sorted(kind.keys(store)), "notice": store.notice,
        "read_only": store.read_only, "refused": None,
    }  # fmt: skip
    try:
        kind.add(store, "new-one")
    except StorageError as exc:
        seen["refused"] = str(exc)
    store.close()
    return seen


def probed(stdout: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return found

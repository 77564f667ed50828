"""Article ids in list order, 8 bytes each instead of a Python string each.

A listing of a million articles as ``list[str]`` held 73 MB in the window's process (a
16-character str is 65 bytes, plus its 8-byte slot) and took a million string allocations in
the listing worker; as one ``bytes`` of the ids' 8 raw bytes it is 8 MB, SQLite concatenates
it in C (``group_concat``), and a row's id is decoded only when the row is shown. Article ids
are 16 lowercase hex digits (``reader.core.article.article_id``); a catalog holding anything
else is listed as a list of str (``Catalog.id_list``).

A listing may also arrive as its first rows only, with the total count (``total``): the list
shows its first screen at once and the rest when the whole listing follows; rows past the
known ones read as ``""``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import overload

ID_BYTES = 8


class IdList(Sequence[str]):
    """An immutable sequence of article ids packed in one bytes object."""

    __slots__ = ("_blob", "_known", "_total")

    def __init__(self, blob: bytes = b"", total: int | None = None) -> None:
        if len(blob) % ID_BYTES:
            raise ValueError("not a whole number of ids")
        self._blob = blob
        self._known = len(blob) // ID_BYTES
        self._total = self._known if total is None else max(total, self._known)

    @classmethod
    def from_hex(cls, text: str, total: int | None = None) -> IdList:
        """From the ids written one after the other (what ``group_concat(id, '')`` gives).
        Raises ValueError if they are not all 16 hex digits."""
        # Upper case or white space (which fromhex takes) is not as the catalog writes ids;
        # checked by scans in place: a copy or a regex cost 16-120 MB at a million ids.
        if len(text) % (2 * ID_BYTES) or (text and not text.isalnum()):
            raise ValueError("not article ids")
        if any(upper in text for upper in "ABCDEF"):
            raise ValueError("not article ids")
        return cls(bytes.fromhex(text), total)

    @property
    def complete(self) -> bool:
        """Whether every row's id is known (not only the first rows of a listing)."""
        return self._known == self._total

    @property
    def blob(self) -> bytes:
        return self._blob

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._total))]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError("id list index out of range")
        if index >= self._known:
            return ""
        start = index * ID_BYTES
        return self._blob[start : start + ID_BYTES].hex()

    def __iter__(self) -> Iterator[str]:
        blob = self._blob
        for start in range(0, len(blob), ID_BYTES):
            yield blob[start : start + ID_BYTES].hex()
        for _ in range(self._total - self._known):
            yield ""

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self._find(value) >= 0

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        found = self._find(value, start) if isinstance(value, str) else -1
        if found < 0 or (stop is not None and found >= stop):
            raise ValueError(f"{value!r} is not in the list")
        return found

    def _find(self, value: str, start: int = 0) -> int:
        """The row of an id, by a search of the bytes in C (a million rows: ~2 ms)."""
        try:
            needle = bytes.fromhex(value)
        except ValueError:
            return -1
        if len(needle) != ID_BYTES:
            return -1
        at = self._blob.find(needle, max(start, 0) * ID_BYTES)
        while at >= 0 and at % ID_BYTES:  # a match across two ids: look further
            at = self._blob.find(needle, at + 1)
        return -1 if at < 0 else at // ID_BYTES

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdList):
            return self._blob == other._blob and self._total == other._total
        if isinstance(other, list | tuple):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._blob, self._total))

    def __repr__(self) -> str:
        return f"IdList({len(self)} ids, {self._known} known)"


def packed_ids(
    db: sqlite3.Connection, sql: str, params: Sequence[object] = (), total: int | None = None
) -> Sequence[str]:
    """The ids ``sql`` selects (one column named ``id``), in its order, as an IdList; as a
    list of str when they are not all article ids. ``total``: the listing's whole count when
    ``sql`` reads only its first rows."""
    # The subquery's order is the order group_concat sees its rows in (SQLite runs an ORDER
    # BY subquery of an aggregate as a co-routine; tests/test_idlist.py checks it).
    (text,) = db.execute(f"SELECT group_concat(id, '') FROM ({sql})", params).fetchone()
    try:
        return IdList.from_hex(text or "", total)
    except ValueError:  # ids from elsewhere that are not 16 hex digits: as they are
        ids = [r[0] for r in db.execute(sql, params)]
        return ids if total is None else ids + [""] * (total - len(ids))

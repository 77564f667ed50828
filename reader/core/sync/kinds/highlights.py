"""Highlights: one record per highlight id. What the reader made merges field by field (the
quote and its anchor, colour, note, each tag, when it was made and edited); the copy of the
article's title, outlet and path is each machine's own cache and is not synced
(``annotations.store.USER_FIELDS``)."""

from __future__ import annotations

from collections.abc import Collection

from reader.core.annotations.store import Highlight, HighlightStore
from reader.core.sync.kinds import Fields, RecordKind, StoreOnThread
from reader.core.sync.replica import Registers

KIND = "highlight"
TAG = "tag:"
_TEXT = {"article": "article_id", "exact": "exact", "prefix": "prefix", "suffix": "suffix",
         "color": "color", "note": "note", "created": "created_at",
         "updated": "updated_at"}  # fmt: skip
_NUMBERS = {"start": "start", "end": "end"}


def fields_of(h: Highlight) -> Fields:
    fields: Fields = {key: getattr(h, attr) for key, attr in (_TEXT | _NUMBERS).items()}
    fields.update({TAG + tag: True for tag in h.tags})
    return {k: v for k, v in fields.items() if v not in (None, "")}


def highlight_of(highlight_id: str, fields: Fields) -> Highlight | None:
    """None when the registers do not make a highlight (no article or quote yet)."""

    def text(key: str) -> str:
        value = fields.get(key)
        return value if isinstance(value, str) else ""

    def number(key: str) -> int | None:
        value = fields.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    if not text("article") or not text("exact"):
        return None
    tags = sorted(k[len(TAG) :] for k, v in fields.items() if k.startswith(TAG) and v is True)
    return Highlight(article_id=text("article"), exact=text("exact"), prefix=text("prefix"),
                     suffix=text("suffix"), start=number("start"), end=number("end"),
                     color=text("color") or "yellow", note=text("note"), tags=tags,
                     id=highlight_id, created_at=text("created"),
                     updated_at=text("updated"))  # fmt: skip


class Highlights(RecordKind):
    name = KIND

    def __init__(self, store: HighlightStore) -> None:
        self.store = store
        self._stores = StoreOnThread(store, HighlightStore.thread_view)

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        store = self._stores.get()
        if entities is None:
            found = store.list_highlights()
        else:
            found = [h for i in entities if (h := store.get(i)) is not None]
        return {h.id: {**fields_of(h), "": True} for h in found}

    def view(self, registers: Registers) -> Fields | None:
        """Not a highlight until its article and quote are here (the rest of a half-written
        log is on its way): not shown, and not taken for one removed here either (catching
        up recorded such a half as a removal, and the highlight was lost on every machine)."""
        fields = super().view(registers)
        if fields is None or highlight_of("", fields) is None:
            return None
        return fields

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        made = [h for i, f in puts.items() if (h := highlight_of(i, f)) is not None]
        self.store.replace_many(made, sorted(removes))

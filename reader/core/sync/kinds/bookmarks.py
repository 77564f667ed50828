"""Bookmarks: one record per article id. Title, source, date, link, when it was made and the
note merge field by field; each tag is a field of its own (``tag:NAME``), so tags added on
two machines are both kept. The last known path of the file is this machine's own (another
machine keeps its library elsewhere) and is not synced."""

from __future__ import annotations

from collections.abc import Collection

from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.sync.kinds import Fields, RecordKind, StoreOnThread

KIND = "bookmark"
TAG = "tag:"
_TEXT = {"title": "title", "source": "source", "note": "note", "created": "created_at"}
_OPTIONAL = {"published": "published", "url": "url"}
MANY = 200  # more ids than this: one query for all bookmarks beats one query each


def fields_of(bookmark: Bookmark) -> Fields:
    fields: Fields = {key: getattr(bookmark, attr) for key, attr in _TEXT.items()}
    fields.update({key: getattr(bookmark, attr) for key, attr in _OPTIONAL.items()})
    fields.update({TAG + tag: True for tag in bookmark.tags})
    return {k: v for k, v in fields.items() if v not in (None, "")}


def bookmark_of(article_id: str, fields: Fields) -> Bookmark:
    def text(key: str) -> str:
        value = fields.get(key)
        return value if isinstance(value, str) else ""

    def optional(key: str) -> str | None:
        value = fields.get(key)
        return value if isinstance(value, str) and value else None

    tags = sorted(k[len(TAG) :] for k, v in fields.items() if k.startswith(TAG) and v is True)
    return Bookmark(article_id, text("title"), text("source"), optional("published"),
                    optional("url"), None, text("note"), text("created"),
                    [t for t in tags if t.strip()])  # fmt: skip


class Bookmarks(RecordKind):
    name = KIND

    def __init__(self, store: BookmarkStore) -> None:
        self.store = store
        self._stores = StoreOnThread(store, BookmarkStore.thread_view)

    def local(self, entities: Collection[str] | None) -> dict[str, Fields]:
        store = self._stores.get()
        if entities is None or len(entities) > MANY:
            wanted = None if entities is None else set(entities)
            found = [b for b in store.list_bookmarks()
                     if wanted is None or b.article_id in wanted]  # fmt: skip
        else:
            found = [b for i in entities if (b := store.get(i)) is not None]
        return {b.article_id: {**fields_of(b), "": True} for b in found}

    def write(self, puts: dict[str, Fields], removes: set[str]) -> None:
        self.store.replace_many([bookmark_of(i, f) for i, f in puts.items()], sorted(removes))

"""Helpers for sync tests: a machine (its own data dir, stores, settings and engine on a sync
folder), a stand-in for a sync tool that carries one machine's files to another folder, and
the state a person sees, to compare machines by."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.annotations.store import HighlightStore
from reader.core.bookmarks import BookmarkStore
from reader.core.readstate import ReadState
from reader.core.saved.store import SavedSearchStore
from reader.core.settings import Settings
from reader.core.sync.engine import SyncEngine
from reader.core.sync.formats import Op, device_dir_name, is_data_file
from reader.core.sync.kinds.settings import PERSONAL, settings_kinds
from reader.core.sync.setup import Stores, attach, store_kinds


class Machine:
    def __init__(
        self, root: Path, name: str, folder: Path, wall: Callable[[], float] = time.time,
        with_settings: bool = True,
    ) -> None:  # fmt: skip
        self.name = name
        self.dir = root / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.wall = wall
        self.read = ReadState(self.dir / "state.sqlite")
        self.bookmarks = BookmarkStore(self.dir / "bookmarks.sqlite")
        self.highlights = HighlightStore(self.dir / "highlights.sqlite")
        self.saved = SavedSearchStore.open_or_memory(self.dir / "saved-searches.sqlite")
        self.stores = Stores(self.read, self.bookmarks, self.highlights, self.saved)
        self.settings = Settings()
        self.touched: set[str] = set()  # settings changed by merges
        self.with_settings = with_settings
        self.ops: list[Op] = []  # every operation this machine's journal wrote
        self.engine = self._engine()

    def _engine(self) -> SyncEngine:
        kinds = store_kinds(self.stores)
        if self.with_settings:
            kinds += settings_kinds(self.settings, self.touched.update)
        engine = SyncEngine(self.folder, self.dir / "sync", kinds, name=self.name, wall=self.wall)
        record = engine.record

        def recorded(*args: Any, **kwargs: Any) -> list[Op]:
            ops = record(*args, **kwargs)
            self.ops.extend(ops)
            return ops

        engine.record = recorded  # type: ignore[method-assign]
        self.detach = attach(engine, self.stores)
        return engine

    @property
    def own(self) -> Path:
        return self.folder / device_dir_name(self.engine.device)

    def settings_saved(self) -> None:
        """What the window does after saving its settings."""
        for kind in ("preference", "position", "image_hosts"):
            self.engine.record(kind, None, catching_up=True)

    def restart(self) -> None:
        """Quit and start again (the same data dir)."""
        self.detach()
        self.engine.close()
        self.engine = self._engine()

    def state(self) -> dict[str, Any]:
        bookmarks = {}
        for b in self.bookmarks.list_bookmarks():
            bookmarks[b.article_id] = (b.title, b.source, b.published, b.url, b.note,
                                       b.created_at, tuple(b.tags))  # fmt: skip
        highlights = {
            h.id: (h.article_id, h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note,
                   tuple(h.tags), h.created_at, h.updated_at)
            for h in self.highlights.list_highlights()
        }  # fmt: skip
        saved = {name: tuple(s) for name, s in sorted(self.saved.stored().items())}
        if not self.with_settings:
            return {"read": sorted(self.read.snapshot()), "bookmarks": bookmarks,
                    "highlights": highlights, "saved": saved}  # fmt: skip
        prefs = {name: getattr(self.settings, name) for name in PERSONAL}
        return {
            "read": sorted(self.read.snapshot()), "bookmarks": bookmarks, "prefs": prefs,
            "highlights": highlights, "saved": saved,
            "positions": dict(sorted(self.settings.reading_positions.items())),
            "hosts": {s: sorted(h) for s, h in sorted(self.settings.image_hosts_by_source.items())},
        }  # fmt: skip

    def close(self) -> None:
        self.engine.close()
        self.read.close()
        self.bookmarks.close()
        self.highlights.close()
        self.saved.close()


def carry(src: Path, dst: Path, device: str | None = None) -> list[str]:
    """What a sync tool does: the files of ``device``'s folder (every device's but ``dst``'s
    own when None) in ``src`` replace those in ``dst``, each whole through a temporary name;
    files gone from ``src`` are deleted. Returns the names carried."""
    carried = []
    folders = [src / device_dir_name(device)] if device else sorted(src.glob("device-*"))
    for folder in folders:
        if not folder.is_dir():
            continue
        target = dst / folder.name
        target.mkdir(exist_ok=True)
        names = {p.name for p in folder.iterdir() if is_data_file(p.name)}
        for name in sorted(names):
            data = (folder / name).read_bytes()
            if (target / name).exists() and (target / name).read_bytes() == data:
                continue
            tmp = target / f".syncthing.{name}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, target / name)
            carried.append(name)
        for stale in target.iterdir():
            if is_data_file(stale.name) and stale.name not in names:
                stale.unlink()
    return carried


def mirror(a: Path, b: Path, a_device: str, b_device: str) -> None:
    """Both ways, each machine's own folder from its side."""
    carry(a, b, a_device)
    carry(b, a, b_device)


def wipe(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.mkdir()

"""View › Show Text As for every pane that shows the articles' words: the list's titles and
outlets, a search's titles and snippets (their matches carried over), story titles, the
sources, bookmarks and notes panes, the related box and the image bar.

One ``ShownText`` per window holds the reader's choice; panes ask it for a text's shown form
and redraw on ``changed``. Conversions are cached by text: a list converts the titles and
outlets of a chunk of rows in one OpenCC call when it reads them from the catalog (200 titles
about 1 ms, ``core.script.convert_many``), so painting never converts, and a 96k list costs
no more than the rows a reader scrolls past.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from reader.core.script import AS_WRITTEN, SCRIPTS, convert_many, load_converters, map_spans
from reader.core.search.api import SearchHit

CACHE_LIMIT = 50_000  # texts kept converted (a long session's scrolling stays bounded)


class ShownText(QObject):
    changed = Signal()  # the reader chose another script: every pane redraws

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = AS_WRITTEN
        self._cache: dict[str, str] = {}
        self._hits: dict[tuple[str, str, str], SearchHit] = {}

    def set_target(self, target: str) -> None:
        target = target if target in SCRIPTS else AS_WRITTEN
        if target == self.target:
            return
        self.target = target
        self._cache.clear()
        self._hits.clear()
        load_converters(target)  # once, here, not in the middle of a paint
        self.changed.emit()

    @property
    def converting(self) -> bool:
        return bool(self.target)

    def prepare(self, texts: Iterable[str]) -> None:
        """Convert these texts now, together (a chunk of rows being read)."""
        if not self.target:
            return
        missing = [t for t in dict.fromkeys(texts) if t and t not in self._cache]
        if not missing:
            return
        if len(self._cache) + len(missing) > CACHE_LIMIT:
            self._cache.clear()
        self._cache.update(zip(missing, convert_many(self.target, missing), strict=True))

    def text(self, text: str) -> str:
        """``text`` as the reader chose to see it (as written when nothing is chosen)."""
        if not self.target or not text:
            return text
        shown = self._cache.get(text)
        if shown is None:
            self.prepare((text,))
            shown = self._cache.get(text, text)
        return shown

    def hit(self, hit: SearchHit) -> SearchHit:
        """A search hit with its title, outlet and snippet shown converted, their matches
        carried over (a phrase may change length: 方便面 → 泡麵)."""
        if not self.target:
            return hit
        key = (hit.id, hit.title, hit.snippet)
        shown = self._hits.get(key)
        if shown is None:
            self.prepare((hit.title, hit.snippet, hit.source))
            title, snippet = self.text(hit.title), self.text(hit.snippet)
            shown = replace(
                hit, title=title, snippet=snippet, source=self.text(hit.source),
                title_spans=tuple(map_spans(list(hit.title_spans), hit.title, title)),
                snippet_spans=tuple(map_spans(list(hit.snippet_spans), hit.snippet, snippet)),
            )  # fmt: skip
            if len(self._hits) > CACHE_LIMIT // 10:
                self._hits.clear()
            self._hits[key] = shown
        return shown

    def prepare_hits(self, hits: Iterable[SearchHit]) -> None:
        """Convert a batch of hits' words together (a chunk of a search's rows)."""
        if self.target:
            self.prepare(w for h in hits for w in (h.title, h.snippet, h.source))

"""Saved searches: a search with its filters kept by name, with how many articles match it now
and how many of them are new since the reader last opened it.

``store.py`` keeps them (the same rules as bookmarks: never lost on a full disk, a kill or a
damaged file; rolling backups; keyed by stable article ids, so they survive index rebuilds);
``counts.py`` counts them against a library. Every change goes through ``SavedSearchStore``'s
few writing methods, each announced as a ``SavedChange`` (for a sync layer to record).
"""

from reader.core.saved.store import SavedChange, SavedSearch, SavedSearchStore

__all__ = ["SavedChange", "SavedSearch", "SavedSearchStore"]

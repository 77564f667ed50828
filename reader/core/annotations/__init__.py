"""Highlights with notes in the article's text (Qt-free).

- ``anchor.py``: where a highlight is, as the W3C Web Annotation model keeps it (quote,
  prefix, suffix and a position hint), and finding it again in a changed text.
- ``store.py``: the highlights themselves, user data kept as every store of it is
  (``reader/core/durable.py``: backups, a damaged file restored, read-only with each change
  refused in words when the file cannot be written), changed only through
  ``add``/``edit``/``remove`` with stable ids, exported and imported as JSON.
- ``placing.py``: highlights placed in the articles as the catalog has them now ("found",
  "changed", "not-found", or the article is gone).
- ``export.py``: highlights as Markdown for people.
"""

from reader.core.annotations.anchor import Anchor, Keyed, Placement, describe, locate
from reader.core.annotations.store import (
    COLORS,
    Highlight,
    HighlightChange,
    HighlightStore,
)

__all__ = [
    "COLORS",
    "Anchor",
    "Highlight",
    "HighlightChange",
    "HighlightStore",
    "Keyed",
    "Placement",
    "describe",
    "locate",
]

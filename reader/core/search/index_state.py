"""Whether a search's answer covers the whole library, and if not, why.

A search during a rebuild, or after an update stopped half-way (a full disk, a kill), answered
"0 results" as if the library held nothing: the catalog marks an update as open from its first
commit to its last (``OPEN_KEY``), and the update lock tells a running update from one that
stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.i18n import tr
from reader.core.search.catalog import Catalog
from reader.core.search.layout import IndexLayout
from reader.core.search.locking import IndexBusy, UpdateLock

# Catalog meta: set while an update may have Whoosh and the catalog out of step.
OPEN_KEY = "update_open"


def incomplete_reason(layout: IndexLayout, catalog: Callable[[], Catalog]) -> str | None:
    """Words for why the index may not hold the whole library now; None when it does.
    ``catalog`` opens the catalog (it may not exist yet)."""
    try:
        if catalog().get_meta(OPEN_KEY) is None:
            return None
    except Exception:  # no catalog yet, or one being replaced: nothing to say here
        return None
    try:
        with UpdateLock(layout.lock_path, 0.0):
            pass
    except IndexBusy:
        return tr("the index is being updated now: results may be incomplete until it ends")
    except OSError:  # the lock cannot even be opened (a full or read-only disk)
        pass
    return tr("the last index update did not finish (it was stopped, or the disk was full):"
              " results may be incomplete until the index is updated")  # fmt: skip

"""Telling a damaged Whoosh segment from a bug: what Whoosh raises while reading its files.

A segment cut short or overwritten makes Whoosh's readers fail with the errors of whatever
decoding step met the bad bytes first (measured: a truncated segment raised EOFError from its
pickled table of contents; random bytes overwritten raised IndexError, struct.error or a
UnicodeDecodeError). Raised inside Whoosh's own code while reading, they say the files are
damaged, and the index is a cache of the library: rebuilding it loses nothing.
"""

from __future__ import annotations

import pickle
import struct
import zlib

from reader.core.storage import STORAGE_ERRNOS

_DECODING_ERRORS = (
    EOFError,
    IndexError,
    KeyError,
    ValueError,  # UnicodeDecodeError included
    struct.error,
    pickle.UnpicklingError,
    zlib.error,
    OSError,  # a seek past the end (EINVAL); the disk's own refusals are excluded below
)


def whoosh_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is a decoding error raised in Whoosh's code (not in Reader's)."""
    if not isinstance(exc, _DECODING_ERRORS):
        return False
    if isinstance(exc, OSError) and exc.errno in STORAGE_ERRNOS:
        return False  # a full or read-only disk says nothing about the files
    tb = exc.__traceback__
    raised_in = None
    while tb is not None:  # the innermost frame that is not the standard library's
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        if module.startswith(("whoosh", "reader")):
            raised_in = module
        tb = tb.tb_next
    return raised_in is not None and raised_in.startswith("whoosh")

"""Settings checked by type and range: a settings.json written by hand, by another version or
by a sync tool's merge may hold anything (``{"library": 5}``, ``{"splitter_sizes": ["a"]}``,
``{"line_spacing": 1e308}``), and a wrong value must cost only itself, never the start."""

from __future__ import annotations

import math
import types
import typing
from typing import Any

# Numbers the window can show: the zoom steps of Preferences, a line spacing and a reading
# column a reader could read with. Beyond these a value is taken for damage, not a choice.
BOUNDS: dict[str, tuple[float, float]] = {
    "zoom": (-5, 10),
    "line_spacing": (1.0, 3.0),
    "column_em": (20, 80),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "theme": ("light", "dark"),
    "search_sort": ("relevance", "date"),
}
MAX_SPLITTER = 100_000  # pixels


def fits(value: object, hint: Any) -> bool:
    """Whether ``value`` (from JSON) is of the annotated type ``hint``, element by element.
    A bool is not taken for a number, nor an int for a float's NaN."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, arm) for arm in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    if hint is str:
        return isinstance(value, str)
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(fits(v, item) for v in value)
    if origin is dict:
        key, item = typing.get_args(hint)
        return isinstance(value, dict) and all(
            fits(k, key) and fits(v, item) for k, v in value.items()
        )
    return False


def acceptable(name: str, value: object, hint: Any) -> bool:
    """Of the right type, and within the range or choices the window can use."""
    if not fits(value, hint):
        return False
    if name in BOUNDS:
        low, high = BOUNDS[name]
        return low <= float(value) <= high  # type: ignore[arg-type]
    if name in CHOICES:
        return value in CHOICES[name]
    if name == "splitter_sizes":
        return all(0 <= size <= MAX_SPLITTER for size in value)  # type: ignore[attr-defined]
    return True

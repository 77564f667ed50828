"""Small widget helpers shared by the panes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill_filter_combo(
    combo: QComboBox, all_label: str, items: list[tuple[str, str, int]]
) -> None:
    """Replace a filter combo's (label, value, count) entries, keeping the chosen value and
    without emitting change signals (the filter has not changed)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for label, value, count in items:
        combo.addItem(f"{label} ({count})", value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)

"""Small widget helpers shared by the panes."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget


def refill_filter_combo(
    combo: QComboBox, all_label: str, items: Sequence[tuple[str, object, int]]
) -> None:
    """Replace a filter combo's (label, value, count) entries, keeping the chosen value and
    without emitting change signals (the filter has not changed)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for label, value, count in items:
        combo.addItem(f"{label} ({QLocale().toString(count)})", value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as the characters it is.

    Qt renders a tooltip as rich text whenever it *looks* like HTML (Qt::mightBeRichText): an
    article titled ``<img src="/path/fifo">`` made Qt open local files on hover. Escaped and
    wrapped, it is always rich text with no markup of its own.
    """
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as HTML (QLabel's default guesses)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def menu_text(text: str) -> str:
    """Untrusted text for a menu or action: ``&`` would otherwise become a mnemonic."""
    return text.replace("&", "&&")


def warn(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A non-blocking warning whose text (often a path or a name) is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

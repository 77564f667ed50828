"""Light after dark is the light theme again: the palette's text (and the toolbar icons drawn
in it) went light on light until a restart."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.appearance import apply_palette
from reader.ui.icons import bundled_icon


def darkest_pixel(color: QColor) -> int:
    image = bundled_icon("bookmark", color).pixmap(24, 24).toImage()
    return min(
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    )


def test_light_after_dark_has_dark_text_and_dark_icons(qtbot: QtBot) -> None:
    standard = QApplication.style().standardPalette().color(QPalette.ColorRole.WindowText)
    try:
        dark = apply_palette("dark").color(QPalette.ColorRole.WindowText)
        light = apply_palette("light").color(QPalette.ColorRole.WindowText)
        assert dark.lightness() > 180
        assert light == standard and light.lightness() < 100
        assert QApplication.palette().color(QPalette.ColorRole.WindowText) == standard
        assert darkest_pixel(light) < 100
    finally:
        apply_palette("light")

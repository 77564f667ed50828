"""Toolbar icons: the desktop's icon theme first, else Reader's own set, drawn in the
palette's text colour so they read in light and dark alike."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader.core.paths import resources_dir

# Reader's name -> the freedesktop icon-naming-spec name the theme is asked for.
THEME_NAMES = {
    "folder-open": "document-open",
    "open-original": "internet-web-browser",
    "zoom-in": "zoom-in",
    "zoom-out": "zoom-out",
    "bookmark": "bookmark-new",
    "search": "edit-find",
    "bookmarks": "bookmarks",
    "next-unread": "go-down",
    "focus": "view-fullscreen",
    "help": "help-contents",
}
SIZES = (16, 22, 24, 32, 48)


def render_svg(renderer: QSvgRenderer, size: int) -> QImage:
    """A square image of an SVG on a transparent ground (icons, the desktop entry's PNGs)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def bundled_icon(name: str, color: QColor) -> QIcon:
    """One of Reader's own icons, recoloured (its SVG is drawn in black)."""
    svg = (resources_dir() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("#000000", color.name()).encode()))
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render_svg(renderer, size)))
    return icon


def action_icon(name: str, color: QColor) -> QIcon:
    theme = THEME_NAMES.get(name, name)
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return bundled_icon(name, color)

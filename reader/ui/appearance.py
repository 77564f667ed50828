"""The window's look: light and dark palettes, and light pages for print and PDF."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from reader.ui.i18n import tr
from reader.ui.viewer import ViewerPane

_DARK = (
    (QPalette.ColorRole.Window, "#2b2c30"), (QPalette.ColorRole.WindowText, "#e6e4df"),
    (QPalette.ColorRole.Base, "#1f2023"), (QPalette.ColorRole.AlternateBase, "#26272b"),
    (QPalette.ColorRole.Text, "#e6e4df"), (QPalette.ColorRole.Button, "#34353a"),
    (QPalette.ColorRole.ButtonText, "#e6e4df"), (QPalette.ColorRole.Highlight, "#3d5a80"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.PlaceholderText, "#9a9aa0"), (QPalette.ColorRole.ToolTipBase, "#34353a"),
    (QPalette.ColorRole.ToolTipText, "#e6e4df"), (QPalette.ColorRole.Link, "#7ab4ff"),
)  # fmt: skip
# Disabled controls must look disabled in the dark too (a disabled Undo looked enabled).
_DARK_DISABLED = (
    (QPalette.ColorRole.WindowText, "#7d7d83"), (QPalette.ColorRole.Text, "#7d7d83"),
    (QPalette.ColorRole.ButtonText, "#6b6b71"), (QPalette.ColorRole.Button, "#2b2c30"),
)  # fmt: skip


def apply_palette(theme: str) -> None:
    palette = QPalette()
    if theme == "dark":
        for role, color in _DARK:
            palette.setColor(role, color)
        for role, color in _DARK_DISABLED:
            palette.setColor(QPalette.ColorGroup.Disabled, role, color)
    QApplication.setPalette(palette)


def print_article(parent: QWidget, viewer: ViewerPane) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec():
        viewer.printable().print_(printer)


def export_pdf(parent: QWidget, viewer: ViewerPane, path: str | None = None) -> None:
    if not path:
        title = viewer.article.title if viewer.article else "article"
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("Export as PDF"), f"{title}.pdf", "PDF (*.pdf)"
        )
    if path:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        viewer.printable().print_(printer)

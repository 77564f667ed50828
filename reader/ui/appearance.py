"""The window's look: light and dark palettes, and light pages for print and PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.file_names import safe_file_name
from reader.core.settings import Settings
from reader.ui import i18n
from reader.ui.actions import WindowActions
from reader.ui.i18n import tr
from reader.ui.preferences import Preferences
from reader.ui.reading_style import DARK, LIGHT, typography_of
from reader.ui.save_dialogs import ask_save_path, remember, start_folder
from reader.ui.shown_text import ShownText
from reader.ui.viewer import ViewerPane
from reader.ui.window_state import SettingsKeeper

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


def apply_palette(theme: str) -> QPalette:
    # The style's own palette, not QPalette(): an empty palette copies the application's
    # current one, so going back from dark kept its light text (and drew the toolbar icons
    # light on light).
    palette = QApplication.style().standardPalette()
    if theme == "dark":
        for role, color in _DARK:
            palette.setColor(role, color)
        for role, color in _DARK_DISABLED:
            palette.setColor(QPalette.ColorGroup.Disabled, role, color)
    QApplication.setPalette(palette)
    return palette


class Looks:
    """Theme, text size, reading typography, the articles' script and the UI's language:
    applied at once, saved as they change."""

    def __init__(
        self, viewer: ViewerPane, settings: Settings, keeper: SettingsKeeper,
        actions: WindowActions, shown: ShownText | None = None,
    ) -> None:  # fmt: skip
        self.viewer, self.settings, self.keeper = viewer, settings, keeper
        self.actions, self.dark = actions, actions.dark_theme
        self.shown = shown or viewer.shown  # Show Text As for every pane (ui/shown_text.py)
        viewer.set_shown_text(self.shown)
        related = viewer.related_box  # This story folded or open: the reader's last choice
        related.set_collapsed(settings.related_folded)
        related.collapsed_changed.connect(self._related_folded)
        viewer.set_zoom(settings.zoom)
        viewer.set_typography(typography_of(settings))
        self.apply_theme(settings.theme)
        self.set_script(settings.article_script)

    def set_script(self, script: str) -> None:
        """View › Show Text As: the article in the reader's script, remembered."""
        self.shown.set_target(script)
        self.viewer.set_script(script)
        self.actions.show_script(script)
        if self.settings.article_script != script:
            self.settings.article_script = script
            self.keeper.changed()

    def _related_folded(self, folded: bool) -> None:
        self.settings.related_folded = folded
        self.keeper.changed()

    def set_language(self, preference: str) -> None:
        """Preferences › Language, applied at once: new translators, and Qt sends every
        widget a LanguageChange (each one's ``retranslate``). A language chosen here is used
        as it is; "System default" is READER_LANG or the locale."""
        language = preference if preference in i18n.LANGUAGES else i18n.choose_language("")
        if language != i18n.current_language():
            i18n.install(language)

    def set_zoom(self, steps: int) -> None:
        self.viewer.set_zoom(steps)
        self.settings.zoom = self.viewer.zoom
        self.keeper.changed()

    def toggle_theme(self) -> None:
        self.apply_theme("dark" if self.dark.isChecked() else "light")

    def apply_theme(self, name: str) -> None:
        self.settings.theme = name
        self.dark.setChecked(name == "dark")
        palette = apply_palette(name)
        self.viewer.set_theme(DARK if name == "dark" else LIGHT)
        # Toolbar icons in the new palette's text colour (a window's own palette follows the
        # application's only later: reading it here gave the old colour).
        self.actions.apply_icons(palette.color(QPalette.ColorRole.WindowText))
        self.keeper.changed()

    def apply_preferences(self, chosen: Preferences) -> None:
        s = self.settings
        s.language = chosen.language  # installed by the window (MainWindow.set_language)
        s.image_hosts_by_source = {source: list(h) for source, h in chosen.image_hosts_by_source}
        s.reading_font, s.line_spacing = chosen.reading_font, chosen.line_spacing
        s.column_em = chosen.column_em
        if typography_of(s) != self.viewer.typography:
            self.viewer.set_typography(typography_of(s))
        if chosen.theme != s.theme:
            self.apply_theme(chosen.theme)
        if chosen.zoom != self.viewer.zoom:
            self.set_zoom(chosen.zoom)
        self.set_language(chosen.language)
        self.keeper.changed()

    def show_merged(self, names: set[str]) -> None:
        """Settings a sync merge changed (already in ``settings``): shown as if chosen here."""
        s = self.settings
        if "theme" in names:
            self.apply_theme(s.theme)
        if "zoom" in names:
            self.viewer.set_zoom(s.zoom)
        if names & {"reading_font", "line_spacing", "column_em"}:
            self.viewer.set_typography(typography_of(s))
        if "language" in names:
            self.set_language(s.language)
        if "article_script" in names:
            self.shown.set_target(s.article_script)
            self.viewer.set_script(s.article_script)
            self.actions.show_script(s.article_script)
        self.keeper.changed()


def print_article(parent: QWidget, viewer: ViewerPane, settings: Settings | None = None,
                  keeper: SettingsKeeper | None = None) -> None:  # fmt: skip
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    title = viewer.article.title if viewer.article else ""
    # Qt's dialog names a print to file after the document ("print.pdf" without one); it
    # cuts what follows a last dot, hence the suffix
    name = safe_file_name(title, ".pdf", "article")
    printer.setDocName(name)
    if settings is not None and not QPrinterInfo.availablePrinters():
        # no printer: the dialog can only print to a file: offer it where files were saved
        printer.setOutputFileName(str(start_folder(settings) / name))
    if QPrintDialog(printer, parent).exec():
        viewer.printable().print_(printer)
        if settings is not None and printer.outputFileName():
            remember(settings, keeper, Path(printer.outputFileName()))


def export_pdf(
    parent: QWidget,
    viewer: ViewerPane,
    path: str | None = None,
    settings: Settings | None = None,
    keeper: SettingsKeeper | None = None,
) -> str:
    """The article as a PDF; returns where it was written ("" when cancelled)."""
    if not path:
        title = viewer.article.title if viewer.article else ""
        chosen = ask_save_path(parent, settings or Settings(), keeper, tr("Export as PDF"),
                               title, ".pdf", "PDF (*.pdf)", "article")  # fmt: skip
        path = str(chosen) if chosen else ""
    if path:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        viewer.printable().print_(printer)
    return path or ""

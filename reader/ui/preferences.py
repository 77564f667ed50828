"""Edit › Preferences: language, theme, reading (font, size, line spacing, column width) and the
image hosts that load without asking. Every change applies at once (a new language too: the
window and this dialog are translated again); Cancel puts back what was there when the dialog
opened."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.paths import data_dir
from reader.core.settings import Settings
from reader.ui.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TR_NOOP, tr
from reader.ui.reading_style import COLUMN_WIDTHS, LINE_SPACINGS, cjk_font_families
from reader.ui.sync_folder_row import SyncFolderRow
from reader.ui.widgets import plain_label

THEMES = (("light", QT_TR_NOOP("Light")), ("dark", QT_TR_NOOP("Dark")))
ZOOM_STEPS = range(-5, 11)  # the viewer's zoom steps: 10% each


def zoom_percent(step: int) -> int:
    return round(100 * 1.1**step)


@dataclass(frozen=True)
class Preferences:
    language: str
    theme: str
    zoom: int
    image_hosts_by_source: tuple[tuple[str, tuple[str, ...]], ...]
    reading_font: str = ""
    line_spacing: float = 1.7
    column_em: int = 38
    sync_folder: str = ""  # "" = off (applied on OK: reader/ui/sync_folder_row.py)

    @classmethod
    def of(cls, settings: Settings) -> Preferences:
        hosts = tuple((s, tuple(h)) for s, h in settings.image_hosts_by_source.items())
        return cls(settings.language, settings.theme, settings.zoom, hosts,
                   settings.reading_font, settings.line_spacing, settings.column_em,
                   settings.sync_folder)  # fmt: skip


class PreferencesDialog(QDialog):
    changed = Signal(object)  # Preferences, on every edit (applied at once)

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = current
        self.language = QComboBox()
        self.language.addItem("", "")  # the system's language
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.theme = QComboBox()
        for code, name in THEMES:
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.zoom = QComboBox()
        for step in ZOOM_STEPS:
            self.zoom.addItem(f"{zoom_percent(step)}%", step)
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(current.zoom)))
        self.font_combo = QComboBox()
        self.font_combo.addItem("", "")  # by the article's script (reading_style.font_stack)
        for family in cjk_font_families():
            self.font_combo.addItem(family, family)
        self.font_combo.setCurrentIndex(max(0, self.font_combo.findData(current.reading_font)))
        self.spacing = QComboBox()
        for value in LINE_SPACINGS:
            self.spacing.addItem(f"{value:g}×", value)
        self.spacing.setCurrentIndex(max(0, self.spacing.findData(current.line_spacing)))
        self.column = QComboBox()
        for chars in COLUMN_WIDTHS:
            self.column.addItem("", chars)
        self.column.setCurrentIndex(max(0, self.column.findData(current.column_em)))
        self.sources = QListWidget()
        for source, hosts in current.image_hosts_by_source:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (source, hosts))
            self.sources.addItem(item)
        self.sources.setMaximumHeight(110)
        remove = QPushButton()
        remove.clicked.connect(self._remove_source)
        remove.setEnabled(False)
        self.sources.currentRowChanged.connect(lambda row: remove.setEnabled(row >= 0))
        self.remove_button = remove
        images = QVBoxLayout()
        self.images_label = plain_label()
        self.images_label.setWordWrap(True)
        images.addWidget(self.images_label)
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addWidget(remove)
        images.addLayout(row)
        self.sync_folder = SyncFolderRow(current.sync_folder)
        form = QFormLayout()
        data = plain_label(str(data_dir()))
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_labels: list[tuple[QLabel, str]] = []
        for text, widget in (
            (QT_TR_NOOP("Language"), self.language), (QT_TR_NOOP("Theme"), self.theme),
            (QT_TR_NOOP("Text size"), self.zoom), (QT_TR_NOOP("Font"), self.font_combo),
            (QT_TR_NOOP("Line spacing"), self.spacing),
            (QT_TR_NOOP("Column width"), self.column), (QT_TR_NOOP("Data folder"), data),
            (QT_TR_NOOP("Sync folder"), self.sync_folder),
        ):  # fmt: skip
            row_label = plain_label()
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
            self.form_labels.append((row_label, text))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(images)
        layout.addWidget(buttons)
        for combo in (self.language, self.theme, self.zoom, self.font_combo, self.spacing,
                      self.column):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit(self.chosen()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Preferences"))
        for label, text in self.form_labels:
            label.setText(tr(text))
        self.language.setItemText(0, tr("System default"))
        for row, (_code, name) in enumerate(THEMES):
            self.theme.setItemText(row, tr(name))
        self.zoom.setToolTip(tr("Also Ctrl +, Ctrl − and Ctrl 0 in the article"))
        self.font_combo.setItemText(0, tr("Automatic (by the article's script)"))
        for row, chars in enumerate(COLUMN_WIDTHS):
            self.column.setItemText(row, tr("%Ln character(s)", None, chars))
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            source, hosts = item.data(Qt.ItemDataRole.UserRole)
            none = tr("no host yet")
            item.setText(f"{source} — {', '.join(hosts) or none}")
        self.remove_button.setText(tr("Remove"))
        self.sync_folder.retranslate()
        self.images_label.setText(
            tr("Remote images are blocked. They load without asking from these hosts:")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remove_source(self) -> None:
        row = self.sources.currentRow()
        if row >= 0:
            self.sources.takeItem(row)
            self.changed.emit(self.chosen())

    def reject(self) -> None:
        """Cancel: what was applied while the dialog was open is put back."""
        self.changed.emit(replace(self.original))
        super().reject()

    def chosen(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            zoom=int(self.zoom.currentData()),
            image_hosts_by_source=tuple(
                (str(source), tuple(hosts))
                for i in range(self.sources.count())
                for source, hosts in [self.sources.item(i).data(Qt.ItemDataRole.UserRole)]
            ),
            reading_font=str(self.font_combo.currentData()),
            line_spacing=float(self.spacing.currentData()),
            column_em=int(self.column.currentData()),
            sync_folder=self.sync_folder.folder,
        )

"""Edit › Preferences: language, theme, text size and the sources whose images always load."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.paths import data_dir
from reader.core.settings import Settings
from reader.ui.i18n import tr
from reader.ui.widgets import plain_label

LANGUAGES = (("", "System default"), ("en", "English"), ("zh_CN", "简体中文"))
THEMES = (("light", "Light"), ("dark", "Dark"))
ZOOM_RANGE = (-5, 10)  # the viewer's zoom steps


@dataclass(frozen=True)
class Preferences:
    language: str
    theme: str
    zoom: int
    image_hosts_by_source: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, settings: Settings) -> Preferences:
        hosts = tuple((s, tuple(h)) for s, h in settings.image_hosts_by_source.items())
        return cls(settings.language, settings.theme, settings.zoom, hosts)


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(tr(name) if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.theme = QComboBox()
        for code, name in THEMES:
            self.theme.addItem(tr(name), code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.zoom = QSpinBox()
        self.zoom.setRange(*ZOOM_RANGE)
        self.zoom.setValue(current.zoom)
        self.zoom.setToolTip(tr("Steps of 10% from the default size (also Ctrl +, Ctrl -, Ctrl 0)"))
        self.sources = QListWidget()
        for source, hosts in current.image_hosts_by_source:
            item = QListWidgetItem(f"{source} — {', '.join(hosts) or tr('no host yet')}")
            item.setData(Qt.ItemDataRole.UserRole, (source, hosts))
            self.sources.addItem(item)
        self.sources.setMaximumHeight(110)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self._remove_source)
        remove.setEnabled(False)
        self.sources.currentRowChanged.connect(lambda row: remove.setEnabled(row >= 0))
        self.remove_button = remove
        images = QVBoxLayout()
        images.addWidget(
            plain_label(tr("Remote images are blocked. They load without asking from these hosts:"))
        )
        row = QHBoxLayout()
        row.addWidget(self.sources, 1)
        row.addWidget(remove)
        images.addLayout(row)
        self.language_note = plain_label(tr("A new language applies after a restart."))
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != current.language
            )
        )
        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Text size"), self.zoom)
        data = plain_label(str(data_dir()))
        data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("Data folder"), data)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(images)
        layout.addWidget(buttons)

    def _remove_source(self) -> None:
        row = self.sources.currentRow()
        if row >= 0:
            self.sources.takeItem(row)

    def chosen(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            zoom=self.zoom.value(),
            image_hosts_by_source=tuple(
                (str(source), tuple(hosts))
                for i in range(self.sources.count())
                for source, hosts in [self.sources.item(i).data(Qt.ItemDataRole.UserRole)]
            ),
        )

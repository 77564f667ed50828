"""Save and open dialogs that start where the reader last saved something (not always in the
home folder) and offer a name made from what is saved: the article's, the story's or the
tag's title (reader/core/file_names.py), not "references.ris" or "dossier.pdf".

The folder is this machine's (``Settings.export_folder``, never synced: paths differ between
machines); one that is gone falls back to the home folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from reader.core.file_names import safe_file_name
from reader.core.settings import Settings


class _Keeper(Protocol):
    def changed(self) -> None: ...


def start_folder(settings: Settings) -> Path:
    folder = Path(settings.export_folder).expanduser() if settings.export_folder else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember(settings: Settings, keeper: _Keeper | None, chosen: Path) -> None:
    folder = str(chosen.parent)
    if folder != settings.export_folder:
        settings.export_folder = folder
        if keeper is not None:
            keeper.changed()


def ask_save_path(parent: QWidget, settings: Settings, keeper: _Keeper | None, title: str,
                  name: str, suffix: str, filters: str, fallback: str) -> Path | None:  # fmt: skip
    """The file to write (None: cancelled). ``name``: the title the file is named after."""
    offered = start_folder(settings) / safe_file_name(name, suffix, fallback)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(offered), filters)
    if not path:
        return None
    chosen = Path(path)
    remember(settings, keeper, chosen)
    return chosen


def ask_open_path(parent: QWidget, settings: Settings, keeper: _Keeper | None, title: str,
                  filters: str) -> Path | None:  # fmt: skip
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), filters)
    if not path:
        return None
    chosen = Path(path)
    remember(settings, keeper, chosen)
    return chosen

"""Help › Keyboard Shortcuts and Search Syntax: one page, in the UI's language."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import tr

SHORTCUTS = (
    ("J / K, ↓ / ↑", "Next / previous article"),
    ("N", "Next unread article"),
    ("Space", "Page down, then the next article"),
    ("M", "Mark as read / unread"),
    ("Ctrl+D", "Bookmark the article"),
    ("Ctrl+K, Ctrl+F", "Search the library"),
    ("↓, Enter (in the search box)", "Go to the results, open one"),
    ("F3 / Shift+F3", "Next / previous match in the article"),
    ("Ctrl+Shift+F", "Find in the article"),
    ("Ctrl+O", "Open the original in the browser"),
    ("Ctrl+Shift+C", "Copy the article's link"),
    ("Ctrl + / Ctrl − / Ctrl 0", "Text size"),
    ("F9", "Focus mode: the article only"),
    ("F11", "Full screen"),
    ("Ctrl+Z", "Undo marking articles read"),
    ("Ctrl+Shift+O", "Open a library folder"),
    ("Ctrl+,", "Preferences"),
)
SYNTAX = (
    ("王毅 布林肯", "Both words"),
    ("王毅 OR 布林肯", "Either word"),
    ("-乌克兰, NOT 乌克兰", "Without this word"),
    ('"Ned Price"', "The exact phrase"),
    ("title:通话", "In the title"),
    ("source:联合早报", "From a source"),
    ("date:2022-01, date:2021-11-01..2022-02-28", "In a month, or between two days"),
    ("國務卿 = 国务卿", "Traditional and Simplified Chinese find each other"),
)


def help_html() -> str:
    def table(rows: tuple[tuple[str, str], ...]) -> str:
        cells = "".join(
            f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(tr(text))}</td></tr>"
            for key, text in rows
        )
        return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"

    return (
        f"<h3>{html.escape(tr('Keyboard shortcuts'))}</h3>{table(SHORTCUTS)}"
        f"<h3>{html.escape(tr('Search syntax'))}</h3>{table(SYNTAX)}"
    )


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts and Search Syntax"))
        page = QTextBrowser()
        page.setOpenLinks(False)
        page.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page)
        layout.addWidget(buttons)
        self.resize(560, 620)


def show_about(parent: QWidget) -> None:
    text = tr("Reader is an offline reader for a local archive of saved news articles.")
    QMessageBox.about(parent, tr("&About Reader").replace("&", ""), text)

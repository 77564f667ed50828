"""Help › Keyboard Shortcuts and Search Syntax: one page, in the UI's language."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import QT_TR_NOOP, tr, without_mnemonic

SHORTCUTS = (
    ("J / K, ↓ / ↑", QT_TR_NOOP("Next / previous article")),
    ("N", QT_TR_NOOP("Next unread article")),
    (QT_TR_NOOP("Space"), QT_TR_NOOP("Page down, then the next article")),
    ("M", QT_TR_NOOP("Mark as read / unread")),
    ("Ctrl+Shift+M", QT_TR_NOOP("Mark every article in the list read (asks first)")),
    ("Ctrl+G", QT_TR_NOOP("Group the list by story; → and ← open and close a story")),
    ("Ctrl+D", QT_TR_NOOP("Bookmark the article")),
    ("Ctrl+K, Ctrl+F", QT_TR_NOOP("Search the library")),
    (QT_TR_NOOP("↓, Enter (in the search box)"), QT_TR_NOOP("Go to the results, open one")),
    ("F3 / Shift+F3", QT_TR_NOOP("Next / previous match in the article")),
    ("Ctrl+Shift+F", QT_TR_NOOP("Find in the article")),
    ("Ctrl+O", QT_TR_NOOP("Open the original in the browser")),
    ("Ctrl+Shift+C", QT_TR_NOOP("Copy the article's link")),
    ("Ctrl + / Ctrl − / Ctrl 0", QT_TR_NOOP("Text size")),
    ("F5", QT_TR_NOOP("Update the index now (also after Cancel)")),
    ("F9", QT_TR_NOOP("Focus mode: the article only")),
    ("F11", QT_TR_NOOP("Full screen")),
    ("Ctrl+Z", QT_TR_NOOP("Undo marking articles read, or a bookmark's removal")),
    ("Ctrl+P, Ctrl+Shift+E", QT_TR_NOOP("Print, Export as PDF")),
    ("Ctrl+Shift+O", QT_TR_NOOP("Open a library folder")),
    ("Ctrl+,", QT_TR_NOOP("Preferences")),
)
SYNTAX = (
    ("王毅 布林肯", QT_TR_NOOP("Both words")),
    ("王毅 OR 布林肯", QT_TR_NOOP("Either word")),
    ("王毅 (布林肯 OR 蓬佩奥)", QT_TR_NOOP("Parentheses group; OR binds before the space")),
    ("-乌克兰, NOT 乌克兰", QT_TR_NOOP("Without this word")),
    ('"Ned Price"', QT_TR_NOOP("The exact phrase")),
    ("title:通话", QT_TR_NOOP("In the title")),
    ("source:联合早报", QT_TR_NOOP("From a source")),
    ("category:金融", QT_TR_NOOP("In a category of the feed")),
    ("date:2022-01, date:2021-11-01..2022-02-28", QT_TR_NOOP("In a month, or between two days")),
    ("國務卿 = 国务卿", QT_TR_NOOP("Traditional and Simplified Chinese find each other")),
)


# Beyond the Research menu's own shortcuts (research_rows): what the text's context menu does.
RESEARCH_MOUSE = (
    (QT_TR_NOOP("Right click on selected words"),
     QT_TR_NOOP("Highlight them in a colour, or with a note")),
    (QT_TR_NOOP("Right click on a highlight"),
     QT_TR_NOOP("Edit its note, colour and tags, or remove it")),
    (QT_TR_NOOP("Pointer on a highlight"), QT_TR_NOOP("Its note")),
)  # fmt: skip


def research_rows() -> tuple[tuple[str, str], ...]:
    """The research desk's shortcuts, from its own table (every action there with a key)."""
    from reader.ui.research_desk import ACTIONS

    keyed = tuple((key, without_mnemonic(tr(words))) for _name, words, key in ACTIONS if key)
    return keyed + tuple((tr(k), tr(t)) for k, t in RESEARCH_MOUSE)


def help_html() -> str:
    def table(rows: tuple[tuple[str, str], ...]) -> str:
        cells = "".join(
            f"<tr><td><b>{html.escape(tr(key))}</b></td><td>{html.escape(tr(text))}</td></tr>"
            for key, text in rows
        )
        return f"<table cellspacing='0' cellpadding='4'>{cells}</table>"

    # tr() outside the f-strings: pyside6-lupdate does not look inside them.
    shortcuts, research, syntax = tr("Keyboard shortcuts"), tr("Research"), tr("Search syntax")
    return (
        f"<h3>{html.escape(shortcuts)}</h3>{table(SHORTCUTS)}"
        f"<h3>{html.escape(research)}</h3>{table(research_rows())}"
        f"<h3>{html.escape(syntax)}</h3>{table(SYNTAX)}"
    )


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Keyboard Shortcuts and Search Syntax"))
        self.page.setHtml(help_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_about(parent: QWidget) -> None:
    text = tr("Reader is an offline reader for a local archive of saved news articles.")
    QMessageBox.about(parent, without_mnemonic(tr("&About Reader")), text)

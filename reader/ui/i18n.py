"""UI text through Qt Linguist: ``tr()`` here, ``.ts`` sources in ``resources/i18n`` (made and
refreshed by ``make translations-update``, i.e. pyside6-lupdate), ``.qm`` compiled by the build
(``make translations``, pyside6-lrelease), loaded with ``QTranslator`` together with Qt's own
catalogue (OK/Cancel, the file dialog, the text fields' context menus).

Every free ``tr("…")`` call is extracted into the context "" (pyside6-lupdate does not use the
enclosing class for a free function). A count is passed positionally, ``tr("%Ln result(s)",
None, n)``, so lupdate marks the message as one with plural forms (``%Ln``: the count grouped
as the language writes it, "23,179"; a count filled in by name goes through ``number``); named
values are filled in after translation (``tr("Exported %Ln bookmark(s) to {path}", None, n,
path=p)``) so a translator can move them. Strings in tables are marked with ``QT_TR_NOOP`` and translated where shown.

Switching language installs new translators; Qt then sends ``QEvent.LanguageChange`` to every
widget, and each pane's ``retranslate()`` sets its texts again. The core's ``tr`` (storage
errors, notices, problem messages built without Qt) is switched with it.
"""

from __future__ import annotations

import logging
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.core import i18n as core_i18n
from reader.core.i18n import LANGUAGES, QT_TR_NOOP, QT_TRANSLATE_NOOP
from reader.core.paths import resources_dir

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "QT_TR_NOOP",
    "install",
    "number",
    "tr",
    "without_mnemonic",
]

log = logging.getLogger(__name__)
# Each language in its own words, whatever the UI's language is.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文（台灣）"}
# Qt's own catalogues (6.11) lack two labels of its file dialog (they have "Look in:" without
# the mnemonic): Reader's catalogue carries them under Qt's context, and is asked first.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_translators: list[QTranslator] = []
_installed = {"language": ""}
# "打开文章库(&O)…": a CJK menu shows its accelerator in brackets; labels outside menus do not.
_BRACKETED_MNEMONIC = re.compile(r"[(（]&[^&\s][)）]")


def tr(text: str, disambiguation: str | None = None, n: int = -1, /, **values: object) -> str:
    translated = QCoreApplication.translate("", text, disambiguation, n)
    return translated.format(**values) if values else translated


def number(n: int) -> str:
    """A count as the UI's language writes it, grouped ("23,179"): for counts filled into a
    sentence by name; a plural message's count is ``%Ln`` (Qt groups it the same way)."""
    return QLocale().toString(n)


def without_mnemonic(text: str) -> str:
    """A menu text for a place that shows no mnemonics (tooltips, buttons, titles): without
    "(&O)" or "&", and without the "…" that promises a dialog."""
    text = _BRACKETED_MNEMONIC.sub("", text)
    text = re.sub(r"&(.)", r"\1", text)
    return text.removesuffix("…").removesuffix("...").strip()


def choose_language(preference: str) -> str:
    """READER_LANG, the saved preference, the locale variables, else the platform's UI
    language (Windows and macOS have no LANG): the same choice as the command line's."""
    languages = QLocale.system().uiLanguages()
    return core_i18n.choose_language(preference, os.environ, languages[0] if languages else "")


def translations_dir() -> str:
    return str(resources_dir() / "i18n")


def current_language() -> str:
    return _installed["language"]


def install(language: str) -> bool:
    """Reader's catalogue and Qt's own for ``language`` (one of LANGUAGES) replace the ones
    installed before; Qt posts a LanguageChange to every window. Returns False (and logs) when
    Reader's compiled catalogue is missing: the UI then shows its English source strings."""
    app = QCoreApplication.instance()
    assert app is not None, "install translators after creating the application"
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    locale = QLocale("en_US" if language == "en" else language)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    found = ours.load(f"reader_{language}", translations_dir())
    if not found:
        log.warning("no compiled catalogue reader_%s.qm in %s", language, translations_dir())
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and not qt_own.load(locale, "qtbase", "_", qt_dir):
        log.warning("Qt's own catalogue for %s is not in %s", language, qt_dir)
    for translator in (qt_own, ours):
        if not translator.isEmpty():
            app.installTranslator(translator)
            _translators.append(translator)
    _installed["language"] = language
    core_i18n.install(language)  # the sentences reader/core builds here and in child processes
    return found

"""Which language Reader speaks, and its words for code without Qt (the command line).

The desktop app loads the compiled catalogues (``.qm``) with ``QTranslator``; the command line
reads the same sources (``resources/i18n/reader_<language>.ts``, Qt Linguist XML) with
``xml.etree``, so both say the same words. Source strings are English; ``%n`` is a count with
plural forms (Qt's rules for these languages: English has two, n == 1 and any other; Chinese
has one), and ``{name}`` placeholders are filled after translation so a translator can move
them.

Sentences the core builds (storage errors, notices, problem messages) are translated where
they are built, in this process's language: the one ``install`` chose (the command line's
``main``; the window's ``reader.ui.i18n.install``, which calls it on every switch), else, on
first use, READER_LANG, the saved preference or the locale. A process started with "spawn"
(the indexer, its parse workers, the search service) speaks its parent's language at the time
it started: ``install`` leaves it in the environment the child inherits.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.paths import resources_dir

LANGUAGES = ("en", "zh_CN", "zh_TW")
LANGUAGE_ENV = "READER_LANG"  # overrides the saved preference and the locale (tests, scripts)
INHERITED_ENV = "READER_LANG_INSTALLED"  # what the parent installed, for processes it spawns
Key = tuple[str, str, str]  # (context, source, disambiguation)


def QT_TR_NOOP(text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks a string in a table for extraction; ``tr()`` translates it where it is shown."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # (the name lupdate looks for)
    """Marks a string of another context (a Qt class) for extraction."""
    return text


def language_of_locale(name: str) -> str | None:
    """A catalogue for a locale name: ``zh_TW.UTF-8``, ``zh_HK``, ``zh-Hant`` -> ``zh_TW``;
    ``zh_CN``, ``zh_SG``, ``zh-Hans``, ``zh`` -> ``zh_CN``; any other named language ->
    ``en``; empty, ``C`` or ``POSIX`` -> None (say nothing, let the next source decide)."""
    name = name.split(".")[0].split("@")[0].strip().replace("-", "_")
    if not name or name in ("C", "POSIX"):
        return None
    parts = name.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = {p.upper() for p in parts[1:]}
    return "zh_TW" if rest & {"TW", "HK", "MO", "HANT"} else "zh_CN"


def environment_language(environ: Mapping[str, str]) -> str | None:
    """The language of the POSIX locale variables, in their order of precedence."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return language_of_locale(value)
    return None


def choose_language(
    preference: str = "", environ: Mapping[str, str] | None = None, system: str = ""
) -> str:
    """READER_LANG, else the language saved in Preferences, else the locale variables, else
    ``system`` (the platform's UI language where there are no such variables), else English."""
    environ = os.environ if environ is None else environ
    for candidate in (
        language_of_locale(environ.get(LANGUAGE_ENV, "")),
        preference if preference in LANGUAGES else None,
        environment_language(environ),
        language_of_locale(system),
    ):
        if candidate:
            return candidate
    return "en"


def saved_preference() -> str:
    """The language saved in Preferences, read without side effects (the window's settings
    loader moves a damaged file aside; the command line only looks)."""
    from reader.core.settings import settings_path  # settings -> storage -> this module

    try:
        saved = json.loads(settings_path().read_text(encoding="utf-8")).get("language", "")
    except (OSError, ValueError, AttributeError):
        return ""
    return saved if isinstance(saved, str) else ""


def catalogue_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"reader_{language}.ts"


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt uses for ``n`` (English: 1 and other; Chinese: one form)."""
    return 0 if language.startswith("zh") or n == 1 else 1


@dataclass
class Catalogue:
    language: str = "en"
    messages: dict[Key, tuple[str, ...]] = field(default_factory=dict)

    def translate(
        self, text: str, disambiguation: str | None = None, n: int = -1, context: str = ""
    ) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms:
            index = plural_form(self.language, n) if n >= 0 else 0
            text = forms[min(index, len(forms) - 1)] or text
        if n < 0:
            return text
        # %Ln: the count grouped as Qt's QLocale writes it in these languages ("23,179")
        return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def load_catalogue(language: str, path: Path | None = None) -> Catalogue:
    """The finished translations of a .ts file (an unfinished or empty one falls back to the
    English source, as QTranslator does). A missing file is an empty catalogue."""
    path = path or catalogue_path(language)
    catalogue = Catalogue(language)
    if not path.is_file():
        return catalogue
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete"):  # fmt: skip
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                catalogue.messages[key] = tuple(forms)
    return catalogue


_active: Catalogue | None = None  # None: nobody chose yet (see the module's docstring)


def install(language: str) -> Catalogue:
    """Speak ``language`` from now on (this process's ``tr``, and the processes it starts)."""
    global _active
    _active = load_catalogue(language)
    os.environ[INHERITED_ENV] = language
    return _active


def forget() -> None:
    """Choose again on the next ``tr`` (tests start each case from the environment)."""
    global _active
    _active = None


def active() -> Catalogue:
    """The installed catalogue; on first use, the parent's language (a spawned process) or the
    one READER_LANG, the saved preference or the locale names."""
    catalogue = _active
    if catalogue is None:
        inherited = os.environ.get(INHERITED_ENV, "")
        catalogue = install(inherited if inherited in LANGUAGES else
                            choose_language(saved_preference()))  # fmt: skip
    return catalogue


def current_language() -> str:
    return active().language


def tr(text: str, disambiguation: str | None = None, n: int = -1, /, **values: object) -> str:
    """``text`` in the installed language; a count is passed positionally (``tr("%n file(s)",
    None, n)``) so that pyside6-lupdate extracts it with plural forms."""
    translated = active().translate(text, disambiguation, n)
    return translated.format(**values) if values else translated

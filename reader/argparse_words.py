"""argparse's own words ("usage:", "options", its error messages) in the UI's language.

argparse looks each of them up with the gettext function it imported as ``_``: when a parser
is built ("positional arguments", "options", "show this help message and exit"), when help is
printed ("usage: ") and when an error is reported. Python ships no catalogue for them and
gettext reads only ``.mo`` files, while a HelpFormatter subclass reaches the headings and
"usage:" but not the error messages. So ``speaking()`` points argparse's ``_`` at the core's
``tr`` while the command line builds its parser and parses (one thread, before any work
starts), and puts it back after: the words come from Reader's ``.ts`` catalogues like every
other sentence. Only the messages listed in WORDS are in the catalogues; any other argparse
message stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from reader.core.i18n import QT_TR_NOOP, tr

# The argparse messages a user of `python -m reader` can meet (the wording of Python 3.11-3.13;
# tests/test_core_i18n.py checks that argparse still asks for each of them).
WORDS = (
    QT_TR_NOOP("usage: "),
    QT_TR_NOOP("positional arguments"),
    QT_TR_NOOP("options"),
    QT_TR_NOOP("show this help message and exit"),
    QT_TR_NOOP("%(prog)s: error: %(message)s\n"),
    QT_TR_NOOP("argument %(argument_name)s: %(message)s"),
    QT_TR_NOOP("unrecognized arguments: %s"),
    QT_TR_NOOP("the following arguments are required: %s"),
    QT_TR_NOOP("invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TR_NOOP("invalid %(type)s value: %(value)r"),
    QT_TR_NOOP("expected one argument"),
    QT_TR_NOOP("not allowed with argument %s"),
    QT_TR_NOOP("ambiguous option: %(option)s could match %(matches)s"),
    QT_TR_NOOP("ignored explicit argument %r"),
)


def _gettext(text: str | None) -> str | None:
    return tr(text) if text else text  # argparse also asks for None (a missing description)


@contextmanager
def speaking() -> Iterator[None]:
    """argparse in the installed language for the duration of the ``with`` block."""
    module = vars(argparse)
    before = module["_"]
    module["_"] = _gettext
    try:
        yield
    finally:
        module["_"] = before

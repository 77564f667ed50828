"""Command-line interface: everything the core can do, without Qt.

One module per command (``reader/cli/<command>.py``: its ``HELP``, ``register`` and handler);
this package only dispatches. Sentences for people are in the UI's language
(reader/core/i18n.py reads the same catalogues as the window), argparse's own words included
(reader/argparse_words.py); machine output keeps its form (--json keys, the tab-separated
problem rows with their English kinds), while the messages in it are sentences in that
language. Each command imports what it needs when it runs: `reader search` never loads the
parser chain (lxml, YAML, nh3), `reader --help` loads nothing but argparse."""

from __future__ import annotations

from collections.abc import Sequence

# The commands, in the order --help lists them; each is the module reader.cli.<name>.
SUBCOMMANDS: tuple[str, ...] = (
    "check",
    "show",
    "index",
    "search",
    "related",
    "bookmarks",
    "stories",
    "highlights",
    "cite",
    "dossier",
    "story",
    "marks",
    "sync",
    "list",
    "histogram",
    "saved",
)


def main(argv: Sequence[str] | None = None) -> int:
    from reader.cli.run import main as run

    return run(argv)


def commands_help() -> str:
    from reader.cli.run import commands_help as helptext

    return helptext()

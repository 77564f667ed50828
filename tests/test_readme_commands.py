"""README's command-line section names every command, and for the research desk's and the
bookmarks' commands every option they take (the section had left out `bookmarks`)."""

from __future__ import annotations

import argparse
import re

from reader.cli import SUBCOMMANDS
from reader.cli.run import build_parser
from tests.conftest import ROOT

COMPLETE = ("bookmarks", "highlights", "cite", "dossier")  # every option in the README


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Command line")
    return text[start : text.index("\n## ", start + 1)]


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_every_command_is_in_the_readme() -> None:
    section = _section()
    for name in SUBCOMMANDS:
        assert re.search(rf"-m reader {name}\b", section), name


def test_the_research_and_bookmark_commands_are_complete() -> None:
    section = _section()
    parsers = _subparsers()
    for name in COMPLETE:
        lines = "\n".join(line for line in section.splitlines() if f"-m reader {name} " in line)
        for action in parsers[name]._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if action.option_strings:
                assert any(o in lines for o in action.option_strings), (name, action.dest)
            elif action.choices:  # the actions (add, list, …)
                for choice in action.choices:
                    assert re.search(rf"\b{choice}\b", lines), (name, choice)

"""The parser of every command, and running one with the errors said in words."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from reader import argparse_words
from reader.cli import (
    SUBCOMMANDS,
    bookmarks,
    check,
    cite,
    dossier,
    highlights,
    histogram,
    index,
    marks,
    related,
    saved,
    search,
    show,
    stories,
    story,
    sync,
)
from reader.cli import list as list_command
from reader.cli.common import EXIT_STORAGE, NotALibrary
from reader.core import i18n
from reader.core.i18n import tr
from reader.core.paths import display_path
from reader.core.storage import StorageError, reason_of
from reader.core.terminal import guarded_output

Handler = Callable[[argparse.Namespace], int]


# Imported by name, not by importlib, so PyInstaller bundles every command. A command module
# imports only light modules at its top; what a command needs loads when it runs.
COMMAND_MODULES: dict[str, ModuleType] = {
    m.__name__.rsplit(".", 1)[1]: m
    for m in (
        check,
        show,
        index,
        search,
        related,
        bookmarks,
        stories,
        highlights,
        cite,
        dossier,
        story,
        marks,
        sync,
        list_command,
        histogram,
        saved,
    )
}


def _command(name: str) -> ModuleType:
    return COMMAND_MODULES[name]


def commands_help() -> str:
    """The subcommands, for `python -m reader --help` (the app's own options come first)."""
    rows = "\n".join(f"  {name:<10} {tr(_command(name).HELP)}" for name in SUBCOMMANDS)
    return tr("commands (python -m reader COMMAND --help):") + f"\n{rows}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader", description=tr("Reader command line"), epilog=commands_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        _command(name).register(sub)
    return parser


# Arguments that are text to search or store, not file names: bytes the terminal's encoding
# cannot decode (a GBK terminal under a UTF-8 locale) cannot be searched for or stored.
TEXT_ARGUMENTS = ("query", "text", "tag", "tag_list", "note")


def main(argv: Sequence[str] | None = None) -> int:
    """Everything printed goes through ``guarded_output``: text from files reaches the
    terminal with its control characters shown escaped (reader/core/terminal.py)."""
    with guarded_output():
        return _main(argv)


def _undecodable(args: argparse.Namespace) -> str | None:
    for name in TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    return text
    return None


def _main(argv: Sequence[str] | None = None) -> int:
    i18n.install(i18n.choose_language(i18n.saved_preference()))
    with argparse_words.speaking():
        parser = build_parser()
        args = parser.parse_args(argv)
        validate: Callable[[argparse.ArgumentParser, argparse.Namespace], None] | None = getattr(
            args, "validate", None
        )
        if validate is not None:
            validate(parser, args)
    handler: Handler = args.handler
    if (text := _undecodable(args)) is not None:
        encoding = sys.getfilesystemencoding()
        print(f"reader {args.command}: " + tr(
            "{text} is not text in this terminal's encoding ({encoding}): set the terminal to"
            " {encoding}, or type it in the window", text=display_path(text),
            encoding=encoding.upper()), file=sys.stderr)  # fmt: skip
        return 2
    try:
        return handler(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        return 0
    except NotALibrary as exc:
        print(f"reader {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except StorageError as exc:  # already a sentence naming the file
        print(f"reader {args.command}: {exc}", file=sys.stderr)
        return EXIT_STORAGE
    except OSError as exc:  # a file the stores did not name themselves
        where = f"{display_path(exc.filename)}: " if exc.filename else ""
        print(f"reader {args.command}: {where}{reason_of(exc)}", file=sys.stderr)
        return EXIT_STORAGE
    except sqlite3.Error as exc:
        print(f"reader {args.command}: {reason_of(exc)} ({exc})", file=sys.stderr)
        return EXIT_STORAGE


assert tuple(COMMAND_MODULES) == SUBCOMMANDS, "reader.cli.SUBCOMMANDS lists every command module"

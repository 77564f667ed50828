"""`python -m reader [--library DIR] [--screenshot PNG]` opens the app; subcommands run the CLI."""

from __future__ import annotations

import sys

from reader.cli import SUBCOMMANDS


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in SUBCOMMANDS:
        from reader.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from reader.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

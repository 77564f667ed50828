"""`python -m reader [--library DIR] [--screenshot PNG]` opens the app; subcommands run the CLI."""

from __future__ import annotations

import sys

from reader.cli import SUBCOMMANDS


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "search":
        # Answered by the library's resident search process when one runs (it imports
        # nothing else: reader/cli/search_client.py); else the command runs itself and
        # leaves one for the next search.
        from reader.cli import search_client

        try:
            code = search_client.main(sys.argv[2:])
        except BrokenPipeError:  # `| head` closed the pipe: not an error
            return 0
        if code is not None:
            return code
        from reader.cli import main as cli_main

        code = cli_main(sys.argv[1:])
        if code == 0:
            search_client.start_resident(sys.argv[2:])
        return code
    if len(sys.argv) > 1 and sys.argv[1] in SUBCOMMANDS:
        from reader.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from reader.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

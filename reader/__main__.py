"""`python -m reader SUBCOMMAND ...` runs the command line (the desktop app arrives with the UI)."""

from __future__ import annotations

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

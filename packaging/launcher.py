"""Entry point of the packaged app (PyInstaller): the same as `python -m reader`."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the indexer and its parse workers are spawned processes
    from reader.__main__ import main

    sys.exit(main())

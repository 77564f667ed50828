"""Entry point of the packaged app (PyInstaller): the same as `python -m reader`."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the indexer's parse workers are spawned processes
    from reader.core.child_process import CHILD_FLAG

    if sys.argv[1:2] == [CHILD_FLAG]:  # the search service or the indexer (child_process.py)
        from reader.core.child_process import main as child_main

        sys.exit(child_main(sys.argv[2:]))
    from reader.__main__ import main

    sys.exit(main())

"""reader.core never imports Qt: it must work headless and from the command line."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core
from tests.conftest import ROOT


def test_core_modules_import_without_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import reader.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_gui_process_imports_neither_whoosh_nor_the_indexer() -> None:
    """Searching and indexing run in their own processes: the window needs neither Whoosh
    (174 ms to import) nor the indexer, and an update's summary unpickles without them; the
    sanitizer needs no BeautifulSoup (84 ms with soupsieve)."""
    code = (
        "import pickle, sys\n"
        "import reader.ui.main_window\n"
        "from reader.core.search.layout import UpdateSummary\n"
        "from reader.core.problems import Problem\n"
        "from pathlib import Path\n"
        "pickle.loads(pickle.dumps(UpdateSummary(problem_list=[Problem(Path('x'), 'k', 'm')])))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'bs4', 'soupsieve')\n"
        "             or m in ('reader.core.search.engine', 'reader.core.search.indexer'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)

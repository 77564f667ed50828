"""reader.core never imports Qt: it must work headless and from the command line."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core
from tests.conftest import ROOT, SEEDS


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
    (174 ms to import) nor the indexer, and an update's summary unpickles without them."""
    code = (
        "import pickle, sys\n"
        "import reader.ui.main_window\n"
        "from reader.core.search.layout import UpdateSummary\n"
        "from reader.core.problems import Problem\n"
        "from pathlib import Path\n"
        "pickle.loads(pickle.dumps(UpdateSummary(problem_list=[Problem(Path('x'), 'k', 'm')])))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'whoosh'\n"
        "             or m in ('reader.core.search.engine', 'reader.core.search.indexer'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_cli_search_loads_neither_the_parser_chain_nor_the_indexer() -> None:
    """`reader search` on a built index: a short process (it imported the whole parser chain,
    bs4 and the indexer: 415-429 ms against 21-28 ms for recollq), and no whole-file check."""
    from reader.cli import main as cli

    assert cli(["index", "--library", str(SEEDS)]) == 0
    code = (
        "import sys\n"
        "from reader.core import storage\n"
        "storage.quick_check = None  # calling it would raise\n"
        "from reader.cli import main\n"
        f"assert main(['search', '布林肯', '--library', {str(SEEDS)!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('bs4', 'lxml', 'yaml', 'nh3')\n"
        "             or m in ('reader.core.parser', 'reader.core.search.indexer'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "布林肯" in result.stdout

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


def test_the_running_window_imports_neither_whoosh_nor_the_parser_chain() -> None:
    """Opening a library, an article, its story or related coverage and a search: all that
    parses or searches runs in the indexer and search processes. The window imported Whoosh
    (174 ms) and BeautifulSoup + soupsieve (84 ms) at start-up before."""
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow

app = QApplication([])
window = MainWindow(Settings(), ReadState())
window.show()
seen = set()
loop = QEventLoop()

def saw(what):
    seen.add(what)
    if what == "listed" and "article" not in seen:
        window.list_pane.select_row(0)
    if what == "article":
        window.search_pane.edit.setText("布林肯")
    if seen == {{"index", "listed", "article", "related", "results"}}:
        loop.quit()

window.controller.index_finished.connect(lambda _s: saw("index"))
window.list_pane.listed.connect(lambda n: n and saw("listed"))
window.article_shown.connect(lambda _i: saw("article"))
window.session.related_found.connect(lambda _i, _hits: saw("related"))
window.session.story_context_found.connect(lambda _i, _story: saw("related"))
window.search_pane.results_shown.connect(lambda n: n and saw("results"))
QTimer.singleShot(90_000, loop.quit)
window.open_library(Path({str(SEEDS)!r}))
loop.exec()
window.close()
assert seen == {{"index", "listed", "article", "related", "results"}}, seen
bad = sorted(m for m in sys.modules if m.split(".")[0] in
             ("whoosh", "bs4", "soupsieve", "lxml", "yaml", "frontmatter", "nh3")
             or m in ("reader.core.parser", "reader.core.sanitize", "reader.core.search.engine",
                      "reader.core.search.indexer"))
assert not bad, bad
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=180)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_window_reads_image_addresses_where_the_sanitizer_writes_them() -> None:
    """The window renders bodies without importing the sanitizer: the attribute lives with
    the Article record, and both must name the same one."""
    from reader.core import article, sanitize

    assert article.REMOTE_SRC_ATTR == sanitize.REMOTE_SRC_ATTR


def test_the_gui_process_imports_neither_whoosh_nor_the_indexer() -> None:
    """Searching, indexing and parsing run in their own processes: the window needs neither
    Whoosh (174 ms to import), the indexer, nor BeautifulSoup and soupsieve (84 ms) or the rest
    of the parser chain, and an update's summary unpickles without them."""
    code = (
        "import pickle, sys\n"
        "import reader.ui.main_window\n"
        "from reader.core.search.layout import UpdateSummary\n"
        "from reader.core.problems import Problem\n"
        "from pathlib import Path\n"
        "pickle.loads(pickle.dumps(UpdateSummary(problem_list=[Problem(Path('x'), 'k', 'm')])))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in\n"
        "             ('whoosh', 'bs4', 'soupsieve', 'lxml', 'yaml', 'frontmatter', 'nh3')\n"
        "             or m in ('reader.core.search.engine', 'reader.core.search.indexer',\n"
        "                      'reader.core.parser', 'reader.core.sanitize'))\n"
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

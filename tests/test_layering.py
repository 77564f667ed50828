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

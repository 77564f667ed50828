"""The leak checks in conftest.py fail tests that leave work running (and pass clean ones)."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT

pytest_plugins = ["pytester"]

LEAKY = """
import multiprocessing, threading, time
from PySide6.QtCore import QTimer
from reader.ui.tasks import TaskRunner

kept = []

def test_clean(qtbot):
    timer = QTimer()
    timer.start(10_000)
    timer.stop()
    QTimer.singleShot(0, lambda: None)
    qtbot.wait(20)

def test_active_timer(qtbot):
    kept.append(QTimer())
    kept[-1].start(10_000)

def test_single_shot_without_context(qtbot):
    QTimer.singleShot(10_000, lambda: None)

def test_busy_worker_pool(qtbot):
    runner = TaskRunner(1)
    kept.append(runner)
    runner.submit(lambda: time.sleep(3))

def test_python_thread():
    threading.Thread(target=time.sleep, args=(3,)).start()

def test_child_process():
    proc = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(3,))
    proc.start()
    kept.append(proc)
"""


def test_leak_checks_catch_each_kind(pytester: pytest.Pytester) -> None:
    shutil.copy(ROOT / "tests" / "conftest.py", pytester.path / "conftest.py")
    pytester.makepyfile(test_leaky=LEAKY)
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    result = pytester.runpytest_subprocess("-q")
    outcomes = result.parseoutcomes()
    text = result.stdout.str()
    assert outcomes.get("passed") == 6, text  # every test body passes...
    assert outcomes.get("errors") == 5, text  # ...and all but the clean one error at teardown
    assert "ERROR test_leaky.py::test_clean" not in text
    for message in ("timers still active", "single-shot callbacks still pending",
                    "worker pools still running", "threads left running",
                    "child processes left running"):  # fmt: skip
        assert message in text, message

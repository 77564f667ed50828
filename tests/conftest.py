from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
STANDINS = FIXTURES / "standins"  # real articles that used to stand in for the seeds
CORPUS_TARBALL = ROOT.parent / "shared" / "corpus" / "articles-real.tar.gz"


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm catalogues the build makes (`make translations`), compiled here too when one is
    missing or older than its .ts, so `pytest` alone tests what `make run` would show."""
    folder = ROOT / "resources" / "i18n"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture(autouse=True)
def english_ui(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests speak English whatever the machine's locale (READER_LANG comes before LANG); the
    window's tests get Reader's English catalogue (plural forms: "1 result", "2 results").
    The core chooses its language again in every test (from READER_LANG, unless the test
    installs one), whatever an earlier test installed."""
    from reader.core import i18n as core_i18n

    monkeypatch.setenv("READER_LANG", "en")
    monkeypatch.delenv(core_i18n.INHERITED_ENV, raising=False)
    core_i18n.forget()
    if "qtbot" in request.fixturenames:
        from reader.ui import i18n

        request.getfixturevalue("qapp")
        request.getfixturevalue("compiled_translations")
        if i18n.current_language() != "en":
            i18n.install("en")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own user-data dir: tests never touch real user data."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    monkeypatch.delenv("READER_SYNC_DIR", raising=False)  # no test syncs with the machine's
    yield path


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def corpus_fixture(tmp_path: Path) -> Path:
    """A small library of real files: corpus quirks, the stand-ins and the seeds."""
    lib = tmp_path / "library"
    lib.mkdir()
    standins = sorted(p for p in STANDINS.iterdir() if p.suffix == ".md")
    for src in [*sorted((FIXTURES / "corpus").iterdir()), *standins, *sorted(SEEDS.iterdir())]:
        (lib / src.name).write_bytes(src.read_bytes())
    return lib


@pytest.fixture(autouse=True)
def no_leaked_work(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves work running behind it (napari's dangling-* checks):
    child processes, Python threads, and - for Qt tests - busy worker pools, active timers
    and context-free single-shot callbacks still pending. Requested before ``qtbot``, this
    teardown runs after qtbot has closed the test's widgets."""
    threads_before = set(threading.enumerate())
    if "qtbot" not in request.fixturenames:
        yield
        _assert_no_leaked_processes_or_threads(threads_before)
        return
    from PySide6.QtCore import QTimer

    from reader.ui.tasks import TaskRunner

    runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()
    timers: weakref.WeakSet[QTimer] = weakref.WeakSet()
    pending: dict[int, str] = {}
    runner_init, timer_start, single_shot = TaskRunner.__init__, QTimer.start, QTimer.singleShot

    def track_runner(self: TaskRunner, *args: Any, **kwargs: Any) -> None:
        runner_init(self, *args, **kwargs)
        runners.add(self)

    def track_timer(self: QTimer, *args: Any) -> None:
        timers.add(self)
        timer_start(self, *args)

    def track_single_shot(msec: int, *args: Any) -> None:
        if len(args) == 1 and callable(args[0]):  # no context object: Qt cannot cancel it
            token, callback = object(), args[0]
            pending[id(token)] = getattr(callback, "__qualname__", repr(callback))

            def fire() -> None:
                pending.pop(id(token), None)
                callback()

            single_shot(msec, fire)
        else:
            single_shot(msec, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(TaskRunner, "__init__", track_runner)
        patch.setattr(QTimer, "start", track_timer)
        patch.setattr(QTimer, "singleShot", staticmethod(track_single_shot))
        yield
    busy = [r for r in list(runners) if _alive(r) and r.pool.activeThreadCount()]
    active = [t for t in list(timers) if _alive(t) and t.isActive()]
    assert not busy, f"{len(busy)} worker pools still running after the test"
    assert not active, f"timers still active after the test: {[t.objectName() for t in active]}"
    assert not pending, f"single-shot callbacks still pending: {sorted(pending.values())}"
    _assert_no_leaked_processes_or_threads(threads_before)


def _alive(qobject: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(qobject))


def _assert_no_leaked_processes_or_threads(threads_before: set[threading.Thread]) -> None:
    children = multiprocessing.active_children()
    assert not children, f"child processes left running: {children}"
    leaked = [
        t for t in threading.enumerate()
        if t not in threads_before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]  # fmt: skip
    assert not leaked, f"threads left running: {leaked}"

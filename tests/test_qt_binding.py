"""The Qt binding must not corrupt the interpreter: a guard against a known-bad PySide6."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_do_not_drop_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 took None's refcount down by one per void call; a long
    session would then abort with "none_dealloc" (and every test run did, at exit)."""
    label, action = QLabel(), QAction("x")
    action.setCheckable(True)
    action.triggered.connect(lambda: None)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setVisible(False)
        action.setChecked(True)
        action.trigger()
    assert sys.getrefcount(None) - before > -CALLS // 10

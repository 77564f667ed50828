"""Every user-visible string the UI passes to tr() has a Simplified Chinese translation."""

from __future__ import annotations

import ast
from pathlib import Path

from reader.ui.i18n import ZH_CN
from tests.conftest import ROOT

TRANSLATING_CALLS = {"tr", "_action"}  # MainWindow._action(text, ...) translates its text


def ui_strings() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "reader" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if (
                name in TRANSLATING_CALLS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found[first.value] = f"{Path(path).name}:{node.lineno}"
    return found


def test_every_ui_string_is_translated() -> None:
    strings = ui_strings()
    assert len(strings) > 80  # the scan sees the UI's strings
    missing = {text: where for text, where in strings.items() if text not in ZH_CN}
    assert not missing, missing

"""Every user-visible string the UI passes to tr() has a Simplified Chinese translation."""

from __future__ import annotations

import ast
from pathlib import Path

from reader.ui.i18n import ZH_CN
from tests.conftest import ROOT

TRANSLATING_CALLS = {"tr": 0, "_action": 1}  # actions._action(window, text, ...) translates


def ui_strings() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "reader" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            position = TRANSLATING_CALLS.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found[text.value] = f"{Path(path).name}:{node.lineno}"
    return found


def test_every_ui_string_is_translated() -> None:
    strings = ui_strings()
    assert len(strings) > 80  # the scan sees the UI's strings
    missing = {text: where for text, where in strings.items() if text not in ZH_CN}
    assert not missing, missing

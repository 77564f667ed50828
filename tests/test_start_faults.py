"""The app starts whatever state its own files are in (issue 20, points 11, 17 and 18): a wrong-
typed settings file, a read-state or bookmarks file of another schema, a folder where a file
should be, a full disk. The damaged part is set aside and said; the rest works."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from reader.core.settings import Settings, load_settings
from tests.conftest import SEEDS
from tests.faultkit import run_reader

WRONG_SETTINGS = [
    {"library": 5},
    {"recent_libraries": [1]},
    {"splitter_sizes": ["a"]},
    {"line_spacing": 1e308},
    {"line_spacing": math.nan},
    {"zoom": True},
    {"zoom": 10**9},
    {"theme": ["dark"]},
    {"window_geometry": None},
    {"reading_positions": {"a": "x"}},
    {"image_hosts_by_source": {"BBC": "ichef.bbci.co.uk"}},
    {"image_hosts_by_source": {"BBC": [1]}},
]


@pytest.mark.parametrize("raw", WRONG_SETTINGS, ids=lambda raw: json.dumps(raw)[:40])
def test_a_wrong_typed_setting_gets_its_default_and_is_said(
    isolated_data_dir: Path, raw: dict[str, object]
) -> None:
    path = isolated_data_dir / "settings.json"
    path.write_text(json.dumps({**raw, "column_em": 42}), encoding="utf-8")
    settings, warning = load_settings()
    name = next(iter(raw))
    default = getattr(Settings(), name)
    if name == "reading_positions":
        assert settings.reading_positions == {} and warning is None  # the bad entry dropped
    else:
        assert getattr(settings, name) == default
        assert warning is not None and name in warning and str(path) in warning
    assert settings.column_em == 42, "the good settings are kept"
    assert path.exists(), "the file is not set aside for one wrong value"


def test_the_app_starts_with_wrong_typed_settings(isolated_data_dir: Path, tmp_path: Path) -> None:
    bad = {"library": 5, "recent_libraries": [1], "splitter_sizes": ["a"], "line_spacing": 1e308}
    (isolated_data_dir / "settings.json").write_text(json.dumps(bad), encoding="utf-8")
    shot = tmp_path / "s.png"
    result = run_reader(["--library", str(SEEDS), "--screenshot", str(shot)], isolated_data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and shot.exists()

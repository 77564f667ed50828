"""The translation pipeline: every string the code passes to tr() is in the .ts catalogues
(checked against what pyside6-lupdate extracts), every message is translated with its plural
forms and placeholders, and the command line reads the catalogues as Qt does."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.core import i18n as core_i18n
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
CATALOGUES = {"zh_CN": 1, "zh_TW": 1, "en": 2}  # language -> numerus forms (Qt's rules)
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")
PRINTF = re.compile(r"%\(\w+\)[sr]|%[sr]")  # argparse's own messages (reader/argparse_words.py)
Key = tuple[str, str, str]


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What pyside6-lupdate finds in the code today, in a fresh .ts."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-extensions", "py", "-silent", str(ROOT / "reader"), "-ts",
                    str(target)], check=True, cwd=ROOT)  # fmt: skip
    return messages(target)


def literal_calls() -> dict[str, str]:
    """Every tr("…") and QT_TR_NOOP("…") in the code, as Python sees it (inside f-strings
    too, where lupdate does not look): text -> where."""
    found = {}
    for path in sorted((ROOT / "reader").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if name in ("tr", "QT_TR_NOOP") and isinstance(first, ast.Constant):
                found[str(first.value)] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_lupdate_extracts_every_string_the_code_translates(extracted) -> None:  # type: ignore[no-untyped-def]
    sources = {source for _context, source, _comment in extracted}
    calls = literal_calls()
    assert len(calls) > 150  # the scan sees the code's strings
    unseen = {text: where for text, where in calls.items() if text not in sources}
    assert not unseen, f"tr() calls lupdate cannot see (inside an f-string?): {unseen}"
    # Only Qt's own gaps (reader/ui/i18n.py QT_GAPS) are in a class's context.
    other_contexts = {key for key in extracted if key[0] and key[0] != "QFileDialog"}
    assert not other_contexts, f"call the free tr(), not module.tr(): {other_contexts}"


def test_counts_are_passed_so_that_lupdate_sees_plural_forms(extracted) -> None:  # type: ignore[no-untyped-def]
    for (_context, source, _comment), message in extracted.items():
        if "%n" in source or "%Ln" in source:  # (%Ln: the count grouped, "23,179")
            assert message.get("numerus") == "yes", f"pass the count positionally: {source!r}"
        else:
            assert message.get("numerus") != "yes", f"a count without %n: {source!r}"


@pytest.mark.parametrize("language", CATALOGUES)
def test_catalogue_has_every_extracted_message_and_nothing_else(extracted, language: str) -> None:  # type: ignore[no-untyped-def]
    wanted = {k for k, m in extracted.items() if language != "en" or m.get("numerus") == "yes"}
    have = set(messages(I18N / f"reader_{language}.ts"))
    assert not wanted - have, f"run `make translations-update`, then translate: {wanted - have}"
    assert not have - wanted, f"no longer in the code (`make translations-update`): {have - wanted}"


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_message_is_translated_with_its_forms_and_placeholders(language: str) -> None:
    for (_context, source, _comment), message in messages(I18N / f"reader_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{language}: {translation.get('type')}: {source!r}"
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == CATALOGUES[language], f"{language}: plural forms of {source!r}"
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{language}: empty translation of {source!r}"
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (
                f"{language}: placeholders of {source!r} in {form!r}"
            )
            assert ("%n" in form) == ("%n" in source), f"{language}: %n in {form!r}"
            assert ("%Ln" in form) == ("%Ln" in source), f"{language}: %Ln in {form!r}"
            assert sorted(PRINTF.findall(form)) == sorted(PRINTF.findall(source)), (
                f"{language}: %-placeholders of {source!r} in {form!r}"
            )
            # A menu keeps one accelerator; anything else shows no marker at all.
            if "&" in source:
                assert form.count("&") == 1, f"{language}: mnemonic of {form!r}"
            else:
                assert "&" not in form, f"{language}: a mnemonic in {form!r}"


def test_traditional_chinese_uses_taiwan_words() -> None:
    """zh_TW is written for Taiwan, not converted character by character from zh_CN."""
    text = " ".join(
        (m.find("translation").text or "")  # type: ignore[union-attr]
        for m in messages(I18N / "reader_zh_TW.ts").values()
        if m.get("numerus") != "yes"
    )
    # Taiwan's word, and the mainland word as a character-by-character conversion leaves it
    for taiwan, mainland in (("檔案", "文件"), ("資料夾", "文件夾"), ("搜尋", "搜索"),
                             ("設定", "設置"), ("螢幕", "全屏"), ("復原", "撤銷"),
                             ("連結", "鏈接"), ("列印", "打印"), ("預設", "默認"),
                             ("匯出", "導出"), ("字型", "字體"), ("清單", "列表")):  # fmt: skip
        assert taiwan in text, taiwan
        assert mainland not in text, mainland


@pytest.mark.parametrize("language", CATALOGUES)
def test_the_command_line_reads_the_catalogue_as_qt_does(
    qapp, compiled_translations: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    """Every message, in every plural form, the same from the .qm (QTranslator) and the .ts
    (reader/core/i18n.py, no Qt)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"reader_{language}", str(compiled_translations))
    catalogue = core_i18n.load_catalogue(language)
    checked = 0
    for (context, source, comment), message in messages(I18N / f"reader_{language}.ts").items():
        for n in (0, 1, 2, 21) if message.get("numerus") == "yes" else (-1,):
            expected = translator.translate(context, source, comment or None, n)
            if n >= 0:  # QTranslator leaves %n and %Ln to QCoreApplication::translate
                expected = expected.replace("%Ln", f"{n:,}").replace("%n", str(n))
            assert catalogue.translate(source, comment or None, n, context) == expected
            checked += 1
    assert checked > (10 if language == "en" else 200)


def test_english_plurals() -> None:
    catalogue = core_i18n.load_catalogue("en")
    assert catalogue.translate("%n result(s)", None, 1) == "1 result"
    assert catalogue.translate("%n result(s)", None, 0) == "0 results"
    assert catalogue.translate("%Ln remote image(s) blocked", None, 1) == "1 remote image blocked"
    assert catalogue.translate("%Ln article(s)", None, 23184) == "23,184 articles"
    assert catalogue.translate("Exported %n bookmark(s) to {path}", None, 1) == (
        "Exported 1 bookmark to {path}"
    )
    chinese = core_i18n.load_catalogue("zh_TW")
    assert chinese.translate("%n result(s)", None, 1) == "1 筆結果"
    assert chinese.translate("%n result(s)", None, 7) == "7 筆結果"


@pytest.mark.parametrize(
    ("environ", "preference", "system", "language"),
    [
        ({"LANG": "zh_TW.UTF-8"}, "", "", "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "", "", "zh_TW"),
        ({"LANG": "zh_CN.UTF-8"}, "", "", "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "", "", "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "", "", "en"),
        ({"LANG": "de_DE.UTF-8"}, "", "", "en"),
        ({"LANG": "C.UTF-8"}, "", "zh-Hant-TW", "zh_TW"),  # C says nothing: the platform's
        ({}, "", "zh-Hans-CN", "zh_CN"),
        ({}, "", "", "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "", "", "zh_CN"),
        ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "", "", "zh_TW"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_TW", "", "zh_TW"),  # the saved preference, then LANG
        ({"LANG": "zh_CN.UTF-8", "READER_LANG": "en"}, "zh_TW", "", "en"),  # READER_LANG first
        ({"LANG": "zh_CN.UTF-8"}, "klingon", "", "zh_CN"),  # an unknown preference is ignored
    ],
)
def test_language_choice(environ: dict[str, str], preference: str, system: str,
                         language: str) -> None:  # fmt: skip
    assert core_i18n.choose_language(preference, environ, system) == language


def test_the_command_line_speaks_the_ui_language(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.cli import main as cli
    from reader.core.settings import Settings, save_settings
    from tests.conftest import SEEDS

    monkeypatch.setenv("READER_LANG", "zh_TW")
    assert cli(["check", str(SEEDS)]) == 0
    assert "5 個檔案：已解析 5 個，略過 0 個" in capsys.readouterr().out
    monkeypatch.setenv("READER_LANG", "zh_CN")
    assert cli(["check", str(SEEDS)]) == 0
    assert "5 个文件：已解析 5 个，跳过 0 个" in capsys.readouterr().out
    # Without READER_LANG: the language saved in Preferences, before the locale.
    monkeypatch.delenv("READER_LANG")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    save_settings(Settings(language="en"))
    assert cli(["check", str(SEEDS)]) == 0
    assert "5 files: 5 parsed, 0 skipped" in capsys.readouterr().out
    save_settings(Settings(language=""))
    assert cli(["check", str(SEEDS)]) == 0
    assert "5 个文件" in capsys.readouterr().out


def test_the_command_line_says_one_in_the_singular(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from reader.cli import main as cli

    (tmp_path / "one.md").write_text("---\ntitle: t\n---\n<p>正文</p>\n", encoding="utf-8")
    assert cli(["check", str(tmp_path)]) == 0
    assert "1 file: 1 parsed, 0 skipped" in capsys.readouterr().out
    assert cli(["index", "--library", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith(
        "1 file: 1 article, 0 duplicate copies, 0 skipped; this run: 1 added"
    )
    assert cli(["search", "正文", "--library", str(tmp_path)]) == 0
    assert capsys.readouterr().err.startswith("1 result (")

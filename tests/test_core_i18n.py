"""The sentences reader/core builds (storage errors, notices, problem messages) and the
command line's own words (argparse's included) in the language chosen: Traditional Chinese
with READER_LANG=zh_TW, English with READER_LANG=en; the machine words (problem kinds, JSON
keys) stay English."""

from __future__ import annotations

import argparse
import ast
import errno
import inspect
import json
import multiprocessing
import pickle
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from reader import argparse_words
from reader.cli import main as cli
from reader.core import i18n as core_i18n
from reader.core.bookmarks import WHAT as BOOKMARKS
from reader.core.bookmarks import Bookmark, BookmarkStore
from reader.core.parser import ArticleProblem, parse_article_file
from reader.core.readstate import ReadState
from reader.core.settings import load_settings, settings_path
from reader.core.storage import StorageError, storage_error

FULL = OSError(errno.ENOSPC, "No space left on device")
BAD_DATE = "---\ntitle: 標題\ndate: 2021-13-45\n---\n<p>正文</p>\n"


def speak(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """READER_LANG=language, chosen afresh (as a process started by no Reader process would)."""
    monkeypatch.setenv("READER_LANG", language)
    monkeypatch.delenv(core_i18n.INHERITED_ENV, raising=False)
    core_i18n.forget()


# -- storage errors ------------------------------------------------------------------------
def test_a_storage_error_is_said_in_the_language_chosen(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bookmarks.sqlite"
    speak(monkeypatch, "zh_TW")
    error = storage_error(BOOKMARKS, path, FULL)
    assert str(error) == f"無法使用書籤檔案 {path}：磁碟已滿。"
    assert error.what == "the bookmarks file"  # the source, translated where it is said
    speak(monkeypatch, "zh_CN")
    assert str(storage_error(BOOKMARKS, path, FULL)) == f"无法使用书签文件 {path}：磁盘已满。"
    speak(monkeypatch, "en")
    assert str(storage_error(BOOKMARKS, path, FULL)) == (
        f"Cannot use the bookmarks file {path}: the disk is full."
    )


def test_a_pickled_storage_error_is_rebuilt_in_the_receiving_language(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    speak(monkeypatch, "zh_TW")
    error = storage_error(BOOKMARKS, Path("/d/b.sqlite"), FULL)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, StorageError) and str(copy) == str(error)
    assert (copy.what, copy.path, copy.reason) == ("the bookmarks file", error.path, "磁碟已滿")
    # Made in an English process, read in a Traditional one: the sentence and "what" are
    # rebuilt there (the reason keeps the words of the process that saw the error).
    speak(monkeypatch, "en")
    english = pickle.dumps(storage_error(BOOKMARKS, Path("/d/b.sqlite"), FULL))
    speak(monkeypatch, "zh_TW")
    assert str(pickle.loads(english)) == "無法使用書籤檔案 /d/b.sqlite：the disk is full。"


def _child_error(conn: Connection) -> None:
    """In a spawned process (as the indexer and its workers are): a storage error, and the
    problem message of an empty article."""
    try:
        parse_article_file(Path(conn.recv()))
    except ArticleProblem as problem:
        conn.send((storage_error(BOOKMARKS, Path("/d/b.sqlite"), FULL), problem.message))
    conn.close()


def test_a_spawned_process_speaks_the_language_its_parent_installed(
    monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The window switched to Traditional; READER_LANG (and the saved preference) still say
    English: the indexer's process speaks what the window speaks."""
    speak(monkeypatch, "en")
    core_i18n.install("zh_TW")  # as reader.ui.i18n.install does on a switch
    (tmp_path / "empty.md").write_bytes(b"")
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    child = ctx.Process(target=_child_error, args=(theirs,))
    child.start()
    try:
        ours.send(str(tmp_path / "empty.md"))
        error, message = ours.recv()
    finally:
        child.join(60)
    assert child.exitcode == 0
    assert str(error) == "無法使用書籤檔案 /d/b.sqlite：磁碟已滿。"
    assert message == "檔案是空的"


# -- notices of the user's stores ----------------------------------------------------------
def test_bookmarks_notices_in_traditional_and_english(monkeypatch, isolated_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path = isolated_data_dir / "bookmarks.sqlite"
    path.write_bytes(b"")
    speak(monkeypatch, "zh_TW")
    store = BookmarkStore()
    assert store.notice == f"書籤檔案 {path} 是空的（0 位元組），也找不到備份：書籤從空白開始。"
    store.add(Bookmark("a" * 16, "標題"))
    store.close()
    BookmarkStore().close()  # an app start: a backup with 1 bookmark
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    path.write_bytes(b"garbage" * 1000)
    store = BookmarkStore()
    store.close()
    assert store.notice is not None
    assert store.notice.startswith(f"書籤檔案 {path} 已損壞（它不是資料庫）；已保留為 ")
    assert "還原了 1 個書籤。" in store.notice
    path.write_bytes(b"garbage" * 1000)
    speak(monkeypatch, "en")
    store = BookmarkStore()
    store.close()
    assert store.notice is not None
    assert store.notice.startswith(f"The bookmarks file {path} was damaged (it is not a database)")
    assert store.notice.endswith("and 1 bookmark was restored from the backup " +
                                 store.notice.rsplit(" ", 1)[1])  # fmt: skip


def test_read_state_and_settings_notices_in_traditional(
    monkeypatch, isolated_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    speak(monkeypatch, "zh_TW")
    path = isolated_data_dir / "state.sqlite"
    path.write_bytes(b"not a database at all" * 300)
    state = ReadState()
    state.close()
    assert state.notice is not None
    assert state.notice.startswith(f"已讀狀態檔案 {path} 已損壞（它不是資料庫）；已保留為 ")
    assert state.notice.endswith("，已讀標記將重新開始。")
    settings_path().write_text("{", encoding="utf-8")
    _settings, warning = load_settings()
    assert warning == (
        f"無法讀取 {settings_path()} 中的設定（它不是有效的 JSON（第 1 行，第 2 欄））；"
        f"將使用預設值。該檔案已保留為 {settings_path().with_suffix('.json.corrupt')}。"
    )


# -- problem messages of the parser --------------------------------------------------------
def test_problem_messages_are_translated_and_kinds_stay_machine_words(
    monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "date.md").write_text(BAD_DATE, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "broken.md").write_bytes("---\ntitle: t\n---\n<p>正文</p>".encode() + b"\xff\n")
    speak(monkeypatch, "zh_TW")
    (warning,) = parse_article_file(tmp_path / "date.md").warnings
    assert warning.kind == "invalid-date"
    assert warning.message == (
        "前置資料（front matter）的 date 欄位的值 '2021-13-45' 不是可用的日期，已忽略"
    )
    with pytest.raises(ArticleProblem) as info:
        parse_article_file(tmp_path / "empty.md")
    assert (info.value.kind, info.value.message) == ("empty", "檔案是空的")
    with pytest.raises(ArticleProblem) as info:
        parse_article_file(tmp_path / "date.md", max_bytes=10)
    assert info.value.kind == "too-large"
    assert info.value.message == f"{len(BAD_DATE.encode()):,} 位元組，超過了 10 位元組的上限"
    broken = parse_article_file(tmp_path / "broken.md").warnings
    assert ("encoding", "已取代 1 個無法解碼的位元組") in [(w.kind, w.message) for w in broken]
    speak(monkeypatch, "en")
    (warning,) = parse_article_file(tmp_path / "date.md").warnings
    assert warning.message == (
        "the front matter date '2021-13-45' is not a usable date; it was ignored"
    )
    broken = parse_article_file(tmp_path / "broken.md").warnings
    assert "1 undecodable byte replaced" in [w.message for w in broken]  # English plurals
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbfab\xff")
    with pytest.raises(ArticleProblem) as info:
        parse_article_file(tmp_path / "bom.md")
    assert info.value.message == (
        "invalid UTF-8 text after its byte order mark (at byte offset 5)"  # 0xff: the file's 6th
    )


def test_reader_check_prints_problems_in_the_language(monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "date.md").write_text(BAD_DATE, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    monkeypatch.setenv("READER_LANG", "zh_TW")
    assert cli(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"warning\tinvalid-date\t{tmp_path / 'date.md'}\t"
        "前置資料（front matter）的 date 欄位的值 '2021-13-45' 不是可用的日期，已忽略"
    )
    assert out[1] == f"skipped\tempty\t{tmp_path / 'empty.md'}\t檔案是空的"
    assert out[2].startswith("2 個檔案：已解析 1 個，略過 1 個")
    assert cli(["check", str(tmp_path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (rows[1]["kind"], rows[1]["message"]) == ("empty", "檔案是空的")
    assert rows[-1]["problems_by_kind"] == {"invalid-date": 1, "empty": 1}
    monkeypatch.setenv("READER_LANG", "en")
    assert cli(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == f"skipped\tempty\t{tmp_path / 'empty.md'}\tthe file is empty"
    assert out[2].startswith("2 files: 1 parsed, 1 skipped")


def test_a_busy_index_is_said_in_the_language(monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from reader.core.search.layout import IndexLayout
    from reader.core.search.locking import UpdateLock

    monkeypatch.setenv("READER_LANG", "zh_TW")
    layout = IndexLayout.of(tmp_path.resolve())
    layout.root.mkdir(parents=True, exist_ok=True)
    with UpdateLock(layout.lock_path):
        assert cli(["index", "--library", str(tmp_path)]) == 3
    assert f"reader index: 另一個處理程序正在更新索引（{layout.lock_path}）" in (
        capsys.readouterr().err
    )


# -- argparse's words ----------------------------------------------------------------------
def help_of(argv: list[str], capsys) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        cli(argv)
    assert exit_.value.code == 0
    return str(capsys.readouterr().out)


def test_cli_help_in_traditional_and_english(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READER_LANG", "zh_TW")
    text = help_of(["check", "--help"], capsys)
    assert text.startswith("用法：python -m reader check [-h] [--json] [directory]\n")
    assert "\n位置引數:\n" in text and "\n選項:\n" in text  # (argparse adds the colon)
    assert "  -h, --help  顯示此說明訊息並結束\n" in text
    assert "JSON" in text and "usage" not in text and "options" not in text
    assert "\n位置引數:\n  {check,show,index" in help_of(["--help"], capsys)
    monkeypatch.setenv("READER_LANG", "en")
    text = help_of(["check", "--help"], capsys)
    assert text.startswith("usage: python -m reader check [-h] [--json] [directory]\n")
    assert "\npositional arguments:\n" in text and "\noptions:\n" in text
    assert "show this help message and exit" in text
    assert vars(argparse)["_"] is not argparse_words._gettext  # put back after parsing


def test_cli_errors_in_traditional(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("READER_LANG", "zh_TW")
    for argv, said in (
        (["check", "--bogus"], "python -m reader：錯誤：無法辨識的引數：--bogus"),
        (["search"], "python -m reader search：錯誤：缺少必要的引數：query"),
        (["search", "x", "--sort", "size"], "python -m reader search：錯誤：引數 --sort："
         "無效的選擇：'size'（可選：'relevance', 'date'）"),
        (["search", "x", "--limit", "many"],
         "python -m reader search：錯誤：引數 --limit：無效的 int 值：'many'"),
        (["bookmarks", "add"], "python -m reader：錯誤：bookmarks add 需要"),
    ):  # fmt: skip
        with pytest.raises(SystemExit) as exit_:
            cli(argv)
        assert exit_.value.code == 2
        assert said in capsys.readouterr().err, argv


def test_the_app_options_in_traditional(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from reader.app import parse_args

    monkeypatch.setenv("READER_LANG", "zh_TW")
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    text = capsys.readouterr().out
    assert text.startswith("用法：python -m reader [-h]")
    assert "要開啟的文章庫資料夾" in text and "顯示程式版本並結束" in text
    assert "解析資料夾中的每個檔案並回報問題" in text  # the commands, in the epilog


def test_argparse_still_asks_for_every_word_we_translate() -> None:
    """The words are argparse's own (Python 3.11's; a new Python that words them otherwise
    fails here instead of falling back to English unseen)."""
    asked = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                asked.add(first.value)
    assert set(argparse_words.WORDS) <= asked, set(argparse_words.WORDS) - asked


# -- the app's last words --------------------------------------------------------------------
def test_the_fatal_start_message_in_traditional(monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from reader import app

    def full(_args: object) -> int:
        raise storage_error(BOOKMARKS, tmp_path / "bookmarks.sqlite", FULL)

    monkeypatch.setenv("READER_LANG", "zh_TW")
    monkeypatch.setattr(app, "setup_logging", lambda: tmp_path / "reader.log")
    monkeypatch.setattr(app, "_run", full)
    assert app.main(["--screenshot", str(tmp_path / "s.png")]) == 1
    assert capsys.readouterr().err == (
        f"Reader 無法啟動：無法使用書籤檔案 {tmp_path / 'bookmarks.sqlite'}：磁碟已滿。"
        f"沒有變更或移動任何檔案。\n\n詳細資訊請見 {tmp_path / 'reader.log'}\n"
    )

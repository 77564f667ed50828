"""The research desk where it meets paper and files: a printed article (Print, Export as PDF)
carries the reader's highlights and notes; save dialogs start in the last folder used and name
the file after what is saved; Export Citations offers highlight tags; the colour menus show
their colours; Help lists the desk's shortcuts."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from reader.core.annotations.store import PAPER, Highlight
from reader.core.bookmarks import Bookmark
from reader.core.file_names import safe_file_name
from reader.ui import save_dialogs
from reader.ui.help_dialog import help_html
from reader.ui.main_window import MainWindow
from reader.ui.note_dialog import NoteDialog
from reader.ui.research_desk import ACTIONS
from reader.ui.research_files import CitationDialog, _scope_name, citable_tags
from tests.test_ui_highlights import QUOTE, ZAOBAO, open_article
from tests.windowkit import seeds_window

NOTE = "早报的要求\n第二行"


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from seeds_window(qtbot)


def marked_up(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_article(win, qtbot, ZAOBAO)
    store = win.research.store
    assert store is not None
    store.add(Highlight(ZAOBAO, QUOTE, note=NOTE, color="green", tags=["冬奥"]))
    store.add(Highlight(ZAOBAO, "美国官方则称", color="pink"))
    win.research.merged()  # shown again on the open article
    qtbot.waitUntil(lambda: len(win.research.layer.spans) == 2, timeout=5_000)


def background_at(doc, position: int) -> str:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)
    return str(cursor.charFormat().background().color().name())


@pytest.mark.parametrize("script", ["", "zh-Hant-TW"])
def test_the_printed_article_carries_highlights_and_notes(window, qtbot, script) -> None:  # type: ignore[no-untyped-def]
    marked_up(window, qtbot)
    window.looks.set_script(script)
    doc = window.viewer.printable()
    text = doc.toPlainText()
    quote = QUOTE if not script else "停止干擾北京冬奧會"
    at = text.index(quote)
    assert background_at(doc, at) == PAPER["green"]
    other = text.index("美国官方则称" if not script else "美國官方則稱")
    assert background_at(doc, other) == PAPER["pink"]
    # the noted one numbered after its words; the note after its paragraph, every line of it
    cursor = QTextCursor(doc)
    cursor.setPosition(at + len(quote) + 1)
    assert text[at + len(quote)] == "1"
    assert cursor.charFormat().verticalAlignment() == (
        QTextCharFormat.VerticalAlignment.AlignSuperScript
    )
    paragraph_end = text.index("\n", at)
    note_at = text.index("1  早报的要求")
    assert note_at == paragraph_end + 1
    assert doc.findBlock(note_at).text() == "1  早报的要求\u2028第二行"  # one block, two lines
    assert background_at(doc, note_at) != PAPER["green"]  # the note is not highlighted
    # the screen keeps its own page: nothing was inserted there
    assert "早报的要求" not in window.viewer.browser.document().toPlainText()


def test_export_as_pdf_prints_them(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marked_up(window, qtbot)
    target = tmp_path / "article.pdf"
    window.export_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the text was not read back")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = "".join(text.split())
    assert "早报的要求" in flat and "第二行" in flat


def test_save_dialogs_start_in_the_last_folder_with_the_things_name(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []
    chosen = tmp_path / "papers" / "x.ris"
    chosen.parent.mkdir()

    def dialog(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(chosen), ""

    monkeypatch.setattr(save_dialogs.QFileDialog, "getSaveFileName", dialog)
    desk = window.research
    open_article(window, qtbot, ZAOBAO)
    title = window.session.current.title
    assert desk.save_path("t", _scope_name(desk, "article"), ".ris", "RIS (*.ris)",
                          "references") == chosen  # fmt: skip
    assert offered[-1] == str(Path.home() / f"{title}.ris")  # first time: home
    assert window.settings.export_folder == str(chosen.parent)
    qtbot.waitUntil(lambda: desk.story_id is not None, timeout=10_000)
    desk.save_path("t", desk.story_title, ".pdf", "PDF (*.pdf)", "dossier")
    assert offered[-1] == str(chosen.parent / f"{desk.story_title}.pdf")  # then the last folder
    desk.save_path("t", _scope_name(desk, "tag:冬奥/北京"), ".bib", "", "references")
    assert offered[-1] == str(chosen.parent / "冬奥 北京.bib")
    shutil.rmtree(chosen.parent)  # a folder that is gone: home again
    desk.save_path("t", "", ".json", "", "references")
    assert offered[-1] == str(Path.home() / "references.json")


def test_safe_file_names() -> None:
    assert safe_file_name("FT – 北京要求审查/阿里: “反垄断”?", ".pdf") == (
        "FT – 北京要求审查 阿里 “反垄断”.pdf"
    )
    assert safe_file_name("黎智英其人其事\n\n", ".md") == "黎智英其人其事.md"
    assert safe_file_name("  ..  ", ".md", "dossier") == "dossier.md"
    assert safe_file_name("CON", ".ris", "references") == "references.ris"
    assert safe_file_name(".hidden", ".md") == "hidden.md"
    long = safe_file_name("长" * 300, ".pdf")
    assert len(long.encode("utf-8")) <= 255 and long.endswith(".pdf")


def test_export_citations_offers_highlight_tags(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.session.bookmarks.add(Bookmark(ZAOBAO, "t", tags=["收藏"]))
    store = window.research.store
    assert store is not None
    store.add(Highlight(ZAOBAO, QUOTE, tags=["冬奥"]))
    tags = citable_tags(window.research)
    assert tags == ["冬奥", "收藏"]
    dialog = CitationDialog(["article"], tags)
    qtbot.addWidget(dialog)
    offered = [dialog.scope.itemData(i) for i in range(dialog.scope.count())]
    assert offered == ["article", "tag:冬奥", "tag:收藏"]


def test_the_colour_menus_show_their_colours(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NoteDialog("引文", color="blue")
    qtbot.addWidget(dialog)
    for i in range(dialog.color.count()):
        icon = dialog.color.itemIcon(i)
        assert not icon.isNull()
        image = icon.pixmap(16, 16).toImage()
        assert image.pixelColor(8, 8).name() == PAPER[dialog.color.itemData(i)]


def test_help_lists_the_research_desks_shortcuts() -> None:
    page = help_html()
    keys = [key for _name, _words, key in ACTIONS if key]
    assert {"Ctrl+Shift+H", "Ctrl+Shift+N", "Ctrl+Shift+I"} <= set(keys)
    for key in keys:
        assert key in page, key
    assert "Highlight Selection" in page and "Copy Citation (Chicago)" in page


def test_print_to_a_file_is_named_after_the_article(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Not "print.pdf" in the home folder: the article's title, in the last folder used (when
    there is no printer, the dialog can only print to a file)."""
    from reader.ui import appearance

    seen = {}

    class Dialog:
        def __init__(self, printer, _parent) -> None:  # type: ignore[no-untyped-def]
            seen["name"], seen["file"] = printer.docName(), printer.outputFileName()

        def exec(self) -> bool:
            return False

    monkeypatch.setattr(appearance, "QPrintDialog", Dialog)
    monkeypatch.setattr(appearance.QPrinterInfo, "availablePrinters", staticmethod(list))
    open_article(window, qtbot, ZAOBAO)
    window.settings.export_folder = str(tmp_path)
    window.actions_.print_article.trigger()
    title = window.session.current.title
    assert seen == {"name": f"{title}.pdf", "file": str(tmp_path / f"{title}.pdf")}

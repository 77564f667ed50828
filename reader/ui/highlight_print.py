"""The reader's highlights on the printed article (Print, Export as PDF): what the screen shows,
in a form for paper. Each highlight keeps its colour as a light shade (the dossier's paper
shades); one with a note gets a superscript number after its words, and its note follows the
paragraph in a small indented block, numbered alike. Notes are the reader's own text,
inserted as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from reader.core.annotations.store import PAPER, Highlight

NOTE_COLOR = "#55534e"  # the notes' grey: readable in print, apart from the article's text


def _marker_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    fmt.setForeground(QColor(NOTE_COLOR))
    return fmt


def _note_format(size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(NOTE_COLOR))
    if size > 0:
        fmt.setFontPointSize(size * 0.85)
    return fmt


def put_on_paper(doc: QTextDocument, items: Sequence[Highlight],
                 spans: dict[str, tuple[int, int]]) -> None:  # fmt: skip
    """Mark ``items`` at ``spans`` (id -> span in ``doc``'s text) in ``doc``."""
    by_id = {h.id: h for h in items}
    placed = sorted((span, by_id[i]) for i, span in spans.items() if i in by_id)
    for (start, end), h in placed:
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(PAPER.get(h.color, PAPER["yellow"])))
        cursor.mergeCharFormat(fmt)
    noted = [(span, h) for span, h in placed if h.note.strip()]
    # by paragraph, in reading order; written from the last one back so that each insertion
    # leaves the positions still to come where they were
    paragraphs: dict[int, list[tuple[int, tuple[int, int], Highlight]]] = {}
    for number, (span, h) in enumerate(noted, 1):
        block = doc.findBlock(max(span[0], span[1] - 1))
        paragraphs.setdefault(block.position(), []).append((number, span, h))
    size = doc.defaultFont().pointSizeF()
    for position in sorted(paragraphs, reverse=True):
        notes = paragraphs[position]
        block = doc.findBlock(position)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        for number, _span, h in notes:
            layout = QTextBlockFormat()
            layout.setLeftMargin(18)
            layout.setTopMargin(2)
            layout.setBottomMargin(6)
            cursor.insertBlock(layout, _note_format(size))
            listed = cursor.block().textList()
            if listed is not None:  # a note after a list item is not an item of its own
                listed.remove(cursor.block())
            # its lines as line breaks within the one block (U+2028)
            note = "\u2028".join(line.strip() for line in h.note.strip().splitlines())
            cursor.insertText(f"{number}  {note}", _note_format(size))
        for number, (_start, end), _h in sorted(notes, key=lambda n: n[1][1], reverse=True):
            marker = QTextCursor(doc)
            marker.setPosition(end)
            marker.insertText(str(number), _marker_format())

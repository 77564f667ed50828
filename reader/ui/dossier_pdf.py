"""HTML to PDF with Qt's own layout (QTextDocument printed on a QPdfWriter), for dossiers from
the window and from `reader dossier` (which has no window: an offscreen QGuiApplication).

The page is light, as Export as PDF's; Chinese in either script is set in an installed CJK
font (the same stack the viewer uses), so it is embedded as glyphs, not boxes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

POINT_SIZE = 10.5


def _application() -> QGuiApplication | None:
    """A QGuiApplication for the command line (offscreen: no display needed); None when the
    process already has one."""
    if QGuiApplication.instance() is not None:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["reader", "-platform", "offscreen"])


def html_to_pdf(html: str, target: Path, *, title: str = "") -> None:
    """Write ``html`` as an A4 PDF at ``target`` (replaced only once it is complete)."""
    app = _application()
    from reader.ui.reading_style import cjk_font_families

    tmp = target.with_name(target.name + ".tmp")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Reader")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18),
                                         QPageLayout.Unit.Millimeter))  # fmt: skip
        doc = QTextDocument()
        font = QFont()
        font.setFamilies([*cjk_font_families(), *font.families()])
        font.setPointSizeF(POINT_SIZE)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.print_(writer)
        del writer  # the file is finished when the writer goes
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    del app  # (kept alive until the PDF is written)

"""The box under the article: This story (the other reports of the same event) and Related
stories, or Related coverage before the library's stories are computed.

It sits under a splitter handle and is as tall as its rows up to a quarter of the pane (a
story of 33 reports took 40% of the reading height), and it folds to its heading line: a
click on the heading, remembered (``collapsed_changed``; the window keeps it in settings).
Titles and outlets are the articles' words: shown in the reader's script (``ShownText``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.dates import format_date, format_datetime
from reader.core.search.api import SearchHit
from reader.core.stories.timeline import StoryContext
from reader.ui.article_html import ARTICLE_SCHEME, STORY_SCHEME, story_size
from reader.ui.i18n import tr
from reader.ui.shown_text import ShownText
from reader.ui.widgets import plain_tooltip

SHARE = 0.25  # of the pane's height, at most
TARGET_ROLE = 256
QWIDGETSIZE_MAX = (1 << 24) - 1


class RelatedBox(QWidget):
    related_clicked = Signal(str)  # an article id
    story_clicked = Signal(str)  # a story id
    collapsed_changed = Signal(bool)  # the reader folded or opened the box

    def __init__(self, split: QSplitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split = split  # the viewer's: the reading area above, this box below
        self.heading = QToolButton()  # its words are a plain string: never rich text
        self.heading.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heading.setAutoRaise(True)
        self.heading.setCheckable(True)
        self.heading.setChecked(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.heading.setArrowType(Qt.ArrowType.DownArrow)
        self.list = QListWidget()  # a handful of rows, never a library-sized list
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.shown = ShownText()  # View › Show Text As: the window's (``set_shown_text``)
        self.focused = False  # Focus Mode: the article alone
        self.state: list[SearchHit] | StoryContext = []
        self.heading.toggled.connect(self._toggled)
        self.list.itemActivated.connect(self._item)
        self.list.itemClicked.connect(self._item)

    def set_shown_text(self, shown: ShownText) -> None:
        self.shown = shown
        shown.changed.connect(self.show_again)

    # -- folding -------------------------------------------------------------------------------
    @property
    def collapsed(self) -> bool:
        return not self.heading.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """The reader's last choice (from settings): no ``collapsed_changed``."""
        self.heading.blockSignals(True)
        self.heading.setChecked(not collapsed)
        self.heading.blockSignals(False)
        self._show_folding()

    def _toggled(self, _opened: bool) -> None:
        self._show_folding()
        self.collapsed_changed.emit(self.collapsed)

    def _show_folding(self) -> None:
        self.heading.setArrowType(
            Qt.ArrowType.RightArrow if self.collapsed else Qt.ArrowType.DownArrow
        )
        self.list.setVisible(not self.collapsed)
        # folded, a dragged handle cannot open an empty space under the heading
        self.setMaximumHeight(self.heading.sizeHint().height() + 4 if self.collapsed
                              else QWIDGETSIZE_MAX)  # fmt: skip
        self.heading.setToolTip(tr("Show the list") if self.collapsed else tr("Fold the list"))
        self.fit()

    # -- contents ------------------------------------------------------------------------------
    def show_again(self) -> None:
        """The same rows again (their headings in the current language, their words in the
        reader's script)."""
        state = self.state
        if isinstance(state, StoryContext):
            self.set_story_context(state)
        else:
            self.set_related(state)

    def set_related(self, hits: list[SearchHit]) -> None:
        """Look-alike articles (before the library's stories are computed)."""
        self.state = list(hits)
        self.heading.setText(tr("Related coverage"))
        self.list.clear()
        shown = self.shown
        shown.prepare(w for h in hits for w in (h.title, h.source))
        for hit in hits:
            self._row(f"{format_date(hit.published)}  {shown.text(hit.source)} · "
                      f"{shown.text(hit.title)}", ARTICLE_SCHEME, hit.id)  # fmt: skip
        self.fit()

    def set_story_context(self, context: StoryContext) -> None:
        """This story: the other reports of the same event; then the related stories."""
        self.state = context
        self.list.clear()
        story, shown = context.story, self.shown
        shown.prepare([*(w for a in context.others for w in (a.title, a.source)),
                       *(s.title for s in context.related)])  # fmt: skip
        if story is not None and context.others:
            self.heading.setText(
                tr("This story") + ": " + story_size(story.size, len(story.sources))
            )
            self._row(tr("▸ The story's timeline"), STORY_SCHEME, story.id)
            for a in context.others:
                self._row(f"{format_datetime(a.published)}  {shown.text(a.source)} · "
                          f"{shown.text(a.title)}", ARTICLE_SCHEME, a.id)  # fmt: skip
        else:
            self.heading.setText(tr("Related stories"))
        if context.related:
            if story is not None and context.others:
                self._row(tr("Related stories"), "", "")
            for s in context.related:
                size = tr("%Ln article(s)", None, s.size)
                self._row(f"{format_date(s.last)}  {shown.text(s.title)} ({size})",
                          STORY_SCHEME, s.id)  # fmt: skip
        self.fit()

    def fit(self) -> None:
        """As tall as its rows (a single line took 130 px), at most a quarter of the pane;
        folded, its heading alone."""
        rows = self.list.count()
        self.setVisible(rows > 0 and not self.focused)
        if not rows:
            return
        wanted = self.heading.sizeHint().height() + 4
        if not self.collapsed:
            wanted += rows * max(self.list.sizeHintForRow(0), 1) + 2 * self.list.frameWidth()
        total = sum(self.split.sizes()) or self.split.height()
        shown = wanted if self.collapsed else min(wanted, int(total * SHARE))
        self.split.setSizes([max(total - shown, 1), shown])

    def _row(self, text: str, kind: str, target: str) -> None:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, (kind, target))
        if kind:  # the row cut at the pane's edge: the whole of it on hover
            item.setToolTip(plain_tooltip(text))
        else:  # a heading
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def _item(self, item: QListWidgetItem) -> None:
        kind, target = item.data(TARGET_ROLE) or ("", "")
        if kind == STORY_SCHEME:
            self.story_clicked.emit(target)
        elif kind == ARTICLE_SCHEME:
            self.related_clicked.emit(target)

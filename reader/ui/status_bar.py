"""The status bar: indexing progress with Cancel, the article count, and messages in words."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar, QToolButton

from reader.core.search.layout import UpdateSummary
from reader.ui.i18n import tr
from reader.ui.widgets import plain_label

MESSAGE_MS = 12_000


class LibraryStatus(QObject):
    cancel_requested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.hide()
        self.count_label = plain_label()
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel_requested)

    def say(self, message: str, msecs: int = MESSAGE_MS) -> None:
        self.bar.showMessage(message, msecs)

    def library_opened(self) -> None:
        self.count_label.clear()
        self.progress.hide()
        self.cancel_button.hide()

    def listed(self, shown: int, total: int) -> None:
        """The library's article count (the same number `reader index` prints), and how many
        of them the filters show."""
        if shown == total:
            self.count_label.setText(tr("{n} articles", n=total))
        else:
            self.count_label.setText(tr("{shown} of {n} articles", shown=shown, n=total))

    def index_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("Indexing {done}/{total}…", done=done, total=total))
        self.progress.show()
        self.cancel_button.show()

    def index_finished(self, summary: UpdateSummary) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        parts = []
        if summary.rebuilt_reason:
            parts.append(tr("Index rebuilt: {why}", why=summary.rebuilt_reason))
        if summary.added or summary.updated or summary.removed or summary.repaired:
            # The same counts as `reader index`: files = articles + duplicates + skipped.
            parts.append(tr("{articles} articles from {files} files ({duplicates} duplicate "
                            "copies, {skipped} could not be read), indexed in {s:.1f} s",
                            articles=summary.articles, files=summary.files,
                            duplicates=summary.duplicates, skipped=summary.skipped,
                            s=summary.seconds))  # fmt: skip
        if parts:
            self.say(" · ".join(parts))

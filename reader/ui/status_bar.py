"""The status bar: indexing progress with Cancel, the article count, and messages in words."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar, QToolButton

from reader.core.search.layout import UpdateSummary
from reader.ui.i18n import number, tr
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
        self.cancel_button.hide()
        self.count_label = plain_label()
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._stop)
        self._stopping = False  # Cancel was pressed: the indexer keeps what it did, then stops
        self._counts: tuple[int, int] | None = None  # (shown, total) articles
        self._progress = (0, 0)  # (done, total) files indexed
        self.retranslate()

    def retranslate(self) -> None:
        """The words shown again in the current language (a passing message is left to
        expire)."""
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop indexing (what is done so far is kept)"))
        self._show_counts()
        self._show_progress()

    def say(self, message: str, msecs: int = MESSAGE_MS) -> None:
        self.bar.showMessage(message, msecs)

    def library_opened(self) -> None:
        self._counts = None
        self.count_label.clear()
        self._hide_progress()

    def listed(self, shown: int, total: int) -> None:
        """The library's article count (the same number `reader index` prints), and how many
        of them the filters show."""
        self._counts = (shown, total)
        self._show_counts()

    def _show_counts(self) -> None:
        if self._counts is None:
            return
        shown, total = self._counts
        if shown == total:
            self.count_label.setText(tr("%Ln article(s)", None, total))
        else:
            self.count_label.setText(
                tr("{shown} of %Ln article(s)", None, total, shown=number(shown))
            )

    def index_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self._show_progress()
        self.progress.show()
        self.cancel_button.show()

    def _stop(self) -> None:
        """Saving what is indexed takes seconds: say so, and do not ask twice."""
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self._show_progress()
        self.cancel_requested.emit()

    def _show_progress(self) -> None:
        done, total = self._progress
        if self._stopping:
            self.progress.setFormat(tr("Stopping: saving {done} indexed…", done=number(done)))
        else:
            self.progress.setFormat(
                tr("Indexing {done}/{total}…", done=number(done), total=number(total))
            )

    def _hide_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self._stopping = False

    def index_failed(self, message: str) -> None:
        self._hide_progress()
        self.say(message, 20_000)

    def index_finished(self, summary: UpdateSummary) -> None:
        self._hide_progress()
        parts = []
        if summary.rebuilt_reason:
            parts.append(tr("Index rebuilt: {why}", why=summary.rebuilt_reason))
        if summary.cancelled:  # the file count is of the folder, not of what was indexed
            articles = tr("%Ln article(s)", None, summary.articles)
            parts.append(tr("Indexing stopped with {articles} indexed; Update Index (F5) goes "
                            "on from here", articles=articles))  # fmt: skip
        elif summary.added or summary.updated or summary.removed or summary.repaired:
            # The same counts as `reader index`: files = articles + duplicates + skipped.
            # One count per message has plural forms: each counted noun is a phrase of its own.
            #: {articles}, {files}, {duplicates}: “12 articles”, “14 files”, “2 duplicate copies”
            parts.append(tr("{articles} from {files} ({duplicates}, {skipped} could not be "
                            "read), indexed in {s:.1f} s",
                            articles=tr("%Ln article(s)", None, summary.articles),
                            files=tr("%Ln file(s)", None, summary.files),
                            duplicates=tr("%Ln duplicate copy(-ies)", None, summary.duplicates),
                            skipped=number(summary.skipped), s=summary.seconds))  # fmt: skip
        if parts:
            self.say(" · ".join(parts))

"""Search › Custom range…: two days, from and to (both included), with calendar pop-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from reader.ui.i18n import tr


def _edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # the dates the list, the viewer and search show
    return edit


class DateRangeDialog(QDialog):
    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Search Between Dates"))
        self.first, self.last = _edit(first), _edit(last)
        # Either end moved past the other takes it along: the range is never empty.
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))
        self.last.dateChanged.connect(lambda d: self.first.setDate(min(d, self.first.date())))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("From:"), self.first)
        form.addRow(tr("To (included):"), self.last)
        form.addRow(buttons)

    def chosen(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )

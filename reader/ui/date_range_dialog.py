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
        """The two days in order: ends typed the wrong way round are taken as meant (keeping
        them in order while typing moved the other end at each keystroke: a typed year passes
        through 2, 20, 202)."""
        days = [date(d.year(), d.month(), d.day()) for d in (self.first.date(), self.last.date())]
        return min(days), max(days)

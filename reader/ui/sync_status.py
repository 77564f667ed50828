"""The status bar's sync button: when this machine last merged and from which machines;
a click merges now. Hidden while no sync folder is set."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QStatusBar, QToolButton

from reader.core.sync.clock import seconds_of
from reader.core.sync.engine import MergeReport
from reader.ui.i18n import tr
from reader.ui.sync_controller import SyncController
from reader.ui.widgets import plain_tooltip


def _when(seconds: float) -> str:
    """A time of today as 14:03, another day with its date."""
    moment = datetime.fromtimestamp(seconds)
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def _others(report: MergeReport, device: str) -> list[str]:
    return [d.name or d.id[:8] for d in report.devices if d.id != device and d.present]


class SyncStatus(QToolButton):
    def __init__(self, controller: SyncController, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.controller = controller
        self.setObjectName("sync-status")
        self.setAutoRaise(True)
        bar.addPermanentWidget(self)
        self.clicked.connect(controller.sync_now)
        controller.state_changed.connect(self.retranslate)
        controller.merged.connect(lambda _report: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        c = self.controller
        self.setVisible(c.folder is not None)
        if c.folder is None:
            return
        report, engine = c.last, c.engine
        if c.error:
            self.setText(tr("Sync: a problem"))
        elif report is None or engine is None:
            self.setText(tr("Syncing…"))
        else:
            others = _others(report, engine.device)
            if others:  # names come from files: "&" must not become a mnemonic
                names = ", ".join(others).replace("&", "&&")
                self.setText(tr("Synced {time} with {machines}", time=_when(report.at),
                                machines=names))  # fmt: skip
            else:
                self.setText(tr("Synced {time} (no other machine yet)", time=_when(report.at)))
        self.setToolTip(plain_tooltip(self.details()))

    def details(self) -> str:
        """Everything the button stands for, as plain lines (shown as a tooltip)."""
        c = self.controller
        lines = [tr("Sync folder: {path}", path=str(c.folder))]
        if c.error:
            lines.append(c.error)
        report, engine = c.last, c.engine
        if report is not None and engine is not None:
            names = {d.id: d.name or d.id[:8] for d in report.devices}
            if report.from_devices:
                sources = ", ".join(names.get(d, d[:8]) for d in sorted(report.from_devices))
                merge = tr("Last merge {time}: %Ln change(s) from {machines}", None,
                           report.changes, time=_when(report.at), machines=sources)  # fmt: skip
                lines.append(merge)
            else:
                lines.append(tr("Last merge {time}: nothing new", time=_when(report.at)))
            for d in report.devices:
                if d.id == engine.device:
                    lines.append(tr("{machine}: this machine", machine=names[d.id]))
                elif d.last_stamp:
                    lines.append(tr("{machine}: last change {time}", machine=names[d.id],
                                    time=_when(seconds_of(d.last_stamp))))  # fmt: skip
                if d.id != engine.device and not d.present:
                    lines.append("  " + tr("its folder is gone; what it did is kept"))
            if report.incomplete:
                lines.append(tr("%Ln file(s) still being synced: read again when complete", None,
                                len(report.incomplete)))  # fmt: skip
        lines.append(tr("Click to merge now"))
        return "\n".join(lines)

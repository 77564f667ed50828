"""`reader sync [--json]`: merge the sync folder now and say from which machines; and the
journal every command that changes user data keeps while it runs (``journal``)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from reader.cli.common import EXIT_STORAGE
from reader.core.i18n import QT_TR_NOOP, tr
from reader.core.paths import display_path

if TYPE_CHECKING:
    from reader.core.sync.engine import MergeReport, SyncEngine
    from reader.core.sync.setup import Stores

HELP = QT_TR_NOOP("merge the sync folder now and say from which machines")
NO_FOLDER = QT_TR_NOOP(
    "No sync folder is set: choose one in Preferences, or set READER_SYNC_DIR=DIR."
)


class Journal:
    """What a command's changes did in the sync folder: ``failed`` after the command when
    they could not be written (said on stderr; the change is kept in the store)."""

    def __init__(self) -> None:
        self.failed = False


@contextlib.contextmanager
def journal(command: str, stores: Stores) -> Iterator[Journal]:
    """Changes committed inside go to this machine's log at once (when a sync folder is set)."""
    from reader.core.sync.setup import configured_folder, journaling

    result = Journal()
    folder = configured_folder()
    if folder is not None and not folder.is_dir():
        print(f"reader {command}: " + tr("The sync folder {path} is not there: the change is"
                                         " kept here and goes out at the next sync.",
                                         path=display_path(folder)), file=sys.stderr)  # fmt: skip
    with journaling(stores) as engine:
        if engine is not None and engine.notice:
            print(engine.notice, file=sys.stderr)
        yield result
        if engine is not None and engine.error:
            print(f"reader {command}: {engine.error}", file=sys.stderr)
            result.failed = True


def journaled(command: str, stores: Stores, run: Callable[[], int]) -> int:
    """``run`` a command that changes user data with its changes journaled; exit 4 when they
    could not be written to the sync folder (they are kept here)."""
    with journal(command, stores) as result:
        code = run()
    return EXIT_STORAGE if code == 0 and result.failed else code


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")


def _machine(device: str, report: MergeReport) -> str:
    names = {d.id: d.name for d in report.devices}
    return f"{names.get(device) or '?'} ({device[:8]})"


def _cmd_sync(args: argparse.Namespace) -> int:
    from reader.core.annotations.store import HighlightStore
    from reader.core.bookmarks import BookmarkStore
    from reader.core.readstate import ReadState
    from reader.core.saved.store import SavedSearchStore
    from reader.core.sync.clock import seconds_of
    from reader.core.sync.setup import (
        Stores,
        SyncUnavailable,
        configured_folder,
        open_engine,
        store_kinds,
    )

    folder = configured_folder()
    if folder is None:
        print("reader sync: " + tr(NO_FOLDER), file=sys.stderr)
        return 1
    read_state = ReadState()
    bookmarks = BookmarkStore()
    highlights = HighlightStore()
    saved = SavedSearchStore.open_or_memory()
    for notice in (read_state.notice, bookmarks.notice, highlights.notice, saved.notice):
        if notice:
            print(notice, file=sys.stderr)
    engine: SyncEngine | None = None
    try:
        stores = Stores(read_state, bookmarks, highlights, saved)
        engine = open_engine(folder, store_kinds(stores))
        if engine.notice:
            print(engine.notice, file=sys.stderr)
        report = engine.sync()
        this = engine.device
    except SyncUnavailable as exc:
        print(f"reader sync: {exc}", file=sys.stderr)
        return 1
    finally:
        if engine is not None:
            engine.close()
        read_state.close()
        bookmarks.close()
        highlights.close()
        saved.close()
    if args.json:
        print(json.dumps({
            "device": this, "folder": display_path(folder), "merged_at": _when(report.at),
            "seconds": round(report.seconds, 3), "changes": report.changes,
            "from": [{"device": d, "name": next((r.name for r in report.devices if r.id == d), ""),
                      "changes": n} for d, n in sorted(report.from_devices.items())],
            "machines": [{"device": r.id, "name": r.name, "this": r.id == this,
                          "present": r.present,
                          "last_change": _when(seconds_of(r.last_stamp)) if r.last_stamp else None}
                         for r in report.devices],
            "published": report.published, "compacted": report.compacted,
            "incomplete": report.incomplete, "problems": report.problems,
        }, ensure_ascii=False))  # fmt: skip
    else:
        if report.from_devices:
            sources = ", ".join(_machine(d, report) for d in sorted(report.from_devices))
            print(tr("Merged %n change(s) from {machines}.", None, report.changes,
                     machines=sources))  # fmt: skip
        else:
            print(tr("Nothing new to merge."))
        for row in report.devices:
            where = tr("this machine") if row.id == this else (
                tr("last change {when}", when=_when(seconds_of(row.last_stamp)))
                if row.last_stamp else tr("no changes yet"))  # fmt: skip
            gone = "" if row.present else " — " + tr("its folder is gone; what it did is kept")
            print(f"  {_machine(row.id, report)}: {where}{gone}")
        if report.incomplete:
            print(tr("%n file(s) were not complete yet (still being synced?); they are read"
                     " again at the next sync.", None, len(report.incomplete)))  # fmt: skip
    for problem in report.problems:
        print(f"reader sync: {problem}", file=sys.stderr)
    return EXIT_STORAGE if engine is not None and engine.error else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("sync", help=tr(HELP))
    cmd.add_argument("--json", action="store_true", help=tr("one JSON object"))
    cmd.set_defaults(handler=_cmd_sync)

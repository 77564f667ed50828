"""Start the desktop app: `python -m reader [--library DIR] [--screenshot FILE.png]`."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__
from reader.core import i18n as core_i18n
from reader.core.i18n import tr
from reader.core.paths import APP_ID, APP_NAME, bundled_seeds_dir, data_dir
from reader.core.storage import StorageError, reason_of
from reader.core.terminal import terminal_text

log = logging.getLogger("reader")


def setup_logging() -> Path:
    """A rotating log in the data dir (also where start-up errors point the user)."""
    path = data_dir() / "logs" / "reader.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The app's options, in the language the window will speak (READER_LANG, the saved
    preference, the locale: the core's choice before Qt starts)."""
    from reader.argparse_words import speaking
    from reader.cli import commands_help

    with speaking():
        parser = argparse.ArgumentParser(
            prog="python -m reader", description=tr("Reader: an offline news archive reader"),
            epilog=commands_help(), formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
        parser.add_argument("library", nargs="?", help=tr("library folder to open"))
        parser.add_argument("--library", dest="library_opt", metavar="DIR",
                            help=tr("library folder to open"))  # fmt: skip
        parser.add_argument("--screenshot", metavar="PNG",
                            help=tr("open, render, save a PNG, exit"))  # fmt: skip
        parser.add_argument("--search", metavar="QUERY", help=tr("start with this search"))
        parser.add_argument("--version", action="version", version=f"Reader {__version__}",
                            help=tr("show program's version number and exit"))  # fmt: skip
        return parser.parse_args(list(argv))


def _show_fatal(message: str, log_path: Path | None) -> None:
    """Tell the user why the app cannot start, in a dialog when Qt works, else on stderr (in
    the UI's language once it is installed, else in the one it would choose)."""
    where = "\n\n" + tr("Details are in {path}", path=log_path) if log_path else ""
    said = tr("Reader could not start: {why}", why=message) + where
    print(terminal_text(said), file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"):
        return  # no screen, nobody to click the dialog away
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from reader.ui import i18n

        app = QApplication.instance() or QApplication([])
        if not i18n.current_language():  # failed before the UI chose: Qt's OK button too
            i18n.install(core_i18n.current_language())
        QMessageBox.critical(None, tr("Reader could not start"), message + where)
        del app
    except Exception:  # no usable Qt platform plugin: stderr above is all we can do
        pass


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # index workers in a frozen (PyInstaller) app
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path: Path | None = None
    try:
        log_path = setup_logging()
    except OSError as exc:
        _show_fatal(tr("the data folder is not writable ({reason})", reason=reason_of(exc)), None)
        return 1
    try:
        return _run(args)
    except StorageError as exc:  # disk full, read-only, no permission: the files are kept
        log.error("start-up failed:\n%s", traceback.format_exc())
        _show_fatal(tr("{error} Nothing was changed or moved.", error=exc), log_path)
        return 1
    except Exception as exc:
        log.error("start-up failed:\n%s", traceback.format_exc())
        _show_fatal(f"{type(exc).__name__}: {exc}", log_path)
        return 1


def _run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from reader.core.readstate import ReadState
    from reader.core.settings import load_settings
    from reader.ui import i18n
    from reader.ui.i18n import tr
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    requested = args.library_opt or args.library
    instance = None
    if not args.screenshot:
        from reader.ui.single_instance import InstanceServer, hand_over

        try:
            if hand_over(str(Path(requested).resolve()) if requested else ""):
                return 0  # the running window took over (and opens the folder, if one was given)
            instance = InstanceServer(app)
        except OSError as exc:  # no private folder for the socket: run without a hand-over
            log.warning("single instance: %s", exc)
    from PySide6.QtGui import QIcon

    from reader.core.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg")))
    settings, warning = load_settings()
    i18n.install(i18n.choose_language(settings.language))
    from PySide6.QtCore import QTimer

    from reader.core.bookmarks import BookmarkStore

    bookmarks = BookmarkStore()
    read_state = ReadState()
    window = MainWindow(settings, read_state, bookmarks)
    # A store's file was damaged, emptied or deleted and restored, or cannot be changed now:
    # say so, naming the file (in a box that does not block the start, and in the log).
    notices = window.store_notices()
    if notices:
        from PySide6.QtWidgets import QMessageBox

        for notice in notices:
            log.warning(notice)
            print(terminal_text(notice), file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Warning, "Reader", "\n\n".join(notices), parent=window)
        box.setObjectName("startup-notice")
        QTimer.singleShot(0, box, box.open)
    if warning:
        log.warning(warning)
        window.statusBar().showMessage(warning, 20000)
    library = Path(requested) if requested else Path(settings.library or bundled_seeds_dir())
    if not library.is_dir():
        message = tr("{folder}: not found; opened the bundled seeds", folder=str(library))
        window.statusBar().showMessage(message, 15000)
        library = bundled_seeds_dir()
    window.show()
    window.open_library(library)
    if instance is not None:
        instance.message.connect(lambda folder: _focus(window, folder))
    if args.search:  # shown, as if typed after Ctrl+K
        window.commands.focus_search(window.search_pane)
        window.search_pane.edit.setText(args.search)
    if args.screenshot:
        return _screenshot(app, window, Path(args.screenshot), bool(args.search))
    code = app.exec()
    return int(code)


def _focus(window: object, folder: str) -> None:
    """Another launch handed over: come to the front, open its folder if it named one."""
    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if folder and Path(folder).is_dir():
        window.open_library(Path(folder))


def _screenshot(app: object, window: object, target: Path, searching: bool = False) -> int:
    """Save the first complete frame as a PNG (see ``arm_screenshot``) and exit."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    result = arm_screenshot(window, target, searching, done=app.quit)
    app.exec()
    return result["code"]


def arm_screenshot(
    window: object, target: Path, searching: bool, done: Callable[[], None]
) -> dict[str, int]:
    """Grab the first frame that shows the opened library, save it as a PNG, call ``done``;
    ``result["code"]`` is then 0 (1 if the PNG could not be written), ``result["timed_out"]``
    1 when the frame was grabbed incomplete at the timeout.

    The frame is complete when the list shows the catalog's rows (an empty library: the
    listing after its update), the article the start restores (if any) is rendered with its
    related coverage, and a ``--search`` has its results from the finished index (their count
    is printed). The grab runs in the event-loop turn after that, with no fixed wait: the
    same state is captured every run, and the time to it is the start-up time.
    """
    from PySide6.QtCore import QTimer

    from reader.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    result = {"code": 1}
    state = {"listed": False, "indexed": False, "results": not searching, "grabbing": False}
    settled: set[str] = set()  # articles shown with their related list, or that failed

    timeout = QTimer(window)  # a frame that never completes is grabbed as it is
    timeout.setSingleShot(True)

    def grab() -> None:
        result["timed_out"] = int(not state["grabbing"])  # the frame never completed
        timeout.stop()
        window.viewer.browser.verticalScrollBar().setValue(0)
        pixmap = window.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        result["code"] = 0 if pixmap.save(str(target)) else 1
        window.close()
        done()

    def check() -> None:
        if state["grabbing"] or not (state["listed"] and state["results"]):
            return
        opening = window.list_pane.current_id()  # selected by the start: being opened
        if opening is not None and opening not in settled:
            return
        state["grabbing"] = True
        QTimer.singleShot(0, window, grab)  # after the events queued with the last change

    def listed(count: int) -> None:
        if count or state["indexed"]:
            state["listed"] = True
            check()

    def settle(article_id: str) -> None:
        settled.add(article_id)
        check()

    def results(total: int) -> None:
        if not window.controller.indexing:  # results from the finished index
            print(f"search results: {total}", flush=True)
            state["results"] = True
            check()

    def indexed(_summary: object) -> None:
        state["indexed"] = True
        if searching and not state["results"]:  # the results so far may predate the index
            window.search_pane.rerun()

    window.session.related_found.connect(lambda article_id, _hits: settle(article_id))
    # Once stories exist, an article's coverage is its story panel, not related articles (the
    # grab waited its whole timeout for them).
    window.session.story_context_found.connect(lambda article_id, _story: settle(article_id))
    window.session.article_failed.connect(lambda article_id, _why: settle(article_id))
    # A related query that failed never answers: the frame is complete without it.
    window.controller.failed.connect(lambda _why: settle(window.list_pane.current_id() or ""))
    window.list_pane.listed.connect(listed)
    window.search_pane.results_shown.connect(results)
    window.controller.index_finished.connect(indexed)
    timeout.timeout.connect(grab)
    timeout.start(int(os.environ.get("READER_SCREENSHOT_TIMEOUT_MS", "60000")))
    return result

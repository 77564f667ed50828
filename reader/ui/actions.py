"""The window's actions, menus and toolbar: built here, connected in ``main_window.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from reader.ui.i18n import tr
from reader.ui.icons import action_icon
from reader.ui.widgets import menu_text

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass
class WindowActions:
    open_library: QAction
    recent_menu: QMenu
    open_seeds: QAction
    print_article: QAction
    export_pdf: QAction
    quit: QAction
    undo: QAction
    search: QAction
    find_in_article: QAction
    find_next: QAction
    find_previous: QAction
    preferences: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    dark_theme: QAction
    next_article: QAction
    previous_article: QAction
    open_original: QAction
    copy_link: QAction
    bookmark: QAction
    toggle_read: QAction
    mark_all_read: QAction
    reindex: QAction
    page_down: QAction
    about: QAction
    next_unread: QAction
    full_screen: QAction
    focus_mode: QAction
    shortcuts_help: QAction
    search_toggle: QAction
    bookmarks_toggle: QAction
    group_by_story: QAction
    toolbar: QToolBar

    def apply_icons(self, text: QBrush) -> None:
        """Toolbar icons in the palette's text colour (called again when the theme changes)."""
        color = text.color()
        for action, name in (
            (self.open_library, "folder-open"), (self.open_original, "open-original"),
            (self.bookmark, "bookmark"), (self.next_unread, "next-unread"),
            (self.zoom_out, "zoom-out"), (self.zoom_in, "zoom-in"),
            (self.search_toggle, "search"), (self.bookmarks_toggle, "bookmarks"),
            (self.focus_mode, "focus"), (self.shortcuts_help, "help"),
        ):  # fmt: skip
            action.setIcon(action_icon(name, color))


def fill_recent_menu(menu: QMenu, paths: list[str], open_path: Callable[[str], None]) -> None:
    menu.clear()
    for path in paths:
        action = menu.addAction(menu_text(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))


def show_undo(action: QAction, description: str) -> None:
    """Edit › Undo names what it would undo, or is disabled."""
    action.setEnabled(bool(description))
    action.setText(tr("&Undo {what}", what=description) if description else tr("&Undo"))


def show_bookmarked(action: QAction, marked: bool) -> None:
    action.setChecked(marked)
    action.setText(("★ " if marked else "☆ ") + tr("&Bookmark").replace("&", ""))


def _action(window: QMainWindow, text: str, shortcut: Shortcut = None,
            menu: QMenu | None = None) -> QAction:  # fmt: skip
    action = QAction(tr(text), window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    if menu is not None:
        menu.addAction(action)
    return action


def build_actions(
    window: QMainWindow, list_view: QWidget, search_dock: QDockWidget, bookmarks_dock: QDockWidget
) -> WindowActions:
    keys = QKeySequence.StandardKey
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    open_library = _action(window, "&Open Library…", "Ctrl+Shift+O", file_menu)
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    open_seeds = _action(window, "Open Bundled &Seeds", None, file_menu)
    file_menu.addSeparator()
    print_article = _action(window, "&Print…", keys.Print, file_menu)
    export_pdf = _action(window, "&Export as PDF…", "Ctrl+Shift+E", file_menu)
    file_menu.addSeparator()
    quit_action = _action(window, "&Quit", keys.Quit, file_menu)

    edit = bar.addMenu(tr("&Edit"))
    undo = _action(window, "&Undo", keys.Undo, edit)
    undo.setEnabled(False)
    edit.addSeparator()
    search = _action(window, "&Search Library", keys.Find, edit)
    search.setShortcuts([QKeySequence(keys.Find), QKeySequence("Ctrl+K")])
    find_in_article = _action(window, "&Find in Article…", "Ctrl+Shift+F", edit)
    find_next = _action(window, "Find &Next", keys.FindNext, edit)
    find_previous = _action(window, "Find &Previous", keys.FindPrevious, edit)
    edit.addSeparator()
    preferences = _action(window, "Pre&ferences…", "Ctrl+,", edit)
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    view = bar.addMenu(tr("&View"))
    zoom_in = _action(window, "Zoom &In", keys.ZoomIn, view)
    zoom_out = _action(window, "Zoom &Out", keys.ZoomOut, view)
    zoom_reset = _action(window, "&Actual Size", "Ctrl+0", view)
    view.addSeparator()
    group_by_story = _action(window, "&Group by Story", "Ctrl+G", view)
    group_by_story.setCheckable(True)
    view.addSeparator()
    full_screen = _action(window, "&Full Screen", keys.FullScreen, view)
    full_screen.setCheckable(True)
    focus_mode = _action(window, "F&ocus Mode", "F9", view)
    focus_mode.setCheckable(True)
    view.addSeparator()
    dark_theme = _action(window, "&Dark Theme", None, view)
    dark_theme.setCheckable(True)
    search_toggle = search_dock.toggleViewAction()
    search_toggle.setText(tr("Search &Pane"))
    view.addAction(search_toggle)
    bookmarks_toggle = bookmarks_dock.toggleViewAction()
    view.addAction(bookmarks_toggle)

    article = bar.addMenu(tr("&Article"))
    next_article = _action(window, "&Next Article", "J", article)
    previous_article = _action(window, "P&revious Article", "K", article)
    next_unread = _action(window, "Next &Unread", "N", article)
    open_original = _action(window, "Open &Original", "Ctrl+O", article)
    copy_link = _action(window, "&Copy Link", "Ctrl+Shift+C", article)
    bookmark = _action(window, "☆ &Bookmark", "Ctrl+D", article)
    bookmark.setCheckable(True)
    toggle_read = _action(window, "Mark &Read/Unread", "M", article)
    mark_all_read = _action(window, "Mark &All Read", "Ctrl+Shift+M", article)
    article.addSeparator()
    reindex = _action(window, "Re&index Library", None, article)
    page_down = QAction(window)  # Space in the list: page down, then the next article
    page_down.setShortcut(QKeySequence(Qt.Key.Key_Space))
    page_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    list_view.addAction(page_down)

    help_menu = bar.addMenu(tr("&Help"))
    shortcuts_help = _action(window, "&Keyboard Shortcuts and Search Syntax", keys.HelpContents,
                             help_menu)  # fmt: skip
    about = _action(window, "&About Reader", None, help_menu)

    toolbar = window.addToolBar(tr("Toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # names in tooltips
    for action in (
        open_library,
        None,
        open_original,
        bookmark,
        next_unread,
        None,
        zoom_out,
        zoom_in,
        None,
        search_toggle,
        bookmarks_toggle,
        focus_mode,
        shortcuts_help,
    ):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    return WindowActions(
        open_library, recent_menu, open_seeds, print_article, export_pdf, quit_action, undo,
        search, find_in_article, find_next, find_previous, preferences, zoom_in, zoom_out,
        zoom_reset, dark_theme, next_article, previous_article, open_original, copy_link,
        bookmark, toggle_read, mark_all_read, reindex, page_down, about, next_unread,
        full_screen, focus_mode, shortcuts_help, search_toggle, bookmarks_toggle,
        group_by_story, toolbar,
    )  # fmt: skip

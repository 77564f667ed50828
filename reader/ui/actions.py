"""The window's actions, menus and toolbar: built here from one table, connected in
``main_window.py``; ``WindowActions.retranslate`` sets every text again from the same table
when the language changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from reader.core.script import AS_WRITTEN, SCRIPTS
from reader.ui.i18n import QT_TR_NOOP, tr, without_mnemonic
from reader.ui.icons import action_icon
from reader.ui.widgets import menu_text

Keys = QKeySequence.StandardKey
Shortcut = QKeySequence | QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the WindowActions attribute
    text: str  # English source with its mnemonic; menus show it translated, tooltips without
    shortcuts: tuple[Shortcut, ...] = ()
    checkable: bool = False


# Menus show these texts with their accelerators (Chinese menus as "文件(&F)", the convention
# there); the toolbar shows icons with the same words, without mnemonics, as tooltips.
# fmt: off
ACTIONS = (
    ActionSpec("open_library", QT_TR_NOOP("&Open Library…"), ("Ctrl+Shift+O",)),
    ActionSpec("open_seeds", QT_TR_NOOP("Open Bundled &Seeds")),
    ActionSpec("print_article", QT_TR_NOOP("&Print…"), (Keys.Print,)),
    ActionSpec("export_pdf", QT_TR_NOOP("&Export as PDF…"), ("Ctrl+Shift+E",)),
    ActionSpec("quit", QT_TR_NOOP("&Quit"), (Keys.Quit,)),
    ActionSpec("undo", QT_TR_NOOP("&Undo"), (Keys.Undo,)),
    ActionSpec("search", QT_TR_NOOP("&Search Library"), (Keys.Find, "Ctrl+K")),
    ActionSpec("find_in_article", QT_TR_NOOP("&Find in Article…"), ("Ctrl+Shift+F",)),
    # F3 only: the platform's FindNext adds Ctrl+G, which is Group by Story (the two made
    # Ctrl+G ambiguous: Qt then fires neither)
    ActionSpec("find_next", QT_TR_NOOP("Find &Next"), ("F3",)),
    ActionSpec("find_previous", QT_TR_NOOP("Find &Previous"), ("Shift+F3",)),
    ActionSpec("preferences", QT_TR_NOOP("Pre&ferences…"), ("Ctrl+,",)),
    ActionSpec("zoom_in", QT_TR_NOOP("Zoom &In"), (Keys.ZoomIn,)),
    ActionSpec("zoom_out", QT_TR_NOOP("Zoom &Out"), (Keys.ZoomOut,)),
    ActionSpec("zoom_reset", QT_TR_NOOP("&Actual Size"), ("Ctrl+0",)),
    ActionSpec("group_by_story", QT_TR_NOOP("&Group by Story"), ("Ctrl+G",), checkable=True),
    ActionSpec("full_screen", QT_TR_NOOP("&Full Screen"), ("F11", Keys.FullScreen),
               checkable=True),
    ActionSpec("focus_mode", QT_TR_NOOP("F&ocus Mode"), ("F9",), checkable=True),
    ActionSpec("script_as_written", QT_TR_NOOP("&As Written"), checkable=True),
    ActionSpec("script_simplified", QT_TR_NOOP("&Simplified Chinese"), checkable=True),
    ActionSpec("script_taiwan", QT_TR_NOOP("Traditional Chinese (&Taiwan)"), checkable=True),
    ActionSpec("script_hong_kong", QT_TR_NOOP("Traditional Chinese (&Hong Kong)"),
               checkable=True),
    ActionSpec("dark_theme", QT_TR_NOOP("&Dark Theme"), checkable=True),
    ActionSpec("histogram_toggle", QT_TR_NOOP("Date &Histogram"), ("Ctrl+Alt+H",),
               checkable=True),
    ActionSpec("next_article", QT_TR_NOOP("&Next Article"), ("J",)),
    ActionSpec("previous_article", QT_TR_NOOP("P&revious Article"), ("K",)),
    ActionSpec("next_unread", QT_TR_NOOP("Next &Unread"), ("N",)),
    ActionSpec("open_original", QT_TR_NOOP("Open &Original"), ("Ctrl+O",)),
    ActionSpec("copy_link", QT_TR_NOOP("&Copy Link"), ("Ctrl+Shift+C",)),
    ActionSpec("bookmark", QT_TR_NOOP("&Bookmark"), ("Ctrl+D",), checkable=True),
    ActionSpec("toggle_read", QT_TR_NOOP("Mark &Read/Unread"), ("M",)),
    ActionSpec("mark_all_read", QT_TR_NOOP("Mark &All Read"), ("Ctrl+Shift+M",)),
    ActionSpec("update_index", QT_TR_NOOP("U&pdate Index"), ("F5",)),
    ActionSpec("reindex", QT_TR_NOOP("Re&index Library")),
    ActionSpec("shortcuts_help", QT_TR_NOOP("&Keyboard Shortcuts and Search Syntax"),
               ("F1", Keys.HelpContents)),
    ActionSpec("about", QT_TR_NOOP("&About Reader")),
)
# fmt: on
# View › Show Text As: the article in the reader's script (reader/core/script.py).
SCRIPT_ACTIONS = {
    "script_as_written": AS_WRITTEN,
    "script_simplified": "zh-Hans",
    "script_taiwan": "zh-Hant-TW",
    "script_hong_kong": "zh-Hant-HK",
}
assert set(SCRIPT_ACTIONS.values()) == {AS_WRITTEN, *SCRIPTS}
# "-" is a separator, "@name" a submenu, "%name" a dock's show/hide action.
SUBMENUS = {"@recent": QT_TR_NOOP("Open &Recent"), "@script": QT_TR_NOOP("Show &Text As")}
MENUS = (
    (QT_TR_NOOP("&File"), ("open_library", "@recent", "open_seeds", "-", "print_article",
                           "export_pdf", "-", "quit")),
    (QT_TR_NOOP("&Edit"), ("undo", "-", "search", "find_in_article", "find_next",
                           "find_previous", "-", "preferences")),
    (QT_TR_NOOP("&View"), ("zoom_in", "zoom_out", "zoom_reset", "-", "group_by_story", "-",
                           "full_screen",
                           "focus_mode", "-", "@script", "dark_theme", "-", "%search_toggle",
                           "%sources_toggle", "%bookmarks_toggle", "histogram_toggle")),
    (QT_TR_NOOP("&Article"), ("next_article", "previous_article", "next_unread",
                              "open_original", "copy_link", "bookmark", "toggle_read",
                              "mark_all_read", "-", "update_index", "reindex")),
    (QT_TR_NOOP("&Help"), ("shortcuts_help", "about")),
)  # fmt: skip
SCRIPT_MENU = ("script_as_written", "script_simplified", "script_taiwan", "script_hong_kong")
TOOLBAR = ("open_library", "-", "open_original", "bookmark", "next_unread", "-", "zoom_out",
           "zoom_in", "-", "search_toggle", "bookmarks_toggle", "focus_mode",
           "shortcuts_help")  # fmt: skip
SEARCH_PANE = QT_TR_NOOP("&Views and Saved Searches")
SOURCES_PANE = QT_TR_NOOP("&Sources")
BOOKMARKS_PANE = QT_TR_NOOP("&Bookmarks")
UNDO_WHAT = QT_TR_NOOP("&Undo {what}")
ICONS = (
    ("open_library", "folder-open"), ("open_original", "open-original"),
    ("bookmark", "bookmark"), ("next_unread", "next-unread"), ("zoom_out", "zoom-out"),
    ("zoom_in", "zoom-in"), ("search_toggle", "search"), ("bookmarks_toggle", "bookmarks"),
    ("focus_mode", "focus"), ("shortcuts_help", "help"),
)  # fmt: skip


def label(action: QAction) -> None:
    """Outside menus an action shows its words without mnemonic markers: Qt only drops the
    "&" and would show "打开文章库(O)" on a tool button or in a tooltip."""
    action.setIconText(without_mnemonic(action.text()))
    action.setToolTip(tooltip(action))


def tooltip(action: QAction) -> str:
    """The action's words without mnemonic markers, and its first shortcut (named as one:
    "下一篇未读 (N)" would read as a leaked mnemonic)."""
    words = without_mnemonic(action.text())
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return tr("{action} (shortcut: {key})", action=words, key=key) if key else words


@dataclass
class WindowActions:
    open_library: QAction
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
    group_by_story: QAction
    full_screen: QAction
    focus_mode: QAction
    script_as_written: QAction
    script_simplified: QAction
    script_taiwan: QAction
    script_hong_kong: QAction
    dark_theme: QAction
    histogram_toggle: QAction
    next_article: QAction
    previous_article: QAction
    next_unread: QAction
    open_original: QAction
    copy_link: QAction
    bookmark: QAction
    toggle_read: QAction
    mark_all_read: QAction
    update_index: QAction
    reindex: QAction
    shortcuts_help: QAction
    about: QAction
    search_toggle: QAction
    bookmarks_toggle: QAction
    sources_toggle: QAction
    page_down: QAction
    # set by build_actions
    recent_menu: QMenu = field(init=False)
    script_menu: QMenu = field(init=False)
    script_group: QActionGroup = field(init=False)
    menus: list[tuple[QMenu, str]] = field(init=False)  # each with its English title
    toolbar: QToolBar = field(init=False)
    undo_what: str = field(init=False, default="")  # the English source of what Undo undoes

    def action(self, name: str) -> QAction:
        found = getattr(self, name)
        assert isinstance(found, QAction)
        return found

    def apply_icons(self, color: QColor) -> None:
        """Toolbar icons in the palette's text colour (called again when the theme changes)."""
        for name, icon in ICONS:
            self.action(name).setIcon(action_icon(icon, color))

    def retranslate(self) -> None:
        """Every text again in the current language (the dock titles are set before this:
        a dock resets its show/hide action's text when its title changes)."""
        for spec in ACTIONS:
            self.action(spec.name).setText(tr(spec.text))
        for menu, title in self.menus:
            menu.setTitle(tr(title))
        self.search_toggle.setText(tr(SEARCH_PANE))
        self.sources_toggle.setText(tr(SOURCES_PANE))
        self.bookmarks_toggle.setText(tr(BOOKMARKS_PANE))
        self.toolbar.setWindowTitle(tr("Toolbar"))
        self.show_bookmarked(self.bookmark.isChecked())
        self.show_undo(self.undo_what)
        for name in [
            *(s.name for s in ACTIONS),
            "search_toggle",
            "bookmarks_toggle",
            "sources_toggle",
        ]:
            label(self.action(name))

    def show_undo(self, description: str) -> None:
        """Edit › Undo names what it would undo (``description``: an English source), or is
        disabled."""
        self.undo_what = description
        self.undo.setEnabled(bool(description))
        self.undo.setText(tr(UNDO_WHAT, what=tr(description)) if description else tr("&Undo"))
        label(self.undo)

    def show_bookmarked(self, marked: bool) -> None:
        self.bookmark.setChecked(marked)
        # The menu shows the check, the toolbar the star icon: no ☆/★ in the text as well.
        self.bookmark.setText(tr("&Bookmark"))
        label(self.bookmark)

    def show_script(self, script: str) -> None:
        for name, code in SCRIPT_ACTIONS.items():
            self.action(name).setChecked(code == script)


def _bindings(key: Shortcut) -> list[QKeySequence]:
    if isinstance(key, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(key)
    return [QKeySequence(key)]


def fill_recent_menu(menu: QMenu, paths: list[str], open_path: Callable[[str], None]) -> None:
    menu.clear()
    for path in paths:
        action = menu.addAction(menu_text(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))


def build_actions(
    window: QMainWindow,
    list_view: QWidget,
    search_dock: QDockWidget,
    bookmarks_dock: QDockWidget,
    sources_dock: QDockWidget | None = None,
) -> WindowActions:
    """``search_dock``: the sidebar's views and saved searches (the search itself is above
    the list); every pane comes back from the View menu."""
    made: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window)
        if spec.shortcuts:
            # The named key first (a standard key has no binding under some X11 desktops:
            # F11 did nothing there); each binding once.
            keys = {s.toString(): s for key in spec.shortcuts for s in _bindings(key)}
            action.setShortcuts(list(keys.values()))
        action.setCheckable(spec.checkable)
        window.addAction(action)  # shortcuts work even when the menu bar is hidden
        made[spec.name] = action
    made["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    made["undo"].setEnabled(False)
    made["search_toggle"] = search_dock.toggleViewAction()
    made["bookmarks_toggle"] = bookmarks_dock.toggleViewAction()
    made["sources_toggle"] = (sources_dock.toggleViewAction() if sources_dock is not None
                              else QAction(window))  # fmt: skip
    script_group = QActionGroup(window)
    script_group.setExclusive(True)
    for name in SCRIPT_MENU:
        script_group.addAction(made[name])

    bar = window.menuBar()
    menus: list[tuple[QMenu, str]] = []
    submenus: dict[str, QMenu] = {}
    for title, entries in MENUS:
        menu = bar.addMenu(title)
        menus.append((menu, title))
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("@"):
                submenus[entry] = menu.addMenu(SUBMENUS[entry])
                menus.append((submenus[entry], SUBMENUS[entry]))
            else:
                menu.addAction(made[entry.lstrip("%")])
    for name in SCRIPT_MENU:
        submenus["@script"].addAction(made[name])

    page_down = made["page_down"] = QAction(window)  # Space in the list: page down, then next
    page_down.setShortcut(QKeySequence(Qt.Key.Key_Space))
    page_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    list_view.addAction(page_down)

    toolbar = window.addToolBar("")
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # names in tooltips
    for name in TOOLBAR:
        if name == "-":
            toolbar.addSeparator()
        else:
            toolbar.addAction(made[name])
    actions = WindowActions(**made)
    actions.recent_menu, actions.script_menu = submenus["@recent"], submenus["@script"]
    actions.script_group, actions.menus, actions.toolbar = script_group, menus, toolbar
    actions.retranslate()
    return actions

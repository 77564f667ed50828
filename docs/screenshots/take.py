"""The README's screenshots, taken under Xvfb (QT_QPA_PLATFORM=xcb, a 1280x800 screen):

    .venv/bin/python docs/screenshots/take.py OUT.png LIBRARY THEME TARGET [SEARCH]
    .venv/bin/python docs/screenshots/take.py slice FOLDER LIBRARY 2021-01-11 2021-01-13

TARGET: story:<story id> (its timeline), member:<story id> (its first article, in the opened
story), hit:<words> (the search result whose title holds the words, as written), id:<article
id>, first (the first row). READER_LANG picks the language, SCRIPT the Show Text As choice
(zh-Hans, zh-Hant-TW, ...). The story ids are those of `reader stories`, article ids those of
`reader search --json`. ``slice`` links (or copies) the library's files whose names start
with a day from FIRST to LAST into FOLDER (the corpus' 2021-01-11..13: 1,228 files, 1,190
articles). Used for the README:

    main.png       LIB light member:deb03c16152d9c88  (the real corpus)
    story-dark.png LIB dark story:a0e484f8163a03f2
    seeds-dark.png seeds dark member:e12039983fa2610c
    en.png         SLICE light hit:美国之音记者 蓬佩奥        (the slice of 2021-01-11..13)
    zh_CN.png      SLICE light hit:環時警告 蓬佩奥       READER_LANG=zh_CN SCRIPT=zh-Hans
    zh_TW.png      SLICE light hit:取消欧洲行 蓬佩奥     READER_LANG=zh_TW SCRIPT=zh-Hant-TW
    archive.png    LIB light hit:疫苗 疫苗  BY_SOURCE=1 SAVE=疫苗 (a saved search in the sidebar)
    archive-7d.png LIB dark hit:疫苗 "疫苗 美国"  BY_SOURCE=1 DAYS=30d
    narrow.png     LIB light member:deb03c16152d9c88  WIDTH=800
    tc.png, sc.png LIB light id:896563ebfc7935bd, id:864ff64f2f262afe  GRAB=viewer FOLD=1
                   (then `convert tc.png sc.png +append scripts.png`, ImageMagick)

BY_SOURCE=1 splits the histogram by outlet; DAYS a preset; SAVE=NAME saves the search;
LIST_WIDTH=N gives the list N pixels; WIDTH=N makes the window N pixels wide (1280);
GRAB=viewer takes the article pane alone; FOLD=1 folds the This story box.
"""

import os
import sys
from pathlib import Path


def make_slice(folder: Path, library: Path, first: str, last: str) -> None:
    """The library's files whose names start with a day from ``first`` to ``last``."""
    import os
    import re
    import shutil

    day = re.compile(r"^(\d{4}-\d{2}-\d{2})")
    count = 0
    for path in sorted(library.rglob("*")):
        found = day.match(path.name)
        if path.is_file() and found and first <= found.group(1) <= last:
            out = folder / path.relative_to(library)
            out.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, out)
            except OSError:
                shutil.copy2(path, out)
            count += 1
    print(f"{count} files in {folder}")


def main() -> None:
    if sys.argv[1] == "slice":
        make_slice(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5])
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from reader.ui import i18n

    app = QApplication([])
    i18n.install(i18n.choose_language(""))
    from reader.core.readstate import ReadState
    from reader.core.settings import Settings
    from reader.ui.article_list import STORY_ROW
    from reader.ui.main_window import MainWindow

    out, lib, theme, target = sys.argv[1:5]
    search = sys.argv[5] if len(sys.argv) > 5 else ""
    s = Settings(
        theme=theme,
        group_by_story=target.startswith(("story", "member")),
        article_script=os.environ.get("SCRIPT", ""),
        related_folded=os.environ.get("FOLD") == "1",
    )
    w = MainWindow(s, ReadState())
    w.resize(int(os.environ.get("WIDTH", "1280")), 800)
    w.show()
    if os.environ.get("LIST_WIDTH"):  # the middle column's width (the rest to the article)
        w.splitter.setSizes([int(os.environ["LIST_WIDTH"]), 1000])
    w.open_library(Path(lib))

    def grab() -> None:
        (w.viewer if os.environ.get("GRAB") == "viewer" else w).grab().save(out)
        w.close()
        app.quit()

    def pick() -> None:
        m = w.list_model
        if w.controller.indexing or m.rowCount() == 0:
            QTimer.singleShot(300, pick)
            return
        kind, _, story = target.partition(":")
        if kind == "hit":  # a search result whose title holds the words
            w.commands.focus_search(w.search_pane)
            w.search_pane.by_source.setChecked(os.environ.get("BY_SOURCE") == "1")
            if os.environ.get("DAYS"):  # a preset: 7d, 30d, 365d
                w.search_pane.set_query(search, None, None, os.environ["DAYS"])
            w.search_pane.edit.setText(search)

            def activate() -> None:
                rows = [r for r in range(min(m.rowCount(), 60)) if m.hit(r) is not None
                        and story in m.hits[m.article_id(r) or ""].title]  # fmt: skip
                if not m.searching or not rows:
                    QTimer.singleShot(300, activate)
                    return
                if os.environ.get("SAVE"):  # kept as a saved search: shown in the sidebar
                    w.saved.store.add(os.environ["SAVE"], w.list_model.list_query())
                    w.saved.seen(os.environ["SAVE"], w.list_model.ids())
                w.list_pane.select_row(rows[0])
                QTimer.singleShot(4000, grab)

            QTimer.singleShot(500, activate)
            return
        if kind == "story":
            row = m._ids.index(STORY_ROW + story)
        elif kind == "member":
            row = m.row_of(m.story_members(story)[0], open_story=True)
        elif kind == "id":
            row = m.row_of(story, open_story=True)
        else:
            row = 0
        w.list_pane.select_row(row)
        w.list_pane.view.scrollTo(m.index(row, 0))
        if search:
            w.commands.focus_search(w.search_pane)
            w.search_pane.edit.setText(search)
        QTimer.singleShot(3000, grab)

    QTimer.singleShot(800, pick)
    QTimer.singleShot(120_000, grab)
    app.exec()


if __name__ == "__main__":
    main()

"""The reading session: one owner of the current article, read marks and bookmarks, whose
signals every view observes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.article import Article
from reader.core.bookmarks import BookmarkStore
from reader.core.parser import parse_article_file
from reader.core.readstate import ReadState
from reader.core.settings import Settings
from reader.ui.session import INLINE_MARKS, Changed, OpenedArticle, ReadingSession
from tests.conftest import SEEDS


class FakeLibrary:
    """The controller's surface the session uses; parsing answers when the test says so."""

    def __init__(self) -> None:
        self.articles = {a.id: a for a in (parse_article_file(p) for p in sorted(SEEDS.iterdir()))}
        self.pending: list[tuple[str, Callable[[Article], None]]] = []
        self.loads: list[str] = []
        self.work: list[tuple[Callable[[], object], Callable[[object], None] | None]] = []
        self.related_wanted: dict[str, Callable[[], bool]] = {}

    def load_article(self, article_id: str, done: Callable[[Article], None], _failed: Any) -> None:
        self.loads.append(article_id)
        self.pending.append((article_id, done))

    def answer(self) -> None:
        for article_id, done in self.pending:
            done(self.articles[article_id])
        self.pending.clear()

    def related(self, article_id: str, _done: Any, wanted: Callable[[], bool]) -> None:
        self.related_wanted[article_id] = wanted

    catalog_file: Path | None = None  # a test that counts unread by source gives one

    def catalog(self) -> None:
        return None  # no catalog: unread counts per source are not part of these tests

    def catalog_path(self) -> Path | None:
        return self.catalog_file

    def read_in_worker(self, _what: str, _fn: Any, done: Callable[[object], None]) -> None:
        done(None)  # no stories yet: the session falls back to related coverage

    def has_article(self, article_id: str) -> bool:
        return article_id in self.articles

    def run_in_worker(self, _what: str, fn: Callable[[], object], done: Any = None) -> None:
        self.work.append((fn, done))

    def write_in_order(self, what: str, fn: Callable[[], object], done: Any = None) -> None:
        self.run_in_worker(what, fn, done)

    def finish_work(self) -> None:
        for fn, done in self.work:
            result = fn()
            if done is not None:
                done(result)
        self.work.clear()


@pytest.fixture
def session(qtbot) -> tuple[ReadingSession, FakeLibrary, list[Any]]:  # type: ignore[no-untyped-def]
    library = FakeLibrary()
    settings = Settings()
    session = ReadingSession(library, settings, ReadState(), BookmarkStore())  # type: ignore[arg-type]
    seen: list[Any] = []
    for signal in (session.article_opened, session.changed, session.undo_changed):
        signal.connect(seen.append)
    return session, library, seen


def ids(library: FakeLibrary) -> list[str]:
    return sorted(library.articles)


def test_opening_marks_read_once_and_parses_once(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    first = ids(library)[0]
    s.open(first, needles=("布林肯",))
    assert seen == []  # parsing runs elsewhere: nothing happens until it answers
    library.answer()
    (opened,) = seen
    assert isinstance(opened, OpenedArticle) and opened.article.id == first
    assert opened.needles == ("布林肯",) and opened.scroll == 0.0
    # The read mark is written by the store writer, not on the GUI thread (its commit held
    # reading's worst stall); the change is announced once it is written.
    assert library.work and not s.is_read(first)
    library.finish_work()
    assert seen[1:] == [Changed(read=frozenset([first]))]
    assert s.current is not None and s.current.id == first and s.is_read(first)
    seen.clear()
    s.open(ids(library)[1])
    library.answer()
    library.finish_work()
    s.open(first)  # back: from memory, already read, so no change to announce
    assert library.loads.count(first) == 1
    assert [type(x) for x in seen] == [OpenedArticle, Changed, OpenedArticle]


def test_related_coverage_is_wanted_only_while_its_article_is_open(session) -> None:  # type: ignore[no-untyped-def]
    """Moving through articles quickly queued a related query per article in the search
    process, where the next article's parse waited behind them."""
    s, library, _seen = session
    a, b = ids(library)[:2]
    s.open(a)
    library.answer()
    assert library.related_wanted[a]()
    s.open(b)
    library.answer()
    assert not library.related_wanted[a]() and library.related_wanted[b]()


def test_the_controller_skips_related_coverage_nobody_wants_any_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    from reader.ui.library_controller import LibraryController

    asked: list[str] = []

    class Searches:
        def related(self, article_id: str) -> list[object]:
            asked.append(article_id)
            return []

        def close(self) -> None:
            pass

    controller = LibraryController()
    controller.searches = Searches()  # type: ignore[assignment]
    answers: list[object] = []
    controller.related("passed", answers.append, wanted=lambda: False)
    controller.related("open", answers.append)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert asked == ["open"] and answers == [[], []]
    controller.close_library()


def test_the_indexer_starts_after_the_first_listing_and_the_search_process_when_needed(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Started with the listing, their interpreters took the CPU from it (start-up); the
    search process at rest held a third of the window's memory before anything was asked."""
    import shutil

    from reader.core.search.engine import LibraryIndex
    from reader.ui.library_controller import LibraryController

    lib = tmp_path / "lib"
    shutil.copytree(SEEDS, lib)
    LibraryIndex(lib).update(workers=1)  # a library opened before: its list shows at once
    controller = LibraryController()
    seen: list[tuple[bool, int]] = []
    controller.listing_ready.connect(
        lambda _g, listing: seen.append((controller.indexing, len(listing.ids)))
    )
    controller.open_library(lib)
    assert not controller.indexing and controller.searches is not None
    assert controller.searches.pid() is None
    with qtbot.waitSignal(controller.index_finished, timeout=60_000):
        controller.request_listing(lambda catalog: catalog.ids())
    assert seen[0] == (False, 5)
    assert controller.searches.pid() is None, "not before something needs it"
    controller.prepare_search()  # a search is being typed
    qtbot.waitUntil(lambda: controller.searches is not None and controller.searches.is_running())
    controller.close_library()


def test_an_older_open_that_answers_late_is_dropped(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    a, b = ids(library)[:2]
    s.open(a)
    s.open(b)  # the reader moved on before a was parsed
    library.answer()
    opened = [x.article.id for x in seen if isinstance(x, OpenedArticle)]
    assert opened == [b]


def test_articles_open_where_the_reader_left_them(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    a, b = ids(library)[:2]
    position = {"value": 0.0}
    s.position = lambda: position["value"]
    s.open(a)
    library.answer()
    position["value"] = 0.42  # the reader scrolled down a, then moved on
    s.open(b)
    library.answer()
    s.open(a)
    reopened = [x for x in seen if isinstance(x, OpenedArticle)][-1]
    assert reopened.article.id == a and reopened.scroll == pytest.approx(0.42)
    s.open(b, needles=("王毅",))  # a search hit opens at its match, not at a position
    library.answer()
    assert [x for x in seen if isinstance(x, OpenedArticle)][-1].scroll == 0.0


def test_toggle_read_and_undo_announce_each_change(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    a = ids(library)[0]
    s.toggle_read(a)
    assert s.is_read(a)
    assert seen == ["Mark as Read", Changed(read=frozenset([a]))]
    seen.clear()
    s.undo()
    assert not s.is_read(a)
    assert seen == ["", Changed(read=frozenset([a]))]


def test_marking_a_whole_list_runs_in_a_worker_and_can_be_undone(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    many = [f"{i:016x}" for i in range(INLINE_MARKS + 50)]
    s.mark(many, True, "Mark All Read")
    assert library.work and not s.is_read(many[0])  # not written on the GUI thread
    assert seen == []  # which marks flip is worked out by the writer too; Undo comes after
    library.finish_work()
    assert all(s.is_read(i) for i in many)
    assert seen == ["Mark All Read", Changed(everything=True)]
    s.undo()
    library.finish_work()
    assert not any(s.is_read(i) for i in many)


def test_marking_a_whole_list_shifts_the_sources_counts_with_the_write(session) -> None:  # type: ignore[no-untyped-def]
    """The sidebar's unread counts move as soon as the marks are written (after Mark All
    Read on 23k they lagged 1-4 s, until the whole list was listed again)."""
    from reader.core.search.engine import LibraryIndex

    s, library, seen = session
    index = LibraryIndex(SEEDS)
    index.update(workers=1)
    library.catalog_file = index.layout.catalog_path
    s.unread_shifted.connect(lambda shift: seen.append(("shift", shift)))
    many = [*ids(library), *(f"{i:016x}" for i in range(INLINE_MARKS))]
    s.mark(many, True, "Mark All Read")
    library.finish_work()
    assert seen[-2:] == [("shift", {"联合早报": -3, "新浪财经": -2}), Changed(everything=True)]
    index.close()


def test_bookmark_toggle_is_one_change_every_view_hears(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    a = ids(library)[0]
    s.open(a)
    library.answer()
    seen.clear()
    s.toggle_bookmark()
    assert s.is_bookmarked(a) and seen == [Changed(bookmarks=frozenset([a]))]
    s.toggle_bookmark()
    assert not s.is_bookmarked(a)


def test_trusting_images_records_hosts_not_sources(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s, _library, _seen = session
    s.trust_image_hosts("联合早报", ["https://static.zaobao.com/a.jpg"])
    assert s.settings.image_hosts_by_source == {"联合早报": ["static.zaobao.com"]}


def test_a_full_disk_while_reading_is_said_not_raised(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.core.storage import StorageError

    s, library, seen = session
    said: list[str] = []
    s.notice.connect(said.append)

    def full(*_a: object, **_k: object) -> None:
        raise StorageError("the read-state file", Path("x"), "the disk is full")

    monkeypatch.setattr(s.read_state, "set_read", full)
    monkeypatch.setattr(s.bookmarks, "add", full)
    s.open(ids(library)[0])
    library.answer()  # opens, but the read mark could not be written
    library.finish_work()
    s.toggle_bookmark()
    assert said == [
        "Cannot use the read-state file x: the disk is full.",
        "Cannot use the read-state file x: the disk is full.",
    ]
    assert not any(isinstance(x, Changed) for x in seen)


def test_removing_a_bookmark_with_ctrl_d_can_be_undone(session) -> None:  # type: ignore[no-untyped-def]
    s, library, seen = session
    said: list[str] = []
    s.notice.connect(said.append)
    a = ids(library)[0]
    s.open(a)
    library.answer()
    s.toggle_bookmark()
    s.bookmarks.set_tags(a, ["外交"])
    s.bookmarks.set_note(a, "第四次通话")
    s.toggle_bookmark()  # Ctrl+D again: removed, tags and note with it
    assert not s.is_bookmarked(a) and "Remove Bookmark" in seen
    s.undo()
    back = s.bookmarks.get(a)
    assert back is not None and back.tags == ["外交"] and back.note == "第四次通话"
    assert said[-1] == "Bookmark restored"  # the removal's notice does not stay


def test_read_state_picks_the_unread_and_the_flips_of_a_list(isolated_data_dir: Path) -> None:
    state = ReadState()
    state.set_read(["b", "d"], True)
    ids = ["a", "b", "c", "d", "a"]
    assert state.unread(ids) == ["a", "c", "a"]
    assert state.flips(ids, True) == ["a", "c"]  # each once, in order
    assert state.flips(ids, False) == ["b", "d"]
    state.close()


def test_the_lists_bookmark_marks_come_from_memory_and_follow_changes(session) -> None:  # type: ignore[no-untyped-def]
    """The list asks for every row it paints: one query, not one per row (each gave the GIL
    up and waited for it again, a third of a loaded paint's samples)."""
    s, library, _seen = session
    a, b = ids(library)[:2]
    statements: list[str] = []
    s.bookmarks.db.set_trace_callback(statements.append)
    assert not s.is_bookmarked(a)
    for _ in range(50):
        assert not s.is_bookmarked(a) and not s.is_bookmarked(b)
    assert len(statements) == 1
    s.open(a)
    library.answer()
    s.toggle_bookmark()
    assert s.is_bookmarked(a) and not s.is_bookmarked(b)
    s.bookmarks.remove(a)  # changed behind the session's back (a sync merge): still seen
    assert not s.is_bookmarked(a)
    s.bookmarks.db.set_trace_callback(None)


def test_the_read_marks_snapshot_never_waits_for_a_write(session) -> None:  # type: ignore[no-untyped-def]
    """A listing asks for the read marks on the GUI thread while the store writer may be
    committing thousands (Undo of Mark All Read at 96k: the GUI thread blocked 486 ms)."""
    import threading

    s, library, _seen = session
    a = ids(library)[0]
    s.read_state.set_read([a])
    held = s.read_state._write  # what a write in progress holds, to its commit
    taken: list[frozenset[str]] = []
    with held:
        snapshot = threading.Thread(target=lambda: taken.append(s.read_state.snapshot()))
        snapshot.start()
        snapshot.join(5)
        finished = not snapshot.is_alive()
    snapshot.join()
    assert finished and taken == [frozenset([a])]

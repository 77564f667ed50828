"""A library's searches, and the parsing of the article being opened, served from a process
of their own.

Searching is CPU-bound Python (Whoosh matchers, exact verification, snippets). Run in a
thread of the GUI process it competes for the GIL with the GUI thread, which must win it back
for every Qt -> Python call: the ~200 ms related-articles query after a rebuild stalled the
event loop by 60-130 ms (bench/README.md). Behind a pipe, the GUI's worker thread only waits.
Parsing the opened article here too keeps the parser chain (lxml, YAML, nh3) out of the GUI
process altogether (bench/README.md has the open latency and stall figures).

The service is read-only: the index writer runs in its own process (``background.py``).
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from reader.core import child_process
from reader.core.article import Article
from reader.core.i18n import tr
from reader.core.search.api import SearchHit, SearchOptions, SearchResults
from reader.core.search.layout import IndexLayout

log = logging.getLogger(__name__)
SERVED = frozenset({"search", "related", "close", "article", "article_script", "list_answer",
                    "hits"})  # fmt: skip
BY_FUNCTION = frozenset({"list_answer", "hits"})  # reader.core.search.matching's, on the index
STOP_TIMEOUT_S = 5.0
WARM_AFTER_S = 0.2  # idle this long at start, the child imports the search engine


class SearchServiceError(RuntimeError):
    pass


def _parse_article(path: Path) -> Article:
    from reader.core.parser import parse_article_file  # the parser chain: in this process only

    return parse_article_file(path)


def _article_script(path: Path) -> tuple[Article, str]:
    """The article and the script it is written in (OpenCC's tables loaded here, not in the
    window: building s2t held the GIL 129 ms, the first article's stall)."""
    from reader.core.script import written_script

    article = _parse_article(path)
    return article, written_script(f"{article.title}\n{article.text}", article.url)


def _portable(exc: Exception) -> Exception:
    """The exception itself when it crosses the pipe intact, else its words in one that does
    (an exception class whose constructor takes other arguments fails to unpickle)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return SearchServiceError(str(getattr(exc, "message", None) or exc))


def _serve(library: str, root: str, conn: Connection) -> None:
    index: Any = None  # the LibraryIndex, made (and Whoosh imported) by the first search

    def searching() -> Any:
        nonlocal index
        if index is None:
            from reader.core.search.engine import LibraryIndex  # Whoosh is imported here only

            index = LibraryIndex(Path(library), Path(root))  # root: the parent's layout root
        return index

    try:
        while True:
            if index is None and not conn.poll(WARM_AFTER_S):
                searching()  # idle: import Whoosh now, not when the first search is typed
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return  # the parent went away
            if request is None:
                return
            name, args, kwargs = request
            try:
                if name not in SERVED:
                    raise SearchServiceError(f"not a search service call: {name}")
                if name == "article":
                    reply: tuple[str, Any] = ("ok", _parse_article(*args))
                elif name == "article_script":
                    reply = ("ok", _article_script(*args))
                elif name in BY_FUNCTION:
                    from reader.core.search import matching

                    function = matching.list_answer if name == "list_answer" else matching.hits_for
                    reply = ("ok", function(searching(), *args, **kwargs))
                else:
                    reply = ("ok", getattr(searching(), name)(*args, **kwargs))
            except Exception as exc:
                if name not in ("article", "article_script") and index is not None:
                    index.close()  # whatever it had open may be what failed: reopen next time
                reply = ("error", _portable(exc))
            try:
                conn.send(reply)
            except Exception as exc:  # a result that does not pickle
                conn.send(("error", SearchServiceError(f"{type(exc).__name__}: {exc}")))
    finally:
        if index is not None:
            index.close()
        conn.close()


class SearchService:
    """``LibraryIndex.search/related`` and article parsing in a child process, started on
    first use.

    Thread-safe (one request at a time). If the child dies it is restarted once per call:
    searches are read-only, so repeating one is harmless.
    """

    def __init__(self, library: Path, data_root: Path | None = None) -> None:
        self.library = Path(library).expanduser().resolve()
        self.layout = IndexLayout.of(self.library, data_root)
        self._lock = threading.Lock()
        self._proc: child_process.OwnedProcess | None = None
        self._conn: Connection | None = None
        self._closed = False

    # -- calls -------------------------------------------------------------------------------
    def search(self, query: str, options: SearchOptions | None = None) -> SearchResults:
        result: SearchResults = self.call("search", query, options)
        return result

    def related(self, article_id: str, limit: int = 8) -> list[SearchHit]:
        result: list[SearchHit] = self.call("related", article_id, limit)
        return result

    def article(self, path: Path) -> Article:
        """The article in ``path``, parsed (sanitized, text extracted) in the child."""
        result: Article = self.call("article", path)
        return result

    def article_script(self, path: Path) -> tuple[Article, str]:
        """The article in ``path`` and the script it is written in (``core.script``)."""
        result: tuple[Article, str] = self.call("article_script", path)
        return result

    def reset(self) -> None:
        """Drop the child's open searcher (the index files were replaced)."""
        with self._lock:
            running = self._proc is not None and self._proc.is_alive()
        if running:
            self.call("close")

    def start(self) -> None:
        """Start the child now (it takes ~0.5 s to import), so the first search does not wait."""
        with self._lock:
            self._ensure_started()

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            for attempt in (1, 2):
                conn = self._ensure_started()
                try:
                    conn.send((name, args, kwargs))
                    status, value = conn.recv()
                except (EOFError, OSError) as exc:
                    code = self._proc.exitcode if self._proc is not None else None
                    self._stop()
                    if attempt == 2:
                        raise SearchServiceError(
                            tr("the search process stopped (exit code {code})", code=code)
                        ) from exc
                    log.warning("search process stopped (exit code %s); restarting", code)
                    continue
                if status == "ok":
                    return value
                raise value
        raise AssertionError("unreachable")

    # -- life cycle --------------------------------------------------------------------------
    def _ensure_started(self) -> Connection:
        if self._closed:
            raise SearchServiceError(tr("the search service is closed"))
        if self._proc is None or self._conn is None or not self._proc.is_alive():
            self._stop()
            # Not multiprocessing's spawn: it keeps a resource tracker process as long as the
            # app runs (``child_process``). The child never outlives the app: it ends when it
            # reads the end of the connection, and ``close`` joins it (else ends it).
            self._proc, self._conn = child_process.start(
                _serve, (str(self.library), str(self.layout.root)), "reader-search"
            )
        return self._conn

    def _stop(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()
        if proc is not None:
            proc.join(STOP_TIMEOUT_S)
            if proc.is_alive():
                proc.terminate()
                proc.join(STOP_TIMEOUT_S)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._stop()

    def is_running(self) -> bool:
        """Whether the child runs, without waiting for a call in progress (GUI thread)."""
        proc = self._proc
        return proc is not None and proc.is_alive()

    def pid(self) -> int | None:
        with self._lock:
            return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

"""The search process: same answers as in-process searching, errors carried back, restarts."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.search.api import SearchOptions
from reader.core.search.engine import LibraryIndex
from reader.core.search.service import SearchService, SearchServiceError


@pytest.fixture
def built(corpus_fixture: Path) -> LibraryIndex:
    index = LibraryIndex(corpus_fixture)
    assert index.update(workers=1).problems == 0
    return index


@pytest.fixture
def service(built: LibraryIndex) -> Iterator[SearchService]:
    served = SearchService(built.library)
    yield served
    served.close()


def test_answers_match_the_in_process_index(built: LibraryIndex, service: SearchService) -> None:
    for query in ("王毅", '"国务卿布林肯"', "疫苗 -香港", "title:王毅"):
        here = built.search(query, SearchOptions(limit=50))
        there = service.search(query, SearchOptions(limit=50))
        assert [h.id for h in there.hits] == [h.id for h in here.hits]
        assert [h.snippet_spans for h in there.hits] == [h.snippet_spans for h in here.hits]
        assert [h.snippet for h in there.hits] == [h.snippet for h in here.hits]
        assert there.total == here.total
    first = built.catalog.ids()[0]
    assert [h.id for h in service.related(first)] == [h.id for h in built.related(first)]
    assert service.pid() not in (None, os.getpid())


def test_errors_come_back_as_exceptions(service: SearchService) -> None:
    with pytest.raises(SearchServiceError, match="not a search service call"):
        service.call("update")  # the writer never runs here
    assert service.search("王毅").hits  # the process survived the error


def test_articles_are_parsed_in_the_search_process(
    built: LibraryIndex, service: SearchService, tmp_path: Path
) -> None:
    from reader.core.parser import parse_article_file

    entry = built.catalog.entry(built.catalog.ids()[0])
    assert entry is not None
    assert service.article(entry.path) == parse_article_file(entry.path)
    # with the script it is written in (the viewer's fonts): OpenCC's tables load there
    from reader.core.script import written_script

    article = parse_article_file(entry.path)
    written = written_script(f"{article.title}\n{article.text}", article.url)
    assert service.article_script(entry.path) == (article, written)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    # The parser's own exception does not unpickle: its words come back instead.
    with pytest.raises(SearchServiceError, match=r"\w") as caught:
        service.article(empty)
    assert "pickle" not in str(caught.value) and "__init__" not in str(caught.value)
    missing = tmp_path / "gone.md"
    with pytest.raises(SearchServiceError, match=r"(?i)no such file"):
        service.article(missing)
    assert service.search("王毅").hits  # the process survived


def test_a_killed_process_is_restarted(service: SearchService) -> None:
    service.start()
    pid = service.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert service.search("王毅").hits
    assert service.pid() not in (None, pid)


def test_reset_sees_a_rebuilt_index(built: LibraryIndex, service: SearchService) -> None:
    assert not service.search('"崭新的文章"').hits
    (built.library / "new.md").write_text(
        "---\ntitle: 崭新的文章\ndate: 2024-01-01\n---\n<p>内容</p>\n", encoding="utf-8"
    )
    assert built.update(rebuild=True, workers=1).added
    service.reset()
    assert [h.title for h in service.search('"崭新的文章"').hits] == ["崭新的文章"]


def test_closed_service_refuses_and_leaves_no_process(service: SearchService) -> None:
    service.start()
    pid = service.pid()
    service.close()
    assert service.pid() is None
    assert pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(SearchServiceError, match="closed"):
        service.search("王毅")


def test_search_process_exits_when_the_app_is_killed(built: LibraryIndex) -> None:
    import subprocess
    import sys
    import time

    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from reader.core.search.service import SearchService\n"
        "if __name__ == '__main__':\n"
        f"    s = SearchService(Path({str(built.library)!r}))\n"
        "    s.start()\n"
        "    print(s.pid(), flush=True)\n"
        "    time.sleep(60)\n"
    )
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert app.stdout is not None
    child = int(app.stdout.readline())
    app.kill()  # SIGKILL: no atexit, no cleanup in the app
    app.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
            status = Path(f"/proc/{child}/status")
            if status.exists() and "\nState:\tZ" in status.read_text():
                return  # exited; only waiting for whoever adopted it to reap it
        except (ProcessLookupError, FileNotFoundError):
            return  # the search process saw its pipe close and left
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the search process outlived the killed app")

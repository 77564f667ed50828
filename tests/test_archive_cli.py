"""`reader list`, `search --count`, `histogram` and `saved` on a library with a stray article:
the presets end at the last active day and say it, the histogram adds up to the exact count
and its outlet split to each bucket, saved searches count new matches after an update."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.search.engine import LibraryIndex

SOURCES = ("BBC", "RFI", "联合早报")


def write(lib: Path, name: str, day: str, source: str, title: str, body: str) -> None:
    (lib / f"{name}.md").write_text(
        f"---\ntitle: {title}\ndate: {day}T12:00:00Z\nauthor: {source}\n"
        f"from: https://{name}.example/a\n---\n<p>{body}</p>\n",
        encoding="utf-8",
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """48 articles over 12 days of January 2021 (4 a day, 3 outlets; every other one about
    vaccines: 疫苗 or Traditional 疫苗 in 疫苗接種), and one stray post in 2025."""
    lib = tmp_path / "lib"
    lib.mkdir()
    n = 0
    for day in range(1, 13):
        for _k in range(4):
            about = "新冠疫苗接種開始" if (n % 2 == 0) else "天气晴朗"
            write(lib, f"a{n:03}", f"2021-01-{day:02}", SOURCES[n % 3], f"新闻{n}",
                  f"{about}，第{n}篇。")  # fmt: skip
            n += 1
    write(lib, "stray", "2025-02-08", "blog", "博客", "疫苗的回忆")
    LibraryIndex(lib).update(workers=1)
    return lib


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_last_7_days_end_at_the_last_active_day_and_say_it(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "search", "疫苗", "--last", "7d", "--count", "--library",
                         str(library))  # fmt: skip
    assert code == 0
    assert int(out) == 14  # 2021-01-06 .. 2021-01-12: 28 articles, every other one
    assert "2021-01-06 – 2021-01-12" in err and "last active day" in err
    code, out, err = run(capsys, "list", "--last", "7d", "--json", "--library", str(library))
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 28 and "2021-01-12" in err
    assert all("2021-01-06" <= r["date"][:10] <= "2021-01-12" for r in rows)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)


def test_typed_days_and_sources_filter_the_list(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "list", "--since", "2021/1/3", "--until", "2021-01-04",
                         "--source", "rfi", "--json", "--library", str(library))  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and {r["source"] for r in rows} == {"RFI"}
    assert all(r["date"][:10] in ("2021-01-03", "2021-01-04") for r in rows)
    assert "2021-01-03 – 2021-01-04" in err
    with pytest.raises(SystemExit):
        main(["list", "--since", "2021-02-30", "--library", str(library)])
    assert "not a date" in capsys.readouterr().err


def test_histogram_adds_up_to_the_exact_count_and_by_outlet_to_each_bucket(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _err = run(capsys, "search", "疫苗", "--count", "--library", str(library))
    count = int(out)
    assert count == 25  # 24 in January and the stray one: exact, Traditional folded
    for by in ("day", "week", "month"):
        _code, out, _err = run(capsys, "histogram", "疫苗", "--by", by, "--by-source", "--json",
                               "--library", str(library))  # fmt: skip
        buckets = [json.loads(line) for line in out.splitlines()]
        assert sum(b["count"] for b in buckets) == count
        assert all(sum(b["sources"].values()) == b["count"] for b in buckets)
        assert {s for b in buckets for s in b["sources"]} == {*SOURCES, "blog"}
    _code, out, _err = run(capsys, "histogram", "--by", "week", "--json", "--library",
                           str(library))  # fmt: skip
    weeks = [json.loads(line) for line in out.splitlines()]
    assert [w["bucket"] for w in weeks[:3]] == ["2020-12-28", "2021-01-04", "2021-01-11"]
    assert all(date.fromisoformat(w["bucket"]).weekday() == 0 for w in weeks)  # Mondays
    assert sum(w["count"] for w in weeks) == 49
    _code, out, _err = run(capsys, "histogram", "疫苗", "--last", "7d", "--json", "--library",
                           str(library))  # fmt: skip
    days = [json.loads(line) for line in out.splitlines()]
    assert [d["bucket"] for d in days] == [f"2021-01-{d:02}" for d in range(6, 13)]
    assert sum(d["count"] for d in days) == 14


def test_a_saved_search_counts_a_new_file_as_new_until_seen(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--library", str(library)]
    code, out, _err = run(capsys, "saved", "add", "vaccines", "疫苗", "--source", "BBC", *lib)
    assert code == 0 and "vaccines" in out
    run(capsys, "saved", "add", "weather", "天气", *lib)

    def listed() -> dict[str, dict[str, object]]:
        _code, out, _err = run(capsys, "saved", "list", "--json", *lib)
        return {row["name"]: row for row in map(json.loads, out.splitlines())}

    before = listed()
    assert before["vaccines"] == {"name": "vaccines", "query": "疫苗", "count": 8, "new": 0}
    assert before["weather"]["count"] == 24
    write(library, "late", "2021-01-12", "BBC", "晚到的", "疫苗又到了一批")
    write(library, "other", "2021-01-12", "RFI", "别处的", "疫苗")  # not BBC: not in it
    assert run(capsys, "index", *lib)[0] == 0
    after = listed()
    assert (after["vaccines"]["count"], after["vaccines"]["new"]) == (9, 1)
    assert after["weather"]["new"] == 0
    assert run(capsys, "saved", "seen", "vaccines", *lib)[0] == 0
    assert listed()["vaccines"]["new"] == 0
    run(capsys, "index", "--rebuild", *lib)  # seen by article id: a rebuild changes nothing
    assert listed()["vaccines"] == {"name": "vaccines", "query": "疫苗", "count": 9, "new": 0}
    assert run(capsys, "saved", "remove", "vaccines", *lib)[0] == 0
    assert set(listed()) == {"weather"}
    assert run(capsys, "saved", "seen", "vaccines", *lib)[0] == 1


def test_unread_lists_what_the_window_shows_unread(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.readstate import ReadState

    _code, out, _err = run(capsys, "list", "--json", "--library", str(library))
    everything = [json.loads(line)["id"] for line in out.splitlines()]
    state = ReadState()  # the window's read marks, in the same data folder
    state.set_read(everything[:10])
    state.close()
    _code, out, err = run(capsys, "list", "--unread", "--json", "--library", str(library))
    unread = [json.loads(line)["id"] for line in out.splitlines()]
    assert unread == everything[10:] and "39 articles" in err
    from reader.core.search.engine import LibraryIndex

    vaccines = set(LibraryIndex(library).matches("疫苗").ids)
    _code, out, _err = run(capsys, "search", "疫苗", "--unread", "--count", "--library",
                           str(library))  # fmt: skip
    assert int(out) == len(vaccines - set(everything[:10])) < len(vaccines)

"""Two machines kept in step by two real Syncthing daemons (tests/syncthing_kit.py).

Each machine has its own Reader data dir and its own daemon, on 127.0.0.1 with everything
outward off; the daemons share one folder. Both machines change things at the same time
while the daemons carry the files; once the daemons settle, both show exactly the same state,
and that state is the merge of every change either made (an oracle below folds the
operations independently of the engine). The long run is under `make faults`; a short one is
in `make test`."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations.store import COLORS, Highlight
from reader.core.archive.query import ListQuery
from reader.core.sync import engine as sync_engine
from reader.core.sync import folder as sync_folder
from reader.core.sync.formats import Op, dumps
from tests.prockit import processes_with
from tests.synckit import Machine
from tests.syncthing_kit import Daemon, settle, two_daemons
from tests.test_sync_merge import bookmark

TAGS = ("外交", "经济", "evidence", "follow-up", "乌克兰")
QUOTES = ("王毅应约同美国国务卿布林肯通电话", "乌克兰领土完整", "停止对华打压", "北京冬奥")
SEARCHES = ("疫苗", "Blinken calls", "外交部", "乌克兰", "follow-up", "北京冬奥")  # both use them
CHECKPOINT = 100
MERGED_TIMEOUT_S = 240.0


def sentinel(name: str, step: int) -> str:
    return f"{name}{step:0{16 - len(name)}d}"


def wait_until_merged(machine: Machine, article_id: str) -> None:
    """Merge until the other machine's sentinel is read here (a condition, polled)."""
    deadline = time.monotonic() + MERGED_TIMEOUT_S
    while not machine.read.is_read(article_id):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{machine.name} never received {article_id}")
        machine.engine.sync()
        time.sleep(0.1)


def order(op: Op) -> tuple[int, str, str]:
    return (op.stamp, op.device, dumps(op.value))


def expected_state(ops: Iterable[Op]) -> dict[str, Any]:
    """The merge of every operation, folded here without the engine: per register the
    greatest (stamp, device, value); a bookmark exists unless its newest register is its
    tombstone at None."""
    best: dict[tuple[str, str, str], Op] = {}
    for op in ops:
        key = (op.kind, op.entity, op.field)
        seen = best.get(key)
        if seen is None or (op.stamp, op.device, dumps(op.value)) > (
            seen.stamp, seen.device, dumps(seen.value)
        ):  # fmt: skip
            best[key] = op
    read = sorted(e for (k, e, f), op in best.items() if k == "read" and op.value is True)
    bookmarks = {}
    for entity, regs in records_of(best, "bookmark").items():
        if not alive(regs):
            continue
        value = {f: o.value for f, o in regs.items() if o.value is not None}
        tags = tuple(sorted(f[4:] for f, v in value.items() if f.startswith("tag:") and v is True))
        bookmarks[entity] = (value.get("title", ""), value.get("source", ""),
                             value.get("published"), value.get("url"), value.get("note", ""),
                             value.get("created", ""), tags)  # fmt: skip
    highlights = {}
    for entity, regs in records_of(best, "highlight").items():
        if not alive(regs):
            continue
        value = {f: o.value for f, o in regs.items() if o.value is not None}
        tags = tuple(sorted(f[4:] for f, v in value.items() if f.startswith("tag:") and v is True))
        highlights[entity] = (value["article"], value["exact"], value.get("prefix", ""),
                              value.get("suffix", ""), value.get("start"), value.get("end"),
                              value.get("color", "yellow"), value.get("note", ""), tags,
                              value.get("created", ""), value.get("updated", ""))  # fmt: skip
    saved = {}
    for entity, regs in records_of(best, "saved_search").items():
        query = regs.get("query")
        edits = {f: o for f, o in regs.items() if f != "moved"}  # a rename's note, not an edit
        if query is None or query.value is None or not (alive(edits) or unseen(regs)):
            continue
        value = {f: o.value for f, o in regs.items()}
        saved[entity] = (query.value, value.get("created") or "", value.get("updated") or "")
    return {"read": read, "bookmarks": bookmarks, "highlights": highlights, "saved": saved}


def unseen(regs: dict[str, Op]) -> bool:
    """Removed by a rename that had not seen the query's winning edit: the old name stays."""
    moved, query = regs.get("moved"), regs["query"]
    if moved is None or not isinstance(moved.value, dict):
        return False
    stamp, device = moved.value["saw"]
    return (query.stamp, query.device) > (stamp, device)


def records_of(best: dict[tuple[str, str, str], Op], kind: str) -> dict[str, dict[str, Op]]:
    records: dict[str, dict[str, Op]] = {}
    for (k, entity, fld), op in best.items():
        if k == kind:
            records.setdefault(entity, {})[fld] = op
    return records


def alive(regs: dict[str, Op]) -> bool:
    """Not deleted, or edited after (or without seeing) the deletion."""
    tomb = regs.get("")
    return not (tomb is not None and tomb.value is None
                and not any(f and order(o) > order(tomb) for f, o in regs.items()))  # fmt: skip


def make_changes(machine: Machine, rng: random.Random, shared: list[str], own: list[str],
                 count: int, other: str) -> None:  # fmt: skip
    """``count`` changes like a person's, on articles both machines touch and on its own;
    a merge every few changes (as the window does when the folder changes). Every
    CHECKPOINT changes each machine marks a sentinel article read and goes on only once the
    other's sentinel has reached it through the daemons: the files cross while both are
    still changing things."""
    next_sync = rng.randrange(5, 30)
    for step in range(count):
        if step and step % CHECKPOINT == 0:
            machine.read.set_read([sentinel(machine.name, step)])
            wait_until_merged(machine, sentinel(other, step))
        x = rng.choice(shared if rng.random() < 0.6 else own)
        action = rng.random()
        b = machine.bookmarks
        if action < 0.27:
            machine.read.set_read([x], rng.random() < 0.65)
        elif action < 0.45:
            b.add(bookmark(x, title=f"{machine.name} 第{step}篇", tags=tuple(rng.sample(TAGS, 2))))
        elif action < 0.58:
            if b.has(x):
                b.set_note(x, f"{machine.name} 的笔记 {step}")
        elif action < 0.71:
            if b.has(x):
                b.set_tags(x, rng.sample(TAGS, rng.randrange(4)))
        elif action < 0.8:
            b.remove(x)
        elif action < 0.83:
            machine.read.set_read(rng.sample(shared, 5), rng.random() < 0.5)
        elif action < 0.9:
            change_highlights(machine, rng, x, step)
        else:
            change_saved_searches(machine, rng, step)
        if step == next_sync:
            machine.engine.sync()
            next_sync += rng.randrange(5, 30)


def change_highlights(machine: Machine, rng: random.Random, x: str, step: int) -> None:
    """Highlight a quote, or edit or remove one this machine has (its own or merged)."""
    store = machine.highlights
    known = store.list_highlights()
    what = rng.random()
    if what < 0.4 or not known:
        quote = rng.choice(QUOTES)
        store.add(Highlight(x, quote, prefix="据报道，", suffix="表示", start=step, end=step + 5,
                            tags=rng.sample(TAGS, rng.randrange(3))))  # fmt: skip
    elif what < 0.8:
        target = rng.choice(known)
        note = f"{machine.name} 的批注 {step}" if rng.random() < 0.6 else None
        tags = rng.sample(TAGS, rng.randrange(3)) if rng.random() < 0.5 else None
        store.edit(target.id, note=note, color=rng.choice(COLORS), tags=tags)
    else:
        store.remove(rng.choice(known).id)


def change_saved_searches(machine: Machine, rng: random.Random, step: int) -> None:
    """Save a search (a new one, or another query under a name both machines use), rename
    one to a name free here, remove one, or open one (seen: this machine's own)."""
    store = machine.saved
    known = [s.name for s in store.list_saved()]
    what = rng.random()
    if what < 0.45 or not known:
        query = ListQuery(rng.choice(QUOTES)[: rng.randrange(2, 6)], unread_only=step % 2 == 0,
                          sources=tuple(rng.sample(("新浪财经", "联合早报"), rng.randrange(2))),
                          preset=rng.choice((None, "7d", "30d")))  # fmt: skip
        store.add(rng.choice(SEARCHES), query)
    elif what < 0.7:
        free = [n for n in SEARCHES if n not in known]
        if free:
            assert store.rename(rng.choice(known), rng.choice(free))
    elif what < 0.85:
        store.remove(rng.choice(known))
    else:
        store.mark_seen(rng.choice(known), "lib", [f"{step:016x}"])


def run_machines(
    root: Path, daemons: tuple[Daemon, Daemon], count: int, seed: int
) -> list[Machine]:
    """Both machines make ``count`` changes at the same time, each in a thread of its own
    (the stores are used by the thread that opened them); the threads are joined."""
    shared = [f"{n:016x}" for n in range(40)]
    results: dict[str, tuple[list[Op], dict[str, Any], list[str]]] = {}
    errors: list[BaseException] = []

    def machine_thread(name: str, folder: Path, n: int) -> None:
        try:
            m = Machine(root, name, folder, with_settings=False)
            own = [f"{name}{i:0{16 - len(name)}x}" for i in range(20)]
            other = "bbbb" if name == "aaaa" else "aaaa"
            make_changes(m, random.Random(seed + n), shared, own, count, other)
            m.engine.sync()
            mine = m.state()
            results[name] = (list(m.ops), mine, own)
            m.close()
        except BaseException as exc:  # re-raised by the test
            errors.append(exc)

    names = ("aaaa", "bbbb")
    threads = [threading.Thread(target=machine_thread, args=(name, d.folder, n), name=name)
               for n, (name, d) in enumerate(zip(names, daemons, strict=True))]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    machines = [Machine(root, name, d.folder, with_settings=False)
                for name, d in zip(("aaaa", "bbbb"), daemons, strict=True)]  # fmt: skip
    for m in machines:
        ops, mine, own = results[m.name]
        m.ops.extend(ops)
        m.own_ids = own  # type: ignore[attr-defined]
        m.own_state = mine  # type: ignore[attr-defined]
    return machines


def merge_until_still(a: Daemon, b: Daemon, machines: list[Machine]) -> None:
    """Settle the daemons, merge on both machines; again while a merge still wrote files
    (a republished snapshot) or found something new."""
    for _ in range(10):
        settle(a, b)
        reports = [m.engine.sync() for m in machines]
        if not any(r.changes or r.published or r.compacted for r in reports):
            return
    pytest.fail("the machines never stopped changing")


def check_everything_kept(machines: list[Machine]) -> None:
    states = [m.state() for m in machines]
    assert states[0] == states[1]
    every_op = [op for m in machines for op in m.ops]
    assert states[0] == expected_state(every_op)
    for m in machines:  # what only one machine touched is exactly as it left it
        own = set(m.own_ids)  # type: ignore[attr-defined]
        left = m.own_state  # type: ignore[attr-defined]
        assert [i for i in states[0]["read"] if i in own] == [i for i in left["read"] if i in own]
        assert {k: v for k, v in states[0]["bookmarks"].items() if k in own} == {
            k: v for k, v in left["bookmarks"].items() if k in own
        }


@pytest.mark.faults
def test_500_changes_each_on_two_machines_through_two_syncthing_daemons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small segments and an early compaction: snapshots are replaced and segments deleted
    # while the daemons carry them.
    monkeypatch.setattr(sync_folder, "SEGMENT_BYTES", 4096)
    monkeypatch.setattr(sync_engine, "COMPACT_LOG_BYTES", 24 << 10)
    with two_daemons(tmp_path) as (a, b):
        machines = run_machines(tmp_path, (a, b), 500, seed=24)
        try:
            merge_until_still(a, b, machines)
            check_everything_kept(machines)
            assert sum(len(m.ops) for m in machines) > 1000
            kinds = {o.kind for m in machines for o in m.ops}
            assert kinds == {"read", "bookmark", "highlight", "saved_search"}
            assert machines[0].state()["highlights"]  # some survive, merged from both
            assert machines[0].state()["saved"]
            renames = [o for m in machines for o in m.ops if o.field == "moved" and o.value]
            assert len(renames) > 5
        finally:
            for m in machines:
                m.close()
    assert processes_with(str(tmp_path), "cmdline") == [], "the test stops every daemon it started"


def test_changes_meet_through_two_syncthing_daemons(tmp_path: Path) -> None:
    with two_daemons(tmp_path) as (a, b):
        assert (
            len(processes_with(str(tmp_path), "cmdline")) >= 2
        )  # the probe below sees running daemons
        machines = run_machines(tmp_path, (a, b), CHECKPOINT + 20, seed=7)
        try:
            merge_until_still(a, b, machines)
            check_everything_kept(machines)
        finally:
            for m in machines:
                m.close()
    assert processes_with(str(tmp_path), "cmdline") == [], "the test stops every daemon it started"

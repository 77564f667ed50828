"""The sync engine: changes made here go to this machine's log at once; other machines' files
are merged into the replica and from there into the stores.

Three moves, each safe to repeat and safe to interrupt:

- ``record(kind, entities)``: a store committed a change; the difference between the store
  and the replica becomes operations with new stamps, written to the replica and appended to
  this machine's log. When the log cannot be written (a full disk), the change stays in the
  store and the replica, and the next ``sync`` republishes everything in a snapshot.
- ``pull()``: every machine's files are read (unchanged ones skipped) and joined into the
  replica; a half-written file merges what it can and is read again when it changes.
- ``apply()``: winners the stores do not hold yet are written to them.

``sync()`` = ``catch_up()`` (changes the stores hold that no ``record`` saw) + ``pull()`` +
``apply()`` + compaction when due. Two machines that merged the same files hold the same state,
whatever the order, because the merge is a join (see ``replica.py``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.i18n import tr
from reader.core.paths import display_path
from reader.core.storage import reason_of
from reader.core.sync.clock import HybridClock
from reader.core.sync.folder import FoundFile, SyncFolder
from reader.core.sync.formats import (
    SNAPSHOT,
    Op,
    ReadFile,
    Value,
    dumps,
    log_lines,
    read_data_file,
    snapshot_bytes,
)
from reader.core.sync.kinds import SyncedKind, ValueKind
from reader.core.sync.replica import UNAPPLIED, DeviceRow, Replica

log = logging.getLogger(__name__)
COMPACT_LOG_BYTES = 512 << 10  # own log segments past this are folded into the snapshot


@dataclass
class MergeReport:
    """One merge: when, what changed, from which machines; problems in words."""

    at: float = 0.0  # wall clock
    seconds: float = 0.0
    changed: dict[str, set[str]] = field(default_factory=dict)  # kind -> entities
    from_devices: dict[str, int] = field(default_factory=dict)  # device -> winners it brought
    devices: list[DeviceRow] = field(default_factory=list)  # every machine known, this one too
    files_read: int = 0
    conflict_copies: int = 0
    incomplete: list[str] = field(default_factory=list)  # files read again when they change
    problems: list[str] = field(default_factory=list)
    published: int = 0  # operations written for changes found by catch_up
    compacted: bool = False
    applied: dict[str, set[str]] = field(default_factory=dict)
    gone: list[str] = field(default_factory=list)  # device folders gone since the last merge

    @property
    def changes(self) -> int:
        return sum(len(v) for v in self.changed.values())


def _plain_values(adapter: SyncedKind) -> bool:
    return isinstance(adapter, ValueKind) and adapter.keeps_at_most is None


class SyncEngine:
    def __init__(
        self, folder: Path, state_dir: Path, kinds: Sequence[SyncedKind] = (),
        name: str | None = None, wall: Callable[[], float] = time.time,
    ) -> None:  # fmt: skip
        self.replica = Replica(state_dir / "replica.sqlite")
        self.notice = self.replica.notice  # for the user: a damaged sync state was replaced
        self.root = folder
        self.wall = wall
        self.kinds: dict[str, SyncedKind] = {k.name: k for k in kinds}
        self.name = name or os.environ.get("READER_SYNC_NAME") or socket.gethostname() or "?"
        self.error: str | None = None  # the last failure to write the sync folder, in words
        self.behind = False  # a journal call failed: catch_up() finds what it missed
        self._applying = threading.local()
        device = self.replica.meta("device")
        if not device:
            device = secrets.token_hex(8)
            self.replica.set_meta(device=device)
        self.folder = SyncFolder(folder, device)
        self.clock = HybridClock(int(self.replica.meta("stamp", "0")), wall)
        if self.replica.meta("folder") != str(folder.resolve()):
            # Another sync folder (or the first): it holds none of what is known here yet.
            self.replica.forget_files()
            self.replica.set_meta(folder=str(folder.resolve()), segment="", segment_size=0,
                                  unpublished=int(self.replica.count() > 0))  # fmt: skip
        self._check_own_files()
        for kind in self.kinds.values():
            if kind.take_rebuilt():
                # The store's gaps are losses, not removals: the merged state goes back into
                # it (catching up skips what waits to be applied) instead of out as deletions.
                self.replica.mark_unapplied(kind.name)

    @property
    def device(self) -> str:
        return self.folder.device

    def close(self) -> None:
        self.replica.close()

    # -- this machine's identity ------------------------------------------------------------
    def _check_own_files(self) -> None:
        """Our folder holds operations we did not write (a copied data folder, a restored
        backup): another Reader uses this id, so this one takes a new id (its state goes out
        again under it; the other one's operations merge like any machine's). Fewer than we
        wrote (a crash lost an append): the next sync republishes. In a transaction: another
        process of this data folder (`reader marks` beside the window) may be appending."""
        with self.replica.transaction():
            self._compare_own_files()

    def _compare_own_files(self) -> None:
        own_seq = int(self.replica.meta("own_seq", "0"))
        highest = 0
        for _first, path in self.folder.own_segments():
            with contextlib.suppress(OSError):
                found = read_data_file(path)
                if found.device == self.device:
                    highest = max(highest, found.max_seq)
        if self.folder.own.joinpath(SNAPSHOT).exists():
            highest = max(highest, int(self.replica.meta("snapshot_seq", "0")))
        if highest > own_seq:
            self._new_identity()
        elif highest < own_seq:
            self.replica.set_meta(unpublished=1)

    def _new_identity(self) -> None:
        device = secrets.token_hex(8)
        log.warning("sync: %s is written by another Reader too; this one is now %s",
                    self.folder.own, device)  # fmt: skip
        self.replica.set_meta(device=device, own_seq=0, segment="", segment_size=0,
                              unpublished=1)  # fmt: skip
        self.folder = SyncFolder(self.root, device)

    # -- recording changes made here ---------------------------------------------------------
    @contextlib.contextmanager
    def applying(self) -> Iterator[None]:
        """Store writes made by ``apply`` are the merge's, not changes to record."""
        self._applying.on = True
        try:
            yield
        finally:
            self._applying.on = False

    def journal(self, kind: str) -> Callable[[Iterable[str]], None]:
        """The callback a store calls after each committed change, with the entities. It
        never raises into the store's caller (the change is committed): a failure is kept in
        ``error`` and ``behind`` asks the next sync to catch up."""

        def changed(entities: Iterable[str]) -> None:
            try:
                self.record(kind, list(entities))
            except Exception as exc:
                log.exception("sync journal (%s)", kind)
                self.behind = True
                self.error = tr("A change could not be written to the sync state ({reason});"
                                " it is kept and goes out at the next sync.",
                                reason=reason_of(exc))  # fmt: skip

        return changed

    def record(self, kind: str, entities: Collection[str] | None = None,
               *, catching_up: bool = False) -> list[Op]:  # fmt: skip
        """Write what the store holds and the replica does not as operations (``entities``:
        what the store says it changed; None: everything). Never raises for the sync
        folder: a failure is kept in ``error`` (the change stays in the store)."""
        adapter = self.kinds.get(kind)
        if adapter is None or getattr(self._applying, "on", False):
            return []
        with self.replica.transaction():
            self.clock.observe(int(self.replica.meta("stamp", "0")))
            if catching_up and entities is None and _plain_values(adapter):
                planned = self._value_differences(kind, adapter)
            else:
                planned = self._differences(kind, adapter, entities, catching_up)
            if not planned:
                return []
            seq = int(self.replica.meta("own_seq", "0"))
            ops = []
            for entity, fld, value in planned:
                seq += 1
                ops.append(Op(kind, entity, fld, self.clock.tick(), self.device, value, seq))
            self.replica.merge(ops, applied=True)
            self.replica.set_meta(own_seq=seq, stamp=self.clock.last)
            self._append(ops)
        return ops

    def _differences(
        self, kind: str, adapter: SyncedKind, entities: Collection[str] | None, catching_up: bool
    ) -> list[tuple[str, str, Value]]:
        """(entity, field, value) for every register the store disagrees with."""
        local = adapter.local(entities)
        registers = self.replica.registers(kind, entities)
        ids = set(local) | set(registers) if entities is None else set(entities)
        full = (
            adapter.keeps_at_most is not None
            and len(local if entities is None else adapter.local(None)) >= adapter.keeps_at_most
        )
        planned: list[tuple[str, str, Value]] = []
        for entity in sorted(ids):
            regs = registers.get(entity, {})
            waiting = {f for f, e in regs.items() if not e.applied}
            if waiting and catching_up:
                continue  # a merged winner not written yet: apply() brings it
            mine = local.get(entity)
            if mine is None and full and regs:
                continue  # forgotten by a full store, not deleted
            for fld, value in sorted(adapter.plan_for(entity, mine, regs).items()):
                if fld in waiting and fld != "":
                    continue  # the change was elsewhere in the record
                planned.append((entity, fld, value))
        return planned

    def _value_differences(self, kind: str, adapter: SyncedKind) -> list[tuple[str, str, Value]]:
        """The same for a whole kind of one value per entity, compared as JSON text (100k
        read marks at every start: 1.1 s through the registers, a set pass here)."""
        local = {entity: fields.get("") for entity, fields in adapter.local(None).items()}
        stored = self.replica.values(kind)
        planned: list[tuple[str, str, Value]] = []
        for entity in sorted(local.keys() | stored.keys()):
            mine = local.get(entity)
            text, applied = stored.get(entity, ("null", True))
            if applied and dumps(mine) != text:
                planned.append((entity, "", mine))
        return planned

    def _append(self, ops: list[Op]) -> None:
        """To this machine's log, inside the replica's transaction (one writer at a time)."""
        segment = self.replica.meta("segment")
        size = int(self.replica.meta("segment_size", "0"))
        if segment:
            try:
                now = (self.folder.own / segment).stat().st_size
            except FileNotFoundError:
                now = size  # compacted away: a new segment starts
            except OSError:
                now = size
            if now > size:  # someone else appends to our log: a copy of this data folder
                self._new_identity()
                segment = ""
        try:
            segment, size = self.folder.append(segment, ops[0].seq, self.name, log_lines(ops))
        except OSError as exc:
            self.replica.set_meta(unpublished=1)
            self._failed(exc)
            return
        self.replica.set_meta(segment=segment, segment_size=size)
        self._written(self.folder.own / segment)
        self.error = None

    def _written(self, path: Path) -> None:
        """A file of ours as we left it: pull() does not read it back (everything in it is
        in the replica), unless it changes under us."""
        with contextlib.suppress(OSError):
            st = path.stat()
            key = f"{path.parent.name}/{path.name}"
            self.replica.remember_file(key, st.st_size, st.st_mtime_ns, st.st_ino)

    def _failed(self, exc: OSError) -> None:
        self.error = tr(
            "Cannot write to the sync folder {path}: {reason}. The change is kept on this"
            " machine and goes to the sync folder at the next sync.",
            path=display_path(self.root), reason=reason_of(exc),
        )  # fmt: skip
        log.warning("%s", self.error)

    def catch_up(self, kinds: Collection[str] | None = None) -> int:
        """Record changes the stores hold that were never recorded (made while syncing was
        off, or by a Reader without sync)."""
        names = [k for k in self.kinds if kinds is None or k in kinds]
        done = sum(len(self.record(kind, None, catching_up=True)) for kind in names)
        if kinds is None:
            self.behind = False
        return done

    # -- merging other machines' files -------------------------------------------------------
    def pull(self) -> MergeReport:
        started = time.perf_counter()
        report = MergeReport(at=self.wall())
        files = self.folder.files()
        ops: list[Op] = []
        names: dict[str, str] = {}
        newest: dict[str, int] = {}
        whole: list[tuple[str, int, int, int]] = []
        for found in files:
            if self.replica.file_unchanged(found.key, found.size, found.mtime_ns, found.ino):
                continue
            read = self._read(found, report)
            if read is None:
                continue
            if read.device is not None:
                names.setdefault(read.device, read.name)
                if found.canonical and read.name:
                    names[read.device] = read.name
            for op in read.ops:
                if op.stamp > newest.get(op.device, 0):
                    newest[op.device] = op.stamp
            ops.extend(read.ops)
            if read.complete:
                whole.append((found.key, found.size, found.mtime_ns, found.ino))
        present = {f.folder.removeprefix("device-") for f in files} | {self.device}
        names[self.device] = self.name
        with self.replica.transaction():
            before = {d.id for d in self.replica.devices() if d.present}
            rows = self.replica.merge(ops)
            changed: dict[str, set[str]] = {}
            winners: dict[str, set[tuple[str, str]]] = {}
            for kind, entity, device in rows:
                changed.setdefault(kind, set()).add(entity)
                winners.setdefault(device, set()).add((kind, entity))
            by_device = {device: len(won) for device, won in winners.items()}
            if ops:
                self.clock.observe(max(op.stamp for op in ops))
                stamp = max(self.clock.last, int(self.replica.meta("stamp", "0")))
                self.replica.set_meta(stamp=stamp)
            heard = {d: report.at for d in by_device}
            self.replica.note_devices(names, newest, heard, present)
            self.replica.remember_files(whole, {f.key for f in files})
        report.changed = changed
        report.gone = sorted(before - present)
        report.from_devices = by_device
        report.devices = self.replica.devices()
        report.seconds = time.perf_counter() - started
        return report

    def _read(self, found: FoundFile, report: MergeReport) -> ReadFile | None:
        try:
            read = read_data_file(found.path)
        except OSError as exc:  # gone since listed, or unreadable now: next time
            if not isinstance(exc, FileNotFoundError):
                report.problems.append(f"{display_path(found.path)}: {reason_of(exc)}")
            return None
        report.files_read += 1
        if not found.canonical:
            report.conflict_copies += 1
        if read.newer:
            newer = tr("{path} was written by a newer Reader: it is left as it is.",
                       path=display_path(found.path))  # fmt: skip
            report.problems.append(newer)
        elif not read.complete:
            report.incomplete.append(found.key)
        return read

    # -- writing merged winners to the stores -----------------------------------------------
    def apply(self, kinds: Collection[str] | None = None) -> dict[str, set[str]]:
        """Write the winners the stores do not hold yet; returns what changed, by kind."""
        done: dict[str, set[str]] = {}
        for name, adapter in self.kinds.items():
            if kinds is not None and name not in kinds:
                continue
            with self.replica.transaction():
                registers = self.replica.registers(name, UNAPPLIED)
                if not registers:
                    continue
                pending = set(registers)
                local = adapter.local(pending)
                puts, removes = {}, set()
                ordered = sorted(pending, key=lambda e: max(r.stamp for r in registers[e].values()))
                for entity in ordered:
                    wanted = adapter.view(registers[entity])
                    if wanted is None:
                        if entity in local:
                            removes.add(entity)
                    elif local.get(entity) != wanted:
                        puts[entity] = wanted
                if puts or removes:
                    with self.applying():
                        adapter.write_merged(puts, removes, registers)
                    done[name] = set(puts) | removes
                self.replica.mark_applied(name)
        return done

    # -- all of it --------------------------------------------------------------------------
    def sync(self) -> MergeReport:
        published = self.catch_up()
        report = self.pull()
        report.published = published
        report.applied = self.apply()
        report.compacted = self.compact_if_due(report)
        if self.error:
            report.problems.append(self.error)
        return report

    def compact_if_due(self, report: MergeReport | None = None) -> bool:
        gone = report is not None and bool(report.gone)
        due = (self.replica.meta("unpublished") == "1" or gone
               or self.folder.own_log_bytes() > COMPACT_LOG_BYTES)  # fmt: skip
        return self.compact() if due else False

    def compact(self) -> bool:
        """Fold this machine's log into its snapshot of everything it knows, then delete the
        segments it covers (and conflict copies of its own files, merged by now). The
        snapshot is encoded outside the replica's lock (a second for 100k read marks: a
        change made meanwhile must not wait for it); if one was, the next call compacts."""
        with self.replica.transaction():
            copies = [f.path for f in self.folder.files()
                      if f.folder == self.folder.own.name and not f.canonical]  # fmt: skip
            for copy in copies:  # merged before they go (pull() did, unless it was not run)
                with contextlib.suppress(OSError):
                    self.replica.merge(read_data_file(copy).ops)
            own_seq = int(self.replica.meta("own_seq", "0"))
            winners = list(self.replica.winners())
        data = snapshot_bytes(self.device, self.name, own_seq, winners)
        with self.replica.transaction():
            if int(self.replica.meta("own_seq", "0")) != own_seq:
                return False  # changes were appended meanwhile: their segment stays
            segments = [p for _s, p in self.folder.own_segments()]
            try:
                self.folder.write_snapshot(data)
            except OSError as exc:
                self._failed(exc)
                return False
            self.folder.remove(segments + copies)
            self._written(self.folder.own / SNAPSHOT)
            self.replica.set_meta(segment="", segment_size=0, unpublished=0,
                                  snapshot_seq=own_seq)  # fmt: skip
            self.error = None
        return True

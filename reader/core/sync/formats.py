"""What a machine writes in the sync folder, and reading it back whatever a sync tool did.

One folder per machine (``device-<id>``), written by that machine alone:

- ``log-<first seq>.jsonl``: the operations it made, appended as they happen. The first line
  says whose log it is; every other line is one operation,
  ``[seq, stamp, kind, entity, field, value]`` (compact JSON). Segments are kept small, so a
  sync tool never moves more than a few blocks for an append.
- ``snapshot.json.gz``: everything that machine knows (its own changes and every other
  machine's it merged), one winner per register, written whole under a temporary name and
  renamed; the segments it covers are deleted after it.

Reading never trusts a file: a line cut short, a gzip stream that ends early or a header that
is missing make the file *incomplete*: what is readable is merged, and the file is read again
when it changes. Conflict copies (Syncthing's ``log-….sync-conflict-….jsonl``, Dropbox's
``snapshot (… conflicted copy …).json.gz``) are read like the file they copy (the content says
whose operations they hold) and are never taken for a machine of their own. Temporary files of
sync tools (``.syncthing.….tmp``, ``~syncthing~….tmp``, hidden files) are not read at all.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, NamedTuple

FORMAT_VERSION = 1
DEVICE_PREFIX = "device-"
SNAPSHOT = "snapshot.json.gz"
LOG_NAME = re.compile(r"log-(\d{10})\.jsonl")
DEVICE_ID = re.compile(r"[0-9a-f]{16}")
MAX_FILE_BYTES = 256 << 20  # a file this large is not ours: said, never loaded
Value = Any  # JSON: None, bool, int, float, str, list, dict


class Op(NamedTuple):
    """One change to one register: (kind, entity, field) takes ``value`` at ``stamp``."""

    kind: str
    entity: str
    field: str
    stamp: int
    device: str
    value: Value
    seq: int = 0  # the writer's own counter (0 when read from a snapshot)

    def order(self) -> tuple[int, str, str]:
        """The total order every machine uses: stamp, then device, then the value's text."""
        return (self.stamp, self.device, dumps(self.value))


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
_CONSTANTS: dict[str, Value] = {"true": True, "false": False, "null": None}
_NOT_CONSTANT = object()


def dumps(value: Value) -> str:
    """Compact JSON, the same text on every machine (the tie-break compares it). The
    constants and strings most registers hold skip the encoder object (165k registers:
    json.dumps built an encoder per call and took 6.8 s)."""
    if value is True:
        return "true"
    if value is None:
        return "null"
    if value is False:
        return "false"
    if type(value) is str:
        return encode_basestring(value)
    return _ENCODE(value)


def loads(text: str) -> Value:
    value = _CONSTANTS.get(text, _NOT_CONSTANT)
    return json.loads(text) if value is _NOT_CONSTANT else value


def log_name(first_seq: int) -> str:
    return f"log-{first_seq:010d}.jsonl"


def device_dir_name(device: str) -> str:
    return DEVICE_PREFIX + device


def is_temporary(name: str) -> bool:
    """Sync tools' and our own files in flight (hidden, ~-prefixed, .tmp/.partial)."""
    return name.startswith((".", "~")) or name.endswith((".tmp", ".partial", ".part"))


def is_data_file(name: str) -> bool:
    """A log, a snapshot, or a conflict copy of one."""
    return not is_temporary(name) and name.startswith(("log-", "snapshot"))


def is_canonical(name: str) -> bool:
    return name == SNAPSHOT or LOG_NAME.fullmatch(name) is not None


# -- writing --------------------------------------------------------------------------------
def log_header(device: str, name: str) -> bytes:
    head = {"reader_sync": "log", "version": FORMAT_VERSION, "device": device, "name": name}
    return (dumps(head) + "\n").encode("utf-8")


def log_lines(ops: Iterable[Op]) -> bytes:
    q = encode_basestring
    return "".join(
        f"[{op.seq},{op.stamp},{q(op.kind)},{q(op.entity)},{q(op.field)},{dumps(op.value)}]\n"
        for op in ops
    ).encode("utf-8")


def snapshot_bytes(device: str, name: str, own_seq: int, ops: Iterable[Op]) -> bytes:
    """A snapshot: per kind, columns of registers sorted by stamp with the stamps as
    differences (most are a few ms apart) and devices as indexes: gzip then finds the
    repeats. 100k read marks + 10k bookmarks: see bench/README.md."""
    devices: dict[str, int] = {}
    by_kind: dict[str, list[Op]] = {}
    for op in ops:
        by_kind.setdefault(op.kind, []).append(op)
        devices.setdefault(op.device, len(devices))
    kinds: dict[str, dict[str, list[Any]]] = {}
    for kind, rows in sorted(by_kind.items()):
        rows.sort(key=lambda o: (o.stamp, o.entity, o.field))
        stamps, last = [], 0
        for op in rows:
            stamps.append(op.stamp - last)
            last = op.stamp
        kinds[kind] = {
            "entity": [o.entity for o in rows], "field": [o.field for o in rows],
            "stamp": stamps, "device": [devices[o.device] for o in rows],
            "value": [o.value for o in rows],
        }  # fmt: skip
    doc = {"reader_sync": "snapshot", "version": FORMAT_VERSION, "device": device, "name": name,
           "own_seq": own_seq, "devices": list(devices), "kinds": kinds}  # fmt: skip
    return gzip.compress(dumps(doc).encode("utf-8"), compresslevel=9, mtime=0)


# -- reading --------------------------------------------------------------------------------
@dataclass
class ReadFile:
    """What one file held: its writer, the operations that could be read, and whether the
    whole file could (else it is read again when it changes)."""

    device: str | None = None
    name: str = ""
    ops: list[Op] = field(default_factory=list)
    complete: bool = False
    newer: bool = False  # written by a newer Reader: left alone
    damaged_lines: int = 0
    max_seq: int = 0


def read_data_file(path: Path) -> ReadFile:
    """Never raises for content; OSError for a file that cannot be read."""
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return ReadFile()
    if data[:2] == b"\x1f\x8b":
        return _read_snapshot(data)
    return _read_log(data)


def _header(doc: object, what: str) -> tuple[str, str, bool] | None:
    """(device, name, newer) of a valid header, else None."""
    if not isinstance(doc, dict) or doc.get("reader_sync") != what:
        return None
    device, version = doc.get("device"), doc.get("version")
    if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
        return None
    if not isinstance(version, int):
        return None
    name = doc.get("name")
    return device, name if isinstance(name, str) else "", version > FORMAT_VERSION


def _read_log(data: bytes) -> ReadFile:
    result = ReadFile()
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: empty, or a line still being written
    if not lines:
        return result
    try:
        header = _header(json.loads(lines[0]), "log")
    except (ValueError, RecursionError):
        header = None
    if header is None:
        return result
    result.device, result.name, result.newer = header
    if result.newer:
        result.complete = True
        return result
    for raw in lines[1:]:
        op = _op_of_line(raw, result.device)
        if op is None:
            result.damaged_lines += 1
            continue
        result.ops.append(op)
        result.max_seq = max(result.max_seq, op.seq)
    result.complete = not tail and not result.damaged_lines
    return result


def _op_of_line(raw: bytes, device: str) -> Op | None:
    try:
        row = json.loads(raw)
    except (ValueError, RecursionError):  # cut short, not UTF-8 JSON, nested past reason
        return None
    if not isinstance(row, list) or len(row) != 6:
        return None
    seq, stamp, kind, entity, fld, value = row
    if not (_is_count(seq) and _is_count(stamp) and isinstance(kind, str) and kind
            and isinstance(entity, str) and isinstance(fld, str)):  # fmt: skip
        return None
    return Op(kind, entity, fld, stamp, device, value, seq)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _read_snapshot(data: bytes) -> ReadFile:
    result = ReadFile()
    try:
        doc = json.loads(gzip.decompress(data))
    except (
        EOFError,
        OSError,
        zlib.error,
        ValueError,
        RecursionError,
    ):  # cut short, or not our gzip
        return result
    header = _header(doc, "snapshot")
    if header is None:
        return result
    result.device, result.name, result.newer = header
    result.complete = True
    if result.newer:
        return result
    own_seq, devices, kinds = doc.get("own_seq"), doc.get("devices"), doc.get("kinds")
    if not (_is_count(own_seq) and isinstance(devices, list) and isinstance(kinds, dict)):
        result.complete = False
        return result
    result.max_seq = own_seq
    ids = [d if isinstance(d, str) and DEVICE_ID.fullmatch(d) else None for d in devices]
    for kind, columns in kinds.items():
        ops = _snapshot_ops(kind, columns, ids)
        if ops is None:  # a kind that does not read whole: the rest still merges
            result.complete = False
            continue
        result.ops.extend(ops)
    return result


def _snapshot_ops(kind: str, columns: object, ids: list[str | None]) -> list[Op] | None:
    """The registers of one kind, or None when its columns do not read whole."""
    if not isinstance(columns, dict):
        return None
    cols = [columns.get(n) for n in ("entity", "field", "stamp", "device", "value")]
    lists = [c for c in cols if isinstance(c, list)]
    if len(lists) != len(cols) or len({len(c) for c in lists}) != 1:
        return None
    ops, stamp = [], 0
    for entity, fld, delta, index, value in zip(*lists, strict=True):
        if not (isinstance(entity, str) and isinstance(fld, str) and isinstance(delta, int)
                and isinstance(index, int) and 0 <= index < len(ids)):  # fmt: skip
            return None
        stamp += delta
        device = ids[index]
        if device is None or stamp < 0:
            return None
        ops.append(Op(kind, entity, fld, stamp, device, value))
    return ops

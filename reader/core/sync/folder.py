"""The sync folder on disk: this machine's own files written, every machine's files found.

This machine only ever writes inside its own ``device-<id>`` folder, so a sync tool never sees
two machines change one file. An append that fails half-way (a full disk) is cut back to where
it began, and a segment that does not end with a newline gets one before the next append: a
torn line costs only itself, never the operation after it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.core.sync.formats import (
    DEVICE_ID,
    DEVICE_PREFIX,
    LOG_NAME,
    SNAPSHOT,
    device_dir_name,
    is_canonical,
    is_data_file,
    log_header,
    log_name,
)

SEGMENT_BYTES = 128 << 10  # a new segment past this: Syncthing's block size


@dataclass(frozen=True)
class FoundFile:
    path: Path
    folder: str  # the device folder it is in (its name says whose, the content decides)
    canonical: bool  # False: a conflict copy made by a sync tool
    size: int
    mtime_ns: int
    ino: int

    @property
    def key(self) -> str:
        return f"{self.folder}/{self.path.name}"


class SyncFolder:
    def __init__(self, root: Path, device: str) -> None:
        self.root = root
        self.device = device

    @property
    def own(self) -> Path:
        return self.root / device_dir_name(self.device)

    # -- finding ----------------------------------------------------------------------------
    def device_folders(self) -> list[Path]:
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return []
        found = []
        for entry in entries:
            name = entry.name
            if name.startswith(DEVICE_PREFIX) and DEVICE_ID.fullmatch(name[len(DEVICE_PREFIX) :]):
                with contextlib.suppress(OSError):
                    if entry.is_dir():
                        found.append(Path(entry.path))
        return sorted(found)

    def files(self) -> list[FoundFile]:
        """Every log, snapshot and conflict copy in every device folder (sorted)."""
        found = []
        for folder in self.device_folders():
            try:
                entries = list(os.scandir(folder))
            except OSError:  # gone or unreadable for now: looked at again next time
                continue
            for entry in entries:
                if not is_data_file(entry.name):
                    continue
                try:
                    if not entry.is_file():
                        continue
                    st = entry.stat()
                except OSError:
                    continue
                found.append(FoundFile(Path(entry.path), folder.name, is_canonical(entry.name),
                                       st.st_size, st.st_mtime_ns, st.st_ino))  # fmt: skip
        return sorted(found, key=lambda f: f.key)

    def own_segments(self) -> list[tuple[int, Path]]:
        try:
            names = os.listdir(self.own)
        except FileNotFoundError:
            return []
        found = []
        for name in names:
            match = LOG_NAME.fullmatch(name)
            if match:
                found.append((int(match.group(1)), self.own / name))
        return sorted(found)

    def own_log_bytes(self) -> int:
        total = 0
        for _seq, path in self.own_segments():
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    # -- writing -----------------------------------------------------------------------------
    def append(self, segment: str, first_seq: int, name: str, lines: bytes) -> tuple[str, int]:
        """Append ``lines`` to the segment ``segment`` (a new one, named after ``first_seq``,
        when it is "" or full); returns (segment, its size now). Raises OSError with the
        segment as it was before."""
        self.own.mkdir(exist_ok=True)  # never the sync folder itself (an unmounted disk)
        path = self.own / segment if segment else None
        size = _size(path) if path is not None else -1
        if path is None or size < 0 or size >= SEGMENT_BYTES:
            path = self.own / log_name(first_seq)
            size = _size(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            start = os.fstat(fd).st_size
            data = lines
            if start == 0:
                data = log_header(self.device, name) + lines
            elif not _ends_with_newline(path, start):
                data = b"\n" + lines  # a torn line stays alone: the next one reads whole
            try:
                _write_all(fd, data)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                raise
            end = os.fstat(fd).st_size
        finally:
            os.close(fd)
        return path.name, end

    def write_snapshot(self, data: bytes) -> None:
        """The snapshot, whole or not at all: written under a hidden temporary name (sync
        tools skip it), flushed to the disk, then renamed over the old one."""
        self.own.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".snapshot-", suffix=".tmp", dir=self.own)
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.own / SNAPSHOT)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def remove(self, paths: list[Path]) -> None:
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


def _ends_with_newline(path: Path, size: int) -> bool:
    with path.open("rb") as fh:
        fh.seek(size - 1)
        return fh.read(1) == b"\n"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]

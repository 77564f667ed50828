"""Two real Syncthing daemons on 127.0.0.1 for sync tests (../shared/notes/syncthing-lab.md).

Each daemon gets its own home (keys, config, database), listens on 127.0.0.1 only, with every
outward service off (global and local discovery, relays, NAT traversal, STUN, usage and crash
reports, upgrades), and shares one folder with the other. Tests wait on conditions (the REST
API, the files on disk), never on a fixed sleep, and stop what they started."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _ports() -> range:
    """The ports the daemons may take: READER_TEST_PORTS=FIRST-LAST (each engineer's own range
    on a shared machine), else 22000-22999."""
    first, _, last = os.environ.get("READER_TEST_PORTS", "22000-22999").partition("-")
    return range(int(first), int(last or first) + 1)


PORTS = _ports()
FOLDER_ID = "reader-sync"
SETTLE_TIMEOUT_S = 240.0


def syncthing() -> str:
    found = shutil.which("syncthing")
    if found is None:
        pytest.skip("needs syncthing (apt-get install syncthing)")
    return found


def free_ports(count: int) -> list[int]:
    """Ports of our range that nothing listens on now (each held while the next is chosen)."""
    held: list[socket.socket] = []
    ports: list[int] = []
    start = (os.getpid() * 7) % len(PORTS)
    try:
        for offset in range(len(PORTS)):
            port = PORTS[(start + offset) % len(PORTS)]
            probe = socket.socket()
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                probe.close()
                continue
            held.append(probe)
            ports.append(port)
            if len(ports) == count:
                return ports
    finally:
        for probe in held:
            probe.close()
    raise RuntimeError(f"no free ports in {PORTS.start}-{PORTS.stop - 1}")


def _set(options: ET.Element, name: str, value: str) -> None:
    for old in options.findall(name):
        options.remove(old)
    ET.SubElement(options, name).text = value


class Daemon:
    def __init__(self, home: Path, folder: Path, name: str, listen: int, gui: int) -> None:
        self.home, self.folder, self.name = home, folder, name
        self.listen, self.gui = listen, gui
        self.process: subprocess.Popen[bytes] | None = None
        self.log = home / "syncthing.log"
        home.mkdir(parents=True)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".stfolder").mkdir(exist_ok=True)  # Syncthing's folder marker
        subprocess.run([syncthing(), "generate", f"--home={home}", "--no-default-folder",
                        "--skip-port-probing"], check=True, capture_output=True)  # fmt: skip
        self.device_id = subprocess.run(
            [syncthing(), f"--home={home}", "--device-id"], check=True, capture_output=True,
            text=True,
        ).stdout.strip()  # fmt: skip
        self.api_key = ""

    def configure(self, other: Daemon) -> None:
        """Loopback only, nothing outward; the other daemon as a device; the folder shared."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for name in ("listenAddress", "globalAnnounceServer", "stunServer"):
            for old in options.findall(name):
                options.remove(old)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{self.listen}"
        for name in ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled",
                     "natEnabled", "crashReportingEnabled", "startBrowser",
                     "announceLANAddresses", "restartOnWakeup"):  # fmt: skip
            _set(options, name, "false")
        _set(options, "urAccepted", "-1")
        _set(options, "autoUpgradeIntervalH", "0")
        _set(options, "stunKeepaliveStartS", "0")  # 0: no STUN
        _set(options, "reconnectionIntervalS", "2")
        _set(options, "minHomeDiskFree", "0")
        gui = root.find("gui")
        assert gui is not None
        address = gui.find("address")
        assert address is not None
        address.text = f"127.0.0.1:{self.gui}"
        key = gui.find("apikey")
        assert key is not None and key.text
        self.api_key = key.text
        device = ET.SubElement(root, "device", id=other.device_id, name=other.name,
                               compression="metadata", introducer="false")  # fmt: skip
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{other.listen}"
        folder = ET.Element("folder", id=FOLDER_ID, label="Reader", path=str(self.folder),
                            type="sendreceive", rescanIntervalS="3600",
                            fsWatcherEnabled="true", fsWatcherDelayS="1")  # fmt: skip
        for device_id in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device_id)
        ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
        ET.SubElement(folder, "markerName").text = ".stfolder"
        root.insert(0, folder)
        tree.write(path)

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
               "HOME": str(self.home)}  # fmt: skip
        self.process = subprocess.Popen(
            [syncthing(), "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", f"--logfile={self.log}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

    def rest(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}", method=method,
            headers={"X-API-Key": self.api_key},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def try_rest(self, path: str) -> object:
        try:
            return self.rest(path)
        except (OSError, ValueError):
            return None

    def answers(self) -> bool:
        return self.try_rest("/rest/system/ping") == {"ping": "pong"}

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-25:])
        return ""


def wait_for(what: str, condition: Callable[[], bool], daemons: list[Daemon],
             timeout: float = SETTLE_TIMEOUT_S) -> None:  # fmt: skip
    """Poll ``condition`` until it holds; fail with the daemons' logs when a daemon died or
    the time is up (a generous bound on a busy machine, not a sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        dead = [d.name for d in daemons if not d.alive()]
        if dead or time.monotonic() > deadline:
            logs = "\n".join(f"--- {d.name}\n{d.log_tail()}" for d in daemons)
            pytest.fail(f"{what}: {'daemon died: ' + str(dead) if dead else 'timed out'}\n{logs}")
        time.sleep(0.1)


def folder_files(folder: Path) -> dict[str, str]:
    """The files a sync must carry (Syncthing's marker and temporary files aside)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith(".stfolder") or ".syncthing." in path.name or not path.is_file():
            continue
        with contextlib.suppress(FileNotFoundError):
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def in_step(a: Daemon, b: Daemon) -> bool:
    """Both daemons idle, each saying the other has everything, and the same files on disk."""
    for me, other in ((a, b), (b, a)):
        status = me.try_rest(f"/rest/db/status?folder={FOLDER_ID}")
        done = me.try_rest(f"/rest/db/completion?folder={FOLDER_ID}&device={other.device_id}")
        if not (isinstance(status, dict) and isinstance(done, dict)):
            return False
        if status.get("state") != "idle" or status.get("needTotalItems", 1) != 0:
            return False
        if done.get("completion") != 100 or done.get("needItems", 1) != 0:
            return False
    return folder_files(a.folder) == folder_files(b.folder)


@contextlib.contextmanager
def two_daemons(root: Path) -> Iterator[tuple[Daemon, Daemon]]:
    """Two paired daemons sharing one folder each (``root/a/Sync``, ``root/b/Sync``), started,
    connected; stopped (and waited for) whatever the test did."""
    listen_a, gui_a, listen_b, gui_b = free_ports(4)
    a = Daemon(root / "a" / "syncthing", root / "a" / "Sync", "st-a", listen_a, gui_a)
    b = Daemon(root / "b" / "syncthing", root / "b" / "Sync", "st-b", listen_b, gui_b)
    a.configure(b)
    b.configure(a)
    daemons = [a, b]
    try:
        for d in daemons:
            d.start()
        for d in daemons:
            wait_for(f"{d.name} REST", d.answers, daemons)

        def connected() -> bool:
            for me, other in ((a, b), (b, a)):
                seen = me.try_rest("/rest/system/connections")
                if not isinstance(seen, dict):
                    return False
                if not seen.get("connections", {}).get(other.device_id, {}).get("connected"):
                    return False
            return True

        wait_for("the daemons connected", connected, daemons)
        yield a, b
    finally:
        for d in daemons:
            d.stop()


def settle(a: Daemon, b: Daemon) -> None:
    """Ask both to rescan now (the watcher would, a second later), then wait until in step."""
    for d in (a, b):
        d.rest(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")
    wait_for("the folders in step", lambda: in_step(a, b), [a, b])

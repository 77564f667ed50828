"""One running Reader per user data dir: a second launch hands its folder over and exits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reader.core.runtime_dir import instance_socket

TIMEOUT_MS = 1500


def server_name() -> str:
    """Per data dir (tests, each with their own dir, never talk to a real instance), in a
    folder only this user can enter (reader/core/runtime_dir.py): not a name in /tmp."""
    return instance_socket()


def hand_over(message: str) -> bool:
    """True when a running instance took the message (this process should exit)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.flush()  # usually writes it all at once; wait only for what is left
    ok = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    message = Signal(str)  # "" = just focus; else a folder to open

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name()
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            self.message.emit(line)

    def close(self) -> None:
        self.server.close()

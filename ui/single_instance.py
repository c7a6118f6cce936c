"""One desk-sms window per data directory.

The first process listens on a local socket named from a hash of its data dir.
A second launch on the same data dir connects, sends "raise" and exits; the
first process shows and raises its window. Other data dirs do not collide.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


def instance_key(data_dir: Path) -> str:
    """A short socket name (Unix socket paths are limited) unique to the resolved data dir."""
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"desk-sms-{digest[:20]}"


class SingleInstanceGuard(QObject):
    """Either becomes the running instance or tells the running one to come forward.

    Signals:
        raise_requested(): another launch asked this instance to show its window.
    """

    raise_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def acquire(self) -> bool:
        """True when this process is now the instance; False after asking the running one to raise."""
        if self._ask_running_instance_to_raise():
            return False
        return self._listen()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _ask_running_instance_to_raise(self) -> bool:
        socket = QLocalSocket()  # owned by this function: gone when it returns
        socket.connectToServer(self._key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_REQUEST)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def _listen(self) -> bool:
        # A crashed instance may leave its socket file behind; nobody answered on it, so it is stale.
        QLocalServer.removeServer(self._key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self._key):
            # Still run: a second window is a smaller harm than no window at all.
            log.info("single-instance server not started: %s", server.errorString())
            return True
        self._server = server
        return True

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read_request(socket)  # bytes may have arrived before readyRead was connected

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_request(socket)

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.bytesAvailable():
            return
        if RAISE_REQUEST.strip() in bytes(socket.readAll().data()):
            log.info("another launch asked this window to come forward")
            self.raise_requested.emit()

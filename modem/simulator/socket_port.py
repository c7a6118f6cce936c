"""A local TCP port: the host opens `socket://127.0.0.1:PORT` with pyserial's `serial_for_url`.

The transport every platform has (Windows has no pseudo-terminals). The simulator listens on
the loopback interface only; one host connection at a time, and a new connection replaces the
old one, as reopening a serial port would. Output while no host is connected is dropped, as
a real modem's UART drops it with nobody listening. Closing (unplug) ends the connection, so
the host reads "socket disconnected" as it would read EIO from a pulled USB modem.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading

from modem.simulator.pty_port import PortClosedError

_WRITE_GRACE_SECONDS = 2.0
_READ_CHUNK = 4096
LOOPBACK = "127.0.0.1"


class SocketPort:
    """A listening loopback socket; `path` is the URL the host opens."""

    def __init__(self) -> None:
        self._listener = socket.create_server((LOOPBACK, 0))
        self.path: str = f"socket://{LOOPBACK}:{self._listener.getsockname()[1]}"
        self._wake_read, self._wake_write = socket.socketpair()  # select() on Windows takes sockets only
        self._host: socket.socket | None = None
        self._lock = threading.Lock()
        self._closed = threading.Event()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def read(self, timeout: float | None = None) -> bytes:
        """Bytes the host wrote; b"" on timeout or (dis)connection. Raises PortClosedError once closed."""
        if self.closed:
            raise PortClosedError("socket port closed")
        host = self._host
        watched = [self._listener, self._wake_read] + ([host] if host is not None else [])
        try:
            ready, _, _ = select.select(watched, [], [], timeout)
        except (OSError, ValueError) as error:
            raise PortClosedError("socket port closed") from error
        if self.closed or self._wake_read in ready:
            raise PortClosedError("socket port closed")
        if self._listener in ready:
            self._accept()
        if host is None or host not in ready:
            return b""
        return self._receive(host)

    def _accept(self) -> None:
        try:
            connection, _address = self._listener.accept()
        except OSError:
            return
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.settimeout(_WRITE_GRACE_SECONDS)
        with self._lock:
            previous, self._host = self._host, connection
        if previous is not None:
            previous.close()

    def _receive(self, host: socket.socket) -> bytes:
        try:
            data = host.recv(_READ_CHUNK)
        except OSError:
            data = b""
        if not data:  # the host closed its port
            with self._lock:
                if self._host is host:
                    self._host = None
            host.close()
        return data

    def write(self, data: bytes) -> bool:
        """Send `data` to the host; False if nobody is connected, it stalled, or the port is closed."""
        with self._lock:
            host = self._host
            if host is None or self.closed:
                return False
            try:
                host.sendall(data)
            except OSError:
                return False
            return True

    def shut(self) -> None:
        """Refuse further reads and writes and wake a blocked reader. Idempotent."""
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(OSError):
            self._wake_write.send(b"x")

    def release(self) -> None:
        """Close every socket: a connected host reads end-of-stream (its port is lost).

        Call after the reader thread has finished.
        """
        self.shut()
        with self._lock:
            host, self._host = self._host, None
            for sock in (host, self._listener, self._wake_read, self._wake_write):
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.close()

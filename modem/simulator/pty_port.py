"""A pseudo-terminal pair: the host opens the slave path like a serial port.

The simulator keeps its own descriptor on the slave side open, so reads on the
master never fail with EIO while the host has the port closed (between reconnects).
The master is non-blocking: when the host stops reading, output is dropped after a
grace period instead of wedging the simulator, as a real modem's UART would.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading

_WRITE_GRACE_SECONDS = 2.0
_READ_CHUNK = 4096


class PortClosedError(OSError):
    """The pty was closed (unplugged) while reading or writing."""


class PtyPort:
    """One pty pair; `path` is what the host opens."""

    def __init__(self) -> None:
        import tty  # POSIX only: imported here so the socket transport works where it is missing

        self._master_fd, self._slave_fd = os.openpty()
        # Raw from the start: otherwise the line discipline would echo our output back
        # to us and turn CR into LF before the host configures the port.
        tty.setraw(self._slave_fd)
        os.set_blocking(self._master_fd, False)
        self.path: str = os.ttyname(self._slave_fd)
        self._wake_read, self._wake_write = os.pipe()
        self._write_lock = threading.Lock()
        self._closed = threading.Event()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def read(self, timeout: float | None = None) -> bytes:
        """Bytes the host wrote; b"" on timeout. Raises PortClosedError once closed."""
        if self.closed:
            raise PortClosedError("pty closed")
        try:
            ready, _, _ = select.select([self._master_fd, self._wake_read], [], [], timeout)
        except (OSError, ValueError) as error:
            raise PortClosedError("pty closed") from error
        if self.closed or self._wake_read in ready:
            raise PortClosedError("pty closed")
        if not ready:
            return b""
        try:
            return os.read(self._master_fd, _READ_CHUNK)
        except BlockingIOError:
            return b""
        except OSError as error:
            raise PortClosedError("pty read failed") from error

    def write(self, data: bytes) -> bool:
        """Send `data` to the host; False if (part of) it was dropped or the port is closed."""
        with self._write_lock:
            view = memoryview(data)
            deadline_left = _WRITE_GRACE_SECONDS
            while view and not self.closed:
                try:
                    written = os.write(self._master_fd, view)
                    view = view[written:]
                except BlockingIOError:
                    if not self._wait_writable(deadline_left):
                        return False
                    deadline_left /= 2  # a host that keeps stalling gets less patience
                except OSError:
                    return False
            return not view

    def _wait_writable(self, timeout: float) -> bool:
        try:
            _, ready, _ = select.select([], [self._master_fd], [], timeout)
        except (OSError, ValueError):
            return False
        return bool(ready)

    def shut(self) -> None:
        """Refuse further reads and writes and wake a blocked reader. Idempotent."""
        if self._closed.is_set():
            return
        self._closed.set()
        os.write(self._wake_write, b"x")

    def release(self) -> None:
        """Close every descriptor: the host sees a hang-up (EIO / no data).

        Call after the reader thread has finished, so no thread can select on a
        descriptor number the process has already reused.
        """
        self.shut()
        with self._write_lock:
            for fd in (self._master_fd, self._slave_fd, self._wake_read, self._wake_write):
                with contextlib.suppress(OSError):
                    os.close(fd)

"""SIGTERM (a logout, `kill`, a service manager) closes the window the way its close button does.

Python runs a signal handler only when the interpreter gets control, which Qt's event loop does not
give it while idle. So the signal is turned into a byte on a socket pair (`signal.set_wakeup_fd`),
and a socket notifier in the event loop reads it and closes the window: the window's state is
saved and the engine follows *keep sending when the window is closed*, as after a normal close.
Windows sends no SIGTERM to a windowed program; there this does nothing.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


def close_on_terminate(parent: QObject, close: Callable[[], None]) -> Callable[[], None]:
    """Call `close` (on the GUI thread) when SIGTERM arrives; returns the undo for shutdown."""
    if sys.platform == "win32":
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous_handler = signal.signal(signal.SIGTERM, lambda _signum, _frame: None)  # the byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def on_signal() -> None:
        try:
            received = reader.recv(64)
        except BlockingIOError:
            return
        if signal.SIGTERM in received:
            log.info("SIGTERM: closing the window")
            close()

    notifier.activated.connect(on_signal)

    def undo() -> None:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()

    return undo

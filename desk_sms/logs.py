"""Logging: a rotating file in the data directory and a RAM tail for diagnostics."""

from __future__ import annotations

import collections
import contextlib
import logging
import logging.handlers
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


class TailHandler(logging.Handler):
    """Keeps the last `capacity` formatted records in memory (for a Diagnostics view and bug reports)."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lines_lock = threading.Lock()
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        with self._lines_lock:
            self._lines.append(line)

    def tail(self, count: int = 200) -> list[str]:
        with self._lines_lock:
            return list(self._lines)[-count:]


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file; when it cannot be written (a full disk) it says so once, then keeps quiet.

    The standard handler prints a "Logging error" traceback for every line it cannot write. This
    one writes a single warning to stderr, lets the lines go to the RAM tail only, tries the file
    again every `retry_seconds`, and once it takes lines again notes how many it missed.
    """

    def __init__(
        self, path: Path, retry_seconds: float = 30.0, monotonic: Callable[[], float] = time.monotonic,
        announce: bool | None = None,
    ) -> None:
        """`announce`: whether the warning goes to stderr; None follows `announce_log_failures`."""
        super().__init__(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True)
        self._announce = announce
        self._retry_seconds = retry_seconds
        self._monotonic = monotonic
        self._retry_at: float | None = None  # set while the file refuses lines
        self._missed = 0
        self._failed_now = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._retry_at is not None and self._monotonic() < self._retry_at:
            self._missed += 1
            return
        self._failed_now = False
        super().emit(record)
        if self._retry_at is not None and not self._failed_now:
            self._retry_at = None
            missed, self._missed = self._missed, 0
            note = logging.makeLogRecord(
                {
                    "name": __name__,
                    "levelno": logging.WARNING,
                    "levelname": "WARNING",
                    "msg": "the log file can be written again; %d line(s) were missed (kept in memory only)",
                    "args": (missed,),
                }
            )
            super().emit(note)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._failed_now = True
        self._missed += 1
        announce = _announce_log_failures if self._announce is None else self._announce
        if self._retry_at is None and announce:
            print(
                f"desk-sms: cannot write the log file {self.baseFilename} ({error.strerror or error}); "
                "logging to memory only until it can",
                file=sys.stderr,
            )
        self._retry_at = self._monotonic() + self._retry_seconds
        self._drop_stream()

    def _drop_stream(self) -> None:
        """Close the file (its unwritten buffer is lost with the line); the next try opens it anew."""
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


_tail: TailHandler | None = None
_announce_log_failures = True


def announce_log_failures(enabled: bool) -> None:
    """Whether a log file that refuses lines is told on stderr (long-running processes: yes).

    A one-shot command keeps stderr for its own result: its one-line error already says what is wrong.
    """
    global _announce_log_failures
    _announce_log_failures = enabled


def setup_logging(log_file: Path | None, level: int = logging.INFO) -> TailHandler:
    """Install the file and RAM handlers once per process; later calls only retarget the file."""
    global _tail
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level))
    if _tail is None:
        _tail = TailHandler()
        root.addHandler(_tail)
    for handler in [h for h in root.handlers if getattr(h, "_desk_sms_file", False)]:
        root.removeHandler(handler)
        handler.close()
    if log_file is not None:
        file_handler = QuietFileHandler(log_file)
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler.setLevel(level)
        file_handler._desk_sms_file = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    return _tail


def log_tail(count: int = 200) -> list[str]:
    return _tail.tail(count) if _tail else []

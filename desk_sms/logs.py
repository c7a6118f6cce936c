"""Logging: a rotating file in the data directory and a RAM tail for diagnostics."""

from __future__ import annotations

import collections
import logging
import logging.handlers
import threading
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


_tail: TailHandler | None = None


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
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler.setLevel(level)
        file_handler._desk_sms_file = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    return _tail


def log_tail(count: int = 200) -> list[str]:
    return _tail.tail(count) if _tail else []

"""Database writes that fail on command, as on a full disk (an SQLAlchemy cursor hook).

The hook raises SQLite's own "database or disk is full" error before a matching statement runs, so
the code under test sees exactly what a full disk gives it (wrapped by SQLAlchemy as an
OperationalError). Tests that need a real full file system use `small_disk.py` instead.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def disk_full_error() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # SQLITE_FULL
    error.sqlite_errorname = "SQLITE_FULL"
    return error


def disk_io_error() -> sqlite3.OperationalError:
    """What SQLite says when the disk under the file is gone (a USB stick pulled out)."""
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10  # SQLITE_IOERR
    error.sqlite_errorname = "SQLITE_IOERR"
    return error


class WriteFaults:
    """`on()` makes matching writes fail until `off()`; `hits` counts the refused statements.

    Attributes:
        only: a regular expression the statement must match too (e.g. only the outcome's part rows).
    """

    def __init__(
        self, engine: Engine, only: str | None = None, error: Callable[[], Exception] = disk_full_error
    ) -> None:
        self._engine = engine
        self._error = error
        self.only = re.compile(only, re.IGNORECASE | re.DOTALL) if only else None
        self._active = threading.Event()
        self._lock = threading.Lock()
        self._hit = threading.Condition(self._lock)
        self.hits = 0
        event.listen(engine, "before_cursor_execute", self._before)

    def on(self) -> None:
        self._active.set()

    def off(self) -> None:
        self._active.clear()

    def remove(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._before)

    def wait_for_hits(self, count: int, timeout: float = 30.0) -> bool:
        """Wait (on a condition, not a sleep) until `count` statements were refused in all."""
        with self._hit:
            return self._hit.wait_for(lambda: self.hits >= count, timeout)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not self._active.is_set() or not WRITES.match(statement):
            return
        if self.only is not None and not self.only.search(statement):
            return
        with self._hit:
            self.hits += 1
            self._hit.notify_all()
        raise self._error()

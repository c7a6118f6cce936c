"""Whether the engine's database writes go through, and why not: the pause the user is shown.

While the disk holding a database file is full, its folder read-only or gone, every write fails:
claims, outcomes, the lease's heartbeat. The engine then pauses sending (claims fail before
anything reaches a modem) and retries quietly. This object names the pause once (one warning in
the log, one `StorageStateChanged` for the window) and ends it at the first write that works.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import InterfaceError, OperationalError

from desk_sms import storage
from desk_sms.events import EventBus, StorageStateChanged

log = logging.getLogger(__name__)

# What a database says when it cannot take a write now (a full disk, a lost server, a lock held
# too long); anything else (an IntegrityError, a bug) would fail the same way on every retry.
RETRYABLE = (OperationalError, InterfaceError)


class WriteHealth:
    """Attributes:
    state: the storage problem that pauses writing now, or None.
    refused: how many writes a storage problem refused so far (for diagnostics and tests).
    held: True while writes still wait to be retried (kept outcomes): a pause does not end before them.
    """

    def __init__(self, database_file: Path | None, events: EventBus) -> None:
        self._database_file = database_file
        self._events = events
        self._lock = threading.Lock()
        self.state: storage.StorageState | None = None
        self.refused = 0
        self.held: Callable[[], bool] = lambda: False

    @property
    def paused(self) -> bool:
        return self.state is not None

    def failed(self, exc: BaseException) -> bool:
        """Note a failed write; True when a storage problem explains it (retry it quietly)."""
        if self._database_file is None:
            return False
        found = storage.explain(self._database_file.parent, exc, self._database_file)
        if found is None:
            return False
        with self._lock:
            changed = self.state is None or self.state.problem is not found.problem
            self.state = found
            self.refused += 1
        if changed:
            log.warning("sending paused until the database can be written: %s", found.error().message)
            self._publish(found)
        return True

    def succeeded(self) -> None:
        """A write went through: end the pause, if there was one and nothing waits to be retried."""
        if self.held():
            return
        with self._lock:
            was, self.state = self.state, None
        if was is not None:
            log.warning("the database can be written again (%s); sending resumes", was.folder)
            self._events.publish(StorageStateChanged(None, str(was.folder)))

    def _publish(self, found: storage.StorageState) -> None:
        self._events.publish(
            StorageStateChanged(str(found.problem), str(found.folder), found.free_bytes, found.needed_bytes)
        )

"""The data folder, watched by a window that does not drive the modems itself.

When another desk-sms (`desk-sms serve`, another window) holds the engine, this process never sees
that engine's failed writes. It can still see the folder: gone, read-only, or a disk with (almost)
no space left. Every few seconds it looks, and publishes the same `StorageStateChanged` the engine
would, so the Dashboard and the status bar say why sending has stopped.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from desk_sms import storage
from desk_sms.clock import Clock
from desk_sms.events import EventBus, StorageStateChanged

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 5.0


class FolderWatch:
    """Start with `start()`, stop with `stop()`; `check()` is one look (what the thread repeats)."""

    def __init__(
        self, database_file: Path, events: EventBus, clock: Clock, every: float = CHECK_EVERY_SECONDS
    ) -> None:
        self._database_file = database_file
        self._events = events
        self._clock = clock
        self._every = every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.problem: storage.Problem | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="folder-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def check(self) -> storage.StorageState | None:
        """Look at the folder once; publish when what it shows changed."""
        found = storage.check_folder(self._database_file.parent, self._database_file)
        problem = found.problem if found else None
        if problem is not self.problem:
            self.problem = problem
            if found is None:
                self._events.publish(StorageStateChanged(None, str(self._database_file.parent)))
            else:
                log.warning("the data folder cannot be written: %s", found.error().message)
                self._events.publish(
                    StorageStateChanged(
                        str(found.problem), str(found.folder), found.free_bytes, found.needed_bytes
                    )
                )
        return found

    def _run(self) -> None:
        while not self._stop.is_set():
            self.check()
            if self._clock.wait(self._stop, self._every):
                return

"""A single timer thread for the simulator's delayed events (status reports, replies, chatter)."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

_log = logging.getLogger(__name__)


class Scheduler:
    """Runs actions after a delay on one daemon thread; `stop()` drops what is still due."""

    def __init__(self, name: str) -> None:
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._changed = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def call_later(self, delay: float, action: Callable[[], None]) -> None:
        with self._changed:
            if self._stopped:
                return
            due = time.monotonic() + max(delay, 0.0)
            heapq.heappush(self._queue, (due, next(self._order), action))
            self._changed.notify()

    def stop(self) -> None:
        with self._changed:
            self._stopped = True
            self._queue.clear()
            self._changed.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _next_action(self) -> Callable[[], None] | None:
        with self._changed:
            while not self._stopped:
                if not self._queue:
                    self._changed.wait()
                    continue
                wait = self._queue[0][0] - time.monotonic()
                if wait <= 0:
                    return heapq.heappop(self._queue)[2]
                self._changed.wait(wait)
            return None

    def _run(self) -> None:
        while (action := self._next_action()) is not None:
            try:
                action()
            except Exception:  # one failing event must not end the simulator's clock
                _log.exception("simulator event failed")

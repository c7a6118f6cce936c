"""Outcomes a modem produced that the database would not take yet, kept and retried per modem.

Once a modem has accepted a message, only its recorded outcome stops it from going out twice: a
message left *sending* becomes *uncertain* at the next start, and a resend doubles it. So when
recording fails because the database cannot be written (a full disk, a lost server), the outcome
stays here, in memory, and the dispatcher retries it on every pass; that modem claims nothing else
until its outcomes are recorded, in the order they happened. On a clean stop the engine keeps
retrying for a short grace period and then names the messages it could not record.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from desk_sms.clock import Clock
from desk_sms.engine.write_health import RETRYABLE, WriteHealth

log = logging.getLogger(__name__)

RETRY_PAUSE_SECONDS = 0.5  # between attempts during the stop's grace period
STOP_GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class _Pending:
    message_id: int
    write: Callable[[], str]  # records the outcome in one transaction; returns the new status
    done: Callable[[str], None]  # told the status once a kept outcome is recorded


class PendingOutcomes:
    """Thread-safe: outcomes arrive on modem worker threads, retries run on the dispatcher's."""

    def __init__(self, health: WriteHealth) -> None:
        self._health = health
        self._queues: dict[int, collections.deque[_Pending]] = collections.defaultdict(collections.deque)
        self._lock = threading.Lock()
        self._retry_lock = threading.Lock()  # one write of a kept (or being kept) outcome at a time
        health.held = lambda: bool(self.unrecorded())

    def record(
        self, modem_id: int, message_id: int, write: Callable[[], str], done: Callable[[str], None]
    ) -> str | None:
        """Write an outcome now and return its status; when the database refuses, keep it and return None.

        A kept outcome is retried by `retry`, which calls `done` with its status once it is recorded.
        """
        pending = _Pending(message_id, write, done)
        with self._retry_lock:
            with self._lock:
                queue = self._queues[modem_id]
                queue.append(pending)  # kept from the start: the pause cannot end while it is tried
                if len(queue) > 1:  # never overtake an earlier outcome of the same modem
                    return None
            try:
                status = self._attempt(pending)
            except BaseException:
                self._forget(modem_id, pending)
                raise
            if status is None:
                log.warning(
                    "message %d was handed to the modem; its outcome is kept until it can be recorded",
                    message_id,
                )
                return None
            self._forget(modem_id, pending)
            self._health.succeeded()
            return status

    def waiting(self, modem_id: int) -> bool:
        """True while this modem has an outcome not yet recorded (it must not claim more)."""
        with self._lock:
            return bool(self._queues.get(modem_id))

    def unrecorded(self) -> list[int]:
        """The messages whose outcome is still only in memory, oldest first per modem."""
        with self._lock:
            return [p.message_id for queue in self._queues.values() for p in queue]

    def retry(self) -> int:
        """Try every kept outcome in order; stop at the first the database still refuses.

        Returns:
            how many are still kept.
        """
        with self._retry_lock:
            for modem_id in self._modems_waiting():
                if not self._drain(modem_id):
                    break  # the same database refuses the others too: next pass
            return len(self.unrecorded())

    def flush(self, clock: Clock, grace: float = STOP_GRACE_SECONDS) -> list[int]:
        """Retry for up to `grace` seconds (a clean stop); returns what could not be recorded."""
        deadline = clock.monotonic() + grace
        never = threading.Event()
        while self.retry() and clock.monotonic() < deadline:
            clock.wait(never, RETRY_PAUSE_SECONDS)
        left = self.unrecorded()
        if left:
            log.error(
                "could not record what the modem did with message(s) %s before stopping: they stay "
                "'sending' and will be 'uncertain' at the next start (check them before resending)",
                left,
            )
        return left

    def _modems_waiting(self) -> list[int]:
        with self._lock:
            return [modem_id for modem_id, queue in self._queues.items() if queue]

    def _drain(self, modem_id: int) -> bool:
        while True:
            with self._lock:
                queue = self._queues[modem_id]
                if not queue:
                    return True
                pending = queue[0]
            try:
                status = self._attempt(pending)
            except Exception:  # not the database's refusal (e.g. no longer ours): give it up, as before
                log.exception("could not record the outcome of message %d", pending.message_id)
                status = "error"
            if status is None:
                return False
            self._forget(modem_id, pending)
            self._health.succeeded()
            pending.done(status)

    def _attempt(self, pending: _Pending) -> str | None:
        try:
            status = pending.write()
        except RETRYABLE as exc:
            if not self._health.failed(exc):
                log.warning("could not record the outcome of message %d yet: %s", pending.message_id, exc)
            return None
        return status

    def _forget(self, modem_id: int, pending: _Pending) -> None:
        with self._lock:
            self._queues[modem_id].remove(pending)

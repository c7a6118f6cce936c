"""The dispatcher: hands the next due message to the next idle, healthy modem, in turn.

One thread claims (committed before the modem is asked to send), the modem's worker thread
sends and commits the outcome. Per modem it honours a minimum interval between sends; the daily
limit, counted in parts over a rolling 24 hours per SIM, is checked inside the claim; quiet hours
hold non-urgent messages.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk_sms.clock import Clock
from desk_sms.engine.affinity import Affinity
from desk_sms.engine.claims import ClaimedMessage, ClaimRequest, Claims, Failure
from desk_sms.engine.pending_outcomes import PendingOutcomes
from desk_sms.engine.status_reports import StatusReportMatcher
from desk_sms.engine.write_health import WriteHealth
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.settings import QuietHours
from modem.errors import ModemError, ModemUnavailable, PartialSendError, SendError, SendUncertain
from modem.interface import SendResult

log = logging.getLogger(__name__)

WINDOW = timedelta(hours=24)
IDLE_WAIT_SECONDS = 1.0
ERROR_PAUSE_SECONDS = 2.0
FAILURES_BEFORE_REST = 3
REST_SECONDS = 60.0
MAX_REST_SECONDS = 900.0


@dataclass
class Slot:
    """The dispatcher's view of one modem."""

    modem_id: int
    name: str
    daily_limit: int
    min_interval: float
    busy: bool = False
    last_start: float | None = None  # monotonic
    sent_parts: collections.deque[datetime] = field(default_factory=collections.deque)
    send_seconds: float | None = None  # moving average, for estimates
    failures: int = 0  # consecutive transient failures
    rest_until: float = 0.0  # monotonic; a modem that keeps failing rests a while
    follow_up: ClaimedMessage | None = None  # claimed with the last outcome; sent next (worker thread)

    def parts_in_window(self, now: datetime) -> int:
        while self.sent_parts and self.sent_parts[0] <= now - WINDOW:
            self.sent_parts.popleft()
        return len(self.sent_parts)

    def seconds_until_ready(self, monotonic_now: float) -> float:
        rest = max(self.rest_until - monotonic_now, 0.0)
        if self.last_start is None:
            return rest
        return max(self.last_start + self.min_interval - monotonic_now, rest)

    def note_failure(self, monotonic_now: float) -> None:
        self.failures += 1
        if self.failures >= FAILURES_BEFORE_REST:
            rest = min(REST_SECONDS * 2 ** (self.failures - FAILURES_BEFORE_REST), MAX_REST_SECONDS)
            self.rest_until = monotonic_now + rest


Sender = Callable[[int, str, str], "Future[SendResult]"]


class Dispatcher:
    def __init__(
        self,
        claims: Claims,
        matcher: StatusReportMatcher,
        slots: list[Slot],
        send: Sender,
        healthy_ids: Callable[[], set[int]],
        clock: Clock,
        events: EventBus,
        quiet_hours: Callable[[], QuietHours],
        timezone: Callable[[], str],
        health: WriteHealth | None = None,
        follow_ups: bool = True,
        affinity: Affinity | None = None,
    ) -> None:
        """`follow_ups`: a modem that finished may claim its next message with the outcome; off where
        engines share the modems (a busy engine must not take every message before the others look).
        `affinity`: which modems a reply waits for (one that knows the modems still coming up)."""
        self._claims = claims
        self.health = health or WriteHealth(None, events)
        self._follow_ups = follow_ups
        self.outcomes = PendingOutcomes(self.health)
        self._matcher = matcher
        self.slots = slots
        self._send = send
        self._healthy_ids = healthy_ids
        self._clock = clock
        self._events = events
        self._quiet_hours = quiet_hours
        self._timezone = timezone
        self._next = 0
        self._affinity = affinity or Affinity()
        self._lock = threading.Lock()
        self.wake = threading.Event()
        self._idle = threading.Condition(self._lock)
        self._stopping = threading.Event()  # set when the loop ends: no more follow-up claims

    # -- the loop -----------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        self._stopping.clear()
        while not stop.is_set():
            self.wake.clear()
            try:
                wait = self.dispatch_once()
            except Exception as exc:  # a full disk, a locked or unreachable database: try again
                if not self.health.failed(exc):  # a storage pause is logged once, not every pass
                    log.exception("dispatching failed; retrying shortly")
                wait = ERROR_PAUSE_SECONDS
            self._clock.wait(self.wake, wait)
        self._stopping.set()
        self.wait_idle(timeout=60.0)
        self.outcomes.flush(self._clock)

    def dispatch_once(self) -> float:
        """Give work to every modem that can take it now; return how long the loop may sleep."""
        if self.outcomes.retry():  # outcomes the database refused so far go first
            return ERROR_PAUSE_SECONDS
        healthy = self._healthy_ids()
        now, mono = self._clock.now(), self._clock.monotonic()
        quiet = self._in_quiet_hours(now)
        sleep = IDLE_WAIT_SECONDS
        slots = self.slots  # replaced, never mutated, when modems come and go
        keepers = self._keepers(healthy, slots, now, mono)
        count, first = len(slots), self._next
        for offset in range(count):
            index = (first + offset) % count
            slot = slots[index]
            # The SIM's daily limit is checked inside the claim (it follows the SIM, not the modem).
            if slot.busy or slot.modem_id not in healthy:
                continue
            if self.outcomes.waiting(slot.modem_id):
                continue
            pause = slot.seconds_until_ready(mono)
            if pause > 0:
                sleep = min(sleep, pause)
                continue
            message = self._claims.claim(ClaimRequest(slot.modem_id, now, quiet, keepers))
            if message is None:
                continue  # another modem may still have work (a reply waiting for its own modem)
            self.health.succeeded()
            self._start(slot, message)
            self._next = (index + 1) % count
        return sleep

    def _keepers(self, healthy: set[int], slots: list[Slot], now: datetime, mono: float) -> set[int]:
        with self._lock:  # the dispatcher's thread and the modems' (follow-up claims) both ask
            return self._affinity.keepers(healthy, slots, now, mono)

    def _follow_up_request(self, slot: Slot, now: datetime) -> ClaimRequest | None:
        """What this modem may claim together with the outcome it is recording, if it may go on now.

        The same conditions as a dispatcher pass: healthy, no pause due; and no other modem idle and
        ready, which takes its turn first (round-robin). (An outcome written now is the modem's only
        one: `PendingOutcomes` writes nothing while an earlier one is kept.)
        """
        mono = self._clock.monotonic()
        if not self._follow_ups or self._stopping.is_set() or slot.seconds_until_ready(mono) > 0:
            return None
        healthy = self._healthy_ids()
        if slot.modem_id not in healthy or self._another_idle(slot, healthy, mono):
            return None
        keepers = self._keepers(healthy, self.slots, now, mono)
        return ClaimRequest(slot.modem_id, now, self._in_quiet_hours(now), keepers)

    def _another_idle(self, slot: Slot, healthy: set[int], mono: float) -> bool:
        return any(
            other is not slot and not other.busy and other.modem_id in healthy
            and other.seconds_until_ready(mono) <= 0
            for other in self.slots
        )

    def _in_quiet_hours(self, now: datetime) -> bool:
        local = now.astimezone(ZoneInfo(self._timezone()))
        return self._quiet_hours().contains(local.time())

    def _start(self, slot: Slot, message: ClaimedMessage) -> None:
        with self._lock:
            slot.busy = True
        slot.last_start = self._clock.monotonic()
        self._events.publish(MessageStateChanged(message.id, MessageStatus.SENDING, message.campaign_id))
        future = self._send(slot.modem_id, message.to, message.text)
        future.add_done_callback(lambda done: self._finished(slot, message, done))

    # -- outcomes (run on the modem's worker thread) ------------------------------------------

    def _finished(self, slot: Slot, message: ClaimedMessage, future: Future[SendResult]) -> None:
        now = self._clock.now()

        def announce(status: str) -> None:  # an outcome recorded later, after a retry
            self._events.publish(MessageStateChanged(message.id, status, message.campaign_id))

        first_attempt = [True]  # only the first write may claim the next message; a kept one is retried alone

        def write() -> str:
            go_on, first_attempt[0] = first_attempt[0], False
            return self._record_outcome(slot, message, future, now, go_on)

        slot.follow_up = None
        try:
            status = self.outcomes.record(slot.modem_id, message.id, write, announce) or MessageStatus.SENDING
        except Exception:
            log.exception("could not record the outcome of message %d", message.id)
            status = "error"
        finally:
            follow_up, slot.follow_up = slot.follow_up, None
            if follow_up is None:
                with self._lock:
                    slot.busy = False
                    self._idle.notify_all()
                self.wake.set()
        self._events.publish(MessageStateChanged(message.id, status, message.campaign_id))
        if follow_up is not None:  # the slot stays busy: its next message goes out now
            self._start(slot, follow_up)

    def _record_outcome(
        self, slot: Slot, message: ClaimedMessage, future: Future[SendResult], now: datetime, go_on: bool
    ) -> str:
        """One transaction, then in-memory counters: a write the database refused can run again.

        With `go_on`, a sent message's transaction also claims the modem's next one (`slot.follow_up`).
        """
        error = future.exception()
        if error is None:
            result = future.result()
            then = self._follow_up_request(slot, now) if go_on else None
            slot.follow_up = self._claims.mark_sent(
                message.id, slot.modem_id, result.part_refs, result.encoding, now, then
            )
            self._note_sent(slot, len(result.part_refs), now)
            try:
                self._matcher.match_waiting(slot.modem_id, message.id, now)
            except Exception:  # the message is recorded as sent; a late-matched report is a nicety
                log.warning("could not match early status reports to message %d", message.id, exc_info=True)
            return MessageStatus.SENT
        return self._record_error(slot, message, error, now)

    def _record_error(self, slot: Slot, message: ClaimedMessage, error: BaseException, now: datetime) -> str:
        claims, modem_id = self._claims, slot.modem_id
        if isinstance(error, PartialSendError):
            reason = f"only the first {len(error.accepted_refs)} part(s) went out: {error.cause}"
            claims.mark_failed(message.id, Failure("partial", reason, modem_id, error.accepted_refs, now))
            self._note_sent(slot, len(error.accepted_refs), now)
            return MessageStatus.FAILED
        if isinstance(error, SendUncertain):
            reason = f"the modem did not confirm the send: {error}"
            claims.mark_uncertain(
                message.id, Failure("no_confirmation", reason, modem_id, error.accepted_refs, now)
            )
            return MessageStatus.UNCERTAIN
        if isinstance(error, SendError):
            code = f"cms_{error.code}" if error.code is not None else "send_error"
            if error.transient:
                failover = bool(self._healthy_ids() - {modem_id})
                status = claims.mark_retry(
                    message.id, code, str(error), now, count_attempt=True, failover=failover
                )
                slot.note_failure(self._clock.monotonic())
                return status
            claims.mark_failed(message.id, Failure(code, str(error), modem_id))
            return MessageStatus.FAILED
        if isinstance(error, ModemUnavailable):  # the modem was gone before anything was written
            return claims.mark_retry(message.id, "modem_unavailable", str(error), now, count_attempt=False)
        if isinstance(error, ModemError):
            return claims.mark_retry(message.id, "modem_error", str(error), now, count_attempt=True)
        log.error("unexpected error while sending message %d", message.id, exc_info=error)
        claims.mark_uncertain(message.id, Failure("internal_error", f"unexpected error: {error!r}", modem_id))
        return MessageStatus.UNCERTAIN

    def _note_sent(self, slot: Slot, parts: int, now: datetime) -> None:
        slot.failures = 0
        slot.sent_parts.extend([now] * parts)
        if slot.last_start is not None:
            took = self._clock.monotonic() - slot.last_start
            slot.send_seconds = took if slot.send_seconds is None else 0.8 * slot.send_seconds + 0.2 * took

    def replace_slots(self, slots: list[Slot]) -> None:
        """Take the modems' new set of slots (a modem was added, removed or its limits changed)."""
        with self._lock:
            self.slots = slots
            self._next = 0
        self.wake.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no modem has a send in hand (used when stopping)."""
        with self._lock:
            return self._idle.wait_for(lambda: not any(s.busy for s in self.slots), timeout)

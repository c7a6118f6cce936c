"""The scheduler: turns due schedule runs and appointment reminders into queued messages.

Exactly once: a run is claimed by inserting its `ScheduleRun` (unique run key = schedule id +
due instant) in the same transaction that queues its campaign. A second engine racing on the
same database, or this one after a crash, fails on the key and moves on.

Missed-run policy, per schedule (`late_window_hours`): a run found up to ON_TIME after its due
time is "done"; later but within the window it still goes out, marked "late"; beyond the window
it is recorded as "missed" and nothing is sent (the Dashboard lists missed runs).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Schedule, ScheduleRun
from desk_sms.domain.recurrence import next_due, parse_rule
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.outbox.rules import DEFAULT_MAX_PARTS
from desk_sms.outbox.states import MessageStatus
from desk_sms.outbox.transitions import expire_overdue
from desk_sms.services.appointments import queue_due_reminders
from desk_sms.services.schedules import is_reminder_rule, publish_run, queue_run, run_key, zone_of

log = logging.getLogger(__name__)

TICK_SECONDS = 20.0
ON_TIME = timedelta(minutes=15)
MAX_RUNS_PER_TICK = 1000  # a daily schedule left closed for years still ends its catch-up


def run_status(due_at: datetime, now: datetime, late_window_hours: int) -> str:
    delay = now - due_at
    if delay <= ON_TIME:
        return "done"
    if delay <= timedelta(hours=late_window_hours):
        return "late"
    return "missed"


@dataclass
class TickResult:
    runs: list[tuple[int, datetime, str]] = field(default_factory=list)  # schedule id, due, status
    reminders: list[int] = field(default_factory=list)  # queued message ids
    expired: list[int] = field(default_factory=list)  # message ids past their send-late window


class Scheduler:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        region: Callable[[], str] = lambda: "JP",
        max_parts: Callable[[], int] = lambda: DEFAULT_MAX_PARTS,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._region = region
        self._max_parts = max_parts

    def run(self, stop: threading.Event, interval: float = TICK_SECONDS) -> None:
        """Tick until `stop` is set; a failing tick is logged and retried on the next one."""
        while not stop.is_set():
            try:
                self.tick(self._clock.now())
            except Exception:
                log.exception("scheduler tick failed")
            if self._clock.wait(stop, interval):
                return

    def tick(self, now: datetime) -> TickResult:
        result = TickResult()
        for schedule_id in self._enabled_schedule_ids():
            self._catch_up(schedule_id, now, result)
        result.reminders = queue_due_reminders(self._session_factory, now, self._region(), self._max_parts())
        if result.reminders:
            publish_run(self._events, None)
        result.expired = self._expire(now)
        return result

    def _expire(self, now: datetime) -> list[int]:
        """Messages past their send-late window expire even while nothing could send them."""
        with self._session_factory.begin() as session:
            expired = expire_overdue(session, now)
        for message_id in expired:
            self._events.publish(MessageStateChanged(message_id, MessageStatus.EXPIRED))
        return expired

    def _enabled_schedule_ids(self) -> list[int]:
        with self._session_factory() as session:
            rows = session.execute(select(Schedule.id, Schedule.rule_json).where(Schedule.enabled.is_(True)))
            return [schedule_id for schedule_id, rule in rows if not is_reminder_rule(rule)]

    def _catch_up(self, schedule_id: int, now: datetime, result: TickResult) -> None:
        """Claim every due run of one schedule in order, then move its next run on."""
        with self._session_factory() as session:
            row = session.get(Schedule, schedule_id)
            if row is None or row.next_run_at is None or row.next_run_at > now:
                return
            rule, zone, cursor = parse_rule(row.rule_json), zone_of(row.timezone), row.next_run_at
            late_window = row.late_window_hours
        due: datetime | None = cursor
        for _ in range(MAX_RUNS_PER_TICK):
            if due is None or due > now:
                break
            status = run_status(due, now, late_window)
            if self._claim(schedule_id, due, status, now):
                result.runs.append((schedule_id, due, status))
            due = next_due(rule, zone, due)
        self._advance(schedule_id, cursor, due)

    def _claim(self, schedule_id: int, due_at: datetime, status: str, now: datetime) -> bool:
        """Insert the run (and queue its campaign) in one transaction; False if already claimed."""
        campaign_id = None
        try:
            with self._session_factory.begin() as session:
                run = ScheduleRun(schedule_id=schedule_id, run_key=run_key(schedule_id, due_at),
                                  due_at=due_at, status=status, created_at=now)
                session.add(run)
                session.flush()
                row = session.get(Schedule, schedule_id)
                if status != "missed" and row is not None:
                    campaign_id = queue_run(session, row, due_at, now, self._region(), self._max_parts())
                    run.campaign_id = campaign_id
        except IntegrityError:
            log.debug("run %s of schedule %d already claimed", due_at, schedule_id)
            return False
        log.info("schedule %d run due %s: %s (campaign %s)", schedule_id, due_at, status, campaign_id)
        publish_run(self._events, campaign_id)
        return True

    def _advance(self, schedule_id: int, seen: datetime, following: datetime | None) -> None:
        """Store the next run unless someone changed the schedule meanwhile (an edit wins)."""
        with self._session_factory.begin() as session:
            row = session.get(Schedule, schedule_id)
            if row is not None and row.next_run_at == seen:
                row.next_run_at = following

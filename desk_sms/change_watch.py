"""Changes made by other processes (another desk on the server, or `desk-sms serve`), as local events.

Events travel only inside one process. A window that does not receive a message itself learns of it
here: every couple of seconds a few indexed queries compare watermarks with the last look and
publish what changed (`InboundReceived` for each new reply, `DataChanged("inbox")` when replies were
claimed or handled, `DataChanged("outbox")`, `DataChanged("modems")`, `ModemStateChanged`).
Short polling works the same on SQLite and PostgreSQL; a desk sees another's work within seconds.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import InboundMessage, Modem, OutboundMessage
from desk_sms.events import DataChanged, Event, EventBus, InboundReceived, ModemStateChanged

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0
# Desks' clocks differ a little: rows stamped up to this much before the newest one still count.
CLOCK_SKEW = timedelta(minutes=2)
MAX_NEW_REPLIES_ANNOUNCED = 50  # beyond that one "inbox changed" says it all


class ChangeWatcher:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus, interval: float = POLL_SECONDS
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._announced: set[int] = set()  # replies this process already published itself
        self._lock = threading.Lock()
        self._unsubscribe = events.subscribe(self._note_local)
        self._last_inbound_id: int | None = None
        self._marks: dict[str, Any] = {}
        self._modem_states: dict[int, tuple[Any, ...]] = {}
        self._baseline_taken = False
        self.poll()  # the baseline: what exists now is not news
        self._baseline_taken = True

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="change-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._unsubscribe()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.poll()
            except Exception:  # the server is away for a moment: look again at the next tick
                log.warning("could not look for changes made elsewhere", exc_info=True)

    def _note_local(self, event: object) -> None:
        if isinstance(event, InboundReceived):
            with self._lock:
                self._announced.add(event.message_id)

    def poll(self) -> None:
        with self._session_factory() as session:
            events: list[Event] = [
                *self._new_replies(session),
                *self._changed(session, "inbox", InboundMessage.updated_at),
                *self._changed(session, "outbox", OutboundMessage.updated_at),
                *self._modem_changes(session),
            ]
        for event in events:
            self._events.publish(event)

    def _new_replies(self, session: Session) -> list[Event]:
        newest = session.scalar(select(func.max(InboundMessage.id))) or 0
        last, self._last_inbound_id = self._last_inbound_id, newest
        if last is None or newest <= last:
            return []
        rows = session.execute(
            select(InboundMessage.id, InboundMessage.sender, InboundMessage.contact_id)
            .where(InboundMessage.id > last)
            .order_by(InboundMessage.id)
            .limit(MAX_NEW_REPLIES_ANNOUNCED + 1)
        ).all()
        with self._lock:
            fresh = [row for row in rows if row.id not in self._announced]
            self._announced.clear()
        if len(fresh) > MAX_NEW_REPLIES_ANNOUNCED:
            return [DataChanged(topic="inbox")]
        return [InboundReceived(row.id, row.sender, row.contact_id) for row in fresh]

    def _changed(self, session: Session, topic: str, stamp: Any) -> list[Event]:
        """A table's watermark: the newest stamp and how many rows carry a stamp near it."""
        previous = self._marks.get(topic)
        since: datetime | None = previous[0] - CLOCK_SKEW if previous and previous[0] else None
        query = select(func.max(stamp), func.count())
        if since is not None:
            query = query.where(stamp > since)
        newest, count = session.execute(query).one()
        mark = (newest or (previous[0] if previous else None), count)
        self._marks[topic] = mark
        return [DataChanged(topic=topic)] if previous is not None and mark != previous else []

    def _modem_changes(self, session: Session) -> list[Event]:
        rows = session.execute(
            select(
                Modem.id, Modem.name, Modem.enabled, Modem.port, Modem.host, Modem.daily_limit,
                Modem.min_interval_seconds, Modem.pin, Modem.state, Modem.signal_bars, Modem.operator,
                Modem.last_error,
            )
        ).all()
        settings = {row.id: tuple(row[:8]) for row in rows}
        states = {row.id: tuple(row[8:]) for row in rows}
        events: list[Event] = []
        previous_settings = self._marks.get("modems")
        if previous_settings is not None and previous_settings != settings:
            events.append(DataChanged(topic="modems"))
        self._marks["modems"] = settings
        if self._baseline_taken:
            for modem_id, state in states.items():
                if self._modem_states.get(modem_id) != state:
                    events.append(ModemStateChanged(modem_id, str(settings[modem_id][1]), str(state[0])))
        self._modem_states = states
        return events

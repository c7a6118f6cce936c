"""Modem rows (known by IMEI) ↔ modem workers; their state mirrored into the database.

This is the one place in `desk_sms` that builds concrete modem drivers.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Modem
from desk_sms.engine.identity import Identity, check_card, check_on_connect, trade_ports
from desk_sms.events import EventBus, ModemStateChanged
from modem.discovery import find_port_by_imei
from modem.gsm_driver import GsmDriver
from modem.interface import ModemCallbacks, ModemDriver, ModemState, ModemStatus
from modem.ports import is_url
from modem.worker import ModemWorker

log = logging.getLogger(__name__)

HEALTHY_STATES = (ModemState.READY, ModemState.SENDING)
# Not sending yet, but no person is needed for it to (unlike a PIN, another SIM or a SIM error).
COMING_UP_STATES = (ModemState.CONNECTING, ModemState.DISCONNECTED, ModemState.NOT_ANSWERING)
NOT_ANSWERING_AFTER = 10.0  # seconds a command may wait for the modem before it shows "not answering"
PORT_HANDOVER_SECONDS = 1.0  # after two entries traded ports: time for each to close the one it leaves


@dataclass(frozen=True)
class ModemConfig:
    id: int
    name: str
    imei: str | None
    port: str
    pin: str | None
    daily_limit: int
    min_interval_seconds: float
    host: str | None = None  # the computer it is plugged into (None: any)


CallbacksFactory = Callable[[int], ModemCallbacks]
DriverFactory = Callable[[str, ModemCallbacks], ModemDriver]


def gsm_driver_factory(port: str, callbacks: ModemCallbacks) -> ModemDriver:
    return GsmDriver(port, callbacks=callbacks)


class ModemPool:
    """Starts one worker per enabled modem and keeps the `modems` table up to date."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        callbacks_for: CallbacksFactory,
        driver_factory: DriverFactory = gsm_driver_factory,
        poll_interval: float = 30.0,
        port_lookup: Callable[[str], str | None] = find_port_by_imei,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._callbacks_for = callbacks_for
        self._driver_factory = driver_factory
        self._poll_interval = poll_interval
        self._port_lookup = port_lookup
        self.configs: dict[int, ModemConfig] = {}
        self.workers: dict[int, ModemWorker] = {}
        self._last_published: dict[int, tuple[object, ...]] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        for config in self.enabled_modems():
            self.start_worker(config)

    def stop(self, timeout: float = 15.0) -> None:
        for worker in list(self.workers.values()):
            worker.stop(timeout)
        self.workers.clear()

    def healthy_ids(self) -> set[int]:
        return {mid for mid, worker in list(self.workers.items()) if worker.status().state in HEALTHY_STATES}

    def coming_up_ids(self) -> set[int]:
        """Modems that are healthy, or may become so by themselves (connecting, unplugged)."""
        states = HEALTHY_STATES + COMING_UP_STATES
        return {mid for mid, worker in list(self.workers.items()) if worker.status().state in states}

    def status(self, modem_id: int) -> ModemStatus:
        return self.workers[modem_id].status()

    def enabled_modems(self) -> list[ModemConfig]:
        with self._session_factory() as session:
            rows = session.scalars(select(Modem).where(Modem.enabled.is_(True)).order_by(Modem.id)).all()
            return [
                ModemConfig(
                    m.id, m.name, m.imei, m.port, m.pin, m.daily_limit, m.min_interval_seconds, m.host
                )
                for m in rows
            ]

    def healthy_in_database(self, modem_ids: set[int]) -> set[int]:
        """Of these modems (driven by other engines), those whose last mirrored state is healthy."""
        if not modem_ids:
            return set()
        with self._session_factory() as session:
            query = select(Modem.id).where(Modem.id.in_(modem_ids), Modem.state.in_(HEALTHY_STATES))
            return set(session.scalars(query))

    def stop_worker(self, modem_id: int) -> None:
        """Stop one modem's worker (it finishes the command in hand) and forget it."""
        worker = self.workers.pop(modem_id, None)
        self.configs.pop(modem_id, None)
        if worker is not None:
            worker.stop()

    def start_worker(self, config: ModemConfig) -> None:
        callbacks = dataclasses.replace(
            self._callbacks_for(config.id),
            check_identity=lambda status: self._check_identity(config.id, status),
            check_sim_card=lambda status: self._check_card(config.id, status),
        )
        worker = ModemWorker(
            lambda port: self._driver_factory(port, callbacks),
            name=config.name,
            port_resolver=lambda: self._resolve_port(config.id),
            pin=config.pin,
            poll_interval=self._poll_interval,
            on_state=lambda status: self._on_state(config.id, status),
        )
        self.configs[config.id] = config
        self.workers[config.id] = worker
        worker.start()

    def _check_identity(self, modem_id: int, status: ModemStatus) -> str | None:
        """On connect (the modem's worker thread): is this the record's SIM? See engine/identity.py."""
        found, now = Identity.of_status(status), self._clock.now()
        with self._session_factory.begin() as session:
            refusal = check_on_connect(session, modem_id, found, now)
            moved = self._trade(session, modem_id, found, status.port, now) if refusal else None
        self._look_again(modem_id, moved)
        return refusal

    def _check_card(self, modem_id: int, status: ModemStatus) -> str | None:
        """Before the SIM PIN (the modem's worker thread): is this the record's SIM card?"""
        found, now = Identity.of_status(status), self._clock.now()
        with self._session_factory.begin() as session:
            refusal = check_card(session, modem_id, found)
            moved = self._trade(session, modem_id, found, status.port, now) if refusal else None
        self._look_again(modem_id, moved)
        return refusal

    def _trade(
        self, session: Session, modem_id: int, found: Identity, port: str, now: datetime
    ) -> int | None:
        """Another entry's SIM answered on `port`: trade ports with it (engine/identity.py)."""
        busy = self.healthy_ids() - {modem_id}
        return trade_ports(session, modem_id, found, port, busy, now)

    def _look_again(self, modem_id: int, moved: int | None) -> None:
        """Two entries traded ports: both connect again soon, once the other has closed the port it leaves."""
        if moved is None:
            return
        for worker in (self.workers.get(modem_id), self.workers.get(moved)):
            if worker is not None:
                worker.retry_soon(PORT_HANDOVER_SECONDS)

    def recheck_refused(self) -> None:
        """A person answered a SIM question: modems refused for their SIM try once more."""
        for worker in list(self.workers.values()):
            if worker.status().state == ModemState.DIFFERENT_SIM:
                worker.retry_now()

    def refusal_answered(self) -> bool:
        """Has a person answered the SIM question of a modem refused here (perhaps at another desk)?"""
        refused = [m for m, w in self.workers.items() if w.status().state == ModemState.DIFFERENT_SIM]
        if not refused:
            return False
        with self._session_factory() as session:
            query = select(Modem.id).where(Modem.id.in_(refused), Modem.found_identity.is_(None))
            return session.scalars(query).first() is not None

    def check_health(self, threshold: float = NOT_ANSWERING_AFTER) -> None:
        """Show "not answering" for a modem whose command has waited past `threshold` seconds.

        The worker shows its real state again as soon as the modem answers (or is reset).
        """
        for modem_id, worker in list(self.workers.items()):
            waited = worker.unanswered_seconds()
            if waited < threshold:
                continue
            status = worker.status()
            reason = f"the modem has not answered for {int(waited)} seconds"
            silent = dataclasses.replace(status, state=ModemState.NOT_ANSWERING, last_error=reason)
            self._on_state(modem_id, silent)

    def _resolve_port(self, modem_id: int) -> str | None:
        """The stored port while it exists (a URL always does); otherwise look for the modem's IMEI."""
        with self._session_factory() as session:
            modem = session.get(Modem, modem_id)
            if modem is None:
                return None
            port, imei = modem.port, modem.imei
        if is_url(port) or os.path.exists(port) or imei is None:
            return port
        found = self._port_lookup(imei)
        if found:
            log.info("modem %s (IMEI %s) found again on %s", modem_id, imei, found)
        return found or port

    def _on_state(self, modem_id: int, status: ModemStatus) -> None:
        """Mirror a worker's status into the database; publish when something a user sees changed."""
        visible: tuple[object, ...] = (
            status.state, status.signal_bars, status.signal_dbm, status.operator, status.port,
            status.pin_attempts_left,
        )
        if status.state != ModemState.NOT_ANSWERING:  # its text counts up every second
            visible += (status.last_error,)
        with self._lock:
            changed = self._last_published.get(modem_id) != visible
            self._last_published[modem_id] = visible
        if not changed:
            return
        with self._session_factory.begin() as session:
            modem = session.get(Modem, modem_id)
            if modem is None:
                return
            apply_status(modem, status, self._clock.now())
            modem.last_seen_at = self._clock.now() if status.state in HEALTHY_STATES else modem.last_seen_at
            name = modem.name
        self._events.publish(ModemStateChanged(modem_id, name, str(status.state)))


def apply_status(modem: Modem, status: ModemStatus, now: datetime) -> None:
    """Mirror a status; the last error is kept, with its time, after the modem recovers."""
    modem.state = str(status.state)
    modem.signal_bars = status.signal_bars
    modem.signal_dbm = status.signal_dbm
    modem.pin_attempts_left = status.pin_attempts_left
    modem.operator = status.operator or modem.operator
    if status.last_error and status.last_error != modem.last_error:
        modem.last_error, modem.last_error_at = status.last_error, now
    if status.port and status.state in HEALTHY_STATES:
        modem.port = status.port

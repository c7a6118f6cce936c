"""The engine: lease, modem pool, dispatcher, inbox pump and status reports, in background threads.

It runs the same inside the GUI process and inside `desk-sms serve`. Only the holder of the
engine lease drives modems; another process on the same database stays a client.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Modem
from desk_sms.db.sqlite import path_from_url
from desk_sms.engine.affinity import Affinity
from desk_sms.engine.claims import Claims
from desk_sms.engine.command_poller import CommandPoller, CommandRoutes
from desk_sms.engine.dispatcher import Dispatcher, Slot
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.engine.incoming_rules import IncomingRules
from desk_sms.engine.lease import Lease, LeaseHolder, new_owner_id
from desk_sms.engine.modem_pool import DriverFactory, ModemPool, gsm_driver_factory
from desk_sms.engine.scheduler import Scheduler
from desk_sms.engine.sharing import ModemSharing, modem_lease_name, plan_modems
from desk_sms.engine.status_reports import StatusReportMatcher
from desk_sms.engine.write_health import RETRYABLE, WriteHealth
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.engine_commands import Command, CommandKind, EngineCommands
from desk_sms.services.modems import scan_ports
from desk_sms.services.settings import SettingsService
from desk_sms.services.sim_usage import part_times
from modem.discovery import find_port_by_imei
from modem.errors import ModemUnavailable
from modem.interface import InboundPart, ModemCallbacks, SendResult, StatusReport
from modem.worker import ModemWorker

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0
HEALTH_CHECK_SECONDS = 1.0  # how often modems are checked for a command left unanswered


def inbox_pump_for(
    session_factory: sessionmaker[Session], events: EventBus, settings: SettingsService
) -> InboxPump:
    """The inbox pump with the keywords and the incoming-message rules of `settings`."""
    region = str(settings.get("default_region"))
    return InboxPump(
        session_factory,
        events,
        region,
        lambda: settings.get("opt_out_keywords"),
        settings.opt_out_confirmation,
        lambda: settings.get("confirm_keywords"),
        lambda: settings.get("cancel_keywords"),
        rules=IncomingRules(region, settings.business_hours, lambda: str(settings.get("timezone")),
                            lambda: int(settings.get("max_parts_per_message"))),
    )


class Engine:
    """Start with `start()`; `stop()` finishes or releases the message in hand and frees the modems."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        settings: SettingsService,
        *,
        driver_factory: DriverFactory = gsm_driver_factory,
        port_lookup: Callable[[str], str | None] = find_port_by_imei,
        poll_interval: float = 30.0,
        owner: str | None = None,
        shared: bool | None = None,
        on_stop_requested: Callable[[], None] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._settings = settings
        region = settings.get("default_region")
        self.owner = owner or new_owner_id()
        # A database file belongs to one computer: one engine drives all its modems. On a database
        # server several engines share the modems, one lease per modem (engine/sharing.py).
        dialect = session_factory.kw["bind"].dialect.name
        # A full disk (or a vanished folder) under a database file pauses sending, visibly.
        self.health = WriteHealth(path_from_url(str(session_factory.kw["bind"].url)), events)
        self.shared = dialect != "sqlite" if shared is None else shared
        self.lease = Lease(session_factory, self.owner)
        # A database file has one computer's clock; a server has its own for all desks.
        lease_clock = clock.now if dialect == "sqlite" else None
        self.sharing = ModemSharing(session_factory, self.owner, lease_clock) if self.shared else None
        self.claims = Claims(session_factory, self.owner, modem_lease_name if self.shared else None)
        self._driving: frozenset[int] = frozenset()  # shared: the modems whose lease we hold
        self._remote_healthy: frozenset[int] = frozenset()  # shared: healthy modems of other engines
        self.matcher = StatusReportMatcher(session_factory, region)
        self.inbox = inbox_pump_for(session_factory, events, settings)
        self.scheduler = Scheduler(
            session_factory, events, clock, lambda: region, lambda: int(settings.get("max_parts_per_message"))
        )
        self.pool = ModemPool(
            session_factory, events, clock, self._callbacks_for, driver_factory, poll_interval, port_lookup
        )
        self.dispatcher: Dispatcher | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.running = False
        self._unsubscribe: Callable[[], None] | None = None
        self._sync_lock = threading.Lock()
        self._on_stop_requested = on_stop_requested
        self.commands = CommandPoller(EngineCommands(session_factory, clock), self._command_routes(), clock)

    def start(self) -> bool:
        """Drive the modems if no other engine does; False means this process is only a client.

        On a shared server the engine always starts and takes its share of the modems.
        """
        if self.sharing is not None:
            self.sharing.join(self.sharing.now())
        elif not self.lease.acquire(self._clock.now()):
            holder = self.lease.holder()
            log.info(
                "another engine drives the modems (%s); running as a client", holder and holder.describe()
            )
            return False
        else:
            self.claims.recover_orphans()
            self.pool.start()
        self.dispatcher = Dispatcher(
            self.claims,
            self.matcher,
            self._slots(),
            self._send,
            self.healthy_ids,
            self._clock,
            self._events,
            self._settings.quiet_hours,
            lambda: str(self._settings.get("timezone")),
            self.health,
            follow_ups=not self.shared,
            affinity=Affinity(self.pool.coming_up_ids),  # a reply waits for its modem still connecting
        )
        self._spawn("dispatcher", lambda: self.dispatcher.run(self._stop) if self.dispatcher else None)
        self._spawn("engine-heartbeat", self._heartbeat)
        self._spawn("modem-health", self._watch_health)
        self._spawn("scheduler", lambda: self.scheduler.run(self._stop))
        self._spawn("engine-commands", lambda: self.commands.run(self._stop))
        self._unsubscribe = self._events.subscribe(self._on_event)
        if self.sharing is not None:
            self.share_modems()
        self.running = True
        log.info("engine %s started with %d modem(s)", self.owner, len(self.pool.workers))
        return True

    def stop(self, timeout: float = 60.0) -> None:
        if not self.running:
            return
        self._stop.set()
        if self.dispatcher:
            self.dispatcher.wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self.pool.stop()
        if self._unsubscribe:
            self._unsubscribe()
        if self.sharing is not None:
            self.sharing.leave()
        else:
            self.lease.release()
        self.running = False
        log.info("engine %s stopped", self.owner)

    def holder(self) -> LeaseHolder | None:
        return self.lease.holder()

    def unrecorded_outcomes(self) -> list[int]:
        """Messages the modems handled whose outcome the database has not taken (yet)."""
        return self.dispatcher.outcomes.unrecorded() if self.dispatcher else []

    def wake(self) -> None:
        """New work was queued: dispatch now rather than at the next tick."""
        if self.dispatcher:
            self.dispatcher.wake.set()

    # -- what windows ask (engine_commands) -------------------------------------------------------

    def _command_routes(self) -> CommandRoutes:
        handlers: dict[str, Callable[[Command], object]] = {
            CommandKind.RECONNECT: lambda command: self._worker_of(command).retry_now(),
            CommandKind.PIN: lambda command: self._worker_of(command).set_pin(self._stored_pin(command)),
            CommandKind.SCAN: lambda _command: scan_ports(skip=self._driven_ports()),
            CommandKind.RELOAD_MODEMS: lambda _command: self.sync_modems(),
        }
        if self._on_stop_requested is not None:  # only a process that can end itself takes a stop
            stop = self._on_stop_requested
            handlers[CommandKind.STOP] = lambda _command: stop()
        return CommandRoutes(handlers, lambda modem_id: modem_id in self.pool.workers)

    def _worker_of(self, command: Command) -> ModemWorker:
        worker = self.pool.workers.get(command.modem_id or 0)
        if worker is None:
            raise ModemUnavailable(f"modem {command.modem_id} is not driven here")
        return worker

    def _stored_pin(self, command: Command) -> str | None:
        with self._session_factory() as session:
            modem = session.get(Modem, command.modem_id)
            return modem.pin if modem is not None else None

    def _driven_ports(self) -> set[str]:
        """The ports this engine's workers hold: a scan must not disturb them."""
        live = {worker.status().port for worker in self.pool.workers.values()}
        return {config.port for config in self.pool.configs.values()} | {port for port in live if port}

    # -- wiring ---------------------------------------------------------------------------------

    def _callbacks_for(self, modem_id: int) -> ModemCallbacks:
        def on_inbound(part: InboundPart) -> None:
            self.inbox.store(modem_id, part, self._clock.now())

        def on_status_report(report: StatusReport) -> None:
            self.matcher.record(modem_id, report, self._clock.now())

        return ModemCallbacks(on_inbound=on_inbound, on_status_report=on_status_report)

    def _send(self, modem_id: int, number: str, text: str) -> Future[SendResult]:
        worker = self.pool.workers.get(modem_id)
        if worker is None:  # stopped between the claim and now: nothing was written, so it goes back
            gone: Future[SendResult] = Future()
            gone.set_exception(ModemUnavailable(f"modem {modem_id} was handed over or stopped"))
            return gone
        return worker.send(number, text)

    def healthy_ids(self) -> set[int]:
        """Modems that can send now: ours, and on a shared server those other engines drive."""
        return self.pool.healthy_ids() | self._remote_healthy

    def _slots(self, keep: list[Slot] | None = None) -> list[Slot]:
        """One slot per running modem; an existing slot keeps its counters and takes the new limits."""
        existing = {slot.modem_id: slot for slot in keep or []}
        slots = []
        for config in self.pool.configs.values():
            slot = existing.get(config.id)
            if slot is None:
                slot = Slot(config.id, config.name, config.daily_limit, config.min_interval_seconds)
                slot.sent_parts.extend(self._recent_part_times(config.id, self._clock.now()))
            slot.name, slot.daily_limit, slot.min_interval = (
                config.name,
                config.daily_limit,
                config.min_interval_seconds,
            )
            slots.append(slot)
        return slots

    def _recent_part_times(self, modem_id: int, now: datetime) -> list[datetime]:
        """The parts its SIM sent in the window, through any modem entry (the limit is the SIM's)."""
        with self._session_factory() as session:
            imsi = session.scalar(select(Modem.imsi).where(Modem.id == modem_id))
            return part_times(session, imsi, modem_id, now)

    def _on_event(self, event: object) -> None:
        if isinstance(event, DataChanged) and event.topic == "outbox":
            self.wake()
        elif isinstance(event, DataChanged) and event.topic == "modems" and not self._stop.is_set():
            # Stopping a worker joins its thread: never on the publisher's (perhaps the GUI's) thread.
            threading.Thread(target=self.sync_modems, name="engine-sync-modems", daemon=True).start()

    def sync_modems(self) -> None:
        """Follow the modems table: start added or enabled modems, stop removed or disabled ones."""
        with self._sync_lock:
            if self.dispatcher is None or self._stop.is_set():
                return
            wanted = {
                config.id: config
                for config in self.pool.enabled_modems()
                if self.sharing is None or config.id in self._driving
            }
            for modem_id in [m for m in self.pool.workers if m not in wanted]:
                self.pool.stop_worker(modem_id)
            for modem_id, config in wanted.items():
                if modem_id not in self.pool.workers:
                    self.pool.start_worker(config)
                else:
                    self.pool.configs[modem_id] = config
            self.dispatcher.replace_slots(self._slots(keep=self.dispatcher.slots))
            self.pool.recheck_refused()  # a person may have answered a "different SIM" question

    def _spawn(self, name: str, target: Callable[[], object]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _watch_health(self) -> None:
        while not self._clock.wait(self._stop, HEALTH_CHECK_SECONDS):
            try:
                self.pool.check_health()
            except Exception:  # the database is busy for a moment: check again at the next tick
                log.exception("could not record a modem's health")

    def _follow_answered_refusals(self) -> None:
        """A SIM question answered in another process (a desk beside `serve`): act on it here too."""
        try:
            if self.pool.refusal_answered():
                self.sync_modems()
        except Exception:  # the database is busy for a moment: look again at the next beat
            log.exception("could not look for answered SIM questions")

    def _heartbeat(self) -> None:
        while not self._clock.wait(self._stop, HEARTBEAT_SECONDS):
            self._follow_answered_refusals()
            if self.sharing is not None:
                try:
                    self.share_modems()
                except Exception as exc:  # the server is unreachable for a moment: try at the next beat
                    if not self.health.failed(exc):
                        log.exception("could not renew the modem leases")
                continue
            try:
                renewed = self.lease.renew(self._clock.now())
            except RETRYABLE as exc:  # a full disk: the pause is shown; the next beat tries again
                if not self.health.failed(exc):
                    log.warning("could not renew the engine lease: %s", exc)
                continue
            self.health.succeeded()  # the heartbeat is the write that notices space came back
            if not renewed:
                log.error("engine lease lost to another engine; stopping the dispatcher")
                self._stop.set()
                if self.dispatcher:
                    self.dispatcher.wake.set()
                return

    # -- several engines on one server ------------------------------------------------------------

    def share_modems(self) -> None:
        """One heartbeat on a shared server: renew, hand over the modems of dead engines, even out."""
        sharing = self.sharing
        assert sharing is not None
        now = sharing.now()
        sharing.heartbeat(now)
        drivable = {config.id: config.host for config in self.pool.enabled_modems()}
        plan = plan_modems(
            self.owner,
            sharing.host,
            self._driving,
            sharing.rows(),
            drivable,
            lambda holder: sharing.is_live(holder, now),
        )
        if plan.dead_owners:
            self.claims.recover_orphans(plan.dead_owners)  # before their modems change hands
            sharing.forget(plan.dead_owners)
        if plan.lost:
            log.error("modem(s) %s were taken over by another engine; stopping them here", sorted(plan.lost))
        self._driving = self._driving - plan.lost - plan.release
        if plan.lost or plan.release:
            self.sync_modems()
        for modem_id in sorted(plan.release):
            sharing.give_back(modem_id)
            log.info("modem %d handed to another engine to even out the load", modem_id)
        taken = {modem_id for modem_id in sorted(plan.take) if sharing.take(modem_id, now)}
        if taken:
            log.info("engine %s now drives modem(s) %s", self.owner, sorted(taken))
            self._driving = self._driving | taken
            self.sync_modems()
        remote = {m for m, holder in plan.modem_holders.items() if holder.owner != self.owner}
        self._remote_healthy = frozenset(remote & self.pool.healthy_in_database(remote))

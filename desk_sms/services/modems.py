"""Modems as users manage them: add, list, rename, set PIN and limits, enable, remove, scan ports.

Changing modems needs an administrator and is audited (a PIN only as "set" or "removed").
"""

from __future__ import annotations

import builtins
import dataclasses
import socket
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import EngineLease, Modem, OutboundPart
from desk_sms.db.models.modems import DEFAULT_DAILY_LIMIT, DEFAULT_MIN_INTERVAL_SECONDS
from desk_sms.db.session import database_now
from desk_sms.domain.roles import Permission
from desk_sms.engine.lease import ENGINE_LEASE, STALE_AFTER
from desk_sms.engine.sharing import modem_lease_name
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.users import UsersService

MAX_DAILY_LIMIT = 10_000


@dataclass(frozen=True)
class ModemRow:
    id: int
    name: str
    port: str
    imei: str | None
    enabled: bool
    state: str
    operator: str | None
    signal_bars: int
    daily_limit: int
    min_interval_seconds: float
    sent_24h: int  # parts in the last 24 hours
    last_error: str | None
    last_seen_at: datetime | None
    has_pin: bool
    host: str | None = None  # the computer it is plugged into (None: any)
    driven_by: str | None = None  # the computer whose desk-sms drives it now, if one does

    def as_json(self) -> dict[str, Any]:
        row = {key: getattr(self, key) for key in self.__dataclass_fields__ if key != "last_seen_at"}
        row["last_seen_at"] = self.last_seen_at.isoformat() if self.last_seen_at else None
        return row


@dataclass(frozen=True)
class PortCandidate:
    device: str
    description: str
    answers_at: bool
    imei: str | None
    model: str | None
    error: str | None


class ModemService:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus, clock: Clock,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._users = users or UsersService(session_factory, events, clock)

    def add(
        self,
        port: str,
        *,
        name: str | None = None,
        pin: str | None = None,
        daily_limit: int = DEFAULT_DAILY_LIMIT,
        min_interval: float = DEFAULT_MIN_INTERVAL_SECONDS,
        imei: str | None = None,
        any_host: bool = False,
    ) -> int:
        """Register a modem plugged into this computer (`any_host`: a port every computer can open)."""
        check_limits(daily_limit, min_interval)
        check_pin(pin)
        self._users.require(Permission.MANAGE_MODEMS)
        with self._session_factory() as session:
            taken = {n for n in session.scalars(select(Modem.name))}
        chosen = (name or "").strip() or next(
            f"Modem {n}" for n in range(1, 1000) if f"Modem {n}" not in taken
        )
        try:
            with self._session_factory.begin() as session:
                modem = Modem(
                    name=chosen,
                    port=port,
                    pin=pin or None,
                    daily_limit=daily_limit,
                    min_interval_seconds=min_interval,
                    imei=imei,
                    host=None if any_host else socket.gethostname(),
                )
                session.add(modem)
                session.flush()
                modem_id = modem.id
                detail = f"{chosen} on {port}; daily limit {daily_limit}, every {min_interval:g} s"
                self._users.add_record(session, "modem.add", "modem", modem_id,
                                       detail + ("; PIN set" if pin else ""))
        except IntegrityError as exc:
            raise InvalidInput(detail=f"a modem named {chosen!r} or with IMEI {imei} already exists") from exc
        self._changed()
        return modem_id

    def list(self) -> builtins.list[ModemRow]:
        from datetime import timedelta

        since = self._clock.now() - timedelta(hours=24)
        with self._session_factory() as session:
            modems = session.scalars(select(Modem).order_by(Modem.id)).all()
            counts: dict[int, int] = {}
            for modem_id in session.scalars(
                select(OutboundPart.modem_id).where(OutboundPart.submitted_at > since)
            ):
                if modem_id is not None:
                    counts[modem_id] = counts.get(modem_id, 0) + 1
            drivers = self._drivers(session, [m for m in modems if m.enabled])
            shared = session.get_bind().dialect.name != "sqlite"
            rows = [self._row(m, counts.get(m.id, 0), drivers.get(m.id)) for m in modems]
        # On a shared server the state stored for a modem nobody drives is the last one of a desk
        # that went away: say what is true now.
        return [
            dataclasses.replace(row, state="disconnected")
            if shared and row.enabled and row.driven_by is None
            else row
            for row in rows
        ]

    def _drivers(self, session: Session, enabled: builtins.list[Modem]) -> dict[int, str]:
        """Which computer drives each modem: its own lease on a shared server, else the engine's."""
        shared = session.get_bind().dialect.name != "sqlite"
        fresh = (database_now(session) if shared else self._clock.now()) - STALE_AFTER
        leases = {
            lease.name: lease.host
            for lease in session.scalars(select(EngineLease).where(EngineLease.heartbeat_at >= fresh))
        }
        whole_engine = leases.get(ENGINE_LEASE)
        drivers = {m.id: leases.get(modem_lease_name(m.id), whole_engine) for m in enabled}
        return {modem_id: host for modem_id, host in drivers.items() if host}

    def find(self, name: str) -> ModemRow:
        for row in self.list():
            if row.name == name:
                return row
        raise NotFound(what="Modem", name=name)

    def update(self, modem_id: int, **changes: Any) -> None:
        """Rename, set PIN, daily limit, minimum interval, enabled."""
        allowed = {"name", "pin", "daily_limit", "min_interval_seconds", "enabled"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidInput(detail=f"cannot change {', '.join(sorted(unknown))}")
        self._users.require(Permission.MANAGE_MODEMS)
        with self._session_factory.begin() as session:
            modem = session.get(Modem, modem_id)
            if modem is None:
                raise NotFound(what="Modem", name=str(modem_id))
            check_limits(
                changes.get("daily_limit", modem.daily_limit),
                changes.get("min_interval_seconds", modem.min_interval_seconds),
            )
            if "pin" in changes:
                check_pin(changes["pin"])
            if "name" in changes and not str(changes["name"]).strip():
                raise InvalidInput(detail="a modem needs a name")
            for action, detail in _audited_changes(modem, changes):
                self._users.add_record(session, action, "modem", modem_id, detail)
            for key, value in changes.items():
                setattr(modem, key, value)
        self._changed()

    def remove(self, name: str) -> None:
        self._users.require(Permission.MANAGE_MODEMS)
        with self._session_factory.begin() as session:
            modem = session.scalars(select(Modem).where(Modem.name == name)).first()
            if modem is None:
                raise NotFound(what="Modem", name=name)
            self._users.add_record(session, "modem.remove", "modem", modem.id, f"{name} on {modem.port}")
            session.delete(modem)
        self._changed()

    def scan(self, timeout: float = 1.0) -> builtins.list[PortCandidate]:
        """Probe every serial port with a short `AT`; the modems that answer, and those that do not."""
        from modem.discovery import list_serial_ports, scan

        descriptions = {port.device: port.description or "" for port in list_serial_ports()}
        return [
            PortCandidate(r.device, descriptions.get(r.device, ""), r.answers_at, r.imei, r.model, r.error)
            for r in scan(list(descriptions) or None, timeout)
        ]

    def _changed(self) -> None:
        self._events.publish(DataChanged(topic="modems"))

    @staticmethod
    def _row(modem: Modem, sent_24h: int, driven_by: str | None = None) -> ModemRow:
        return ModemRow(
            id=modem.id,
            name=modem.name,
            port=modem.port,
            imei=modem.imei,
            enabled=modem.enabled,
            state=modem.state,
            operator=modem.operator,
            signal_bars=modem.signal_bars,
            daily_limit=modem.daily_limit,
            min_interval_seconds=modem.min_interval_seconds,
            sent_24h=sent_24h,
            last_error=modem.last_error,
            last_seen_at=modem.last_seen_at,
            has_pin=bool(modem.pin),
            host=modem.host,
            driven_by=driven_by,
        )


def _audited_changes(modem: Modem, changes: dict[str, Any]) -> builtins.list[tuple[str, str]]:
    """(action, detail) per real change; the PIN itself never reaches the log."""
    entries = []
    for key, value in changes.items():
        old = getattr(modem, key)
        if old == value or (key == "pin" and (old or None) == (value or None)):
            continue
        if key == "pin":
            entries.append(("modem.pin", f"{modem.name}: PIN {'set' if value else 'removed'}"))
        elif key == "enabled":
            entries.append(("modem.enable" if value else "modem.disable", modem.name))
        elif key == "name":
            entries.append(("modem.rename", f"{old} → {value}"))
        else:
            entries.append(("modem.limits", f"{modem.name}: {key} {old} → {value}"))
    return entries


def check_limits(daily_limit: int, min_interval: float) -> None:
    if not 1 <= daily_limit <= MAX_DAILY_LIMIT:
        raise InvalidInput(detail=f"the daily limit must be between 1 and {MAX_DAILY_LIMIT}")
    if not 0 <= min_interval <= 3600:
        raise InvalidInput(detail="the minimum interval must be between 0 and 3600 seconds")


def check_pin(pin: str | None) -> None:
    if pin and not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise InvalidInput(detail="a SIM PIN is 4 to 8 digits")

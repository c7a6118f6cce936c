"""Modems as users manage them: add, list, rename, set PIN and limits, enable, remove, scan ports.

Also the two answers to "another SIM answers on this modem's port" (see `engine/identity.py`):
use it as a new modem, or confirm the same line got a replacement SIM.
Changing modems needs an administrator and is audited (a PIN only as "set" or "removed").
"""

from __future__ import annotations

import builtins
import dataclasses
import socket
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import EngineLease, Modem
from desk_sms.db.models.modems import DEFAULT_DAILY_LIMIT, DEFAULT_MIN_INTERVAL_SECONDS
from desk_sms.db.session import database_now
from desk_sms.domain.roles import Permission
from desk_sms.engine.identity import Identity, carry_count, release_imei
from desk_sms.engine.lease import ENGINE_LEASE, STALE_AFTER
from desk_sms.engine.sharing import modem_lease_name
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.engine_commands import CommandKind, EngineCommands
from desk_sms.services.sim_usage import usage
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
    imsi: str | None = None  # its SIM: the daily limit and count belong to it
    iccid: str | None = None
    own_number: str | None = None
    found: Identity | None = None  # another SIM/modem refused on its port, waiting for a person
    identity_note: str | None = None  # the last change of modem or SIM, in words
    identity_changed_at: datetime | None = None
    last_error_at: datetime | None = None
    frees_at: datetime | None = None  # when its SIM, at its limit, may send a part again
    price_per_part: float | None = None
    signal_dbm: int | None = None  # as the engine last read it
    pin_attempts_left: int | None = None  # the SIM's PIN tries left, when known

    def as_json(self) -> dict[str, Any]:
        row = {key: getattr(self, key) for key in self.__dataclass_fields__}
        for key, value in row.items():
            if isinstance(value, datetime):
                row[key] = value.isoformat()
        row["found"] = dataclasses.asdict(self.found) if self.found else None
        return row


@dataclass(frozen=True)
class PortCandidate:
    device: str
    description: str
    answers_at: bool
    imei: str | None
    model: str | None
    error: str | None
    imsi: str | None = None
    iccid: str | None = None
    own_number: str | None = None


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
        identity: Identity | None = None,
    ) -> int:
        """Register a modem plugged into this computer (`any_host`: a port every computer can open).

        `identity` (read from the port when it answered) is what every later connect is compared with.
        """
        identity = identity or Identity()
        imei = imei or identity.imei
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
                    imsi=identity.imsi,
                    iccid=identity.iccid,
                    own_number=identity.own_number,
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
        now = self._clock.now()
        with self._session_factory() as session:
            modems = session.scalars(select(Modem).order_by(Modem.id)).all()
            drivers = self._drivers(session, [m for m in modems if m.enabled])
            shared = session.get_bind().dialect.name != "sqlite"
            rows = [self._row(m, drivers.get(m.id), session, now) for m in modems]
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
        allowed = {
            "name", "pin", "daily_limit", "min_interval_seconds", "enabled", "own_number", "price_per_part",
        }
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
            if "price_per_part" in changes:
                check_price(changes["price_per_part"])
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
        return scan_ports(timeout)

    def read_identity(self, port: str, timeout: float = 2.0) -> Identity | None:
        """The modem and SIM answering on `port` now (read-only), or None when nothing answers."""
        from modem.discovery import probe_port

        found = probe_port(port, timeout)
        if not found.answers_at:
            return None
        return Identity(found.imei, found.imsi, found.iccid, found.own_number)

    def _changed(self) -> None:
        # The engine runs in its own process (or on another desk): it learns of the change by command.
        EngineCommands(self._session_factory, self._clock).request(CommandKind.RELOAD_MODEMS)
        self._events.publish(DataChanged(topic="modems"))

    def reconnect(self, modem_id: int) -> None:
        """Ask the engine driving this modem to connect to it again now."""
        EngineCommands(self._session_factory, self._clock).request(CommandKind.RECONNECT, modem_id)

    def try_stored_pin(self, modem_id: int) -> None:
        """Ask the engine driving this modem to try the PIN just stored, once."""
        EngineCommands(self._session_factory, self._clock).request(CommandKind.PIN, modem_id)

    def scan_by_engine(self, timeout: float = 60.0) -> builtins.list[PortCandidate]:
        """This computer's ports probed by its engine process, which leaves the ports it drives alone."""
        found = EngineCommands(self._session_factory, self._clock).scan_ports(timeout)
        return [PortCandidate(**candidate) for candidate in found]

    # -- another SIM on the port --------------------------------------------------------------

    def use_as_new_modem(self, modem_id: int) -> int:
        """The refused SIM becomes a modem of its own on this port; the old record is switched off."""
        self._users.require(Permission.MANAGE_MODEMS)
        with self._session_factory.begin() as session:
            old, found = self._refused(session, modem_id)
            taken = set(session.scalars(select(Modem.name)))
            name = next(f"Modem {n}" for n in range(1, 10_000) if f"Modem {n}" not in taken)
            release_imei(session, found.imei, keep=-1)
            new = Modem(
                name=name, port=old.port, host=old.host, imei=found.imei, imsi=found.imsi,
                iccid=found.iccid, own_number=found.own_number, daily_limit=old.daily_limit,
                min_interval_seconds=old.min_interval_seconds,
            )
            old.enabled, old.found_identity, old.state = False, None, "disconnected"
            old.identity_note = f"switched off: its port now holds {name} ({found.describe()})"
            old.identity_changed_at = self._clock.now()
            session.add(new)
            session.flush()
            new_id = new.id
            detail = f"{name}: another SIM ({found.describe()})"
            self._users.add_record(session, "modem.add", "modem", new_id, detail)
        self._changed()
        return new_id

    def same_line(self, modem_id: int) -> None:
        """The refused SIM replaces the record's SIM on the same line; the day's count carries over.

        A card refused before its PIN (IMSI not read yet) is remembered by its ICCID; its IMSI is
        taken, with the count, at the next connect (`engine/identity.py`, CARD_CONFIRMED).
        """
        self._users.require(Permission.MANAGE_MODEMS)
        now = self._clock.now()
        with self._session_factory.begin() as session:
            modem, found = self._refused(session, modem_id)
            others = [m.name for m in session.scalars(select(Modem).where(Modem.id != modem_id)) if
                      (found.imsi and m.imsi == found.imsi) or (found.iccid and m.iccid == found.iccid)]
            if others:  # its count would be mixed with this line's
                raise InvalidInput(detail=f"the SIM found is the SIM of {', '.join(others)}, not a "
                                          f"replacement for {modem.name}'s: nothing changed")
            release_imei(session, found.imei, keep=modem_id)
            if found.imsi:
                carry_count(session, modem.imsi, found.imsi, now)
                old = modem.imsi or "unknown"
                modem.identity_note = f"SIM replaced on the same line: {old} → {found.imsi}"
                modem.imsi = found.imsi
            modem.identity_changed_at = now
            modem.imei, modem.iccid = found.imei or modem.imei, found.iccid
            modem.own_number = found.own_number or modem.own_number
            modem.found_identity = None
            note = modem.identity_note or ""
            self._users.add_record(session, "modem.sim_replaced", "modem", modem_id, note)
        self._changed()

    @staticmethod
    def _refused(session: Session, modem_id: int) -> tuple[Modem, Identity]:
        modem = session.get(Modem, modem_id)
        if modem is None:
            raise NotFound(what="Modem", name=str(modem_id))
        found = Identity.from_json(modem.found_identity)
        if found is None:
            raise InvalidInput(detail=f"{modem.name} has no other SIM waiting for a decision")
        return modem, found

    @staticmethod
    def _row(modem: Modem, driven_by: str | None, session: Session, now: datetime) -> ModemRow:
        sim = usage(session, modem, now)
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
            sent_24h=sim.used,
            last_error=modem.last_error,
            last_seen_at=modem.last_seen_at,
            has_pin=bool(modem.pin),
            host=modem.host,
            driven_by=driven_by,
            imsi=modem.imsi,
            iccid=modem.iccid,
            own_number=modem.own_number,
            found=Identity.from_json(modem.found_identity),
            identity_note=modem.identity_note,
            identity_changed_at=modem.identity_changed_at,
            last_error_at=modem.last_error_at,
            frees_at=sim.frees_at,
            price_per_part=modem.price_per_part,
            signal_dbm=modem.signal_dbm,
            pin_attempts_left=modem.pin_attempts_left,
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


def scan_ports(timeout: float = 1.0, skip: Collection[str] = ()) -> list[PortCandidate]:
    """Probe this computer's serial ports (except `skip`, the ports an engine drives) with a short `AT`."""
    from modem.discovery import list_serial_ports, scan

    descriptions = {p.device: p.description or "" for p in list_serial_ports() if p.device not in skip}
    if skip and not descriptions:
        return []
    return [
        PortCandidate(
            r.device, descriptions.get(r.device, ""), r.answers_at, r.imei, r.model, r.error,
            r.imsi, r.iccid, r.own_number,
        )
        for r in scan(list(descriptions) or None, timeout)
    ]


def check_limits(daily_limit: int, min_interval: float) -> None:
    if not 1 <= daily_limit <= MAX_DAILY_LIMIT:
        raise InvalidInput(detail=f"the daily limit must be between 1 and {MAX_DAILY_LIMIT}")
    if not 0 <= min_interval <= 3600:
        raise InvalidInput(detail="the minimum interval must be between 0 and 3600 seconds")


def normalize_own_number(typed: str) -> str:
    """A number typed in for the SIM: digits with an optional leading +; refused otherwise."""
    digits = "".join(typed.split()).replace("-", "")
    bare = digits.removeprefix("+")
    if not (bare.isascii() and bare.isdigit() and 3 <= len(bare) <= 20):
        raise InvalidInput(detail=f"{typed!r} is not a phone number")
    return digits


def check_price(price: float | None) -> None:
    if price is not None and not 0 <= price <= 1000:
        raise InvalidInput(detail="the price of one SMS part must be between 0 and 1000")


def check_pin(pin: str | None) -> None:
    if pin and not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise InvalidInput(detail="a SIM PIN is 4 to 8 digits")

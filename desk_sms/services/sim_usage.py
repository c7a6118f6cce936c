"""How many SMS parts a SIM sent in the rolling last 24 hours, and when it may send again.

The daily limit belongs to the SIM (its IMSI), not to the modem it sits in: every sent part records
the SIM it went out on, so a SIM moved to another modem keeps its count. A modem whose SIM is not
known yet (a record from before identities were read, or a modem that does not tell its IMSI) is
counted by its own parts. Messages being sent count with all their parts, so the check made inside
a claim never lets the count pass the limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desk_sms.db.driver_sql import DriverStatement
from desk_sms.db.models import Modem, OutboundMessage, OutboundPart

WINDOW = timedelta(hours=24)
SENDING = "sending"


@dataclass(frozen=True)
class SimUsage:
    """One modem's SIM: parts counted in the window, its limit, and when a part frees if it is full."""

    used: int
    limit: int
    frees_at: datetime | None = None  # when the oldest counted part leaves the window (if full)

    @property
    def parts_left(self) -> int:
        return max(self.limit - self.used, 0)


def _parts_of(imsi: str | None, modem_id: int) -> ColumnElement[bool]:
    return OutboundPart.imsi == imsi if imsi else OutboundPart.modem_id == modem_id


def _in_window(imsi: str | None, modem_id: int, now: datetime) -> ColumnElement[bool]:
    return _parts_of(imsi, modem_id) & (OutboundPart.submitted_at > now - WINDOW)


def _used_statements(by_sim: bool) -> tuple[Any, Any]:
    """Parts sent in the window (by SIM or, its SIM unknown, by modem) and parts being sent now."""
    owner = OutboundPart.imsi == bindparam("imsi") if by_sim else OutboundPart.modem_id == bindparam("modem")
    sent = select(func.count()).select_from(OutboundPart).where(
        owner, OutboundPart.submitted_at > bindparam("since")
    )
    in_flight = select(func.coalesce(func.sum(OutboundMessage.part_count), 0)).where(
        OutboundMessage.status == SENDING, OutboundMessage.modem_id == bindparam("modem")
    )
    return sent, in_flight


def _room_statement() -> Any:
    """The parts a modem's SIM may still send, in one statement (the modem row locked)."""
    since: Any = bindparam("since")
    by_sim = (
        select(func.count()).select_from(OutboundPart)
        .where(OutboundPart.imsi == Modem.imsi, OutboundPart.submitted_at > since)
        .scalar_subquery()
    )
    by_modem = (  # a modem whose SIM is not known yet: its own parts
        select(func.count()).select_from(OutboundPart)
        .where(OutboundPart.modem_id == Modem.id, OutboundPart.submitted_at > since)
        .scalar_subquery()
    )
    in_flight = (
        select(func.coalesce(func.sum(OutboundMessage.part_count), 0))
        .where(OutboundMessage.status == SENDING, OutboundMessage.modem_id == Modem.id)
        .scalar_subquery()
    )
    used = case((Modem.imsi.is_(None), by_modem), else_=by_sim) + in_flight
    return select(Modem.daily_limit - used).where(Modem.id == bindparam("modem")).with_for_update(of=Modem)


# Built once: every claim runs them (the engine's CPU per message, issue 17).
_USED = {by_sim: _used_statements(by_sim) for by_sim in (True, False)}
_ROOM = DriverStatement(_room_statement())


def used_parts(connection: Connection | Session, imsi: str | None, modem_id: int, now: datetime) -> int:
    """Parts sent on this SIM within the window, plus every part of the message it is sending now."""
    sent, in_flight = _USED[bool(imsi)]
    params = {"imsi": imsi, "modem": modem_id, "since": now - WINDOW}
    return int(connection.execute(sent, params).scalar_one()) + int(
        connection.execute(in_flight, params).scalar_one()
    )


def room_for(connection: Connection, modem_id: int, now: datetime) -> int:
    """How many parts this modem's SIM may still send now; locks the modem row (one claim at a time)."""
    row = _ROOM.first(connection, {"modem": modem_id, "since": now - WINDOW})
    return 0 if row is None or row[0] is None else int(row[0])


def frees_at(
    connection: Connection | Session, imsi: str | None, modem_id: int, now: datetime, overflow: int
) -> datetime | None:
    """When `overflow` more parts have left the window: the overflow-th oldest part's time + 24 h."""
    if overflow <= 0:
        return None
    query = (
        select(OutboundPart.submitted_at)
        .where(_in_window(imsi, modem_id, now))
        .order_by(OutboundPart.submitted_at)
        .offset(overflow - 1)
        .limit(1)
    )
    oldest = connection.execute(query).scalar()
    return oldest + WINDOW if oldest is not None else None


def part_times(session: Session, imsi: str | None, modem_id: int, now: datetime) -> list[datetime]:
    """When each part counted in the window went out, oldest first (the dispatcher's view of a SIM)."""
    query = (
        select(OutboundPart.submitted_at)
        .where(_in_window(imsi, modem_id, now))
        .order_by(OutboundPart.submitted_at)
    )
    return [at for at in session.scalars(query) if at is not None]


def usage(session: Session, modem: Modem, now: datetime) -> SimUsage:
    """The SIM usage of one modem row, for lists, the dashboard and estimates."""
    used = used_parts(session, modem.imsi, modem.id, now)
    free = frees_at(session, modem.imsi, modem.id, now, used - modem.daily_limit + 1)
    return SimUsage(used, modem.daily_limit, free)

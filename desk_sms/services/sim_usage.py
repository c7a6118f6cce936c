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

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

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


def used_parts(connection: Connection | Session, imsi: str | None, modem_id: int, now: datetime) -> int:
    """Parts sent on this SIM within the window, plus every part of the message it is sending now."""
    sent = select(func.count()).select_from(OutboundPart).where(_in_window(imsi, modem_id, now))
    in_flight = select(func.coalesce(func.sum(OutboundMessage.part_count), 0)).where(
        OutboundMessage.status == SENDING, OutboundMessage.modem_id == modem_id
    )
    return int(connection.execute(sent).scalar_one()) + int(connection.execute(in_flight).scalar_one())


def room_for(connection: Connection, modem_id: int, now: datetime) -> int:
    """How many parts this modem's SIM may still send now; locks the modem row (one claim at a time)."""
    row = connection.execute(
        select(Modem.imsi, Modem.daily_limit).where(Modem.id == modem_id).with_for_update()
    ).first()
    if row is None:
        return 0
    return int(row.daily_limit) - used_parts(connection, row.imsi, modem_id, now)


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


def usage(session: Session, modem: Modem, now: datetime) -> SimUsage:
    """The SIM usage of one modem row, for lists, the dashboard and estimates."""
    used = used_parts(session, modem.imsi, modem.id, now)
    free = frees_at(session, modem.imsi, modem.id, now, used - modem.daily_limit + 1)
    return SimUsage(used, modem.daily_limit, free)


def stamp_sim(connection: Connection | Session, message_id: int) -> None:
    """Record on a message's new parts the SIM they went out on (the modem's SIM now)."""
    sim: Any = select(Modem.imsi).where(Modem.id == OutboundPart.modem_id).scalar_subquery()
    connection.execute(
        update(OutboundPart)
        .where(OutboundPart.message_id == message_id, OutboundPart.imsi.is_(None))
        .values(imsi=sim)
    )

"""Status reports: store each one, match it to the part it reports on, update the message.

TP-MR wraps after 255, so a report is matched by modem, reference, recipient and time,
never by reference alone (DESIGN.md §5). A report that arrives before its part was
committed stays unmatched and is matched when the part is recorded.

One report is one transaction of a few prebuilt Core statements: with delivery reports on, every
message brings one, so this is part of the engine's CPU per message (issue 17).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Engine, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.driver_sql import DriverConnection, DriverStatement, DriverTransactions
from desk_sms.db.models import OutboundMessage, OutboundPart, StatusReportRecord
from desk_sms.domain.phones import normalize_phone
from desk_sms.outbox.transitions import REPORT_DELIVERED, REPORT_UNDELIVERABLE
from modem.interface import DeliveryStatus, StatusReport

log = logging.getLogger(__name__)

MATCH_WINDOW = timedelta(days=7)
WAITING_WINDOW = timedelta(minutes=10)  # a report older than this waits for no part any more
PART_STATUS = {
    DeliveryStatus.DELIVERED: "delivered",
    DeliveryStatus.FAILED: "failed",
    DeliveryStatus.PENDING: "pending",
}

_report = cast(Table, StatusReportRecord.__table__)
_part = cast(Table, OutboundPart.__table__)
_message = cast(Table, OutboundMessage.__table__)

# Run on the driver's cursor (db/driver_sql.py): with delivery reports on, every message brings one.
INSERT_REPORT = DriverStatement(
    insert(_report),
    column_keys=(
        "modem_id", "reference", "recipient", "status_code", "discharged_at", "received_at", "part_id",
    ),
)
FIND_PART = DriverStatement(  # the newest part this report can be about
    select(_part.c.id, _part.c.message_id)
    .join(_message, _message.c.id == _part.c.message_id)
    .where(
        _part.c.modem_id == bindparam("modem"),
        _part.c.reference == bindparam("reference"),
        _message.c.to_number == bindparam("recipient"),
        _part.c.submitted_at >= bindparam("sent_since"),
        or_(_part.c.status == "accepted", _part.c.status == "pending"),
    )
    .order_by(_part.c.submitted_at.desc(), _part.c.id.desc())
    .limit(1)
)
LINK_REPORT = update(_report).where(_report.c.id == bindparam("report_id")).values(part_id=bindparam("part"))
PART_REPORTED = DriverStatement(
    update(_part)
    .where(_part.c.id == bindparam("part"))
    .values(status=bindparam("part_status"), report_status_code=bindparam("code"), report_at=bindparam("now"))
)
_REPORT_DELIVERED = DriverStatement(REPORT_DELIVERED)
_REPORT_UNDELIVERABLE = DriverStatement(REPORT_UNDELIVERABLE)
PARTS_OF_MESSAGE = (
    select(_part.c.id, _part.c.reference, _message.c.to_number)
    .join(_message, _message.c.id == _part.c.message_id)
    .where(_part.c.message_id == bindparam("message_id"))
)
WAITING_FOR_PART = (
    select(_report.c.id, _report.c.status_code)
    .where(
        _report.c.modem_id == bindparam("modem"),
        _report.c.reference == bindparam("reference"),
        _report.c.recipient == bindparam("recipient"),
        _report.c.part_id.is_(None),
        _report.c.received_at >= bindparam("waiting_since"),
    )
    .limit(1)
)


class StatusReportMatcher:
    def __init__(self, session_factory: sessionmaker[Session], region: str = "JP") -> None:
        self._session_factory = session_factory
        self._region = region
        # Reads then writes: on SQLite take the write lock at BEGIN (ignored elsewhere).
        engine: Engine = session_factory.kw["bind"]
        self._engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._transactions = DriverTransactions(self._engine)
        # Per modem, when its newest unmatched report arrived: most sends have none waiting, and then
        # recording a sent message asks the database nothing more.
        self._unmatched: dict[int, datetime] | None = None  # read from the database at first use
        self._lock = threading.Lock()

    def record(self, modem_id: int, report: StatusReport, now: datetime) -> int | None:
        """Persist a report and apply it; returns the message id it matched, if any."""
        recipient = (
            normalize_phone(report.recipient, self._region, mobile_only=False).e164 or report.recipient
        )
        row = {
            "modem_id": modem_id, "reference": report.reference, "recipient": recipient,
            "status_code": report.status_code, "discharged_at": report.discharged_at, "received_at": now,
        }
        with self._transactions.begin() as connection:
            part = FIND_PART.first(connection, {
                "modem": modem_id, "reference": report.reference, "recipient": recipient,
                "sent_since": now - MATCH_WINDOW,
            })
            # The report is stored already linked to its part (one statement fewer per message).
            INSERT_REPORT.execute(connection, {**row, "part_id": part[0] if part is not None else None})
            if part is None:
                self._note_unmatched(modem_id, now)
                log.info("status report ref %d for %s on modem %d matches no sent part yet",
                         report.reference, recipient, modem_id)
                return None
            part_id, message_id = part
            apply_report(connection, part_id, message_id, PART_STATUS[report.status], report.status_code, now)
            return int(message_id)

    def match_waiting(self, modem_id: int, message_id: int, now: datetime) -> None:
        """After parts were recorded, apply reports that arrived before them (rare: checked in memory)."""
        if not self._may_be_waiting(modem_id, now):
            return
        with self._engine.begin() as connection:
            for part in connection.execute(PARTS_OF_MESSAGE, {"message_id": message_id}).all():
                waiting = connection.execute(WAITING_FOR_PART, {
                    "modem": modem_id, "reference": part.reference, "recipient": part.to_number,
                    "waiting_since": now - WAITING_WINDOW,
                }).first()
                if waiting is not None:
                    connection.execute(LINK_REPORT, {"report_id": waiting.id, "part": part.id})
                    apply_report(connection, part.id, message_id, status_of_code(waiting.status_code),
                                 waiting.status_code, now)

    def _may_be_waiting(self, modem_id: int, now: datetime) -> bool:
        with self._lock:
            if self._unmatched is None:
                self._unmatched = self._unmatched_in_database(now)
            newest = self._unmatched.get(modem_id)
        return newest is not None and newest >= now - WAITING_WINDOW

    def _note_unmatched(self, modem_id: int, now: datetime) -> None:
        with self._lock:
            if self._unmatched is None:
                self._unmatched = self._unmatched_in_database(now)
            self._unmatched[modem_id] = max(now, self._unmatched.get(modem_id, now))

    def _unmatched_in_database(self, now: datetime) -> dict[int, datetime]:
        """Reports waiting for their part when this engine started (another run recorded them)."""
        with self._session_factory() as session:
            rows = session.execute(
                select(StatusReportRecord.modem_id, func.max(StatusReportRecord.received_at))
                .where(StatusReportRecord.part_id.is_(None),
                       StatusReportRecord.received_at >= now - WAITING_WINDOW)
                .group_by(StatusReportRecord.modem_id)
            ).all()
            return {modem_id: received for modem_id, received in rows if modem_id is not None}


def status_of_code(code: int) -> str:
    """A part's delivery state from the report's TP-ST (GSM 03.40 §9.2.3.15)."""
    return "delivered" if code < 0x20 else ("pending" if code < 0x40 else "failed")


def apply_report(
    connection: Connection | DriverConnection, part_id: int, message_id: int, status: str, code: int,
    now: datetime,
) -> None:
    """The part takes the report's state; its message follows (outbox.transitions decides how)."""
    PART_REPORTED.execute(connection, {"part": part_id, "part_status": status, "code": code, "now": now})
    params: dict[str, Any] = {"message_id": message_id, "now": now}
    if status == "failed":
        _REPORT_UNDELIVERABLE.execute(connection, {**params, "report_code": f"report_{code}"})
    elif status == "delivered":
        _REPORT_DELIVERED.execute(connection, params)

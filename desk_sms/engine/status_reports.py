"""Status reports: store each one, match it to the part it reports on, update the message.

TP-MR wraps after 255, so a report is matched by modem, reference, recipient and time,
never by reference alone (DESIGN.md §5). A report that arrives before its part was
committed stays unmatched and is matched when the part is recorded.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import OutboundMessage, OutboundPart, StatusReportRecord
from desk_sms.domain.phones import normalize_phone
from desk_sms.outbox.transitions import apply_delivery
from modem.interface import DeliveryStatus, StatusReport

log = logging.getLogger(__name__)

MATCH_WINDOW = timedelta(days=7)
PART_STATUS = {
    DeliveryStatus.DELIVERED: "delivered",
    DeliveryStatus.FAILED: "failed",
    DeliveryStatus.PENDING: "pending",
}


class StatusReportMatcher:
    def __init__(self, session_factory: sessionmaker[Session], region: str = "JP") -> None:
        self._session_factory = session_factory
        self._region = region

    def record(self, modem_id: int, report: StatusReport, now: datetime) -> int | None:
        """Persist a report and apply it; returns the message id it matched, if any."""
        recipient = (
            normalize_phone(report.recipient, self._region, mobile_only=False).e164 or report.recipient
        )
        with self._session_factory.begin() as session:
            record = StatusReportRecord(
                modem_id=modem_id,
                reference=report.reference,
                recipient=recipient,
                status_code=report.status_code,
                discharged_at=report.discharged_at,
                received_at=now,
            )
            session.add(record)
            part = self._find_part(session, modem_id, report.reference, recipient, now)
            if part is None:
                log.info(
                    "status report ref %d for %s on modem %d matches no sent part yet",
                    report.reference,
                    recipient,
                    modem_id,
                )
                return None
            record.part_id = part.id
            apply_report(session, part, PART_STATUS[report.status], report.status_code, now)
            return part.message_id

    def match_waiting(self, modem_id: int, message_id: int, now: datetime) -> None:
        """After parts were recorded, apply reports that arrived before them (rare: checked cheaply first)."""
        with self._session_factory.kw["bind"].connect() as connection:
            waiting = connection.execute(
                select(StatusReportRecord.id)
                .where(
                    StatusReportRecord.modem_id == modem_id,
                    StatusReportRecord.part_id.is_(None),
                    StatusReportRecord.received_at >= now - timedelta(minutes=10),
                )
                .limit(1)
            ).first()
        if waiting is None:
            return
        with self._session_factory.begin() as session:
            parts = session.scalars(select(OutboundPart).where(OutboundPart.message_id == message_id)).all()
            message = session.get(OutboundMessage, message_id)
            if message is None:
                return
            for part in parts:
                waiting = session.scalars(
                    select(StatusReportRecord).where(
                        StatusReportRecord.modem_id == modem_id,
                        StatusReportRecord.reference == part.reference,
                        StatusReportRecord.recipient == message.to_number,
                        StatusReportRecord.part_id.is_(None),
                        StatusReportRecord.received_at >= now - timedelta(minutes=10),
                    )
                ).first()
                if waiting is not None:
                    waiting.part_id = part.id
                    status = (
                        "delivered"
                        if waiting.status_code < 0x20
                        else ("pending" if waiting.status_code < 0x40 else "failed")
                    )
                    apply_report(session, part, status, waiting.status_code, now)

    @staticmethod
    def _find_part(
        session: Session, modem_id: int, reference: int, recipient: str, now: datetime
    ) -> OutboundPart | None:
        query = (
            select(OutboundPart)
            .join(OutboundMessage, OutboundMessage.id == OutboundPart.message_id)
            .where(
                OutboundPart.modem_id == modem_id,
                OutboundPart.reference == reference,
                OutboundMessage.to_number == recipient,
                OutboundPart.submitted_at >= now - MATCH_WINDOW,
                OutboundPart.status.in_(("accepted", "pending")),
            )
            .order_by(OutboundPart.submitted_at.desc(), OutboundPart.id.desc())
            .limit(1)
        )
        return session.scalars(query).first()


def apply_report(session: Session, part: OutboundPart, status: str, code: int, now: datetime) -> None:
    part.status = status
    part.report_status_code = code
    part.report_at = now
    message = session.get(OutboundMessage, part.message_id)
    if message is None:
        return
    statuses = [
        p.status for p in session.scalars(select(OutboundPart).where(OutboundPart.message_id == message.id))
    ]
    apply_delivery(message, statuses, code, now)

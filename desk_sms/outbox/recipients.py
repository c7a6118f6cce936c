"""Who a campaign went to (polls count the replies of these numbers only)."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desk_sms.db.models import OutboundMessage
from desk_sms.outbox.states import MessageStatus


def was_sent_to(session: Session, campaign_id: int, number: str) -> bool:
    """True when the campaign has a message to `number` that was not skipped or cancelled."""
    return bool(session.scalar(select(exists().where(
        OutboundMessage.campaign_id == campaign_id, OutboundMessage.to_number == number,
        OutboundMessage.status.not_in((MessageStatus.SKIPPED, MessageStatus.CANCELLED))))))


def campaign_recipients(session: Session, campaign_id: int) -> list[tuple[str, int | None]]:
    """(number, contact id) of every recipient the campaign was not skipped for, in queue order."""
    rows = session.execute(
        select(OutboundMessage.to_number, OutboundMessage.contact_id)
        .where(OutboundMessage.campaign_id == campaign_id,
               OutboundMessage.status.not_in((MessageStatus.SKIPPED, MessageStatus.CANCELLED)))
        .order_by(OutboundMessage.id))
    return list(dict.fromkeys((number, contact) for number, contact in rows))

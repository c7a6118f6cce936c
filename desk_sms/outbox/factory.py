"""The one place an `OutboundMessage` row is built, whichever door the message came through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desk_sms.db.models import OutboundMessage
from desk_sms.domain.phones import normalize_phone
from desk_sms.outbox.audience import has_consent, is_opted_out
from desk_sms.outbox.states import PRIORITY_ONE_OFF, MessageStatus, priority_for
from desk_sms.outbox.transitions import skip
from modem.sms_text import split_text


@dataclass(frozen=True)
class MessageSpec:
    """One message to queue: to whom, what, and how it should travel."""

    number: str
    text: str
    contact_id: int | None = None
    priority: int = PRIORITY_ONE_OFF
    urgent: bool = False
    not_before: datetime | None = None
    expires_at: datetime | None = None  # never sent after this (its send-late window)
    campaign_id: int | None = None
    reply_to_id: int | None = None
    preferred_modem_id: int | None = None  # conversation affinity
    created_by_id: int | None = None
    dedupe_key: str | None = None
    opt_out_exempt: bool = False  # the "you are unsubscribed" confirmation itself
    advertising: bool = False  # goes only to recipients with recorded consent


def build_message(session: Session, spec: MessageSpec, now: datetime, region: str) -> OutboundMessage:
    """A queued row for `spec` (added to `session`), or a skipped one with the reason."""
    phone = normalize_phone(spec.number, region)
    split = split_text(spec.text)
    message = OutboundMessage(
        to_number=phone.e164 or spec.number.strip(),
        body=spec.text,
        contact_id=spec.contact_id,
        campaign_id=spec.campaign_id,
        priority=priority_for(spec.priority, spec.urgent),
        urgent=spec.urgent,
        status=MessageStatus.QUEUED,
        encoding=str(split.encoding),
        part_count=split.part_count,
        not_before=spec.not_before,
        expires_at=spec.expires_at,
        reply_to_id=spec.reply_to_id,
        preferred_modem_id=spec.preferred_modem_id,
        created_by_id=spec.created_by_id,
        dedupe_key=spec.dedupe_key,
        created_at=now,
    )
    if phone.e164 is None:
        skip(message, "invalid_number", f"not a mobile number: {spec.number}")
    elif not spec.opt_out_exempt and is_opted_out(session, phone.e164, spec.contact_id):
        skip(message, "opted_out", "the recipient asked not to receive messages")
    elif spec.advertising and not has_consent(session, phone.e164, spec.contact_id):
        skip(message, "no_consent", "no recorded consent to receive advertising")
    session.add(message)
    return message


def copy_message(session: Session, original: OutboundMessage, now: datetime) -> OutboundMessage:
    """A fresh queued copy of `original` (a resend); it goes now, whatever the original's window was."""
    copy = OutboundMessage(
        to_number=original.to_number,
        body=original.body,
        contact_id=original.contact_id,
        campaign_id=original.campaign_id,
        priority=max(original.priority, PRIORITY_ONE_OFF),
        urgent=original.urgent,
        encoding=original.encoding,
        part_count=original.part_count,
        status=MessageStatus.QUEUED,
        created_by_id=original.created_by_id,
        created_at=now,
    )
    session.add(copy)
    return copy

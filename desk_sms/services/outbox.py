"""The outbox as users see it: queue messages, list them, cancel, hold, resend, pause campaigns.

States (DESIGN.md §2): queued → sending → sent → delivered | undeliverable; from sending also
back to queued (transient, nothing written), failed, or uncertain; queued → cancelled | skipped.
The engine's own transitions live in `desk_sms.engine.claims`.
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Campaign, Contact, Modem, OutboundMessage
from desk_sms.db.session import rows_changed
from desk_sms.domain.phones import normalize_phone
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import EventBus, MessageStateChanged
from modem.sms_text import split_text

AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERABLE = "undeliverable"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


NEEDS_ATTENTION = (MessageStatus.FAILED, MessageStatus.UNCERTAIN)
CANCELLABLE = (MessageStatus.QUEUED,)
# Higher goes first: a reply to a customer, then a one-off message, then a campaign.
PRIORITY_REPLY = 100
PRIORITY_ONE_OFF = 50
PRIORITY_CAMPAIGN = 10
MAX_TEXT_LENGTH = 670  # Japanese carriers deliver long SMS up to 670 characters


@dataclass(frozen=True)
class Recipient:
    number: str
    text: str
    contact_id: int | None = None


@dataclass(frozen=True)
class OutboxRow:
    """One outgoing message for display; `as_json` gives the CLI contract's keys."""

    id: int
    to: str
    text: str
    status: str
    modem: str | None
    parts: int
    attempts: int
    error: str | None
    created_at: datetime
    sent_at: datetime | None
    delivered_at: datetime | None
    campaign_id: int | None
    campaign: str | None
    contact: str | None
    held: bool
    urgent: bool
    error_code: str | None = None  # stable code behind `error` (cms_38, opted_out, engine_stopped …)

    def as_json(self) -> dict[str, Any]:
        keys = ("id", "to", "text", "status", "modem", "parts", "attempts", "error")
        row: dict[str, Any] = {key: getattr(self, key) for key in keys}
        for key in ("created_at", "sent_at", "delivered_at"):
            value = getattr(self, key)
            row[key] = value.isoformat() if value else None
        return row


@dataclass(frozen=True)
class OutboxFilter:
    statuses: tuple[str, ...] = ()
    campaign_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    needs_attention: bool = False


class OutboxService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        default_region: str = "JP",
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self.default_region = default_region

    # -- queueing -------------------------------------------------------------------------------

    def enqueue(
        self,
        number: str,
        text: str,
        *,
        contact_id: int | None = None,
        priority: int = PRIORITY_ONE_OFF,
        urgent: bool = False,
        not_before: datetime | None = None,
        reply_to_id: int | None = None,
        preferred_modem_id: int | None = None,
        created_by_id: int | None = None,
    ) -> int:
        """Queue one message; an invalid or opted-out number is recorded as skipped, with the reason."""
        check_text(text)
        with self._session_factory.begin() as session:
            message = self._new_message(session, Recipient(number, text, contact_id), priority)
            message.urgent = urgent
            message.not_before = not_before
            message.reply_to_id = reply_to_id
            message.preferred_modem_id = preferred_modem_id
            message.created_by_id = created_by_id
            session.add(message)
            session.flush()
            message_id, status = message.id, message.status
        self._events.publish(MessageStateChanged(message_id, status))
        return message_id

    def create_campaign(
        self,
        name: str,
        recipients: Sequence[Recipient],
        *,
        not_before: datetime | None = None,
        created_by_id: int | None = None,
        status: str = "running",
    ) -> int:
        """Queue one message per recipient under a new campaign, in one transaction."""
        for recipient in recipients:
            check_text(recipient.text)
        with self._session_factory.begin() as session:
            campaign = Campaign(
                name=name, status=status, created_by_id=created_by_id, scheduled_at=not_before
            )
            session.add(campaign)
            session.flush()
            for recipient in recipients:
                message = self._new_message(session, recipient, PRIORITY_CAMPAIGN)
                message.campaign_id = campaign.id
                message.not_before = not_before
                message.created_by_id = created_by_id
                session.add(message)
            campaign_id = campaign.id
        self._events.publish(MessageStateChanged(0, MessageStatus.QUEUED, campaign_id))
        return campaign_id

    def _new_message(self, session: Session, recipient: Recipient, priority: int) -> OutboundMessage:
        phone = normalize_phone(recipient.number, self.default_region)
        split = split_text(recipient.text)
        message = OutboundMessage(
            to_number=phone.e164 or recipient.number.strip(),
            body=recipient.text,
            contact_id=recipient.contact_id,
            priority=priority,
            status=MessageStatus.QUEUED,
            encoding=str(split.encoding),
            part_count=split.part_count,
            created_at=self._clock.now(),
        )
        if phone.e164 is None:
            skip(message, "invalid_number", f"not a mobile number: {recipient.number}")
        elif is_opted_out(session, phone.e164, recipient.contact_id):
            skip(message, "opted_out", "the recipient asked not to receive messages")
        return message

    # -- reading --------------------------------------------------------------------------------

    def list(
        self, where: OutboxFilter = OutboxFilter(), limit: int = 500, offset: int = 0
    ) -> builtins.list[OutboxRow]:
        with self._session_factory() as session:
            query = self._filtered(self._row_query(), where)
            query = query.order_by(OutboundMessage.id.desc()).limit(limit).offset(offset)
            return [self._row(*values) for values in session.execute(query)]

    def ids(self, where: OutboxFilter = OutboxFilter(), limit: int = 1_000_000) -> builtins.list[int]:
        """Matching ids, newest first (a table model fetches rows for them on demand)."""
        with self._session_factory() as session:
            query = self._filtered(select(OutboundMessage.id), where)
            query = query.order_by(OutboundMessage.id.desc()).limit(limit)
            return list(session.scalars(query))

    def rows(self, message_ids: Iterable[int]) -> builtins.list[OutboxRow]:
        wanted = list(message_ids)
        with self._session_factory() as session:
            query = self._row_query().where(OutboundMessage.id.in_(wanted))
            by_id = {row.id: row for row in (self._row(*values) for values in session.execute(query))}
        return [by_id[i] for i in wanted if i in by_id]

    def get(self, message_id: int) -> OutboxRow:
        rows = self.rows([message_id])
        if not rows:
            raise NotFound(what="Message", name=str(message_id))
        return rows[0]

    def counts_by_status(self, campaign_id: int | None = None) -> dict[str, int]:
        with self._session_factory() as session:
            query = select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)
            if campaign_id is not None:
                query = query.where(OutboundMessage.campaign_id == campaign_id)
            return {status: count for status, count in session.execute(query)}

    def campaigns(self) -> builtins.list[tuple[int, str, str]]:
        with self._session_factory() as session:
            query = select(Campaign.id, Campaign.name, Campaign.status).order_by(Campaign.id.desc())
            return [(cid, name, status) for cid, name, status in session.execute(query)]

    def _row_query(self) -> Select[OutboundMessage, str | None, str | None, str | None]:
        campaign = aliased(Campaign)
        return (
            select(OutboundMessage, Modem.name, campaign.name, Contact.name)
            .outerjoin(Modem, Modem.id == OutboundMessage.modem_id)
            .outerjoin(campaign, campaign.id == OutboundMessage.campaign_id)
            .outerjoin(Contact, Contact.id == OutboundMessage.contact_id)
        )

    @staticmethod
    def _filtered(query: AnySelect, where: OutboxFilter) -> AnySelect:
        if where.statuses:
            query = query.where(OutboundMessage.status.in_(where.statuses))
        if where.needs_attention:
            query = query.where(
                OutboundMessage.status.in_(NEEDS_ATTENTION), OutboundMessage.resent_as_id.is_(None)
            )
        if where.campaign_id is not None:
            query = query.where(OutboundMessage.campaign_id == where.campaign_id)
        if where.since is not None:
            query = query.where(OutboundMessage.created_at >= where.since)
        if where.until is not None:
            query = query.where(OutboundMessage.created_at < where.until)
        return query

    @staticmethod
    def _row(
        message: OutboundMessage, modem: str | None, campaign: str | None, contact: str | None
    ) -> OutboxRow:
        return OutboxRow(
            id=message.id,
            to=message.to_number,
            text=message.body,
            status=message.status,
            modem=modem,
            parts=message.part_count,
            attempts=message.attempts,
            error=message.error_text,
            created_at=message.created_at,
            sent_at=message.sent_at,
            delivered_at=message.delivered_at,
            campaign_id=message.campaign_id,
            campaign=campaign,
            contact=contact,
            held=message.held,
            urgent=message.urgent,
            error_code=message.error_code,
        )

    # -- user actions ---------------------------------------------------------------------------

    def cancel(self, message_ids: Iterable[int]) -> int:
        """Cancel messages still waiting; those already in a modem's hands are left alone."""
        return self._update_waiting(message_ids, status=MessageStatus.CANCELLED)

    def hold(self, message_ids: Iterable[int]) -> int:
        return self._update_waiting(message_ids, held=True)

    def release(self, message_ids: Iterable[int]) -> int:
        return self._update_waiting(message_ids, held=False)

    def _update_waiting(self, message_ids: Iterable[int], **values: Any) -> int:
        ids = list(message_ids)
        with self._session_factory.begin() as session:
            statement = (
                update(OutboundMessage)
                .where(OutboundMessage.id.in_(ids), OutboundMessage.status == MessageStatus.QUEUED)
                .values(**values)
            )
            changed = rows_changed(session.execute(statement))
        for message_id in ids:
            self._events.publish(MessageStateChanged(message_id, str(values.get("status", "queued"))))
        return int(changed)

    def resend(self, message_id: int) -> int:
        """Queue a fresh copy of a failed or uncertain message (one click from "needs attention")."""
        with self._session_factory.begin() as session:
            original = session.get(OutboundMessage, message_id)
            if original is None:
                raise NotFound(what="Message", name=str(message_id))
            if original.status not in NEEDS_ATTENTION and original.status != MessageStatus.UNDELIVERABLE:
                raise InvalidInput(
                    detail=f"message {message_id} is {original.status}; only failed, "
                    "uncertain or undeliverable messages can be resent"
                )
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
                created_at=self._clock.now(),
            )
            session.add(copy)
            session.flush()
            original.resent_as_id = copy.id
            copy_id = copy.id
        self._events.publish(MessageStateChanged(copy_id, MessageStatus.QUEUED))
        return copy_id

    def set_campaign_status(self, campaign_id: int, status: str) -> None:
        """Pause ("paused"), resume ("running") or cancel ("cancelled") a whole campaign."""
        if status not in ("paused", "running", "cancelled"):
            raise InvalidInput(detail=f"unknown campaign state {status!r}")
        with self._session_factory.begin() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise NotFound(what="Campaign", name=str(campaign_id))
            campaign.status = status
            if status == "cancelled":
                session.execute(
                    update(OutboundMessage)
                    .where(
                        OutboundMessage.campaign_id == campaign_id,
                        OutboundMessage.status == MessageStatus.QUEUED,
                    )
                    .values(status=MessageStatus.CANCELLED)
                )
        self._events.publish(MessageStateChanged(0, status, campaign_id))


def check_text(text: str) -> None:
    if not text.strip():
        raise InvalidInput(detail="the message is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(
            detail=f"the message is {len(text)} characters; at most {MAX_TEXT_LENGTH} fit in one SMS"
        )


def skip(message: OutboundMessage, code: str, reason: str) -> None:
    message.status = MessageStatus.SKIPPED
    message.error_code = code
    message.error_text = reason


def is_opted_out(session: Session, e164: str, contact_id: int | None) -> bool:
    """Opted out by the contact itself, or by any live contact holding the same number."""
    from desk_sms.db.models import ContactPhone

    by_number = (
        select(Contact.id)
        .join(ContactPhone, ContactPhone.contact_id == Contact.id)
        .where(ContactPhone.e164 == e164, Contact.opted_out_at.is_not(None), Contact.deleted_at.is_(None))
    )
    if session.execute(by_number.limit(1)).first() is not None:
        return True
    if contact_id is None:
        return False
    contact = session.get(Contact, contact_id)
    return contact is not None and contact.opted_out_at is not None

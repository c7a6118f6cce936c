"""The outbox as users see it: queue messages, list them, cancel, hold, resend, pause campaigns.

Queueing goes through the one pipeline (`desk_sms.outbox`), which owns the states, builds the rows
and writes every status; this service reads and offers the user's actions.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Campaign, Contact, Modem, OutboundMessage
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import CampaignSpec, Door, Pipeline, Purpose, Sender
from desk_sms.outbox.rules import DEFAULT_MAX_PARTS, MAX_TEXT_LENGTH, RUNNING
from desk_sms.outbox.states import (
    CANCELLABLE,
    NEEDS_ATTENTION,
    PRIORITY_CAMPAIGN,
    PRIORITY_ONE_OFF,
    PRIORITY_REPLY,
    MessageStatus,
)
from desk_sms.outbox.transitions import cancel_campaign, cancel_waiting, expiry_reason, set_held
from desk_sms.wording import local_time

__all__ = [
    "CANCELLABLE", "MAX_TEXT_LENGTH", "NEEDS_ATTENTION", "PRIORITY_CAMPAIGN", "PRIORITY_ONE_OFF",
    "PRIORITY_REPLY", "MessageStatus", "OutboxFilter", "OutboxRow", "OutboxService", "Recipient",
]

AnySelect = TypeVar("AnySelect", bound="Select[*tuple[Any, ...]]")


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
    expires_at: datetime | None = None  # a timed message's send-late window ends here

    def reason(self) -> str | None:
        """`error` as people read it: an expired message's window end in this computer's time."""
        if self.error_code == "expired" and self.expires_at is not None:
            return expiry_reason(self.expires_at, local_time)
        return self.error

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
        max_parts: Callable[[], int] | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self.default_region = default_region
        self.sender: Callable[[], Sender | None] = lambda: None  # the signed-in user; set by the context
        parts_limit = max_parts or (lambda: DEFAULT_MAX_PARTS)
        self.pipeline = Pipeline(session_factory, events, clock, lambda: self.default_region, parts_limit)

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
        expires_at: datetime | None = None,
        reply_to_id: int | None = None,
        preferred_modem_id: int | None = None,
        created_by_id: int | None = None,
        door: Door = Door.COMPOSE,
        user: Sender | None = None,
    ) -> int:
        """Queue one message; an invalid or opted-out number is recorded as skipped, with the reason."""
        spec = MessageSpec(
            number, text, contact_id, priority, urgent, not_before, expires_at,
            reply_to_id=reply_to_id, preferred_modem_id=preferred_modem_id, created_by_id=created_by_id,
        )
        return self.pipeline.queue(spec, door, user or self.sender())

    def create_campaign(
        self,
        name: str,
        recipients: Sequence[Recipient],
        *,
        not_before: datetime | None = None,
        expires_at: datetime | None = None,
        created_by_id: int | None = None,
        status: str = RUNNING,
        urgent: bool = False,
        door: Door = Door.COMPOSE,
        user: Sender | None = None,
        body: str = "",
        template_id: int | None = None,
        purpose: Purpose = Purpose.NOTICE,
    ) -> int:
        """Queue one message per recipient under a new campaign, in one transaction."""
        specs = [
            MessageSpec(r.number, r.text, r.contact_id, not_before=not_before, expires_at=expires_at)
            for r in recipients
        ]
        campaign = CampaignSpec(
            name, door, status, body, template_id, not_before, urgent, created_by_id, purpose
        )
        return self.pipeline.campaign(campaign, specs, user or self.sender())

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
            expires_at=message.expires_at,
        )

    # -- user actions ---------------------------------------------------------------------------

    def cancel(self, message_ids: Iterable[int]) -> int:
        """Cancel messages still waiting; those already in a modem's hands are left alone."""
        ids = list(message_ids)
        with self._session_factory.begin() as session:
            changed = cancel_waiting(session, OutboundMessage.id.in_(ids))
        for message_id in ids:
            self._events.publish(MessageStateChanged(message_id, MessageStatus.CANCELLED))
        return changed

    def hold(self, message_ids: Iterable[int]) -> int:
        return self._set_held(message_ids, True)

    def release(self, message_ids: Iterable[int]) -> int:
        return self._set_held(message_ids, False)

    def _set_held(self, message_ids: Iterable[int], held: bool) -> int:
        ids = list(message_ids)
        with self._session_factory.begin() as session:
            changed = set_held(session, ids, held)
        for message_id in ids:
            self._events.publish(MessageStateChanged(message_id, MessageStatus.QUEUED))
        return changed

    def resend(self, message_id: int, user: Sender | None = None) -> int:
        """Queue a fresh copy of a message that needs attention (one click from "needs attention")."""
        return self.pipeline.resend(message_id, user or self.sender())

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
                cancel_campaign(session, campaign)
        self._events.publish(MessageStateChanged(0, status, campaign_id))

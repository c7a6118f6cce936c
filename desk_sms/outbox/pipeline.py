"""The one way into the outbox: every door (Compose, the command line, a reply, a schedule run, an
appointment reminder, a confirmation, a resend) queues its messages here.

`queue_in`/`campaign_in` work inside a caller's transaction (the scheduler's run, the inbox pump's
callback); `Pipeline` opens its own. Each creation is one audit entry naming the user and the door.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import AuditEntry, Campaign, OutboundMessage
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.outbox.factory import MessageSpec, build_message, copy_message
from desk_sms.outbox.rules import RUNNING, advertising_problem, check_text, check_urgent
from desk_sms.outbox.states import PRIORITY_CAMPAIGN, RESENDABLE, MessageStatus
from desk_sms.services.settings import stored_setting
from desk_sms.wording import counted


class Door(enum.StrEnum):
    COMPOSE = "compose"
    COMMAND_LINE = "command line"
    REPLY = "reply"
    SCHEDULE = "schedule"
    REMINDER = "reminder"
    CONFIRMATION = "confirmation"
    RESEND = "resend"
    API = "API"
    RULE = "rule"  # an automatic answer of a rule for incoming messages
    POLL = "poll"
    TEST = "test send"  # Modems: a test message through one chosen modem


class Purpose(enum.StrEnum):
    """A notice (a reminder, a fee, a closure) needs no consent; advertising (a course, a sale) does."""

    NOTICE = "notice"
    ADVERTISING = "advertising"


class Sender(Protocol):
    """Who sends (a signed-in user); None stands for the engine itself."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def is_admin(self) -> bool: ...
    @property
    def command_line(self) -> bool: ...  # the OS user running a command, or an API key: named, no account row


@dataclass(frozen=True)
class CampaignSpec:
    name: str
    door: Door
    status: str = RUNNING
    body: str = ""
    template_id: int | None = None
    not_before: datetime | None = None
    urgent: bool = False
    created_by_id: int | None = None  # when no signed-in `user` is given
    purpose: Purpose = Purpose.NOTICE


# Audit actions: a message joins the "send" family of the audit log, a campaign the "campaign" one.
CREATED = {"message": "send.message", "campaign": "campaign.create"}


def record_creation(session: Session, door: Door, user: Sender | None, what: str, object_id: int,
                    detail: str, now: datetime) -> None:
    session.add(AuditEntry(
        at=now, user_id=user.id if user and not user.command_line else None,
        user_name=user.name if user else "",
        action=CREATED[what], object_type=what, object_id=object_id, detail=f"via {door}: {detail}",
    ))


def key_used(session: Session, dedupe_key: str) -> bool:
    """True when a message with `dedupe_key` was queued already (the one-answer guards use it)."""
    return session.scalar(select(OutboundMessage.id).where(OutboundMessage.dedupe_key == dedupe_key)) \
        is not None


def queue_in(session: Session, spec: MessageSpec, door: Door, now: datetime, region: str,
             user: Sender | None = None) -> OutboundMessage:
    """Build one message in the caller's transaction and record who made it through which door."""
    author = user.id if user and not user.command_line else spec.created_by_id
    message = build_message(session, replace(spec, created_by_id=author), now, region)
    session.flush()
    record_creation(session, door, user, "message", message.id, f"to {message.to_number}, "
                    f"{counted(message.part_count, 'part')}, {message.status}", now)
    return message


def campaign_in(session: Session, campaign: CampaignSpec, specs: Sequence[MessageSpec], now: datetime,
                region: str, user: Sender | None = None) -> int:
    """A campaign and one message per spec, in the caller's transaction; returns the campaign id.

    An advertising campaign must name its sender and say how to stop; its messages go only to
    recipients with recorded consent (the others are kept as skipped, reason `no_consent`).
    """
    advertising = campaign.purpose == Purpose.ADVERTISING
    if advertising:
        check_advertising(session, specs)
    author = user.id if user and not user.command_line else campaign.created_by_id
    row = Campaign(name=campaign.name, status=campaign.status, body=campaign.body, purpose=campaign.purpose,
                   template_id=campaign.template_id, created_by_id=author,
                   scheduled_at=campaign.not_before, created_at=now)
    session.add(row)
    session.flush()
    parts = 0
    for spec in specs:
        message = build_message(session, replace(
            spec, campaign_id=row.id, priority=PRIORITY_CAMPAIGN, urgent=campaign.urgent,
            created_by_id=author, advertising=advertising), now, region)
        parts += message.part_count
    session.flush()
    record_creation(session, campaign.door, user, "campaign", row.id,
                    f"{campaign.name}: {campaign.purpose}, {counted(len(specs), 'recipient')}, "
                    f"{counted(parts, 'part')}, "
                    f"{campaign.status}", now)
    return row.id


def check_advertising(session: Session, specs: Sequence[MessageSpec]) -> None:
    """Refuse advertising texts that do not name the sender or say how to stop (Settings has both)."""
    sender_name = stored_setting(session, "sender_name")
    stop_keywords = stored_setting(session, "opt_out_keywords")
    for spec in specs:
        problem = advertising_problem(spec.text, sender_name, stop_keywords)
        if problem is not None:
            raise problem


class Pipeline:
    def __init__(self, session_factory: sessionmaker[Session], events: EventBus, clock: Clock,
                 region: Callable[[], str], max_parts: Callable[[], int]) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._region = region
        self.max_parts = max_parts

    def check(self, text: str) -> int:
        """Refuse a text no door may send (empty, too long, too many parts); its part count."""
        return check_text(text, self.max_parts())

    def queue(self, spec: MessageSpec, door: Door, user: Sender | None = None) -> int:
        """Queue one message; an invalid or opted-out number is kept as skipped, with the reason."""
        self.check(spec.text)
        with self._session_factory.begin() as session:
            message = queue_in(session, spec, door, self._clock.now(), self._region(), user)
            message_id, status = message.id, message.status
        self._events.publish(MessageStateChanged(message_id, status))
        return message_id

    def campaign(
        self, campaign: CampaignSpec, specs: Sequence[MessageSpec], user: Sender | None = None
    ) -> int:
        """Queue one message per spec under a new campaign, in one transaction."""
        check_urgent(campaign.urgent, True, user is None or user.is_admin)
        for spec in specs:
            self.check(spec.text)
        with self._session_factory.begin() as session:
            campaign_id = campaign_in(session, campaign, specs, self._clock.now(), self._region(), user)
        self._events.publish(MessageStateChanged(0, MessageStatus.QUEUED, campaign_id))
        return campaign_id

    def resend(self, message_id: int, user: Sender | None = None) -> int:
        """A fresh copy of a failed, uncertain, expired or undeliverable message, queued now."""
        now = self._clock.now()
        with self._session_factory.begin() as session:
            original = session.get(OutboundMessage, message_id)
            if original is None:
                raise NotFound(what="Message", name=str(message_id))
            if original.status not in RESENDABLE:
                raise InvalidInput(detail=f"message {message_id} is {original.status}; only failed, "
                                   "uncertain, expired or undeliverable messages can be resent")
            copy = copy_message(session, original, now)
            session.flush()
            original.resent_as_id = copy.id
            copy_id = copy.id
            record_creation(session, Door.RESEND, user, "message", copy_id, f"copy of {message_id}", now)
        self._events.publish(MessageStateChanged(copy_id, MessageStatus.QUEUED))
        return copy_id

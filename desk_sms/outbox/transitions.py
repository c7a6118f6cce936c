"""Every write of an outgoing message's status. Nothing outside `desk_sms.outbox` writes one.

The engine's hot path uses the Core statements (built once; the dispatcher runs them for every
message); the rest changes ORM rows through `move`, which checks the transition.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, exists, func, or_, select, update
from sqlalchemy.orm import Session

from desk_sms.db.models import Campaign, OutboundMessage, OutboundPart
from desk_sms.db.session import rows_changed
from desk_sms.outbox.states import MessageStatus, check_transition
from desk_sms.wording import counted

MAX_ATTEMPTS = 5
FIRST_RETRY_DELAY = timedelta(seconds=30)
MAX_RETRY_DELAY = timedelta(minutes=30)

_message = cast(Table, OutboundMessage.__table__)
_part = cast(Table, OutboundPart.__table__)

TAKE = (
    update(_message)
    .where(_message.c.id == bindparam("message_id"), _message.c.status == MessageStatus.QUEUED)
    .values(
        status=MessageStatus.SENDING,
        modem_id=bindparam("modem"),
        claim_owner=bindparam("owner"),
        claimed_at=bindparam("now"),
        attempts=_message.c.attempts + 1,
        updated_at=bindparam("now"),
    )
)
SKIP_OPTED_OUT = (
    update(_message)
    .where(_message.c.id == bindparam("message_id"), _message.c.status == MessageStatus.QUEUED)
    .values(
        status=MessageStatus.SKIPPED,
        error_code="opted_out",
        error_text="the recipient asked not to receive messages",
        updated_at=bindparam("now"),
    )
)
EXPIRE = (
    update(_message)
    .where(_message.c.id == bindparam("message_id"), _message.c.status == MessageStatus.QUEUED)
    .values(
        status=MessageStatus.EXPIRED,
        error_code="expired",
        error_text=bindparam("reason"),
        updated_at=bindparam("now"),
    )
)
# Status reports (engine/status_reports.py): delivered once every part is; undeliverable as soon as one
# part is not (also after delivered: a later part's report says it failed). DESIGN.md §2.
_REPORTED = (MessageStatus.SENT, MessageStatus.DELIVERED)
# Comparisons, not IN: these run on the driver's cursor for every report (db/driver_sql.py).
_status_is_reported = or_(*(_message.c.status == status for status in _REPORTED))
REPORT_DELIVERED = (
    update(_message)
    .where(
        _message.c.id == bindparam("message_id"),
        _status_is_reported,
        ~exists().where(_part.c.message_id == _message.c.id, _part.c.status != "delivered"),
        select(func.count()).where(_part.c.message_id == _message.c.id).scalar_subquery()
        >= _message.c.part_count,
    )
    .values(status=MessageStatus.DELIVERED, delivered_at=bindparam("now"), updated_at=bindparam("now"))
)
REPORT_UNDELIVERABLE = (
    update(_message)
    .where(_message.c.id == bindparam("message_id"), _status_is_reported)
    .values(
        status=MessageStatus.UNDELIVERABLE,
        error_code=bindparam("report_code"),
        error_text="the network could not deliver the message to the phone",
        updated_at=bindparam("now"),
    )
)
MARK_SENT = (
    update(_message)
    .where(_message.c.id == bindparam("message_id"), _message.c.status == MessageStatus.SENDING)
    .values(
        status=MessageStatus.SENT,
        sent_at=bindparam("now"),
        encoding=bindparam("encoding"),
        part_count=bindparam("parts"),
        error_code=None,
        error_text=None,
        updated_at=bindparam("now"),
    )
)
ENGINE_STOPPED = (
    "desk-sms stopped while this message was being sent; it may or may not have reached the recipient"
)


def expiry_reason(
    expires_at: datetime | None, say_time: Callable[[datetime], str] = datetime.isoformat
) -> str:
    """Why an expired message never went. Stored with the instant in ISO 8601 (a record that keeps
    its meaning in any time zone); shown with ``say_time=wording.local_time`` from the row's
    ``expires_at``, in the zone of whoever reads it."""
    ended = say_time(expires_at) if expires_at is not None else "?"
    return f"not sent: its send-late window ended at {ended}"


def expire_overdue(session: Session, now: datetime) -> list[int]:
    """Every waiting message past its window becomes expired, claimable or not (quiet hours, no modem)."""
    overdue = session.execute(
        select(OutboundMessage.id, OutboundMessage.expires_at).where(
            OutboundMessage.status == MessageStatus.QUEUED, OutboundMessage.expires_at < now
        )
    ).all()
    for message_id, ends in overdue:
        session.execute(EXPIRE, {"message_id": message_id, "now": now, "reason": expiry_reason(ends)})
    return [message_id for message_id, _ in overdue]


def move(message: OutboundMessage, status: MessageStatus, code: str | None = None,
         reason: str | None = None) -> None:
    """Change one row's status (checked against DESIGN.md §2), with the error it came with, if any."""
    check_transition(message.status, status)
    message.status = status
    if code is not None:
        message.error_code, message.error_text = code, reason


def skip(message: OutboundMessage, code: str, reason: str) -> None:
    move(message, MessageStatus.SKIPPED, code, reason)


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 30 s, 60 s, 120 s … capped at 30 minutes."""
    return min(FIRST_RETRY_DELAY * (1 << max(attempts - 1, 0)), MAX_RETRY_DELAY)


def requeue_or_fail(message: OutboundMessage, code: str, reason: str, now: datetime,
                    count_attempt: bool, failover: bool) -> MessageStatus:
    """Nothing was written: back to queued (at once on failover, else after a backoff), or failed."""
    if not count_attempt:
        message.attempts = max(message.attempts - 1, 0)
    if message.attempts >= MAX_ATTEMPTS:
        tries = counted(message.attempts, "attempt")
        move(message, MessageStatus.FAILED, code, f"{reason} (gave up after {tries})")
    else:
        move(message, MessageStatus.QUEUED, code, reason)
        delayed = count_attempt and not failover
        message.not_before = now + retry_delay(message.attempts) if delayed else now
    return MessageStatus(message.status)


def orphans_uncertain(session: Session, ids: Collection[int]) -> None:
    """Messages left in `sending` by an engine that stopped: their fate is unknown."""
    session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id.in_(list(ids)), OutboundMessage.status == MessageStatus.SENDING)
        .values(status=MessageStatus.UNCERTAIN, error_code="engine_stopped", error_text=ENGINE_STOPPED)
    )


def cancel_waiting(session: Session, *conditions: Any) -> int:
    """Cancel the queued messages matching `conditions`; those in a modem's hands are left alone."""
    result = session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.status == MessageStatus.QUEUED, *conditions)
        .values(status=MessageStatus.CANCELLED)
    )
    return rows_changed(result)


def set_held(session: Session, ids: Collection[int], held: bool) -> int:
    """Hold (pause one by one) or release waiting messages."""
    result = session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id.in_(list(ids)), OutboundMessage.status == MessageStatus.QUEUED)
        .values(held=held)
    )
    return rows_changed(result)


def cancel_campaign(session: Session, campaign: Campaign) -> None:
    cancel_waiting(session, OutboundMessage.campaign_id == campaign.id)

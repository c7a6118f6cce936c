"""The engine's outbox transitions. Each is committed before the AT command that depends on it."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Campaign, OutboundMessage, OutboundPart
from desk_sms.services.outbox import MessageStatus, is_opted_out, skip

log = logging.getLogger(__name__)

BLOCKED_CAMPAIGN_STATES = ("paused", "cancelled", "awaiting_approval", "draft")
MAX_ATTEMPTS = 5
FIRST_RETRY_DELAY = timedelta(seconds=30)
MAX_RETRY_DELAY = timedelta(minutes=30)


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    to: str
    text: str
    attempts: int
    campaign_id: int | None


@dataclass(frozen=True)
class ClaimRequest:
    """What one idle modem may take now."""

    modem_id: int
    now: datetime
    quiet: bool  # inside quiet hours: only urgent messages
    healthy_modem_ids: Collection[int]  # for conversation affinity


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 30 s, 60 s, 120 s … capped at 30 minutes."""
    return min(FIRST_RETRY_DELAY * (2 ** max(attempts - 1, 0)), MAX_RETRY_DELAY)


class Claims:
    def __init__(self, session_factory: sessionmaker[Session], owner: str) -> None:
        self._session_factory = session_factory
        self.owner = owner

    def recover_orphans(self) -> list[int]:
        """Messages left in `sending` by an engine that died: their fate is unknown."""
        with self._session_factory.begin() as session:
            ids = list(
                session.scalars(
                    select(OutboundMessage.id).where(OutboundMessage.status == MessageStatus.SENDING)
                )
            )
            if ids:
                session.execute(
                    update(OutboundMessage)
                    .where(OutboundMessage.id.in_(ids))
                    .values(
                        status=MessageStatus.UNCERTAIN,
                        error_code="engine_stopped",
                        error_text="desk-sms stopped while this message was being sent; it may or may not "
                        "have reached the recipient",
                    )
                )
        if ids:
            log.warning("%d message(s) left in sending by a stopped engine are now uncertain", len(ids))
        return ids

    def claim(self, request: ClaimRequest) -> ClaimedMessage | None:
        """Take the next due message for this modem, or None. Skips opted-out recipients on the way."""
        with self._session_factory.begin() as session:
            for _ in range(50):
                message = session.scalars(self._next_query(request)).first()
                if message is None:
                    return None
                if is_opted_out(session, message.to_number, message.contact_id):
                    skip(message, "opted_out", "the recipient asked not to receive messages")
                    session.flush()
                    continue
                if self._take(session, message, request):
                    return ClaimedMessage(
                        message.id, message.to_number, message.body, message.attempts, message.campaign_id
                    )
        return None

    def _next_query(self, request: ClaimRequest):  # type: ignore[no-untyped-def]
        others = [m for m in request.healthy_modem_ids if m != request.modem_id]
        query = (
            select(OutboundMessage)
            .outerjoin(Campaign, Campaign.id == OutboundMessage.campaign_id)
            .where(
                OutboundMessage.status == MessageStatus.QUEUED,
                OutboundMessage.held.is_(False),
                or_(OutboundMessage.not_before.is_(None), OutboundMessage.not_before <= request.now),
                or_(Campaign.id.is_(None), Campaign.status.not_in(BLOCKED_CAMPAIGN_STATES)),
                or_(
                    OutboundMessage.preferred_modem_id.is_(None),
                    OutboundMessage.preferred_modem_id == request.modem_id,
                    OutboundMessage.preferred_modem_id.not_in(others) if others else True,
                ),
            )
        )
        if request.quiet:
            query = query.where(OutboundMessage.urgent.is_(True))
        if others:  # a retry goes to another modem while there is one
            query = query.where(
                or_(OutboundMessage.modem_id.is_(None), OutboundMessage.modem_id != request.modem_id)
            )
        order = (OutboundMessage.priority.desc(), OutboundMessage.id)
        return query.order_by(*order).limit(1).with_for_update(skip_locked=True)

    def _take(self, session: Session, message: OutboundMessage, request: ClaimRequest) -> bool:
        taken = session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message.id, OutboundMessage.status == MessageStatus.QUEUED)
            .values(
                status=MessageStatus.SENDING,
                modem_id=request.modem_id,
                claim_owner=self.owner,
                claimed_at=request.now,
                attempts=OutboundMessage.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        session.refresh(message)
        return bool(taken)

    # -- outcomes ---------------------------------------------------------------------------------

    def mark_sent(
        self, message_id: int, modem_id: int, part_refs: tuple[int, ...], encoding: str, now: datetime
    ) -> None:
        with self._session_factory.begin() as session:
            message = self._own(session, message_id)
            message.status = MessageStatus.SENT
            message.sent_at = now
            message.encoding = encoding
            message.part_count = len(part_refs)
            message.error_code = message.error_text = None
            self._add_parts(session, message, modem_id, part_refs, now)

    def mark_retry(
        self,
        message_id: int,
        code: str,
        reason: str,
        now: datetime,
        count_attempt: bool,
        failover: bool = False,
    ) -> str:
        """Nothing was written: back to queued, or failed once attempts run out.

        With `failover` another healthy modem takes it at once (claims keep it off the modem that
        just failed); otherwise it waits an exponential backoff.
        """
        with self._session_factory.begin() as session:
            message = self._own(session, message_id)
            if not count_attempt:
                message.attempts = max(message.attempts - 1, 0)
            message.error_code, message.error_text = code, reason
            if message.attempts >= MAX_ATTEMPTS:
                message.status = MessageStatus.FAILED
                message.error_text = f"{reason} (gave up after {message.attempts} attempts)"
            else:
                message.status = MessageStatus.QUEUED
                delayed = count_attempt and not failover
                message.not_before = now + retry_delay(message.attempts) if delayed else now
            return message.status

    def mark_failed(
        self,
        message_id: int,
        code: str,
        reason: str,
        modem_id: int,
        part_refs: tuple[int, ...] = (),
        now: datetime | None = None,
    ) -> None:
        self._finish(message_id, MessageStatus.FAILED, code, reason, modem_id, part_refs, now)

    def mark_uncertain(
        self,
        message_id: int,
        code: str,
        reason: str,
        modem_id: int,
        part_refs: tuple[int, ...] = (),
        now: datetime | None = None,
    ) -> None:
        self._finish(message_id, MessageStatus.UNCERTAIN, code, reason, modem_id, part_refs, now)

    def _finish(
        self,
        message_id: int,
        status: MessageStatus,
        code: str,
        reason: str,
        modem_id: int,
        part_refs: tuple[int, ...],
        now: datetime | None,
    ) -> None:
        with self._session_factory.begin() as session:
            message = self._own(session, message_id)
            message.status = status
            message.error_code, message.error_text = code, reason
            if part_refs and now is not None:
                self._add_parts(session, message, modem_id, part_refs, now)

    @staticmethod
    def _add_parts(
        session: Session, message: OutboundMessage, modem_id: int, part_refs: tuple[int, ...], now: datetime
    ) -> None:
        for seq, reference in enumerate(part_refs, start=1):
            session.add(
                OutboundPart(
                    message_id=message.id,
                    seq=seq,
                    modem_id=modem_id,
                    reference=reference,
                    status="accepted",
                    submitted_at=now,
                )
            )

    def _own(self, session: Session, message_id: int) -> OutboundMessage:
        message = session.get(OutboundMessage, message_id)
        if message is None or message.status != MessageStatus.SENDING:
            raise RuntimeError(f"message {message_id} is not being sent by this engine")
        return message

"""The engine's side of the outbox: claim the next due message, record how its send ended.

Each transition is committed before the AT command that depends on it. The statements that write a
message's status live in `desk_sms.outbox.transitions`; this module decides when to run them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Boolean, Engine, Table, and_, bindparam, exists, false, func, insert, or_, select, true
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.driver_sql import DriverStatement
from desk_sms.db.models import Campaign, EngineLease, Modem, OutboundMessage, OutboundPart
from desk_sms.db.session import durable_writes
from desk_sms.engine.inbox_pump import OPT_OUT_CONFIRMATION_KEY
from desk_sms.outbox.audience import opted_out_clause
from desk_sms.outbox.states import MessageStatus
from desk_sms.outbox.transitions import (
    EXPIRE,
    MARK_SENT,
    MAX_ATTEMPTS,
    SKIP_OPTED_OUT,
    TAKE,
    expiry_reason,
    move,
    orphans_uncertain,
    requeue_or_fail,
    retry_delay,
)
from desk_sms.services.sim_usage import room_for

__all__ = ["MAX_ATTEMPTS", "ClaimRequest", "ClaimedMessage", "Claims", "Failure", "retry_delay"]

log = logging.getLogger(__name__)

BLOCKED_CAMPAIGN_STATES = ("paused", "cancelled", "awaiting_approval", "draft")


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    to: str
    text: str
    attempts: int
    campaign_id: int | None


@dataclass(frozen=True)
class Failure:
    """Why a send ended badly, and the parts that did go out before it did."""

    code: str
    reason: str
    modem_id: int
    part_refs: tuple[int, ...] = ()
    at: datetime | None = None


@dataclass(frozen=True)
class ClaimRequest:
    """What one idle modem may take now."""

    modem_id: int
    now: datetime
    quiet: bool  # inside quiet hours: only urgent messages
    healthy_modem_ids: Collection[int]  # modems whose replies wait for them (engine.affinity)


_message = cast(Table, OutboundMessage.__table__)
_opted_out = opted_out_clause(_message.c.to_number, _message.c.contact_id) & ~func.coalesce(
    _message.c.dedupe_key, ""
).startswith(OPT_OUT_CONFIRMATION_KEY)  # the "you are unsubscribed" confirmation still goes
_expired = _message.c.expires_at.is_not(None) & (_message.c.expires_at < bindparam("now"))

def _next_due(other_keepers: int) -> DriverStatement:
    """The next message a modem may take; `other_keepers` healthy modems keep their replies."""
    others: list[Any] = [bindparam(f"other_{index}") for index in range(other_keepers)]
    campaign_runs = and_(*(Campaign.status != state for state in BLOCKED_CAMPAIGN_STATES))
    return DriverStatement(
        select(
            _message.c.id,
            _message.c.to_number,
            _message.c.body,
            _message.c.attempts,
            _message.c.campaign_id,
            _opted_out.label("opted_out"),
            _expired.label("expired"),
        )
        .outerjoin(Campaign.__table__, Campaign.id == _message.c.campaign_id)
        .where(
            _message.c.status == MessageStatus.QUEUED,
            _message.c.held.is_(False),
            or_(_message.c.not_before.is_(None), _message.c.not_before <= bindparam("now")),
            # One comparison per state rather than NOT IN: an IN list is re-rendered on every execution.
            or_(Campaign.id.is_(None), campaign_runs),
            or_(  # conversation affinity: a reply waits for its own modem while that one is healthy
                _message.c.preferred_modem_id.is_(None),
                _message.c.preferred_modem_id == bindparam("modem"),
                _message.c.preferred_modem_id.not_in(others) if others else true(),
            ),
            or_(bindparam("quiet", type_=Boolean) == false(), _message.c.urgent.is_(True)),
            _message.c.part_count <= bindparam("room"),  # all its parts fit under the SIM's daily limit
            or_(  # a retry goes to another modem while there is one
                bindparam("no_others", type_=Boolean) == true(),
                _message.c.modem_id.is_(None),
                _message.c.modem_id != bindparam("modem"),
            ),
        )
        .order_by(_message.c.priority.desc(), _message.c.id)
        .limit(1)
        .with_for_update(skip_locked=True, of=_message)
    )


# Built once per number of other healthy modems (a handful): the dispatcher runs them for every
# message, on the driver's cursor (db/driver_sql.py).
_NEXT_DUE: dict[int, DriverStatement] = {}
_PART_KEYS = ("message_id", "seq", "modem_id", "reference", "status", "submitted_at", "sim_of_modem")
INSERT_PARTS_WITH_SIM = DriverStatement(
    insert(OutboundPart).values(
        imsi=select(Modem.imsi).where(Modem.id == bindparam("sim_of_modem")).scalar_subquery()
    ),
    column_keys=_PART_KEYS,
)
# A fenced claim succeeds only while the claiming engine still holds the lease named `fence` (the
# modem's, on a shared server): an engine taken for dead while it was silent can no longer claim.
_TAKE = DriverStatement(TAKE)
_lease_held = exists().where(EngineLease.name == bindparam("fence"), EngineLease.owner == bindparam("owner"))
_TAKE_FENCED = DriverStatement(TAKE.where(_lease_held))
_MARK_SENT = DriverStatement(MARK_SENT)


def next_due(other_keepers: int) -> DriverStatement:
    statement = _NEXT_DUE.get(other_keepers)
    if statement is None:
        statement = _NEXT_DUE.setdefault(other_keepers, _next_due(other_keepers))
    return statement


def part_rows(
    message_id: int, modem_id: int, part_refs: tuple[int, ...], now: datetime
) -> list[dict[str, Any]]:
    return [
        {
            "message_id": message_id,
            "seq": seq,
            "modem_id": modem_id,
            "reference": reference,
            "status": "accepted",
            "submitted_at": now,
            "sim_of_modem": modem_id,
        }
        for seq, reference in enumerate(part_refs, start=1)
    ]


class Claims:
    def __init__(
        self, session_factory: sessionmaker[Session], owner: str, fence: Callable[[int], str] | None = None
    ) -> None:
        session_factory = durable_writes(session_factory)  # a claim must survive a power cut
        # Every transition reads then writes: on SQLite take the write lock at BEGIN (ignored elsewhere).
        self._engine: Engine = session_factory.kw["bind"].execution_options(sqlite_begin="IMMEDIATE")
        self._session_factory = session_factory
        self.owner = owner
        self._fence = fence  # modem id -> the lease a claim for that modem requires

    def recover_orphans(self, dead_owners: Collection[str] | None = None) -> list[int]:
        """Messages left in `sending` by an engine that died: their fate is unknown.

        With `dead_owners` only those engines' messages (others on a shared server are still sending).
        """
        query = select(OutboundMessage.id).where(OutboundMessage.status == MessageStatus.SENDING)
        if dead_owners is not None:
            if not dead_owners:
                return []
            query = query.where(OutboundMessage.claim_owner.in_(list(dead_owners)))
        with self._session_factory.begin() as session:
            ids = list(session.scalars(query))
            if ids:
                orphans_uncertain(session, ids)
        if ids:
            log.warning("%d message(s) left in sending by a stopped engine are now uncertain", len(ids))
        return ids

    def claim(self, request: ClaimRequest) -> ClaimedMessage | None:
        """Take the next due message for this modem, or None.

        On the way, a message to an opted-out recipient is skipped and one past its window expires.
        The SIM's daily limit is checked in the same transaction (the modem row locked): a message
        is taken only when all its parts fit, so the rolling count never passes the limit.
        """
        with self._engine.begin() as connection:
            return self._claim_in(connection, request)

    def _claim_in(self, connection: Connection, request: ClaimRequest) -> ClaimedMessage | None:
        others = [m for m in request.healthy_modem_ids if m != request.modem_id]
        room = room_for(connection, request.modem_id, request.now)
        if room <= 0:
            return None
        params = {
            "now": request.now,
            "modem": request.modem_id,
            "no_others": not others,
            "quiet": request.quiet,
            "room": room,
            **{f"other_{index}": modem_id for index, modem_id in enumerate(others)},
        }
        statement = next_due(len(others))
        for _ in range(50):
            row = statement.first(connection, params)
            if row is None:
                return None
            message_id, to_number, body, attempts, campaign_id, opted_out, expired = row
            if not self._sendable(connection, message_id, bool(opted_out), bool(expired), request.now):
                continue
            if self._take(connection, message_id, request):
                return ClaimedMessage(message_id, to_number, body, attempts + 1, campaign_id)
            if self._fence is not None:
                return None  # the modem's lease is gone: this engine must not send on it
        return None

    @staticmethod
    def _sendable(
        connection: Connection, message_id: int, opted_out: bool, expired: bool, now: datetime
    ) -> bool:
        """False after setting aside a message that must not go: opted out, or too late."""
        if opted_out:
            connection.execute(SKIP_OPTED_OUT, {"message_id": message_id})
            return False
        if expired:
            ends = connection.scalar(select(_message.c.expires_at).where(_message.c.id == message_id))
            connection.execute(EXPIRE, {"message_id": message_id, "now": now, "reason": expiry_reason(ends)})
            return False
        return True

    def _take(self, connection: Connection, message_id: int, request: ClaimRequest) -> bool:
        """Move the message to `sending` for this modem; False when this engine may not (fenced)."""
        values = {
            "message_id": message_id, "modem": request.modem_id, "owner": self.owner, "now": request.now
        }
        if self._fence is None:
            return bool(_TAKE.rowcount(connection, values))
        return bool(_TAKE_FENCED.rowcount(connection, {**values, "fence": self._fence(request.modem_id)}))

    # -- outcomes ---------------------------------------------------------------------------------

    def mark_sent(
        self,
        message_id: int,
        modem_id: int,
        part_refs: tuple[int, ...],
        encoding: str,
        now: datetime,
        then: ClaimRequest | None = None,
    ) -> ClaimedMessage | None:
        """Record a send the modem accepted; with `then`, claim that modem's next message in the
        same transaction (one durable commit per message instead of two) and return it."""
        with self._engine.begin() as connection:
            outcome = {"message_id": message_id, "now": now, "encoding": encoding, "parts": len(part_refs)}
            updated = _MARK_SENT.rowcount(connection, outcome)
            if not updated:
                raise RuntimeError(f"message {message_id} is not being sent by this engine")
            # Each part records the SIM it went out on (the modem's SIM now) in the same statement.
            INSERT_PARTS_WITH_SIM.execute_many(connection, part_rows(message_id, modem_id, part_refs, now))
            return self._claim_in(connection, then) if then is not None else None

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
            return requeue_or_fail(message, code, reason, now, count_attempt, failover)

    def mark_failed(self, message_id: int, failure: Failure) -> None:
        self._finish(message_id, MessageStatus.FAILED, failure)

    def mark_uncertain(self, message_id: int, failure: Failure) -> None:
        self._finish(message_id, MessageStatus.UNCERTAIN, failure)

    def _finish(self, message_id: int, status: MessageStatus, failure: Failure) -> None:
        with self._session_factory.begin() as session:
            message = self._own(session, message_id)
            move(message, status, failure.code, failure.reason)
            if failure.part_refs and failure.at is not None:
                self._add_parts(session, message, failure.modem_id, failure.part_refs, failure.at)

    @staticmethod
    def _add_parts(
        session: Session, message: OutboundMessage, modem_id: int, part_refs: tuple[int, ...], now: datetime
    ) -> None:
        rows = part_rows(message.id, modem_id, part_refs, now)
        INSERT_PARTS_WITH_SIM.execute_many(session.connection(), rows)

    def _own(self, session: Session, message_id: int) -> OutboundMessage:
        message = session.get(OutboundMessage, message_id)
        if message is None or message.status != MessageStatus.SENDING:
            raise RuntimeError(f"message {message_id} is not being sent by this engine")
        return message

"""The engine's claim and outcome commits run with synchronous=FULL on SQLite; other writes stay NORMAL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, update
from sqlalchemy.exc import OperationalError
from write_faults import WriteFaults

from desk_sms.context import AppContext
from desk_sms.db.models import OutboundMessage
from desk_sms.engine.claims import ClaimRequest, Claims, Failure
from desk_sms.outbox.transitions import expiry_reason

FULL, NORMAL = 2, 1


LEVELS = {"OFF": 0, "NORMAL": 1, "FULL": 2, "EXTRA": 3}


@pytest.fixture
def commit_levels(context: AppContext) -> Iterator[list[int]]:
    """The synchronous level in force at every COMMIT SQLite runs for the context's engine, in order.

    Watched in the driver (its statement trace), whoever issues the COMMIT: SQLAlchemy or the
    engine's own driver transactions (db/driver_sql.py)."""
    levels: list[int] = []
    engine: Engine = context.database.engine

    def watch(driver: Any, _record: Any) -> None:
        in_force = [int(driver.execute("PRAGMA synchronous").fetchone()[0])]

        def trace(statement: str) -> None:
            found = re.fullmatch(r"PRAGMA synchronous=(\w+)", statement.strip())
            if found:
                in_force[0] = LEVELS[found.group(1).upper()]
            elif statement.strip().upper() == "COMMIT":
                levels.append(in_force[0])

        driver.set_trace_callback(trace)

    event.listen(engine, "connect", watch)
    engine.dispose()  # every connection from now on is watched
    yield levels
    event.remove(engine, "connect", watch)


def claim(claims: Claims, context: AppContext) -> int:
    message = claims.claim(ClaimRequest(1, context.clock.now(), quiet=False, healthy_modem_ids=[1]))
    assert message is not None
    return message.id


def test_claim_and_every_outcome_commit_is_durable(context: AppContext, commit_levels: list[int]) -> None:
    context.modems.add("/dev/null", name="A", imei="356938035643809")
    for number in ("+819012340001", "+819012340002", "+819012340003", "+819012340004"):
        context.outbox.enqueue(number, "hello")
    claims = Claims(context.database.session_factory, "engine-test")
    now = context.clock.now()
    commit_levels.clear()

    claims.mark_sent(claim(claims, context), 1, (7,), "gsm7", now)
    claims.mark_retry(claim(claims, context), "cms_38", "network", now, count_attempt=True)
    claims.mark_failed(claim(claims, context), Failure("cms_500", "refused", 1))
    claims.mark_uncertain(claim(claims, context), Failure("no_confirmation", "timeout", 1, (3,), now))

    assert len(commit_levels) == 8  # four claims, four outcomes
    assert commit_levels == [FULL] * 8


def test_other_writes_keep_the_cheaper_level(context: AppContext, commit_levels: list[int]) -> None:
    context.modems.add("/dev/null", name="A", imei="356938035643809")
    context.outbox.enqueue("+819012340001", "hello")
    claims = Claims(context.database.session_factory, "engine-test")
    commit_levels.clear()
    claim(claims, context)
    with context.database.session() as session:  # the same pooled connection, an ordinary write
        session.execute(update(OutboundMessage).values(held=True))
    assert commit_levels == [FULL, NORMAL]


def one_sending_one_queued(context: AppContext) -> tuple[Claims, int]:
    """A modem, two queued messages, the first claimed: (the claims, the first's id)."""
    context.modems.add("/dev/null", name="A", imei="356938035643809")
    for number in ("+819012340001", "+819012340002"):
        context.outbox.enqueue(number, "hello")
    claims = Claims(context.database.session_factory, "engine-test")
    return claims, claim(claims, context)


def test_an_outcome_and_the_next_claim_share_one_durable_commit(
    context: AppContext, commit_levels: list[int]
) -> None:
    claims, first = one_sending_one_queued(context)
    now = context.clock.now()
    commit_levels.clear()
    following = claims.mark_sent(first, 1, (7,), "gsm7", now, then=ClaimRequest(1, now, False, [1]))
    assert following is not None and following.id != first
    assert commit_levels == [FULL]  # one commit holds both
    assert statuses(context) == {first: "sent", following.id: "sending"}


def test_a_refused_outcome_commit_claims_nothing(context: AppContext) -> None:
    claims, first = one_sending_one_queued(context)
    now = context.clock.now()
    faults = WriteFaults(context.database.engine, only="INSERT INTO outbound_parts")
    faults.on()
    with pytest.raises(OperationalError, match="disk is full"):
        claims.mark_sent(first, 1, (7,), "gsm7", now, then=ClaimRequest(1, now, False, [1]))
    faults.remove()
    assert sorted(statuses(context).values()) == ["queued", "sending"]  # as before the attempt


def statuses(context: AppContext) -> dict[int, str]:
    with context.database.session() as session:
        rows = session.execute(select(OutboundMessage.id, OutboundMessage.status)).all()
        return {message_id: status for message_id, status in rows}


def test_a_claim_sets_aside_a_message_past_its_window_and_takes_the_next(context: AppContext) -> None:
    context.modems.add("/dev/null", name="A", imei="356938035643809")
    ends = context.clock.now() + timedelta(hours=1)
    late = context.outbox.enqueue("+819012340001", "hello", expires_at=ends)
    fresh = context.outbox.enqueue("+819012340002", "hello")
    claims = Claims(context.database.session_factory, "engine-test")
    after_the_window = ends + timedelta(minutes=1)
    taken = claims.claim(ClaimRequest(1, after_the_window, quiet=False, healthy_modem_ids=[1]))
    assert taken is not None and taken.id == fresh
    expired = context.outbox.get(late)
    assert expired.status == "expired"
    assert expired.error == expiry_reason(ends)  # the stored end of the window, read back exactly

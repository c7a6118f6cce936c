"""A delivery report reaches its message whether it arrives after the part was recorded or before
(the modem can answer faster than the commit). Recording a sent message asks the database about
waiting reports only when one may be waiting (the engine's CPU per message, issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from desk_sms.context import AppContext
from desk_sms.db.models import OutboundPart, StatusReportRecord
from desk_sms.engine.claims import ClaimRequest, Claims
from desk_sms.engine.status_reports import StatusReportMatcher
from modem.interface import DeliveryStatus, StatusReport

NUMBER = "+819012340001"


@pytest.fixture
def claims(context: AppContext) -> Claims:
    context.modems.add("/dev/null", name="A", imei="356938035643809")
    return Claims(context.database.session_factory, "engine-test")


@pytest.fixture
def statements(context: AppContext) -> Iterator[list[str]]:
    seen: list[str] = []
    engine: Engine = context.database.engine

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def delivered(reference: int) -> StatusReport:
    return StatusReport(reference, NUMBER, DeliveryStatus.DELIVERED, 0)


def send(context: AppContext, claims: Claims, reference: int) -> int:
    context.outbox.enqueue(NUMBER, "hello")
    now = context.clock.now()
    message = claims.claim(ClaimRequest(1, now, quiet=False, healthy_modem_ids=[1]))
    assert message is not None
    claims.mark_sent(message.id, 1, (reference,), "gsm7", now)
    return message.id


def test_a_report_after_its_part_delivers_the_message(context: AppContext, claims: Claims) -> None:
    matcher = StatusReportMatcher(context.database.session_factory)
    message_id = send(context, claims, 7)
    assert matcher.record(1, delivered(7), context.clock.now()) == message_id
    assert context.outbox.get(message_id).status == "delivered"


def test_a_report_before_its_part_is_matched_when_the_part_is_recorded(
    context: AppContext, claims: Claims
) -> None:
    matcher = StatusReportMatcher(context.database.session_factory)
    assert matcher.record(1, delivered(9), context.clock.now()) is None  # no part yet
    message_id = send(context, claims, 9)
    matcher.match_waiting(1, message_id, context.clock.now())
    assert context.outbox.get(message_id).status == "delivered"
    with context.database.session() as session:
        part_id = session.scalar(select(OutboundPart.id).where(OutboundPart.message_id == message_id))
        assert session.scalar(select(StatusReportRecord.part_id)) == part_id


def test_a_report_left_waiting_by_an_earlier_engine_is_still_matched(
    context: AppContext, claims: Claims
) -> None:
    StatusReportMatcher(context.database.session_factory).record(1, delivered(11), context.clock.now())
    restarted = StatusReportMatcher(context.database.session_factory)  # a new engine process
    message_id = send(context, claims, 11)
    restarted.match_waiting(1, message_id, context.clock.now())
    assert context.outbox.get(message_id).status == "delivered"


def test_with_no_report_waiting_recording_a_send_asks_the_database_nothing_more(
    context: AppContext, claims: Claims, statements: list[str]
) -> None:
    matcher = StatusReportMatcher(context.database.session_factory)
    first = send(context, claims, 3)
    matcher.match_waiting(1, first, context.clock.now())  # reads the waiting reports once
    second = send(context, claims, 4)
    statements.clear()
    matcher.match_waiting(1, second, context.clock.now())
    assert statements == []


def test_a_message_in_parts_is_delivered_when_every_part_is_and_undeliverable_when_one_fails(
    context: AppContext, claims: Claims
) -> None:
    matcher = StatusReportMatcher(context.database.session_factory)
    context.outbox.enqueue(NUMBER, "x" * 200)  # two parts
    now = context.clock.now()
    message = claims.claim(ClaimRequest(1, now, quiet=False, healthy_modem_ids=[1]))
    assert message is not None
    claims.mark_sent(message.id, 1, (21, 22), "gsm7", now)
    matcher.record(1, delivered(21), now)
    assert context.outbox.get(message.id).status == "sent"  # one part of two
    matcher.record(1, StatusReport(22, NUMBER, DeliveryStatus.PENDING, 0x20), now)
    assert context.outbox.get(message.id).status == "sent"
    matcher.record(1, delivered(22), now)
    assert context.outbox.get(message.id).status == "delivered"
    context.outbox.enqueue(NUMBER, "y" * 200)
    second = claims.claim(ClaimRequest(1, now, quiet=False, healthy_modem_ids=[1]))
    assert second is not None
    claims.mark_sent(second.id, 1, (31, 32), "gsm7", now)
    matcher.record(1, delivered(31), now)
    assert matcher.record(1, StatusReport(32, NUMBER, DeliveryStatus.FAILED, 0x41), now) == second.id
    failed = context.outbox.get(second.id)
    assert (failed.status, failed.error_code) == ("undeliverable", "report_65")

"""Issue 7 over a pty simulator: a reminder goes out, the patient replies キャンセル, the rest is not sent."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage, OutboundMessage
from desk_sms.engine.engine import Engine
from desk_sms.services.appointments import AppointmentsService, ReminderRule
from desk_sms.services.contacts import ContactDraft, ContactsService
from modem.simulator import SimulatedModem

START = datetime(2026, 2, 10, 3, 0, tzinfo=UTC)  # 12:00 in Tokyo
PATIENT = "+819055550001"


def wait_until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    pause = threading.Event()
    waited = 0.0
    while not predicate():
        assert waited < timeout, "condition not reached in time"
        pause.wait(0.05)
        waited += 0.05


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "data"), clock=clock)
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    yield context
    context.close()


@pytest.fixture
def sim(ctx: AppContext) -> Iterator[SimulatedModem]:
    modem = SimulatedModem(imei="352000000007001", seed=7)
    ctx.modems.add(modem.start(), name="A", min_interval=0.0, daily_limit=5000, imei=modem.imei)
    yield modem
    modem.stop()


@pytest.fixture
def engine(ctx: AppContext, sim: SimulatedModem) -> Iterator[Engine]:
    made = Engine(ctx.database.session_factory, ctx.events, ctx.clock, ctx.settings,
                  port_lookup=lambda imei: sim.port if imei == sim.imei else None, poll_interval=1.0)
    yield made
    made.stop()


def outbound(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.database.session() as session:
        query = select(OutboundMessage.body, OutboundMessage.status).order_by(OutboundMessage.id)
        rows = session.execute(query)
        return [(body, status) for body, status in rows]


def cancel_replies(ctx: AppContext) -> int:
    with ctx.database.session() as session:
        query = select(func.count()).select_from(InboundMessage).where(InboundMessage.keyword == "cancel")
        return int(session.scalar(query) or 0)


def test_cancel_reply_over_the_simulator_stops_the_remaining_reminders(
    ctx: AppContext, sim: SimulatedModem, engine: Engine, clock: FakeClock
) -> None:
    appointments = AppointmentsService(ctx.database.session_factory, ctx.events, ctx.clock)
    patient = ContactsService(ctx.database.session_factory).create(ContactDraft("森 花子", phones=(PATIENT,)))
    appointments.save_rule(ReminderRule(None, "4h", "{time}のご予約です。2:キャンセル", minutes_before=240))
    appointments.save_rule(ReminderRule(None, "1h", "まもなく{time}です", minutes_before=60))
    visit = appointments.save(patient, START + timedelta(hours=3), place="本院")
    assert engine.start()
    wait_until(lambda: sim.ledger.count >= 1)  # the 4-hours-before reminder is due at once
    first = "15:00のご予約です。2:キャンセル"
    assert [(m.number, m.text) for m in sim.ledger.messages()] == [(PATIENT, first)]

    sim.receive_sms(PATIENT, "キャンセル")
    wait_until(lambda: cancel_replies(ctx) == 1)
    assert appointments.get(visit).status == "cancelled"
    assert [row.text for row in ctx.inbox.list()] == ["キャンセル"]  # shown in the inbox like any reply

    clock.advance(timedelta(hours=2, minutes=1).total_seconds())  # the 1-hour reminder would now be due
    assert engine.scheduler.tick(clock.now()).reminders == []
    assert [body for body, _ in outbound(ctx)] == [first]  # the 1-hour reminder was never queued
    assert sim.ledger.count == 1

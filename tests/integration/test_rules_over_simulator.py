"""Issue 19 over a simulated modem, driven by the engine like hardware: the out-of-hours answer once a
night, a keyword routed to the right person, no ping-pong with an auto-replying phone, and a poll."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sim_rig import SimRig, wait_until
from sqlalchemy import select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage
from desk_sms.importing.exporting import unneutralise
from desk_sms.services.polls import PollDraft, poll_text
from desk_sms.services.rules import RuleDraft
from desk_sms.services.users import Role
from modem.simulator import SimulatedModem

MONDAY_NIGHT = datetime(2026, 1, 5, 11, 0, tzinfo=UTC)  # 20:00 in Tokyo, after the 18:00 closing
CUSTOMER = "+819012340001"
CLOSED = "本日の受付は終了しました。明日9時以降にご連絡します"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_NIGHT)


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "data"), clock=clock)
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    yield context
    context.close()


@pytest.fixture
def rig(ctx: AppContext) -> Iterator[SimRig]:
    made = SimRig(ctx, imei_prefix="35200000019")
    yield made
    made.stop()


def stored(ctx: AppContext) -> list[InboundMessage]:
    with ctx.database.session() as session:
        rows = list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))
        session.expunge_all()
        return rows


def receive_and_wait(rig: SimRig, sim: SimulatedModem, sender: str, text: str) -> InboundMessage:
    """The message is stored (and the rules have acted: same transaction); the outbox is drained."""
    before = rig.inbound_count()
    sim.receive_sms(sender, text, when=rig.context.clock.now())  # the same text later is another SMS
    wait_until(lambda: rig.inbound_count() > before)
    wait_until(rig.drained)
    return stored(rig.context)[-1]


def sent_to(sim: SimulatedModem, number: str) -> list[str]:
    return [message.text for message in sim.ledger.messages() if message.number == number]


def test_out_of_hours_answer_once_a_night(rig: SimRig, clock: FakeClock) -> None:
    rig.context.rules.add(RuleDraft("夜間", outside_hours=True, reply_text=CLOSED))
    sim = rig.add_sim("受付")
    rig.start_engine()
    first = receive_and_wait(rig, sim, CUSTOMER, "明日予約できますか")
    wait_until(lambda: sim.ledger.count == 1)
    clock.advance(timedelta(hours=5).total_seconds())  # 01:00: the same night
    second = receive_and_wait(rig, sim, CUSTOMER, "お返事ください")
    assert sent_to(sim, CUSTOMER) == [CLOSED]
    assert (first.rule, first.status) == ("夜間", "handled")
    assert (second.rule, second.rule_effect, second.status) == ("夜間", "not_answered already", "unhandled")
    clock.advance(timedelta(hours=19).total_seconds())  # Tuesday 20:00: another night
    receive_and_wait(rig, sim, CUSTOMER, "また連絡しました")
    wait_until(lambda: sim.ledger.count == 2)
    assert sent_to(sim, CUSTOMER) == [CLOSED, CLOSED]


def test_keywords_route_to_the_right_person(rig: SimRig) -> None:
    users = rig.context.users
    sato, suzuki = (users.create_user(name, Role.OPERATOR) for name in ("佐藤", "鈴木"))
    rig.context.rules.add(RuleDraft("予約", keywords=("予約",), first_word=True, assign_to="佐藤"))
    rig.context.rules.add(RuleDraft("請求", contains="領収書", assign_to="鈴木", tag="経理"))
    sim = rig.add_sim("受付")
    rig.start_engine()
    booking = receive_and_wait(rig, sim, "+819012340002", "予約　来週の火曜")
    receipt = receive_and_wait(rig, sim, "+819012340003", "先月分のﾘｮｳｼｭｳｼｮ…いえ領収書をください")
    other = receive_and_wait(rig, sim, "+819012340004", "ありがとうございました")
    assert (booking.assignee_id, booking.rule) == (sato, "予約")
    assert (receipt.assignee_id, receipt.rule, receipt.tag) == (suzuki, "請求", "経理")
    assert (other.assignee_id, other.rule) == (None, "")
    assert [row.assignee for row in rig.context.inbox.list()] == [None, "鈴木", "佐藤"]
    assert sim.ledger.count == 0  # routing answers nobody


def test_an_auto_replying_phone_gets_one_answer_a_day(rig: SimRig, clock: FakeClock) -> None:
    rig.context.rules.add(RuleDraft("受付", reply_text="受け付けました。担当より折り返します"))
    sim = rig.add_sim("受付")
    rig.start_engine()
    receive_and_wait(rig, sim, CUSTOMER, "こんにちは")
    # The customer's phone answers every SMS it gets with its own automatic reply.
    answered = 0
    for _ in range(5):
        wait_until(rig.drained)
        wait_until(lambda: sim.ledger.count >= 1)
        if len(sent_to(sim, CUSTOMER)) == answered:
            break
        answered = len(sent_to(sim, CUSTOMER))
        receive_and_wait(rig, sim, CUSTOMER, "[自動応答] 運転中のため応答できません")
    assert sent_to(sim, CUSTOMER) == ["受け付けました。担当より折り返します"]
    assert [row.rule_effect.split()[0] for row in stored(rig.context)] == ["answered", "not_answered"]
    clock.advance(timedelta(days=1).total_seconds())  # the next day the desk answers it again, once
    receive_and_wait(rig, sim, CUSTOMER, "[自動応答] 運転中のため応答できません")
    wait_until(lambda: len(sent_to(sim, CUSTOMER)) == 2)


def test_a_poll_of_20_with_mixed_invalid_and_late_answers(
    rig: SimRig, clock: FakeClock, tmp_path: Path
) -> None:
    parents = [f"+81905555{n:04d}" for n in range(20)]
    answers = ("12/5(火)", "12/6(水)", "12/7(木)")
    again = "1、2、3のいずれかの数字でご返信ください"
    poll = rig.context.polls.create(PollDraft("面談", "面談希望日を1〜3で返信してください", answers,
                                              numbers=tuple(parents), window=timedelta(days=2),
                                              invalid_reply=again))
    sim = rig.add_sim("塾")
    rig.start_engine()
    wait_until(lambda: sim.ledger.count == 20)
    assert set(sent_to(sim, parents[0])) == {poll_text("面談希望日を1〜3で返信してください", answers)}
    replies = {**dict.fromkeys(parents[:6], "1"), **dict.fromkeys(parents[6:11], "２"),
               **dict.fromkeys(parents[11:14], "3です"), parents[14]: "12/6(水)", parents[15]: "1",
               parents[16]: "わかりません", parents[17]: "5"}
    for number, text in replies.items():
        receive_and_wait(rig, sim, number, text)
    receive_and_wait(rig, sim, "+819099999999", "1")  # not a recipient: not counted
    clock.advance(60)
    receive_and_wait(rig, sim, parents[15], "やっぱり3")  # a changed mind: the last answer counts
    receive_and_wait(rig, sim, parents[16], "たぶん")  # invalid twice: asked again only once
    receive_and_wait(rig, sim, parents[17], "2")
    clock.advance(timedelta(days=2).total_seconds())  # the window has closed
    receive_and_wait(rig, sim, parents[18], "1")  # late
    wait_until(lambda: sim.ledger.count == 22)
    assert [sent_to(sim, number)[1:] for number in (parents[16], parents[17])] == [[again], [again]]

    results = rig.context.polls.results(poll)
    assert results.counts == (6, 7, 4)
    assert [row.number for row in results.with_state("invalid")] == [parents[16]]
    assert [row.number for row in results.with_state("late")] == [parents[18]]
    assert [row.number for row in results.with_state("none")] == [parents[19]]
    assert {row.number: row.answer for row in results.with_state("answered")}[parents[15]] == 3
    path = tmp_path / "面談.xlsx"
    assert rig.context.polls.export(poll, path) == 20
    sheet = openpyxl.load_workbook(path, read_only=True).active
    table = list(sheet.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert table[0][:3] == ("number", "contact", "answer")
    by_number = {unneutralise(str(row[0])): row for row in table[1:]}  # "+81…" is written as text
    assert by_number[parents[14]][2:4] == (2, "12/6(水)")
    assert by_number[parents[19]][5] == "none"
    answered = [row for row in rig.context.inbox.list(limit=100) if row.sender in parents]
    waiting = {row.sender for row in answered if row.status == "unhandled"}
    assert waiting == {parents[16], parents[18]}  # invalid (never made good) and late answers wait

"""The dispatcher over scripted modems: spread, limits, quiet hours, priority, affinity, retries, cancel."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime

import pytest
from fakes import FakeFleet, FakeModemScript
from sqlalchemy import select

from desk_sms.context import AppContext
from desk_sms.db.models import Contact, ContactPhone, OutboundMessage, OutboundPart
from desk_sms.engine.affinity import GRACE_SECONDS
from desk_sms.engine.claims import Claims, retry_delay
from desk_sms.engine.dispatcher import Dispatcher, Slot
from desk_sms.engine.engine import Engine
from desk_sms.engine.status_reports import StatusReportMatcher
from desk_sms.services.outbox import OutboxFilter, OutboxService, Recipient
from desk_sms.services.settings import QuietHours
from modem.errors import PartialSendError, SendError, SendUncertain
from modem.interface import SendResult

NUMBERS = [f"+81901234{n:04d}" for n in range(1000, 1300)]
Handed = list[tuple[int, Future[SendResult]]]


def outbox(context: AppContext) -> OutboxService:
    return OutboxService(context.database.session_factory, context.events, context.clock)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    done = threading.Event()
    deadline = 0.0
    while not predicate():
        if deadline >= timeout:
            raise AssertionError("condition not reached in time")
        done.wait(0.02)
        deadline += 0.02


def settle(engine: Engine) -> None:
    """Return once the dispatcher has made two more full passes and finished every send it started.

    After that, anything it would wrongly do (send past a limit, in quiet hours, during a backoff) has
    been done, however slow the machine: the test counts passes instead of sleeping a while.
    """
    dispatcher = engine.dispatcher
    assert dispatcher is not None
    passes = [0]
    original = dispatcher.dispatch_once

    def counted() -> float:
        try:
            return original()
        finally:
            passes[0] += 1

    dispatcher.dispatch_once = counted  # type: ignore[method-assign]
    try:
        wait_until(lambda: passes[0] >= 2)
        assert dispatcher.wait_idle(timeout=10.0)
    finally:
        dispatcher.dispatch_once = original  # type: ignore[method-assign]


def statuses(context: AppContext) -> Counter[str]:
    return Counter(outbox(context).counts_by_status())


def drained(context: AppContext) -> Callable[[], bool]:
    return lambda: statuses(context)["queued"] + statuses(context)["sending"] == 0


@pytest.fixture
def running() -> list[Engine]:
    engines: list[Engine] = []
    yield engines
    for engine in engines:
        engine.stop(10)


def start(fleet: FakeFleet, running: list[Engine]) -> Engine:
    engine = fleet.engine()
    assert engine.start()
    running.append(engine)
    return engine


def test_round_robin_spreads_a_campaign(fleet: FakeFleet, running: list[Engine]) -> None:
    scripts = [fleet.add(name) for name in ("A", "B", "C")]
    for script in scripts:
        script.send_seconds = 0.03
    engine = start(fleet, running)
    wait_until(lambda: len(engine.pool.healthy_ids()) == 3)
    outbox(fleet.context).create_campaign("spread", [Recipient(n, "hello") for n in NUMBERS[:60]])
    engine.wake()
    wait_until(drained(fleet.context))
    counts = [len(s.sent) for s in scripts]
    assert sum(counts) == 60
    assert min(counts) >= 10, counts  # timing decides the exact split; the order is tested below
    assert statuses(fleet.context)["sent"] == 60


def _manual_dispatcher(fleet: FakeFleet, names: tuple[str, ...]) -> tuple[Dispatcher, list[int], Handed]:
    """A dispatcher over fake sends whose futures the test completes itself."""
    handed: Handed = []

    def send(modem_id: int, number: str, text: str) -> Future[SendResult]:
        future: Future[SendResult] = Future()
        handed.append((modem_id, future))
        return future

    for name in names:
        fleet.add(name)
    ids = [fleet.ids[name] for name in names]
    factory = fleet.context.database.session_factory
    dispatcher = Dispatcher(
        Claims(factory, "test"), StatusReportMatcher(factory), [Slot(i, str(i), 100, 0.0) for i in ids],
        send, lambda: set(ids), fleet.context.clock, fleet.context.events,
        lambda: QuietHours(datetime.min.time(), datetime.min.time()), lambda: "Asia/Tokyo",
    )
    return dispatcher, ids, handed


def test_rotation_order_skips_busy_modems(fleet: FakeFleet) -> None:
    dispatcher, ids, handed = _manual_dispatcher(fleet, ("A", "B", "C"))
    a, b, c = ids
    campaigns = outbox(fleet.context)
    campaigns.create_campaign("first", [Recipient(n, "x") for n in NUMBERS[:3]])
    dispatcher.dispatch_once()
    assert [m for m, _ in handed] == [a, b, c]  # every idle modem gets one, in order
    handed[1][1].set_result(SendResult((1,), "gsm7"))  # only B finishes; nothing else is due
    campaigns.create_campaign("second", [Recipient(NUMBERS[3], "x")])
    dispatcher.dispatch_once()
    assert [m for m, _ in handed][3:] == [b]  # the only idle modem
    for _, future in handed[:1] + handed[2:]:
        future.set_result(SendResult((2,), "gsm7"))  # nothing is due: every modem is idle after
    assert len(handed) == 4
    campaigns.create_campaign("third", [Recipient(n, "x") for n in NUMBERS[4:7]])
    dispatcher.dispatch_once()
    assert [m for m, _ in handed][4:] == [c, a, b]  # the turn goes on after B


def test_a_modem_that_finishes_takes_its_next_message_with_the_outcome(fleet: FakeFleet) -> None:
    dispatcher, ids, handed = _manual_dispatcher(fleet, ("A", "B"))
    a, b = ids
    outbox(fleet.context).create_campaign("go on", [Recipient(n, "x") for n in NUMBERS[:3]])
    dispatcher.dispatch_once()
    assert [m for m, _ in handed] == [a, b]
    handed[0][1].set_result(SendResult((1,), "gsm7"))
    assert [m for m, _ in handed] == [a, b, a]  # no dispatcher pass in between
    with fleet.context.database.session_factory() as session:
        rows = session.execute(
            select(OutboundMessage.status, OutboundMessage.modem_id).order_by(OutboundMessage.id)
        ).all()
    assert [tuple(row) for row in rows] == [("sent", a), ("sending", b), ("sending", a)]


def test_an_idle_modem_takes_its_turn_before_a_finishing_one_goes_on(fleet: FakeFleet) -> None:
    dispatcher, ids, handed = _manual_dispatcher(fleet, ("A", "B", "C"))
    a, b, c = ids
    campaigns = outbox(fleet.context)
    campaigns.create_campaign("two", [Recipient(n, "x") for n in NUMBERS[:2]])
    dispatcher.dispatch_once()
    assert [m for m, _ in handed] == [a, b]  # C stays idle: nothing else is due
    campaigns.create_campaign("one more", [Recipient(NUMBERS[2], "x")])
    handed[0][1].set_result(SendResult((1,), "gsm7"))
    assert len(handed) == 2  # A does not take it while C waits idle
    dispatcher.dispatch_once()
    assert [m for m, _ in handed][2:] == [c]


def test_each_message_is_sent_once(fleet: FakeFleet, running: list[Engine]) -> None:
    scripts = [fleet.add(name) for name in ("A", "B")]
    outbox(fleet.context).create_campaign("once", [Recipient(n, f"m{n}") for n in NUMBERS[:100]])
    start(fleet, running)
    wait_until(drained(fleet.context))
    sent = [number for s in scripts for number, _ in s.sent]
    assert sorted(sent) == sorted(NUMBERS[:100])


def test_daily_limit_counts_parts_and_spills_to_other_modems(fleet: FakeFleet, running: list[Engine]) -> None:
    small = fleet.add("small", daily_limit=4)
    big = fleet.add("big", daily_limit=1000)
    long_text = "x" * 200  # two parts
    outbox(fleet.context).create_campaign("limits", [Recipient(n, long_text) for n in NUMBERS[:20]])
    start(fleet, running)
    wait_until(drained(fleet.context))
    assert len(small.sent) * 2 <= 4  # the limit is checked inside the claim: never crossed
    assert len(small.sent) + len(big.sent) == 20


def test_all_modems_at_their_limit_keep_messages_queued(fleet: FakeFleet, running: list[Engine]) -> None:
    only = fleet.add("only", daily_limit=3)
    outbox(fleet.context).create_campaign("limits", [Recipient(n, "hi") for n in NUMBERS[:10]])
    engine = start(fleet, running)
    wait_until(lambda: statuses(fleet.context)["sent"] == 3)
    settle(engine)
    assert len(only.sent) == 3
    assert statuses(fleet.context)["queued"] == 7


def test_quiet_hours_hold_all_but_urgent(fleet: FakeFleet, running: list[Engine]) -> None:
    context = fleet.context
    context.settings.set("quiet_hours_start", "21:00")
    context.settings.set("quiet_hours_end", "08:00")
    context.clock._now = datetime(2026, 3, 10, 13, 30, tzinfo=UTC)  # 22:30 in Tokyo  # type: ignore[attr-defined]
    script = fleet.add("A")
    box = outbox(context)
    normal = box.enqueue(NUMBERS[0], "tomorrow is fine")
    urgent = box.enqueue(NUMBERS[1], "the class is cancelled tonight", urgent=True)
    engine = start(fleet, running)
    wait_until(lambda: box.get(urgent).status == "sent")
    settle(engine)
    assert box.get(normal).status == "queued"
    assert [n for n, _ in script.sent] == [NUMBERS[1]]


def test_one_off_goes_before_a_waiting_campaign(fleet: FakeFleet, running: list[Engine]) -> None:
    script = fleet.add("A")
    gate = threading.Event()
    script.gate = gate
    box = outbox(fleet.context)
    box.create_campaign("big", [Recipient(n, "campaign") for n in NUMBERS[:20]])
    start(fleet, running)
    wait_until(lambda: statuses(fleet.context)["sending"] == 1)
    box.enqueue(NUMBERS[100], "one-off")
    gate.set()
    wait_until(drained(fleet.context))
    order = [text for _, text in script.sent]
    assert order.index("one-off") <= 1


def test_reply_leaves_through_the_modem_that_received(fleet: FakeFleet, running: list[Engine]) -> None:
    a, b = fleet.add("A"), fleet.add("B")
    engine = start(fleet, running)
    wait_until(lambda: len(engine.pool.healthy_ids()) == 2)
    box = outbox(fleet.context)
    ids = [box.enqueue(NUMBERS[i], f"reply {i}", preferred_modem_id=fleet.ids["B"], priority=100)
           for i in range(6)]
    engine.wake()
    wait_until(drained(fleet.context))
    assert len(b.sent) == 6 and a.sent == []
    assert {box.get(i).modem for i in ids} == {"B"}


def reply_for_a_modem_held_connecting(
    fleet: FakeFleet,
) -> tuple[FakeModemScript, FakeModemScript, OutboxService, int]:
    """Modems A and B, B held in "connecting"; a reply queued for B: (A, B, the outbox, the reply's id)."""
    a, b = fleet.add("A"), fleet.add("B")
    b.connect_gate = threading.Event()
    box = outbox(fleet.context)
    return a, b, box, box.enqueue(NUMBERS[0], "reply", preferred_modem_id=fleet.ids["B"], priority=100)


def test_a_reply_waits_for_its_modem_still_connecting_after_the_start(
    fleet: FakeFleet, running: list[Engine]
) -> None:
    """The other modem comes up first: it does not take the reply meant for the one still connecting."""
    a, b, box, reply = reply_for_a_modem_held_connecting(fleet)
    other = box.enqueue(NUMBERS[1], "not a reply")
    engine = start(fleet, running)
    try:
        wait_until(lambda: box.get(other).status == "sent")  # A is up and has had its turns
        settle(engine)
        assert box.get(reply).status == "queued" and a.sent == [(NUMBERS[1], "not a reply")]
    finally:
        b.connect_gate.set()  # B connects
    wait_until(lambda: box.get(reply).status == "sent")
    assert box.get(reply).modem == "B" and b.sent == [(NUMBERS[0], "reply")]


def test_a_reply_leaves_through_another_modem_when_its_own_does_not_come_up_in_time(
    fleet: FakeFleet, running: list[Engine]
) -> None:
    a, b, box, reply = reply_for_a_modem_held_connecting(fleet)
    engine = start(fleet, running)
    try:
        wait_until(lambda: engine.pool.healthy_ids() == {fleet.ids["A"]})
        settle(engine)
        assert box.get(reply).status == "queued"
        fleet.context.clock.advance(GRACE_SECONDS + 1)  # type: ignore[attr-defined]
        wait_until(lambda: box.get(reply).status == "sent")
        assert box.get(reply).modem == "A" and a.sent == [(NUMBERS[0], "reply")]
    finally:
        b.connect_gate.set()


def test_reply_falls_back_when_its_modem_is_down(fleet: FakeFleet, running: list[Engine]) -> None:
    from modem.interface import ModemState

    fleet.add("A")
    b = fleet.add("B")
    b.state = ModemState.ERROR
    box = outbox(fleet.context)
    reply = box.enqueue(NUMBERS[0], "reply", preferred_modem_id=fleet.ids["B"], priority=100)
    start(fleet, running)
    wait_until(drained(fleet.context))
    assert box.get(reply).modem == "A" and b.sent == []


def test_transient_errors_fail_over_at_once(fleet: FakeFleet, running: list[Engine]) -> None:
    bad = fleet.add("bad")
    good = fleet.add("good")
    bad.always_fail = SendError(38, transient=True, reason="network out of order")
    box = outbox(fleet.context)
    engine = start(fleet, running)
    wait_until(lambda: len(engine.pool.healthy_ids()) == 2)
    ids = [box.enqueue(n, "retry me") for n in NUMBERS[:6]]
    engine.wake()
    wait_until(drained(fleet.context))  # the fake clock never moved: no backoff was needed
    assert sorted(n for n, _ in good.sent) == sorted(NUMBERS[:6])
    assert {box.get(i).status for i in ids} == {"sent"}


def test_transient_error_on_the_only_modem_backs_off(fleet: FakeFleet, running: list[Engine]) -> None:
    only = fleet.add("only")
    only.fail_with = [SendError(38, transient=True, reason="network out of order")]
    box = outbox(fleet.context)
    message_id = box.enqueue(NUMBERS[0], "retry me")
    engine = start(fleet, running)
    wait_until(lambda: box.get(message_id).attempts == 1 and box.get(message_id).status == "queued")
    with fleet.context.database.session() as session:
        message = session.get(OutboundMessage, message_id)
        assert message.error_code == "cms_38"
        assert message.not_before == fleet.context.clock.now() + retry_delay(1)
    settle(engine)
    assert only.sent == []  # still waiting out the backoff
    fleet.context.clock.advance(retry_delay(1).total_seconds() + 1)  # type: ignore[attr-defined]
    wait_until(lambda: box.get(message_id).status == "sent")
    assert box.get(message_id).attempts == 2


def test_retry_delay_grows_and_is_capped() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 10)]
    assert delays[:3] == [30, 60, 120]
    assert max(delays) == 1800


def test_permanent_partial_and_uncertain_outcomes(fleet: FakeFleet, running: list[Engine]) -> None:
    script = fleet.add("A")
    script.fail_with = [
        SendError(330, transient=False, reason="SMSC address unknown"),
        PartialSendError((17,), SendError(38, transient=True, reason="network out of order")),
        SendUncertain((), "no +CMGS within 40 s"),
    ]
    box = outbox(fleet.context)
    first, second, third = (box.enqueue(n, "x" * 200) for n in NUMBERS[:3])
    start(fleet, running)
    wait_until(drained(fleet.context))
    assert box.get(first).status == "failed" and "SMSC" in (box.get(first).error or "")
    assert box.get(second).status == "failed" and "first 1 part" in (box.get(second).error or "")
    assert box.get(third).status == "uncertain"
    with fleet.context.database.session() as session:
        refs = [p.reference for p in session.query(OutboundPart).filter_by(message_id=second)]
    assert refs == [17]
    attention = box.list(OutboxFilter(needs_attention=True))
    assert {row.id for row in attention} == {first, second, third}
    copy = box.resend(third)
    wait_until(lambda: box.get(copy).status == "sent")
    assert third not in {row.id for row in box.list(OutboxFilter(needs_attention=True))}


def test_cancel_pause_and_resume(fleet: FakeFleet, running: list[Engine]) -> None:
    script = fleet.add("A")
    box = outbox(fleet.context)
    campaign = box.create_campaign("paused", [Recipient(n, "later") for n in NUMBERS[:5]])
    box.set_campaign_status(campaign, "paused")
    single = box.enqueue(NUMBERS[50], "cancel me")
    held = box.enqueue(NUMBERS[51], "hold me")
    assert box.cancel([single]) == 1
    box.hold([held])
    engine = start(fleet, running)
    settle(engine)
    assert script.sent == []
    box.set_campaign_status(campaign, "running")
    box.release([held])
    wait_until(drained(fleet.context))
    assert len(script.sent) == 6
    assert box.get(single).status == "cancelled"


def test_opted_out_and_invalid_numbers_are_skipped(fleet: FakeFleet, running: list[Engine]) -> None:
    script = fleet.add("A")
    box = outbox(fleet.context)
    invalid = box.enqueue("03-1234-5678", "landline")  # a fixed line cannot receive SMS
    later_opt_out = box.enqueue(NUMBERS[0], "will be refused")
    with fleet.context.database.session() as session:
        contact = Contact(name="山田", opted_out_at=datetime(2026, 1, 1, tzinfo=UTC), opt_out_reason="STOP")
        contact.phones.append(ContactPhone(e164=NUMBERS[0], raw="090"))
        session.add(contact)
    start(fleet, running)
    wait_until(drained(fleet.context))
    assert box.get(invalid).status == "skipped"
    assert box.get(later_opt_out).status == "skipped"
    assert script.sent == []


def test_restart_marks_messages_in_flight_uncertain(fleet: FakeFleet, running: list[Engine]) -> None:
    fleet.add("A")
    box = outbox(fleet.context)
    message_id = box.enqueue(NUMBERS[0], "in flight")
    with fleet.context.database.session() as session:
        session.get(OutboundMessage, message_id).status = "sending"  # as a killed engine leaves it
    start(fleet, running)
    assert box.get(message_id).status == "uncertain"


def test_a_second_engine_stays_a_client(fleet: FakeFleet, running: list[Engine]) -> None:
    fleet.add("A")
    start(fleet, running)
    second = fleet.engine(owner="second")
    assert second.start() is False
    holder = second.holder()
    assert holder is not None and holder.owner == running[0].owner


def test_modems_added_or_disabled_while_running_are_followed(fleet: FakeFleet, running: list[Engine]) -> None:
    first = fleet.add("first")
    engine = start(fleet, running)
    wait_until(lambda: engine.pool.healthy_ids() == {fleet.ids["first"]})
    second = fleet.add("second")  # added straight to the table, as a desk on another PC would
    fleet.context.modems.update(fleet.ids["first"], enabled=False)  # publishes DataChanged("modems")
    wait_until(lambda: engine.pool.healthy_ids() == {fleet.ids["second"]})
    box = outbox(fleet.context)
    ids = [box.enqueue(n, "after the change") for n in NUMBERS[:4]]
    engine.wake()
    wait_until(drained(fleet.context))
    assert first.sent == [] and len(second.sent) == 4
    assert {box.get(i).modem for i in ids} == {"second"}
    fleet.context.modems.update(fleet.ids["second"], daily_limit=7)
    wait_until(lambda: [s.daily_limit for s in engine.dispatcher.slots] == [7])  # type: ignore[union-attr]


def test_opt_out_confirmation_still_reaches_the_person_who_opted_out(
    fleet: FakeFleet, running: list[Engine]
) -> None:
    from desk_sms.engine.inbox_pump import OPT_OUT_CONFIRMATION_KEY

    script = fleet.add("A")
    with fleet.context.database.session() as session:
        contact = Contact(name="山田", opted_out_at=datetime(2026, 1, 1, tzinfo=UTC), opt_out_reason="STOP")
        contact.phones.append(ContactPhone(e164=NUMBERS[0], raw="090"))
        session.add(contact)
        session.add(OutboundMessage(to_number=NUMBERS[0], body="配信を停止しました", status="queued",
                                    dedupe_key=f"{OPT_OUT_CONFIRMATION_KEY}1", urgent=True))
        session.add(OutboundMessage(to_number=NUMBERS[0], body="campaign", status="queued"))
    start(fleet, running)
    wait_until(drained(fleet.context))
    assert [text for _, text in script.sent] == ["配信を停止しました"]

"""The engine over real pty simulators, through pyserial and python-gsmmodem-new like hardware."""

from __future__ import annotations

from collections import Counter

from sim_rig import SimRig, wait_until

from desk_sms.db.models import InboundMessage, OutboundMessage, OutboundPart
from desk_sms.services.outbox import Recipient

NUMBERS = [f"+81801234{n:04d}" for n in range(2000, 2400)]


def test_campaign_over_two_modems_is_sent_once_and_delivered(rig: SimRig) -> None:
    a = rig.add_sim("A", auto_status_reports=True)
    b = rig.add_sim("B", profile="huawei", auto_status_reports=True)
    texts = ["Hello {n}", "明日の授業は10時からです。{n}", "長文 " + "お知らせ" * 35 + " {n}", "emoji 🎉 {n}"]
    recipients = [Recipient(NUMBERS[i], texts[i % 4].format(n=i)) for i in range(40)]
    rig.context.outbox.create_campaign("loop", recipients)
    rig.start_engine()
    wait_until(rig.drained)
    wait_until(lambda: rig.statuses()["delivered"] == 40)
    sent = [m for sim in (a, b) for m in sim.ledger.messages()]
    assert sorted((m.number, m.text) for m in sent) == sorted((r.number, r.text) for r in recipients)
    assert a.ledger.count > 0 and b.ledger.count > 0
    with rig.context.database.session() as session:
        parts = session.query(OutboundPart).count()
        long_one = session.query(OutboundMessage).filter_by(to_number=NUMBERS[2]).one()
        assert long_one.part_count == 3 and len(long_one.parts) == 3
    assert parts == a.ledger.count + b.ledger.count


def test_replies_and_stored_messages_reach_the_inbox(rig: SimRig) -> None:
    sim = rig.add_sim("A")
    sim.receive_sms("+819099998888", "届いていた返信です", notify=False)  # already on the SIM at start
    rig.start_engine()
    sim.receive_sms("+819077776666", "はい、参加します。" * 15, order=[2, 0, 1])  # multipart, out of order
    sim.receive_sms("+819055554444", "STOP")
    factory = rig.context.database.session_factory

    def complete_messages() -> int:
        with factory() as session:  # a fresh snapshot each time
            return session.query(InboundMessage).filter_by(complete=True).count()

    wait_until(lambda: complete_messages() == 3)
    with factory() as session:
        bodies = {m.sender: m.body for m in session.query(InboundMessage)}
    assert bodies["+819099998888"] == "届いていた返信です"
    assert bodies["+819077776666"] == "はい、参加します。" * 15
    wait_until(lambda: sim.stored_messages() == [])  # each slot freed after it was stored
    queued = rig.context.outbox.enqueue("+819055554444", "campaign text")
    assert rig.context.outbox.get(queued).status == "skipped"  # the STOP reply opted the number out


def test_transient_errors_fail_over_to_the_other_modem(rig: SimRig) -> None:
    flaky = rig.add_sim("flaky")
    steady = rig.add_sim("steady")
    flaky.inject_cms_error(38, count=1000)  # network out of order: transient
    ids = [rig.context.outbox.enqueue(n, "retry") for n in NUMBERS[:8]]
    rig.start_engine()
    wait_until(lambda: steady.ledger.count == 8)
    assert {rig.context.outbox.get(i).status for i in ids} == {"sent"}
    assert flaky.ledger.count == 0


def test_unplugged_modem_mid_campaign_loses_and_doubles_nothing(rig: SimRig) -> None:
    a = rig.add_sim("A", send_delay=0.05)
    b = rig.add_sim("B", send_delay=0.05)
    recipients = [Recipient(n, f"m{i}") for i, n in enumerate(NUMBERS[:60])]
    rig.context.outbox.create_campaign("unplug", recipients)
    rig.start_engine()
    assert a.ledger.wait_for_count(5, 20)
    a.unplug()
    wait_until(rig.drained, timeout=60)
    counts = Counter(m.text for sim in (a, b) for m in sim.ledger.messages())
    assert max(counts.values()) == 1  # nothing sent twice
    with rig.context.database.session() as session:
        for message in session.query(OutboundMessage):
            if message.status == "sent":
                assert counts[message.body] == 1
            else:  # the message in hand when the cable came out
                assert message.status == "uncertain", (message.status, message.error_text)
    assert rig.statuses()["sent"] + rig.statuses()["uncertain"] == 60
    assert rig.statuses()["uncertain"] <= 1

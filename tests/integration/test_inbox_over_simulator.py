"""Issue 8's "must show" list: the inbox over real pty simulators, driven by the engine like hardware."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sim_rig import SimRig, sending_context, wait_until
from sqlalchemy import select

from desk_sms.db.models import OutboundPart
from desk_sms.services.inbox import InboxFilter
from desk_sms.services.outbox import Recipient

CUSTOMERS = [f"+81906543{n:04d}" for n in range(500)]
RECIPIENTS = [f"+81801234{n:04d}" for n in range(500)]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[SimRig]:
    with sending_context(tmp_path / "data") as context:
        made = SimRig(context, imei_prefix="35200000000")
        yield made
        made.stop()


def test_500_replies_during_a_500_message_campaign_are_stored_once(rig: SimRig) -> None:
    sims = [rig.add_sim("A", storage_capacity=20), rig.add_sim("B", profile="huawei", storage_capacity=20)]
    rig.context.outbox.create_campaign(
        "big", [Recipient(n, f"お知らせ {i}") for i, n in enumerate(RECIPIENTS)]
    )
    rig.start_engine()

    def customers_write() -> None:
        for i, number in enumerate(CUSTOMERS):
            sims[i % 2].receive_sms(number, f"返信 {i}")

    writer = threading.Thread(target=customers_write, name="customers")
    writer.start()
    writer.join(60)
    wait_until(lambda: rig.inbound_count() >= 500 and rig.statuses()["sent"] == 500, timeout=80)
    rows = rig.context.inbox.list(limit=2000)
    assert sorted((row.sender, row.text) for row in rows) == sorted(
        (number, f"返信 {i}") for i, number in enumerate(CUSTOMERS)
    )
    assert sum(sim.ledger.count for sim in sims) == 500  # and nothing was sent twice


def test_messages_on_the_sim_before_start_appear_in_the_inbox(rig: SimRig) -> None:
    sim = rig.add_sim("A")
    sim.receive_sms("+819011110000", "電源を切っている間に届きました", notify=False)
    sim.receive_sms("+819011110001", "二通目", notify=False)
    rig.start_engine()
    wait_until(lambda: len(rig.context.inbox.ids()) == 2)
    texts = {row.sender: row.text for row in rig.context.inbox.list()}
    assert texts == {"+819011110000": "電源を切っている間に届きました", "+819011110001": "二通目"}
    wait_until(lambda: sim.stored_messages() == [])


def test_a_full_sim_is_drained_and_keeps_receiving(rig: SimRig) -> None:
    sim = rig.add_sim("A", storage_capacity=5)
    for i in range(8):  # five fill the SIM, three wait at the network
        sim.receive_sms(f"+81902222{i:04d}", f"full {i}", notify=False)
    assert len(sim.stored_messages()) == 5 and sim.pending_deliveries == 3
    rig.start_engine()
    wait_until(lambda: rig.inbound_count() == 8)
    for i in range(6):
        sim.receive_sms(f"+81903333{i:04d}", f"after {i}")
    wait_until(lambda: rig.inbound_count() == 14)
    wait_until(lambda: sim.stored_messages() == [] and sim.pending_deliveries == 0)
    assert len(rig.context.inbox.ids(InboxFilter(search="after"))) == 6


def test_an_out_of_order_japanese_multipart_is_one_message(rig: SimRig) -> None:
    sim = rig.add_sim("A")
    rig.start_engine()
    text = (
        "本日はご来店ありがとうございました。次回のご予約は" + "来週の火曜日十時からでお願いいたします。" * 8
    )
    sim.receive_sms("+819044445555", text, order=[2, 0, 1])
    wait_until(lambda: any(row.complete for row in rig.context.inbox.list()))
    rows = rig.context.inbox.list()
    assert [(row.sender, row.text, row.complete) for row in rows] == [("+819044445555", text, True)]


def test_a_status_report_for_a_message_sent_before_a_restart_is_matched(rig: SimRig) -> None:
    sim = rig.add_sim("A")
    rig.start_engine()
    message_id = rig.context.outbox.enqueue("+819066667777", "再起動の前に送りました")
    wait_until(lambda: rig.context.outbox.get(message_id).status == "sent")
    rig.stop_engine()
    with rig.context.database.session_factory() as session:
        reference = session.scalar(
            select(OutboundPart.reference).where(OutboundPart.message_id == message_id)
        )
    assert reference is not None
    rig.start_engine()
    sim.send_status_report(reference, status_code=0)
    wait_until(lambda: rig.context.outbox.get(message_id).status == "delivered")

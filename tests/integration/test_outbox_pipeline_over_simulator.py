"""The pipeline's rules over a real pty simulator: urgent in quiet hours, expiry, affinity with a way out."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sim_rig import SimRig, wait_until
from sqlalchemy import insert, update

from desk_sms.cli import main
from desk_sms.db.models import Modem, OutboundPart
from desk_sms.engine.dispatcher import Slot
from desk_sms.engine.identity import Identity


def quiet_now(rig: SimRig) -> None:
    """Quiet hours from an hour ago to two hours ahead, whatever the time of the run."""
    local = datetime.now(ZoneInfo(rig.context.settings.get("timezone")))
    start, end = local - timedelta(hours=1), local + timedelta(hours=2)
    rig.context.settings.set("quiet_hours_start", start.strftime("%H:%M"))
    rig.context.settings.set("quiet_hours_end", end.strftime("%H:%M"))


def test_urgent_goes_in_quiet_hours_and_a_late_message_expires_unsent(rig: SimRig, tmp_path: Path) -> None:
    sim = rig.add_sim("A")
    quiet_now(rig)
    outbox, now = rig.context.outbox, rig.context.clock.now()
    waiting = outbox.enqueue("090-5555-0001", "明日のお知らせ")
    late = outbox.enqueue("090-5555-0002", "明日…", not_before=now - timedelta(days=2),
                          expires_at=now - timedelta(days=2) + timedelta(hours=2))
    assert main(["--data-dir", str(tmp_path / "data"), "send", "--to", "090-5555-0003",
                 "--text", "本日は休校です", "--urgent"]) == 0
    rig.start_engine()
    wait_until(lambda: sim.ledger.count == 1)
    wait_until(lambda: outbox.get(late).status == "expired")
    # A second urgent message after the first: if quiet hours did not hold, the waiting one went between.
    outbox.enqueue("090-5555-0004", "至急: 本日は休校です", urgent=True)
    wait_until(lambda: sim.ledger.count == 2)
    assert [m.text for m in sim.ledger.messages()] == ["本日は休校です", "至急: 本日は休校です"]
    assert outbox.get(waiting).status == "queued"
    assert "send-late window ended" in (outbox.get(late).error or "")


def test_a_reply_leaves_through_another_modem_at_once_when_its_own_is_full_or_disabled(rig: SimRig) -> None:
    front, back = rig.add_sim("front"), rig.add_sim("back")
    engine = rig.start_engine()
    wait_until(lambda: len(engine.pool.healthy_ids()) == 2)
    front_id = rig.context.modems.find("front").id
    front.receive_sms("+819066660001", "明日行けますか")
    front.receive_sms("+819066660002", "駐車場は?")
    wait_until(lambda: rig.inbound_count() == 2)
    inbox = rig.context.inbox
    first, second = sorted(row.id for row in inbox.list())
    assert {inbox.get(first).modem, inbox.get(second).modem} == {"front"}
    sent = rig.context.outbox.enqueue("090-6666-0009", "x", preferred_modem_id=front_id, priority=100)
    wait_until(lambda: rig.context.outbox.get(sent).status == "sent")
    rig.context.modems.update(front_id, daily_limit=front.ledger.count)  # full for today

    def front_slot() -> Slot | None:
        return next((s for s in engine.dispatcher.slots if s.modem_id == front_id), None)

    wait_until(lambda: (slot := front_slot()) is not None and slot.daily_limit == front.ledger.count)
    reply = inbox.reply(first, "はい、お待ちしています")
    # The disconnected-modem grace is 60 s: arriving well within it shows the reply did not wait.
    wait_until(lambda: rig.context.outbox.get(reply).status == "sent", timeout=20)
    assert rig.context.outbox.get(reply).modem == "back"
    rig.context.modems.update(front_id, daily_limit=200, enabled=False)  # room again, but disabled
    wait_until(lambda: front_slot() is None)
    reply = inbox.reply(second, "あります")
    wait_until(lambda: rig.context.outbox.get(reply).status == "sent", timeout=20)
    assert rig.context.outbox.get(reply).modem == "back"
    assert [m.text for m in back.ledger.messages()] == ["はい、お待ちしています", "あります"]


def test_a_reply_waits_for_its_unplugged_modem_within_the_grace_then_leaves_through_another(
    rig: SimRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pulled out, the customer's modem keeps its reply for the grace (a replug takes seconds); once
    the grace is over the reply goes through the other modem. The grace's length (60 s) is
    checked with a fake clock in test_reply_affinity; here the engine follows a real unplug."""
    front, back = rig.add_sim("front"), rig.add_sim("back")
    engine = rig.start_engine()
    front_id = rig.context.modems.find("front").id
    inbox, outbox = rig.context.inbox, rig.context.outbox
    earlier = outbox.enqueue("090-6666-0009", "x", preferred_modem_id=front_id, priority=100)
    wait_until(lambda: outbox.get(earlier).status == "sent")  # the dispatcher has seen front working
    front.receive_sms("+819066660001", "明日行けますか")
    wait_until(lambda: rig.inbound_count() == 1)
    (received,) = [row.id for row in inbox.list()]
    front.unplug()
    wait_until(lambda: front_id not in engine.pool.healthy_ids())
    reply = inbox.reply(received, "はい、お待ちしています")
    other = outbox.enqueue("090-6666-0010", "別件")  # goes out through back: the dispatcher has run
    wait_until(lambda: outbox.get(other).status == "sent")
    assert outbox.get(reply).status == "queued" and back.ledger.count == 1
    monkeypatch.setattr("desk_sms.engine.affinity.GRACE_SECONDS", 0.0)  # the minute is over
    engine.wake()
    wait_until(lambda: outbox.get(reply).status == "sent")
    assert outbox.get(reply).modem == "back"
    assert [m.text for m in back.ledger.messages()] == ["別件", "はい、お待ちしています"]


def test_a_sim_full_from_its_days_in_another_entry_hands_its_reply_over_at_once(rig: SimRig) -> None:
    sim_x = "440101111111111"
    old = rig.context.modems.add("/dev/gone", name="old", identity=Identity(imsi=sim_x))  # its last modem
    message_id = rig.context.outbox.enqueue("+819066660010", "x" * 200)  # two parts sent there an hour ago
    an_hour_ago = rig.context.clock.now() - timedelta(hours=1)
    with rig.context.database.session() as session:
        session.execute(insert(OutboundPart), [
            {"message_id": message_id, "seq": seq, "modem_id": old, "imsi": sim_x,
             "submitted_at": an_hour_ago}
            for seq in (1, 2)
        ])
        session.execute(update(Modem).where(Modem.id == old).values(enabled=False))
    rig.context.outbox.cancel([message_id])
    front = rig.add_sim("front", imsi=sim_x)  # the SIM, in another entry now
    rig.add_sim("back")
    front_id = rig.context.modems.find("front").id
    with rig.context.database.session() as session:  # as `modem add` records it from the port
        session.execute(update(Modem).where(Modem.id == front_id).values(imsi=sim_x, daily_limit=2))
    engine = rig.start_engine()
    wait_until(lambda: len(engine.pool.healthy_ids()) == 2)
    front.receive_sms("+819066660001", "明日行けますか")
    wait_until(lambda: rig.inbound_count() == 1)
    (asked,) = [row.id for row in rig.context.inbox.list()]
    reply = rig.context.inbox.reply(asked, "はい、お待ちしています")
    # The disconnected-modem grace is 60 s: arriving well within it shows the reply did not wait.
    wait_until(lambda: rig.context.outbox.get(reply).status == "sent", timeout=20)
    assert rig.context.outbox.get(reply).modem == "back" and front.ledger.count == 0

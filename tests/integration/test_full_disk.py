"""A disk that fills up during a campaign, over pty simulators: pause, resume, nothing lost or doubled.

The first test makes every database write fail through an SQLAlchemy hook (runs anywhere); the
second puts the data folder on a real 8 MB tmpfs and fills it (needs root, as in CI).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sim_rig import SimRig, sending_context, wait_until
from small_disk import small_disk
from write_faults import WriteFaults

from desk_sms.db.models import OutboundMessage, OutboundPart
from desk_sms.engine.engine import Engine
from desk_sms.events import MessageStateChanged, StorageStateChanged
from desk_sms.services.outbox import Recipient

NUMBERS = [f"+81801235{n:04d}" for n in range(2000, 2100)]
CAMPAIGN = [Recipient(number, f"お知らせ {i}") for i, number in enumerate(NUMBERS[:40])]


class StorageEvents:
    def __init__(self) -> None:
        self.seen: list[StorageStateChanged] = []
        self.changed = threading.Condition()

    def __call__(self, event: object) -> None:
        if isinstance(event, StorageStateChanged):
            with self.changed:
                self.seen.append(event)
                self.changed.notify_all()

    def wait_for(self, problem: str | None, timeout: float = 60.0) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: any(e.problem == problem for e in self.seen), timeout)


def idle(engine: Engine) -> bool:
    assert engine.dispatcher is not None
    return not any(slot.busy for slot in engine.dispatcher.slots)


def assert_each_accepted_message_recorded_as_sent_once(rig: SimRig) -> None:
    ledger = Counter(m.text for sim in rig.sims.values() for m in sim.ledger.messages())
    assert sorted(ledger) == sorted(r.text for r in CAMPAIGN)
    assert max(ledger.values()) == 1  # nothing went out twice
    assert rig.statuses() == Counter({"sent": len(CAMPAIGN)})  # none left sending or uncertain
    with rig.context.database.session() as session:
        assert session.query(OutboundPart).count() == sum(s.ledger.count for s in rig.sims.values())
        assert {m.status for m in session.query(OutboundMessage)} == {"sent"}


def fill_when_claimed(rig: SimRig, fill: Callable[[], object], after: int) -> threading.Event:
    """Fill the disk just after the `after`-th claim is committed, before its modem sends it.

    The claimed message then reaches the modem and its outcome meets the full disk: the case where
    an accepted message used to stay *sending* for good.
    """
    claimed, filled = Counter[str](), threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, MessageStateChanged) and event.status == "sending" and not filled.is_set():
            claimed["claims"] += 1
            if claimed["claims"] >= after:
                fill()
                filled.set()

    rig.context.events.subscribe(on_event)  # runs on the dispatcher's thread, between claim and send
    return filled


def run_campaign_through_a_full_disk(
    rig: SimRig,
    fill: Callable[[], object],
    free_up: Callable[[], object],
    wait_refused: Callable[[], object],
    outcome_refused: bool = False,
) -> None:
    """`outcome_refused`: the write hook refuses every write at once, so the outcome of the message
    claimed just before is refused for sure (a real disk may still take a write in its WAL's room)."""
    events = StorageEvents()
    rig.context.events.subscribe(events)
    a, b = rig.add_sim("A", send_delay=0.05), rig.add_sim("B", send_delay=0.05)
    filled = fill_when_claimed(rig, fill, after=9)
    rig.context.outbox.create_campaign("full disk", CAMPAIGN)
    engine = rig.start_engine()
    assert filled.wait(60)
    assert events.wait_for("full")
    wait_until(lambda: idle(engine))  # the messages in hand came back from the modems
    if outcome_refused:
        kept = engine.unrecorded_outcomes()
        assert kept and rig.statuses()["sending"] == len(kept)  # accepted, held in memory, not lost
    accepted = a.ledger.count + b.ledger.count
    wait_refused()
    assert a.ledger.count + b.ledger.count == accepted  # nothing sent without a committed claim
    assert rig.statuses()["sent"] < len(CAMPAIGN)
    free_up()
    assert events.wait_for(None)  # resumed by itself
    wait_until(rig.drained)
    assert engine.unrecorded_outcomes() == []
    assert_each_accepted_message_recorded_as_sent_once(rig)


def refused_more(rig: SimRig, count: int) -> None:
    """Wait until the engine tried (and the full disk refused) `count` more writes."""
    assert rig.engine is not None
    health = rig.engine.health
    target = health.refused + count
    wait_until(lambda: health.refused >= target)


def test_writes_refused_mid_campaign_pause_sending_and_every_accepted_message_ends_sent(rig: SimRig) -> None:
    faults = WriteFaults(rig.context.database.engine)
    try:
        run_campaign_through_a_full_disk(
            rig, faults.on, faults.off, lambda: faults.wait_for_hits(faults.hits + 10), outcome_refused=True
        )
    finally:
        faults.off()
        faults.remove()


def test_a_real_disk_filling_up_mid_campaign_pauses_and_resumes(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk, sending_context(disk.mount_point / "data") as context:
        rig = SimRig(context, poll_interval=2.0)
        try:
            run_campaign_through_a_full_disk(rig, disk.fill, disk.free_up, lambda: refused_more(rig, 3))
        finally:
            rig.stop()

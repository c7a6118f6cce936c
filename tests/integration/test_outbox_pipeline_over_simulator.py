"""The pipeline's rules over a real pty simulator: urgent in quiet hours, expiry, a CLI send."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sim_rig import SimRig, sending_context, wait_until

from desk_sms.cli import main


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[SimRig]:
    with sending_context(tmp_path / "data") as context:
        made = SimRig(context, poll_interval=2.0)
        yield made
        made.stop()


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

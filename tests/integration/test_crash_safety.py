"""`kill -9` of `desk-sms serve` mid-campaign: nothing sent twice, nothing lost, the unknown marked uncertain.

Everything runs as separate processes, as in the field: two simulator processes (each writing a
ledger of what it accepted) and the engine, which is killed with SIGKILL and started again.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from process_rig import ledger_texts, serve_output, start_serve, start_simulator, wait_for

from desk_sms.context import build_context
from desk_sms.services.outbox import Recipient

CAMPAIGN_SIZE = 300
pytestmark = [pytest.mark.slow, pytest.mark.timeout(400)]


def count_status(db: Path) -> Counter[str]:
    with sqlite3.connect(db, timeout=30) as connection:
        return Counter(
            dict(connection.execute("SELECT status, count(*) FROM outbound_messages GROUP BY status"))
        )


@pytest.fixture
def simulators(tmp_path: Path) -> Iterator[list[tuple[subprocess.Popen[bytes], Path, Path]]]:
    made = [start_simulator(tmp_path, index, f"35693803564{index:04d}") for index in (1, 2)]
    yield made
    for process, _, _ in made:
        process.terminate()
        process.wait(10)


def test_kill_9_mid_campaign_then_restart(tmp_path: Path, simulators: list) -> None:  # type: ignore[type-arg]
    data_dir = tmp_path / "data"
    context = build_context(str(data_dir))
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    for index, (_, port_file, _) in enumerate(simulators, start=1):
        context.modems.add(
            port_file.read_text().strip(),
            name=f"sim{index}",
            min_interval=0.0,
            imei=f"35693803564{index:04d}",
        )
    numbers = [f"+81901111{n:04d}" for n in range(CAMPAIGN_SIZE)]
    context.outbox.create_campaign("crash", [Recipient(n, f"message {i}") for i, n in enumerate(numbers)])
    context.close()
    db = data_dir / "desk-sms.sqlite3"

    engine = start_serve(data_dir)
    wait_for(lambda: count_status(db)["sent"] >= CAMPAIGN_SIZE // 3, 120, "a third of the campaign")
    engine.send_signal(signal.SIGKILL)
    engine.wait(10)
    mid = count_status(db)
    assert mid["sent"] < CAMPAIGN_SIZE, "the engine was killed too late to test anything"

    engine = start_serve(data_dir)
    try:
        wait_for(lambda: count_status(db)["queued"] + count_status(db)["sending"] == 0, 300, "the rest")
    finally:
        engine.send_signal(signal.SIGTERM)
        assert engine.wait(30) == 0, serve_output(data_dir)

    sent = ledger_texts([ledger for _, _, ledger in simulators])
    assert max(sent.values()) == 1, "a message reached a customer twice"
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT body, status FROM outbound_messages").fetchall()
    assert len(rows) == CAMPAIGN_SIZE
    for body, status in rows:
        if status == "sent":
            assert sent[body] == 1, body
        else:
            assert status == "uncertain", (body, status)  # only what was in a modem's hands at the kill
    assert sum(1 for _, status in rows if status == "uncertain") <= 2  # at most one per modem
    assert set(sent) <= {body for body, _ in rows}


def test_sigterm_finishes_the_message_in_hand(tmp_path: Path, simulators: list) -> None:  # type: ignore[type-arg]
    data_dir = tmp_path / "data"
    context = build_context(str(data_dir))
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    _, port_file, _ = simulators[0]
    context.modems.add(port_file.read_text().strip(), name="sim", min_interval=0.0)
    context.outbox.create_campaign("term", [Recipient(f"+81902222{n:04d}", f"t{n}") for n in range(100)])
    context.close()
    db = data_dir / "desk-sms.sqlite3"
    engine = start_serve(data_dir)
    wait_for(lambda: count_status(db)["sent"] >= 10, 60, "some messages sent")
    engine.send_signal(signal.SIGTERM)
    assert engine.wait(30) == 0
    counts = count_status(db)
    assert counts["sending"] == 0 and counts["uncertain"] == 0
    assert counts["sent"] + counts["queued"] == 100
    assert os.path.exists(db)

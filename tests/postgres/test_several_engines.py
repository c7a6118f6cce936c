"""Issue 11's proof: three `desk-sms serve` processes on one PostgreSQL database, four simulated modems.

Everything runs as separate processes, as in an office: four simulator processes (each writes a
ledger of what its network accepted) and three engines. A 1,000-message campaign goes out with no
duplicate and no loss; one engine is killed with SIGKILL half-way, and its modems and the messages
it had in hand pass to the others (unknown → uncertain, never resent).
"""

from __future__ import annotations

import signal
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from process_rig import ledger_texts, serve_output, start_serve, start_simulator, wait_for
from sqlalchemy import create_engine, text

from desk_sms.context import build_context
from desk_sms.services.outbox import Recipient

CAMPAIGN_SIZE = 1000
MODEMS = 4
ENGINES = 3
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture
def simulators(tmp_path: Path) -> Iterator[list[tuple[subprocess.Popen[bytes], Path, Path]]]:
    made = [start_simulator(tmp_path, index, f"35693803565{index:04d}") for index in range(1, MODEMS + 1)]
    yield made
    for process, _, _ in made:
        process.terminate()
        process.wait(10)


@pytest.fixture
def engines() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_three_engines_four_modems_one_killed(
    pg_url: str, tmp_path: Path, simulators: list, engines: list  # type: ignore[type-arg]
) -> None:
    desk = build_context(str(tmp_path / "desk"), db_url=pg_url)  # migrates the empty database
    desk.settings.set("quiet_hours_start", "00:00")
    desk.settings.set("quiet_hours_end", "00:00")
    for index, (_, port_file, _) in enumerate(simulators, start=1):
        desk.modems.add(port_file.read_text().strip(), name=f"sim{index}", min_interval=0.0, daily_limit=1000)
    database = create_engine(pg_url)

    def scalar_rows(sql: str) -> list[tuple]:  # type: ignore[type-arg]
        with database.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]

    def counts() -> Counter[str]:
        return Counter(dict(scalar_rows("SELECT status, count(*) FROM outbound_messages GROUP BY status")))

    def modem_owners() -> dict[str, int]:
        rows = scalar_rows("SELECT owner, pid FROM engine_leases WHERE name LIKE 'modem:%'")
        return dict(Counter(pid for _, pid in rows))

    def output(index: int) -> str:
        return serve_output(tmp_path / f"engine{index}")

    try:
        for index in range(ENGINES):
            engines.append(start_serve(tmp_path / f"engine{index}", "--db", pg_url))
        # The first engine takes all four modems, then gives them up one heartbeat at a time.
        wait_for(lambda: sorted(modem_owners().values()) == [1, 1, 2], 90, "the modems shared out 2/1/1")
        numbers = [f"+81903333{n:04d}" for n in range(CAMPAIGN_SIZE)]
        desk.outbox.create_campaign("office", [Recipient(n, f"shared {i}") for i, n in enumerate(numbers)])

        wait_for(lambda: counts()["sent"] >= CAMPAIGN_SIZE * 3 // 10, 300, "30 % of the campaign sent")
        owners = modem_owners()
        victim = next(p for p in engines if owners.get(p.pid) == 2)  # the engine with two modems
        victim_owner = scalar_rows(f"SELECT owner FROM engine_leases WHERE pid = {victim.pid} LIMIT 1")[0][0]
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        assert counts()["sent"] < CAMPAIGN_SIZE, "the engine was killed too late to test anything"

        survivors = [p for p in engines if p is not victim]
        wait_for(
            lambda: sorted(modem_owners().values()) == [2, 2] and victim.pid not in modem_owners(),
            60,
            "the killed engine's modems handed to the two others",
        )
        wait_for(lambda: counts()["queued"] + counts()["sending"] == 0, 400, "the whole campaign")
        for process in survivors:
            process.send_signal(signal.SIGTERM)
        for index, process in enumerate(engines):
            if process is not victim:
                assert process.wait(60) == 0, output(index)
    finally:
        desk.close()

    sent = ledger_texts([ledger for _, _, ledger in simulators])
    assert max(sent.values()) == 1, "a message reached a customer twice"
    rows = scalar_rows("SELECT body, status, claim_owner, modem_id FROM outbound_messages")
    database.dispose()
    assert len(rows) == CAMPAIGN_SIZE
    uncertain = [(body, owner) for body, status, owner, _ in rows if status == "uncertain"]
    for body, status, _, _ in rows:
        if status == "sent":
            assert sent[body] == 1, body
        else:
            assert status == "uncertain", (body, status)
    # Only what the killed engine had in hand: at most one message per modem it drove.
    assert len(uncertain) <= 2
    assert all(owner == victim_owner for _, owner in uncertain)
    assert set(sent) <= {body for body, _, _, _ in rows}
    assert len({owner for _, _, owner, _ in rows}) == ENGINES  # all three engines sent
    assert len({modem for _, _, _, modem in rows}) == MODEMS  # through all four modems

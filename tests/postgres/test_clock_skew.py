"""Desks whose clocks disagree: leases are judged by the server's clock, so nobody looks dead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fakes import FakeFleet
from sim_rig import wait_until

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.engine.engine import Engine


@pytest.fixture
def server_context(pg_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "desk"), db_url=pg_url, clock=FakeClock())
    yield context
    context.close()


def test_a_desk_whose_clock_is_ten_minutes_behind_keeps_its_modems(server_context: AppContext) -> None:
    fleet = FakeFleet(server_context)
    for name in ("A", "B", "C", "D"):
        fleet.add(name)
    behind = FakeClock(server_context.clock.now() - timedelta(minutes=10))
    engines: list[Engine] = []
    try:
        for owner, clock in (("on-time", server_context.clock), ("behind", behind)):
            context = server_context
            engine = Engine(
                context.database.session_factory, context.events, clock, context.settings,
                driver_factory=fleet.driver_factory(), port_lookup=lambda imei: None, poll_interval=3600,
                owner=owner,
            )
            assert engine.start()
            engines.append(engine)
        wait_until(lambda: sorted(len(e.pool.workers) for e in engines) == [2, 2], timeout=20)
        held = [set(e.pool.workers) for e in engines]
        for _ in range(30):  # many heartbeats (the fake clocks let them turn every few milliseconds)
            for engine in engines:
                engine.share_modems()
        assert [set(e.pool.workers) for e in engines] == held  # no hand-over back and forth
    finally:
        for engine in engines:
            engine.stop(10)

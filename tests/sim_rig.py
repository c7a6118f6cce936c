"""Shared by integration tests: simulated modems on pseudo-terminals, registered as modems, and an engine.

Everything below `modem/` is real: pyserial, python-gsmmodem-new and the AT simulator, as with hardware.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage
from desk_sms.engine.engine import Engine
from modem.simulator import SimulatedModem


def wait_until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Poll `predicate` every 50 ms until it holds; fail the test after `timeout` seconds."""
    pause, waited = threading.Event(), 0.0
    while not predicate():
        assert waited < timeout, "condition not reached in time"
        pause.wait(0.05)
        waited += 0.05


@contextmanager
def sending_context(data_dir: Path) -> Iterator[AppContext]:
    """A real context on `data_dir` with quiet hours off, so tests send whatever the hour."""
    context = build_context(str(data_dir))
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    try:
        yield context
    finally:
        context.close()


class SimRig:
    """Simulators registered (by IMEI) as modems; an engine that can be stopped and started again."""

    def __init__(
        self, context: AppContext, imei_prefix: str = "35693803564", poll_interval: float = 1.0
    ) -> None:
        self.context = context
        self.sims: dict[str, SimulatedModem] = {}
        self.engine: Engine | None = None
        self._imei_prefix = imei_prefix
        self._poll_interval = poll_interval

    def add_sim(self, name: str, **options: object) -> SimulatedModem:
        imei = f"{self._imei_prefix}{len(self.sims):04d}"
        options.setdefault("imsi", f"44010{imei[-10:]}")  # its own SIM: daily limits are per SIM
        sim = SimulatedModem(imei=imei, seed=len(self.sims), **options)  # type: ignore[arg-type]
        self.sims[name] = sim
        self.context.modems.add(sim.start(), name=name, min_interval=0.0, daily_limit=5000, imei=sim.imei)
        return sim

    def start_engine(self, healthy: int | None = None) -> Engine:
        """Start an engine and wait until `healthy` modems (default: all of them) can send."""
        by_imei = {sim.imei: sim for sim in self.sims.values()}
        self.engine = Engine(
            self.context.database.session_factory,
            self.context.events,
            self.context.clock,
            self.context.settings,
            port_lookup=lambda imei: by_imei[imei].port if imei in by_imei else None,
            poll_interval=self._poll_interval,
        )
        assert self.engine.start()
        engine = self.engine
        expected = len(self.sims) if healthy is None else healthy
        wait_until(lambda: len(engine.pool.healthy_ids()) == expected)
        return engine

    def stop_engine(self) -> None:
        if self.engine:
            self.engine.stop()
            self.engine = None

    def stop(self) -> None:
        self.stop_engine()
        for sim in self.sims.values():
            sim.stop()

    def statuses(self) -> Counter[str]:
        return Counter(self.context.outbox.counts_by_status())

    def drained(self) -> bool:
        counts = self.statuses()
        return counts["queued"] + counts["sending"] == 0

    def inbound_count(self) -> int:
        with self.context.database.session_factory() as session:
            return int(session.scalar(select(func.count()).select_from(InboundMessage)) or 0)

"""Starting and stopping the engine for a process (GUI or `serve`), with optional demo modems."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_sms.context import AppContext
from desk_sms.engine.engine import Engine
from desk_sms.engine.lease import LeaseHolder
from modem.discovery import find_port_by_imei

if TYPE_CHECKING:
    from desk_sms.engine.demo import DemoModems

log = logging.getLogger(__name__)


@dataclass
class EngineRuntime:
    """The engine of one process; `driving` is False when another process holds the lease."""

    engine: Engine
    demo: DemoModems | None
    driving: bool

    def holder(self) -> LeaseHolder | None:
        return self.engine.holder()

    def stop(self) -> None:
        self.engine.stop()
        if self.demo:
            self.demo.stop()


def start_engine(
    context: AppContext,
    demo_modems: int = 0,
    poll_interval: float = 30.0,
    demo_send_delay: float = 0.8,
    demo_min_interval: float = 1.0,
    on_stop_requested: Callable[[], None] | None = None,
) -> EngineRuntime:
    demo: DemoModems | None = None
    if demo_modems > 0:  # the simulator is imported only when asked
        from desk_sms.engine.demo import DemoModems

        demo = DemoModems(demo_modems, send_delay=demo_send_delay, min_interval=demo_min_interval)
        demo.start(context.database.session_factory)

    def port_lookup(imei: str) -> str | None:
        found = demo.port_for(imei) if demo else None
        return found or find_port_by_imei(imei)

    engine = Engine(
        context.database.session_factory,
        context.events,
        context.clock,
        context.settings,
        port_lookup=port_lookup,
        poll_interval=poll_interval,
        on_stop_requested=on_stop_requested,
    )
    driving = engine.start()
    if not driving and demo:
        demo.stop()  # the other engine drives the modems; our simulators would only sit idle
        demo = None
    return EngineRuntime(engine, demo, driving)

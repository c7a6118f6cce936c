"""Run under tests/windows_like/sitecustomize.py: the `--demo` engine sends and receives without ptys.

What `desk-sms gui --demo N` and `serve --demo N` start (`start_engine(context, demo_modems=N)`), on the
data directory given as the first argument; prints one line per proof and exits 0, or fails an assert.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from collections.abc import Callable

from sqlalchemy import select

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage
from desk_sms.engine.runtime import start_engine

CUSTOMER = "+819012345678"
REPLY = "デモの返信です"
TIMEOUT_S = 60.0


def main(data_dir: str) -> None:
    for name in ("tty", "pty"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        raise AssertionError(f"{name} could be imported: the Windows-like interpreter is not in place")
    assert not hasattr(os, "openpty")
    context = build_context(data_dir)
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    changed = threading.Event()
    context.events.subscribe(lambda event: changed.set())
    runtime = start_engine(context, demo_modems=2, demo_send_delay=0.0)
    try:
        assert runtime.driving and runtime.demo is not None
        ports = [sim.port for sim in runtime.demo.simulators]
        print("demo modems on", ", ".join(str(port) for port in ports), flush=True)
        wait(changed, lambda: len(runtime.engine.pool.healthy_ids()) == 2, "both demo modems ready")
        message_id = context.outbox.enqueue(CUSTOMER, "デモの送信です")
        runtime.engine.wake()
        wait(changed, lambda: context.outbox.get(message_id).status == "delivered", "sent and delivered")
        print("sent and delivered:", message_id, flush=True)
        runtime.demo.simulators[0].receive_sms(CUSTOMER, REPLY)
        wait(changed, lambda: REPLY in inbox_bodies(context), "the reply in the inbox")
        print("received:", REPLY, flush=True)
    finally:
        runtime.stop()
        context.close()


def inbox_bodies(context: AppContext) -> list[str]:
    with context.database.session() as session:
        return list(session.scalars(select(InboundMessage.body)))


def wait(changed: threading.Event, predicate: Callable[[], bool], what: str) -> None:
    """Re-check after every core event (and twice a second, for state no event announces)."""
    deadline = time.monotonic() + TIMEOUT_S
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        changed.wait(0.5)
        changed.clear()


if __name__ == "__main__":
    main(sys.argv[1])

"""The engine lease: one driver per database; taken over when its holder died or went silent."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

from desk_sms.context import AppContext
from desk_sms.db.models import EngineLease
from desk_sms.engine.lease import STALE_AFTER, Lease


def test_only_one_holder_at_a_time(context: AppContext) -> None:
    factory, now = context.database.session_factory, context.clock.now()
    first, second = Lease(factory, "first"), Lease(factory, "second")
    assert first.acquire(now)
    assert not second.acquire(now)
    assert first.renew(now + timedelta(seconds=5))
    first.release()
    assert second.acquire(now)
    assert not first.renew(now)  # the first one learns it lost the lease


def test_silent_holder_is_taken_over_after_the_stale_time(context: AppContext) -> None:
    factory, now = context.database.session_factory, context.clock.now()
    with context.database.session() as session:  # a holder on another computer
        session.add(EngineLease(name="engine", owner="elsewhere", host="desk-2", pid=1, heartbeat_at=now))
    lease = Lease(factory, "here")
    assert not lease.acquire(now + STALE_AFTER - timedelta(seconds=1))
    assert lease.acquire(now + STALE_AFTER + timedelta(seconds=1))


def test_holder_killed_on_this_computer_is_taken_over_at_once(context: AppContext) -> None:
    import socket

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    now = context.clock.now()
    with context.database.session() as session:
        session.add(EngineLease(name="engine", owner="crashed", host=socket.gethostname(), pid=dead_pid,
                                heartbeat_at=now))
    assert Lease(context.database.session_factory, "restarted").acquire(now)

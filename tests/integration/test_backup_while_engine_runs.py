"""A backup taken while the engine sends is a consistent snapshot, and restoring it loses nothing.

The engine drives two simulated modems through pseudo-terminals and writes message states,
parts and delivery reports while SQLite's online backup copies the database.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_sms.context import AppContext, build_context
from desk_sms.engine.runtime import EngineRuntime, start_engine
from desk_sms.events import MessageStateChanged
from desk_sms.services.backups import BackupService, EngineRunning

pytestmark = pytest.mark.timeout(120)
MESSAGES = 40
WAIT_S = 60.0
VOLATILE_TABLES = ("engine_leases",)  # a restore voids the lease of the engine that ran at backup time


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    ctx = build_context(str(tmp_path / "data"))
    ctx.settings.set("quiet_hours_start", "00:00")
    ctx.settings.set("quiet_hours_end", "00:00")
    yield ctx
    ctx.close()


@pytest.fixture
def runtime(context: AppContext) -> Iterator[EngineRuntime]:
    started = start_engine(
        context, demo_modems=2, poll_interval=5.0, demo_send_delay=0.3, demo_min_interval=0.3
    )
    context.closers.append(started.stop)
    yield started
    started.stop()


def backups_of(context: AppContext) -> BackupService:
    return BackupService(
        context.database,
        context.paths.backups,
        context.clock,
        lambda: context.settings.get("backup_retention_days"),
    )


def dump(path: Path) -> list[str]:
    """Every row of every table as SQL text, lease table left out."""
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
    return sorted(line for line in lines if not any(f'"{t}"' in line for t in VOLATILE_TABLES))


def wait_sent(context: AppContext, count: int) -> None:
    """Wait (woken by each state change, at most WAIT_S) until `count` messages went out."""
    changed = threading.Event()
    unsubscribe = context.events.subscribe(
        lambda event: changed.set() if isinstance(event, MessageStateChanged) else None
    )
    deadline = time.monotonic() + WAIT_S
    try:
        while sent_count(context) < count:
            assert time.monotonic() < deadline, f"only {context.outbox.counts_by_status()} after {WAIT_S}s"
            changed.wait(1.0)
            changed.clear()
    finally:
        unsubscribe()


def sent_count(context: AppContext) -> int:
    counts = context.outbox.counts_by_status()
    return counts.get("sent", 0) + counts.get("delivered", 0)


def consistent(path: Path) -> None:
    """Every message the snapshot calls sent has all its parts with references."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        missing = conn.execute(
            """SELECT m.id FROM outbound_messages m
               WHERE m.status IN ('sent', 'delivered')
               AND (SELECT count(*) FROM outbound_parts p WHERE p.message_id = m.id) < m.part_count"""
        ).fetchall()
        assert missing == []
        assert conn.execute("SELECT count(*) FROM outbound_messages").fetchone()[0] == MESSAGES


def test_backup_during_sending_then_restore_loses_nothing(
    context: AppContext, runtime: EngineRuntime
) -> None:
    assert runtime.driving
    for n in range(MESSAGES):
        context.outbox.enqueue(f"+81905555{n:04d}", f"バックアップ試験 {n}")
    wait_sent(context, 5)
    assert sent_count(context) < MESSAGES, "the engine is still sending while we back up"
    backups = backups_of(context)
    snapshot = backups.back_up_now().path  # the engine is still sending the rest
    assert backups.check_backup(snapshot)
    consistent(snapshot)
    snapshot_rows = dump(snapshot)

    with pytest.raises(EngineRunning):
        backups.restore(snapshot)

    runtime.stop()
    live_before_restore = dump(context.paths.database)
    result = backups.restore(snapshot)
    assert dump(result.previous_kept_at) == live_before_restore, "the replaced database is kept whole"
    context.close()

    reopened = build_context(str(context.paths.root))
    try:
        restored = dump(reopened.paths.database)
        restore_entries = [line for line in restored if "'backup.restore'" in line]
        assert len(restore_entries) == 1, "the restore itself is audited in the restored database"
        assert [line for line in restored if line not in restore_entries] == snapshot_rows, (
            "apart from that entry, the restored database is the snapshot"
        )
    finally:
        reopened.close()

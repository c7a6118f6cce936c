"""Backups: on demand and daily (clock-driven, no sleeping), retention by days, checked restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import EngineLease, OutboundMessage
from desk_sms.errors import DatabaseTooNew
from desk_sms.services.backups import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupService,
    EngineRunning,
    NotABackup,
)

HOUR = 3600.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 3, 0, tzinfo=UTC))


@pytest.fixture
def context(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = build_context(str(data_dir), clock=clock)
    yield ctx
    ctx.close()


@pytest.fixture
def backups(context: AppContext, clock: FakeClock) -> BackupService:
    return BackupService(
        context.database, context.paths.backups, clock, lambda: context.settings.get("backup_retention_days")
    )


def add_messages(context: AppContext, count: int, start: int = 0) -> None:
    rows = [{"to_number": f"+8190{start + n:08d}", "body": f"m{start + n}"} for n in range(count)]
    with context.database.session() as session:
        session.execute(insert(OutboundMessage), rows)


def message_count(context: AppContext) -> int:
    with context.database.session_factory() as session:
        return int(session.scalar(select(func.count(OutboundMessage.id))) or 0)


def rows_in(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM outbound_messages").fetchone()[0])


def test_back_up_now_copies_everything(context: AppContext, backups: BackupService) -> None:
    add_messages(context, 25)
    made = backups.back_up_now()
    assert made.reason == MANUAL and made.path.parent == context.paths.backups
    assert rows_in(made.path) == 25
    assert backups.check_backup(made.path)
    again = backups.back_up_now()
    assert again.path != made.path, "a second backup in the same second does not overwrite the first"
    assert [b.path for b in backups.list_backups()].count(made.path) == 1


def test_daily_backup_runs_once_a_day(backups: BackupService, clock: FakeClock) -> None:
    first = backups.run_if_due()
    assert first is not None and first.reason == DAILY
    assert backups.run_if_due() is None
    clock.advance(23 * HOUR)
    assert backups.run_if_due() is None
    clock.advance(HOUR)
    second = backups.run_if_due()
    assert second is not None and second.made_at > first.made_at


def test_retention_removes_old_daily_backups_only(
    context: AppContext, backups: BackupService, clock: FakeClock
) -> None:
    context.settings.set("backup_retention_days", 3)
    manual = backups.back_up_now()
    for _day in range(6):
        backups.run_if_due()
        clock.advance(24 * HOUR)
    days = sorted(b.made_at.day for b in backups.list_backups() if b.reason == DAILY)
    assert days == [12, 13, 14, 15], "the last run (15th) removed those more than three days old"
    assert manual.path.exists(), "retention applies to daily backups, not to ones made by hand"


def test_retention_keeps_the_newest_even_when_old(
    context: AppContext, backups: BackupService, clock: FakeClock
) -> None:
    context.settings.set("backup_retention_days", 1)
    made = backups.back_up_now(DAILY)
    clock.advance(30 * 24 * HOUR)
    assert backups.prune() == []
    assert made.path.exists()


def test_check_refuses_what_is_not_a_desk_sms_backup(backups: BackupService, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path in (text, empty, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(NotABackup):
            backups.check_backup(path)


def test_check_refuses_a_damaged_file(context: AppContext, backups: BackupService) -> None:
    add_messages(context, 500)
    damaged = backups.back_up_now().path
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[page * 2 : page * 4] = b"\xff" * (page * 2)  # overwrite table pages, keep the header
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotABackup):
        backups.check_backup(damaged)


def test_check_refuses_a_newer_schema(backups: BackupService) -> None:
    newer = backups.back_up_now().path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(DatabaseTooNew):
        backups.check_backup(newer)


def test_restore_round_trip_keeps_the_replaced_database(context: AppContext, backups: BackupService) -> None:
    add_messages(context, 10)
    snapshot = backups.back_up_now().path
    add_messages(context, 5, start=100)
    assert message_count(context) == 15
    result = backups.restore(snapshot)
    assert message_count(context) == 10, "the database is the backup again"
    assert rows_in(result.previous_kept_at) == 15, "nothing of the replaced database is lost"
    assert result.previous_kept_at.name.startswith(f"desk-sms-{BEFORE_RESTORE}-")


def test_restore_refuses_while_an_engine_runs(
    context: AppContext, backups: BackupService, clock: FakeClock
) -> None:
    add_messages(context, 3)
    snapshot = backups.back_up_now().path
    add_messages(context, 2, start=100)
    with context.database.session() as session:
        session.add(EngineLease(name="engine", owner="other", heartbeat_at=clock.now()))
    with pytest.raises(EngineRunning):
        backups.restore(snapshot)
    assert message_count(context) == 5, "a refused restore changes nothing"
    clock.advance(120)  # that engine died long ago: its heartbeat went stale
    backups.restore(snapshot)
    assert message_count(context) == 3


def test_restore_of_a_bad_file_changes_nothing(
    context: AppContext, backups: BackupService, tmp_path: Path
) -> None:
    add_messages(context, 4)
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    with pytest.raises(NotABackup):
        backups.restore(bad)
    assert message_count(context) == 4

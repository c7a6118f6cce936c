"""The daily backup beside the engine: one a day with retention, only by the engine-lease holder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from process_rig import wait_for

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.engine.daily_backup import DailyBackup, start_daily_backup
from desk_sms.engine.engine import Engine
from desk_sms.engine.lease import Lease
from desk_sms.services.backups import DAILY, BackupService

DAY = 24 * 3600.0
WAIT_SECONDS = 30.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 3, 0, tzinfo=UTC))


@pytest.fixture
def context(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = build_context(str(data_dir), clock=clock)
    yield ctx
    ctx.close()


def daily_days(service: BackupService) -> list[int]:
    return sorted(b.made_at.day for b in service.list_backups() if b.reason == DAILY)


def holds(lease: Lease) -> bool:
    holder = lease.holder()
    return holder is not None and holder.owner == lease.owner


def test_only_the_lease_holder_backs_up_once_a_day_with_retention(
    context: AppContext, clock: FakeClock
) -> None:
    """Two processes on one data directory (the GUI and `serve`): one daily backup between them."""
    context.settings.set("backup_retention_days", 3)
    factory = context.database.session_factory
    gui_lease, serve_lease = Lease(factory, "gui"), Lease(factory, "serve")
    assert serve_lease.acquire(clock.now()) and not gui_lease.acquire(clock.now())
    # Each process has its own service on the same database and folder.
    gui_service = BackupService(context.database, context.paths.backups, clock, lambda: 3)
    gui = DailyBackup(gui_service, clock, lambda: holds(gui_lease))
    serve = DailyBackup(context.backups, clock, lambda: holds(serve_lease))
    made = []
    for _day in range(6):
        for _check in range(3):  # hourly checks within the day find nothing more to do
            assert gui.check() is None, "the process without the engine lease never backs up"
            made.append(serve.check())
            serve_lease.renew(clock.now())
            clock.advance(3600)
        clock.advance(DAY - 3 * 3600)
    assert [m.made_at.day for m in made if m is not None] == [10, 11, 12, 13, 14, 15]
    assert daily_days(context.backups) == [13, 14, 15], "on the 15th at 05:00 the 12th is over 3 days old"


def test_the_thread_follows_the_clock_and_stops(context: AppContext, clock: FakeClock) -> None:
    engine = Engine(context.database.session_factory, context.events, clock, context.settings)
    assert engine.start()
    context.closers.append(engine.stop)
    daily = start_daily_backup(context, engine)
    context.closers.append(daily.stop)
    wait_for(lambda: daily_days(context.backups) == [10], WAIT_SECONDS, "the first daily backup")
    clock.advance(DAY)
    wait_for(lambda: daily_days(context.backups) == [10, 11], WAIT_SECONDS, "the next day's backup")
    daily.stop()
    clock.advance(DAY)
    assert daily.check() is not None, "check() still works by hand"
    assert daily_days(context.backups) == [10, 11, 12]


def test_a_failed_backup_is_remembered_and_retried(
    context: AppContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    daily = DailyBackup(context.backups, clock, lambda: True)

    def disk_full(source: Path, destination: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desk_sms.db.sqlite.online_backup", disk_full)
    with pytest.raises(OSError):
        daily.check()
    assert context.backups.daily_failure is not None and "No space left" in context.backups.daily_failure
    monkeypatch.undo()
    assert daily.check() is not None
    assert context.backups.daily_failure is None


class _ServerDatabase:
    """What BackupService sees of a PostgreSQL database: no file."""

    sqlite_path = None
    shown_url = "postgresql://desk@server/desk_sms"
    session_factory = None  # never opened: nothing is backed up or audited


def test_no_daily_backup_on_a_database_server(tmp_path: Path, clock: FakeClock) -> None:
    service = BackupService(_ServerDatabase(), tmp_path / "backups", clock, lambda: 7)  # type: ignore[arg-type]
    daily = DailyBackup(service, clock, lambda: True)
    assert not service.available
    assert not daily.start(), "no thread for a database server"
    assert daily.check() is None
    assert not (tmp_path / "backups").exists()

"""The daily backup checks free space first: no room means a clear warning and no half-written file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from process_rig import wait_for
from small_disk import small_disk

from desk_sms.context import AppContext, build_context
from desk_sms.engine.daily_backup import DailyBackup
from desk_sms.services.backups import BackupService, NoRoomForBackup


def backup_service(context: AppContext, free: int | None) -> BackupService:
    return BackupService(
        context.database, context.paths.backups, context.clock, lambda: 14, free_space=lambda _folder: free
    )


def test_no_room_is_refused_before_writing_and_remembered(context: AppContext) -> None:
    service = backup_service(context, free=300_000)
    with pytest.raises(NoRoomForBackup) as refused:
        service.run_if_due()
    assert "has 293 KB free and a backup needs about" in refused.value.message
    assert str(context.paths.backups) in refused.value.message
    assert service.list_backups() == [] and list(context.paths.backups.iterdir()) == []
    assert service.daily_failure == refused.value.message  # the Settings page shows it


def test_the_daily_thread_warns_without_a_traceback(
    context: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    service = backup_service(context, free=0)
    daily = DailyBackup(service, context.clock, lambda: True, check_every=3600)
    with caplog.at_level(logging.WARNING, logger="desk_sms.engine.daily_backup"):
        assert daily.start()
        wait_for(lambda: service.daily_failure is not None, 30, "the first daily check")
        daily.stop()
    warnings = [r for r in caplog.records if r.name == "desk_sms.engine.daily_backup"]
    assert warnings  # one per hourly try (the fake clock's hours pass in milliseconds)
    for warning in warnings:
        assert warning.levelno == logging.WARNING and warning.exc_info is None
        assert "the daily backup was not made: No backup was made: the disk holding" in warning.getMessage()


def test_enough_room_makes_the_backup(context: AppContext) -> None:
    service = backup_service(context, free=10**10)
    made = service.run_if_due()
    assert made is not None and made.path.exists() and service.daily_failure is None


def test_a_real_full_disk_gets_the_warning_not_a_half_backup(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_mb=4) as disk:
        context = build_context(str(disk.mount_point / "data"))
        try:
            disk.fill()
            with pytest.raises(NoRoomForBackup):
                context.backups.run_if_due()
            assert list(context.paths.backups.iterdir()) == []
            disk.free_up()
            assert context.backups.run_if_due() is not None
        finally:
            context.close()

"""Settings → Backups: the engine's daily backup shown, back up now, retention, restore."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, OutboundMessage
from desk_sms.engine.runtime import start_engine
from desk_sms.services.backups import DAILY, MANUAL, BackupInfo, NoRoomForBackup
from ui.app import attach_engine
from ui.pages.settings import SettingsPage
from ui.pages.settings_backups import BackupGroup

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000
ENGINE_START_MS = 90_000  # a `desk-sms serve` process: start-up and migrations on a busy machine


def message_count(context: AppContext) -> int:
    with context.database.session_factory() as session:
        return int(session.scalar(select(func.count(OutboundMessage.id))) or 0)


def add_messages(context: AppContext, count: int) -> None:
    with context.database.session() as session:
        session.execute(
            insert(OutboundMessage),
            [{"to_number": f"+8190777{n:05d}", "body": "x", "status": "cancelled"} for n in range(count)],
        )


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer Yes and record their text instead of blocking."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture
def group(make_window: Any, english: None, qtbot: QtBot) -> BackupGroup:
    window = make_window().window
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    found = page.backups
    qtbot.waitUntil(lambda: "No backup yet" in found.last_backup.text(), timeout=WAIT_MS)
    return found


def test_the_engine_process_takes_the_daily_backup_and_the_group_shows_it(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    parts = make_window()
    page = parts.window.page("settings")
    assert isinstance(page, SettingsPage)
    group = page.backups
    supervisor = attach_engine(gui_context, parts)  # what `desk-sms gui` does: `desk-sms serve` starts
    try:
        qtbot.waitUntil(lambda: bool(gui_context.backups.list_backups()), timeout=ENGINE_START_MS)
        assert [b.reason for b in gui_context.backups.list_backups()] == [DAILY], "the first start makes one"
        with qtbot.waitSignal(group.listed, timeout=WAIT_MS):
            group.reread()  # what showing the group, and then its timer, do
        assert "Last backup" in group.last_backup.text() and "1 backup in" in group.last_backup.text()
        assert not any(t.name == "daily-backup" for t in threading.enumerate()), "not in the window"
    finally:
        supervisor.stop_engine()
    assert supervisor.child is None and supervisor.state == "stopped"


def test_back_up_now(group: BackupGroup, gui_context: AppContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(group.backed_up, timeout=WAIT_MS) as made:
        group.back_up_button.click()
    info: BackupInfo = made.args[0]
    assert info.reason == MANUAL and info.path.exists()
    qtbot.waitUntil(lambda: "1 backup in" in group.last_backup.text(), timeout=WAIT_MS)
    with gui_context.database.session_factory() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "backup.create" in actions


def test_a_failed_daily_backup_is_shown_without_a_dialog(
    group: BackupGroup,
    gui_context: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    recorded_dialogs: list[QMessageBox],
) -> None:
    def disk_full(source: Any, destination: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desk_sms.db.sqlite.online_backup", disk_full)
    with pytest.raises(OSError):
        gui_context.backups.run_if_due()  # as the daily backup thread would
    with qtbot.waitSignal(group.listed, timeout=WAIT_MS):
        group.reread()
    assert "The daily backup failed" in group.last_backup.text()
    assert "No space left" in group.last_backup.text()
    assert recorded_dialogs == []


def test_retention_is_saved(group: BackupGroup, gui_context: AppContext) -> None:
    form = group.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(group.retention)
    assert isinstance(label, QLabel) and label.text() == "Keep daily backups for"  # named on screen
    group.retention.setValue(30)
    assert gui_context.settings.get("backup_retention_days") == 30


def test_restore_stops_the_engine_restores_and_closes(
    group: BackupGroup, gui_context: AppContext, qtbot: QtBot, answers: list[str]
) -> None:
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    add_messages(gui_context, 3)
    with qtbot.waitSignal(group.backed_up, timeout=WAIT_MS) as made:
        group.back_up_now()
    snapshot = made.args[0].path
    add_messages(gui_context, 4)
    runtime = start_engine(gui_context, demo_modems=1, poll_interval=5.0)
    gui_context.closers.append(runtime.stop)
    assert runtime.driving
    quits: list[bool] = []
    group.quit_app = lambda: quits.append(True)
    with qtbot.waitSignal(group.restored, timeout=WAIT_MS):
        group.check_then_restore(snapshot)
    assert not gui_context.closers, "the engine of this window was stopped first"
    assert message_count(gui_context) == 3
    assert quits == [True], "the app closes so it starts again on the restored database"
    assert any("restored" in text for text in answers)


def test_a_bad_file_is_refused_before_anything_changes(
    group: BackupGroup,
    gui_context: AppContext,
    qtbot: QtBot,
    tmp_path: Any,
    recorded_dialogs: list[QMessageBox],
) -> None:
    add_messages(gui_context, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    group.check_then_restore(bad)
    qtbot.waitUntil(lambda: bool(recorded_dialogs), timeout=WAIT_MS)
    assert "cannot be restored" in recorded_dialogs[0].text()
    assert message_count(gui_context) == 2


def test_no_room_for_a_backup_is_said_by_the_window_itself(
    group: BackupGroup, gui_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup runs in the engine process: the window looks at the disk itself."""
    gui_context.backups.back_up_now()  # yesterday's backup, say
    monkeypatch.setattr(gui_context.backups, "_free_space", lambda _folder: 4096)
    with qtbot.waitSignal(group.listed, timeout=WAIT_MS):
        group.reread()
    last, no_room = group.last_backup.text().split("\n")
    assert last.startswith("Last backup ") and "1 backup in" in last
    folder = gui_context.paths.backups
    assert no_room.startswith(f"No room for a backup: the disk holding {folder} has 4 KB free")
    assert "a backup needs about" in no_room and no_room.endswith("until then no daily backup is made.")
    with pytest.raises(NoRoomForBackup):  # what the engine process's daily backup meets
        gui_context.backups.run_if_due()
    assert len(list(gui_context.paths.backups.iterdir())) == 1  # nothing half-written
    monkeypatch.setattr(gui_context.backups, "_free_space", lambda _folder: 10**10)  # space freed
    with qtbot.waitSignal(group.listed, timeout=WAIT_MS):
        group.reread()
    assert "No room" not in group.last_backup.text()

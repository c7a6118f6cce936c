"""The Backups group on the Settings page: daily backup at start, back up now, retention, restore."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, OutboundMessage
from desk_sms.engine.runtime import start_engine
from desk_sms.services.backups import DAILY, MANUAL, BackupInfo
from ui.pages.settings import SettingsPage
from ui.pages.settings_backups import BackupGroup

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000


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
    qtbot.waitUntil(lambda: bool(found.service.list_backups()), timeout=WAIT_MS)
    return found


def test_daily_backup_at_start_and_back_up_now(
    group: BackupGroup, gui_context: AppContext, qtbot: QtBot
) -> None:
    assert [b.reason for b in group.service.list_backups()] == [DAILY], "the first start makes a daily backup"
    with qtbot.waitSignal(group.backed_up, timeout=WAIT_MS) as made:
        group.back_up_button.click()
    info: BackupInfo = made.args[0]
    assert info.reason == MANUAL and info.path.exists()
    assert "2 backups" in group.last_backup.text()
    with gui_context.database.session_factory() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "backup.create" in actions


def test_retention_is_saved(group: BackupGroup, gui_context: AppContext) -> None:
    label = group.layout().labelForField(group.retention)
    assert label is not None and label.text() == "Keep daily backups for"  # the field is named on screen
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

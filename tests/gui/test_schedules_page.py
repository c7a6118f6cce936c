"""The Schedules page: schedules with next runs, editor, enable/disable, preview, agenda, missed runs,
appointments with their confirmation state and reminder rules."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext
from desk_sms.db.models import ScheduleRun
from desk_sms.domain.recurrence import LAST_DAY, Rule, RuleKind
from desk_sms.services.appointments import AppointmentsService
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.schedules import ScheduleDraft, SchedulesService
from ui.dialogs.appointment_editor import ReminderRuleEditor
from ui.dialogs.schedule_editor import ScheduleEditor
from ui.main_window import MainWindow
from ui.pages.schedules import SchedulesPage, describe_rule

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 20_000


@pytest.fixture
def group_id(gui_context: AppContext) -> int:
    group = GroupsService(gui_context.database.session_factory).create_group("中3")
    contacts = ContactsService(gui_context.database.session_factory)
    contacts.create(ContactDraft("青木", phones=("090-3333-0001",), group_ids=(group,)))
    contacts.create(ContactDraft("伊藤", phones=("090-3333-0002",), group_ids=(group,)))
    return group


@pytest.fixture
def page(make_window: Any, english: None, group_id: int) -> SchedulesPage:
    window: MainWindow = make_window().window
    window.show_page("schedules")
    window.show()
    built = window.page("schedules")
    assert isinstance(built, SchedulesPage), "the Schedules page is registered in the main window"
    return built


def texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def service(context: AppContext) -> SchedulesService:
    return SchedulesService(context.database.session_factory, context.events, context.clock, context.settings)


def test_a_schedule_made_in_the_editor_shows_with_its_next_run_and_agenda(
    page: SchedulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, gui_context: AppContext
) -> None:
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=WAIT_MS)

    def fill(editor: ScheduleEditor) -> int:
        editor.name_edit.setText("月謝")
        editor.kind_combo.setCurrentIndex(3)  # every month
        editor.last_day_box.setChecked(True)
        editor.body_edit.setPlainText("{氏名}様 月謝のお知らせです")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ScheduleEditor, "exec", fill)
    page.new_schedule()
    qtbot.waitUntil(lambda: texts(page.schedule_table, 0) == ["月謝"], timeout=WAIT_MS)
    info = service(gui_context).list_all()[0]
    assert info.draft.rule == Rule(RuleKind.MONTHLY, at=time(10, 0), day=LAST_DAY)
    assert texts(page.schedule_table, 1) == ["Every month on the last day at 10:00"]
    assert texts(page.schedule_table, 2) == ["中3"]
    assert texts(page.schedule_table, 3) == [page._local(info.next_run_at)]
    agenda = service(gui_context).agenda(14)  # the month's last day may or may not fall within 14 days
    assert texts(page.agenda_table, 0) == [page._local(due) for due, _ in agenda]
    assert set(texts(page.agenda_table, 1)) <= {"月謝"}

    page.schedule_table.selectRow(0)
    page.preview_schedule()
    qtbot.waitUntil(lambda: page.preview_table.rowCount() == 2, timeout=WAIT_MS)
    assert texts(page.preview_table, 2) == ["青木様 月謝のお知らせです", "伊藤様 月謝のお知らせです"]

    page.toggle_schedule()
    qtbot.waitUntil(lambda: texts(page.schedule_table, 4) == ["Disabled"], timeout=WAIT_MS)
    assert texts(page.schedule_table, 3) == ["—"]
    assert page.agenda_table.rowCount() == 0


def test_missed_runs_are_told_and_appointments_follow_replies(
    page: SchedulesPage, qtbot: QtBot, gui_context: AppContext, group_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedule_id = service(gui_context).save(ScheduleDraft("週報", Rule(RuleKind.WEEKLY, weekdays=(0,)),
                                                          body="今週のお知らせ", group_id=group_id))
    with gui_context.database.session() as session:
        session.add(ScheduleRun(schedule_id=schedule_id, run_key="k", status="missed",
                                due_at=datetime.now(UTC) - timedelta(days=1)))
    appointments = AppointmentsService(gui_context.database.session_factory, gui_context.events,
                                       gui_context.clock)
    contact_id = ContactsService(gui_context.database.session_factory).search_ids("青木")[0]
    visit = appointments.save(contact_id, datetime.now(UTC) + timedelta(days=2), place="本院")
    page.refresh()
    qtbot.waitUntil(lambda: page.missed_label.isVisible(), timeout=WAIT_MS)
    assert "週報" in page.missed_label.text()
    qtbot.waitUntil(lambda: texts(page.appointment_table, 3) == ["Scheduled"], timeout=WAIT_MS)
    assert texts(page.appointment_table, 1) == ["青木"]

    appointments.set_status(visit, "cancelled")  # as a キャンセル reply would, from the engine
    qtbot.waitUntil(lambda: texts(page.appointment_table, 3) == ["Cancelled"], timeout=WAIT_MS)

    def fill(editor: ReminderRuleEditor) -> int:
        editor.name_edit.setText("前日")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ReminderRuleEditor, "exec", fill)
    page.new_reminder()
    qtbot.waitUntil(lambda: texts(page.reminder_table, 0) == ["前日"], timeout=WAIT_MS)
    assert texts(page.reminder_table, 1) == ["1 day before at 18:00"]
    assert [info.id for info in service(gui_context).list_all()] == [schedule_id]  # rules are not schedules


def test_describe_rule_in_english(app: Any, english: None) -> None:
    assert describe_rule(Rule(RuleKind.WEEKLY, at=time(8, 0), weekdays=(0, 3))) == \
        "Every week on Mon, Thu at 08:00"
    assert describe_rule(Rule(RuleKind.MONTHLY, day=25)) == "Every month on day 25 at 10:00"


def test_appointments_imported_from_a_file_show_with_a_summary(
    page: SchedulesPage, qtbot: QtBot, tmp_path: Path
) -> None:
    roster = tmp_path / "予約.csv"
    roster.write_text("氏名,予約日,時間,場所\n青木,2031/4/1,10:00,本院\n誰か,2031/4/2,10:00,本院\n",
                      encoding="utf-8-sig")
    page.import_file(str(roster))
    qtbot.waitUntil(lambda: page.appointment_table.rowCount() == 1, timeout=WAIT_MS)
    assert texts(page.appointment_table, 1) == ["青木"]
    assert page.import_label.text() == "1 imported, 0 already there. row 3: no such contact"

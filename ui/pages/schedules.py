"""The Schedules page: every schedule with its next run, the agenda of the coming days, a dry-run
preview, and the appointments with their reminder and confirmation state.

Everything is read in one background call and shown in small tables (schedules and upcoming
appointments are few; the table never holds the message history). Changes made here, by the
engine (a run, a confirm/cancel reply) or on another desk arrive as events and refresh the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.recurrence import LAST_DAY, Rule, RuleKind
from desk_sms.events import DataChanged
from desk_sms.importing.appointment_import import AppointmentImportResult, import_appointments
from desk_sms.services.appointments import AppointmentInfo, AppointmentsService, ReminderRule
from desk_sms.services.compose_recipients import SourceChoices, source_choices
from desk_sms.services.contacts import ContactsService
from desk_sms.services.schedules import RunInfo, RunPlan, ScheduleInfo, SchedulesService
from ui.dialogs.appointment_editor import AppointmentEditor, ReminderRuleEditor
from ui.dialogs.schedule_editor import WEEKDAY_NAMES, ScheduleEditor
from ui.errors import show_error
from ui.pages.deps import PageDeps
from ui.style import named
from ui.tasks import run_in_background

REFRESH_DELAY_MS = 300
translate = QCoreApplication.translate  # called with literal texts, so pyside6-lupdate finds them
AGENDA_DAYS = 14
MISSED_LOOKBACK = timedelta(days=7)
TOPICS = ("schedules", "appointments", "contacts", "groups")


@dataclass(frozen=True)
class Snapshot:
    schedules: list[ScheduleInfo]
    agenda: list[tuple[datetime, ScheduleInfo]]
    missed: list[RunInfo]
    appointments: list[AppointmentInfo]
    rules: list[ReminderRule]
    choices: SourceChoices


def describe_rule(rule: Rule) -> str:
    """The repeat column, in the user's language."""
    at = rule.at.strftime("%H:%M")
    if rule.kind is RuleKind.ONCE:
        return translate("Schedules", "Once, {when}").format(
            when=rule.once_at.strftime("%Y-%m-%d %H:%M") if rule.once_at else ""
        )
    if rule.kind is RuleKind.DAILY:
        text = translate("Schedules", "Every day at {time}").format(time=at)
    elif rule.kind is RuleKind.WEEKLY:
        names = (QCoreApplication.translate("ScheduleEditor", WEEKDAY_NAMES[d]) for d in rule.weekdays)
        days = ", ".join(names)
        text = translate("Schedules", "Every week on {days} at {time}").format(days=days, time=at)
    elif rule.day == LAST_DAY:
        text = translate("Schedules", "Every month on the last day at {time}").format(time=at)
    else:
        text = translate("Schedules", "Every month on day {day} at {time}").format(day=rule.day, time=at)
    if rule.end is not None:
        text += translate("Schedules", ", until {date}").format(date=rule.end.isoformat())
    return text


def status_text(status: str) -> str:
    texts = {
        "scheduled": translate("Schedules", "Scheduled"),
        "confirmed": translate("Schedules", "Confirmed"),
        "cancelled": translate("Schedules", "Cancelled"),
        "queued": translate("Schedules", "waiting"),
        "sending": translate("Schedules", "sending"),
        "sent": translate("Schedules", "sent"),
        "delivered": translate("Schedules", "delivered"),
        "failed": translate("Schedules", "failed"),
        "skipped": translate("Schedules", "skipped"),
    }
    return texts.get(status, status)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Rows of (id kept on the first cell, texts)."""
    table.setRowCount(len(rows))
    for row, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, column, item)


def _selected(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class SchedulesPage(QWidget):
    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        context = deps.context
        factory = context.database.session_factory
        self.context = context
        self.schedules = SchedulesService(
            factory, context.events, context.clock, context.settings, context.users
        )
        self.appointments = AppointmentsService(factory, context.events, context.clock, context.users)
        self.contacts = ContactsService(factory, context.events, context.clock, users=context.users)
        self.snapshot: Snapshot | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        deps.bridge.data_changed.connect(self._on_data_changed)
        deps.bridge.inbound_received.connect(lambda _event: self._refresh_timer.start())
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.missed_label = named(QLabel(), "missedRuns")
        self.missed_label.setWordWrap(True)
        self.missed_label.hide()
        layout.addWidget(self.missed_label)
        self.tabs = named(QTabWidget(), "scheduleTabs")
        self.tabs.addTab(self._schedules_tab(), translate("Schedules", "Schedules"))
        self.tabs.addTab(self._agenda_tab(), translate("Schedules", "Agenda"))
        self.tabs.addTab(self._appointments_tab(), translate("Schedules", "Appointments"))
        layout.addWidget(self.tabs)

    def _buttons(self, *buttons: tuple[str, str, Any]) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in buttons:
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _schedules_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(
            self._buttons(
                ("newSchedule", translate("Schedules", "New schedule…"), self.new_schedule),
                ("editSchedule", translate("Schedules", "Edit…"), self.edit_schedule),
                ("toggleSchedule", translate("Schedules", "Enable / disable"), self.toggle_schedule),
                ("previewSchedule", translate("Schedules", "Preview next run"), self.preview_schedule),
                ("deleteSchedule", translate("Schedules", "Delete"), self.delete_schedule),
            )
        )
        self.schedule_table = _table(
            "scheduleTable",
            [
                translate("Schedules", "Name"),
                translate("Schedules", "Repeat"),
                translate("Schedules", "To"),
                translate("Schedules", "Next run"),
                translate("Schedules", "State"),
            ],
        )
        layout.addWidget(self.schedule_table, 2)
        self.preview_label = named(QLabel(), "previewSummary")
        layout.addWidget(self.preview_label)
        self.preview_table = _table(
            "previewTable",
            [
                translate("Schedules", "Recipient"),
                translate("Schedules", "Number"),
                translate("Schedules", "Text"),
            ],
        )
        layout.addWidget(self.preview_table, 1)
        return tab

    def _agenda_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(self.tr("What goes out in the next %Ln day(s)", "", AGENDA_DAYS))
        )
        self.agenda_table = _table(
            "agendaTable",
            [
                translate("Schedules", "When"),
                translate("Schedules", "Schedule"),
                translate("Schedules", "To"),
            ],
        )
        layout.addWidget(self.agenda_table)
        return tab

    def _appointments_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(
            self._buttons(
                ("newAppointment", translate("Schedules", "New appointment…"), self.new_appointment),
                (
                    "confirmAppointment",
                    translate("Schedules", "Mark confirmed"),
                    lambda: self.set_appointment_status("confirmed"),
                ),
                (
                    "cancelAppointment",
                    translate("Schedules", "Cancel appointment"),
                    lambda: self.set_appointment_status("cancelled"),
                ),
                (
                    "importAppointments",
                    translate("Schedules", "Import from Excel/CSV…"),
                    self.choose_import_file,
                ),
            )
        )
        self.appointment_table = _table(
            "appointmentTable",
            [
                translate("Schedules", "When"),
                translate("Schedules", "Contact"),
                translate("Schedules", "Place"),
                translate("Schedules", "State"),
                translate("Schedules", "Reminders"),
            ],
        )
        layout.addWidget(self.appointment_table, 2)
        self.import_label = named(QLabel(), "importSummary")
        self.import_label.setWordWrap(True)
        layout.addWidget(self.import_label)
        layout.addLayout(
            self._buttons(
                ("newReminder", translate("Schedules", "New reminder rule…"), self.new_reminder),
                ("deleteReminder", translate("Schedules", "Delete reminder rule"), self.delete_reminder),
            )
        )
        self.reminder_table = _table(
            "reminderTable",
            [
                translate("Schedules", "Reminder"),
                translate("Schedules", "When"),
                translate("Schedules", "Text"),
            ],
        )
        layout.addWidget(self.reminder_table, 1)
        return tab

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        run_in_background(self, self._load, self._show)

    def _load(self) -> Snapshot:
        since = self.context.clock.now() - MISSED_LOOKBACK
        with self.context.database.session_factory() as session:
            choices = source_choices(session)
        return Snapshot(
            self.schedules.list_all(),
            self.schedules.agenda(AGENDA_DAYS),
            self.schedules.missed_runs(since),
            self.appointments.list_all(since=self.context.clock.now() - timedelta(days=1)),
            self.appointments.rules(),
            choices,
        )

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(str(self.context.settings.get("timezone")))

    def _local(self, moment: datetime | None) -> str:
        return moment.astimezone(self._zone()).strftime("%Y-%m-%d %H:%M") if moment else "—"

    def _show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        _fill(
            self.schedule_table,
            [
                (
                    info.id,
                    [
                        info.draft.name,
                        describe_rule(info.draft.rule),
                        info.target,
                        self._local(info.next_run_at) if info.draft.enabled else "—",
                        translate("Schedules", "Enabled")
                        if info.draft.enabled
                        else translate("Schedules", "Disabled"),
                    ],
                )
                for info in snapshot.schedules
            ],
        )
        _fill(
            self.agenda_table,
            [(info.id, [self._local(due), info.draft.name, info.target]) for due, info in snapshot.agenda],
        )
        _fill(
            self.appointment_table,
            [
                (
                    a.id,
                    [
                        self._local(a.starts_at),
                        a.contact,
                        a.place,
                        status_text(a.status),
                        ", ".join(f"{name}: {status_text(state)}" for name, state in a.reminders),
                    ],
                )
                for a in snapshot.appointments
            ],
        )
        _fill(self.reminder_table, [(r.id, [r.name, self._reminder_when(r), r.body]) for r in snapshot.rules])
        self._show_missed(snapshot.missed)

    def _show_missed(self, missed: list[RunInfo]) -> None:
        self.missed_label.setVisible(bool(missed))
        if missed:
            runs = "; ".join(f"{run.schedule} {self._local(run.due_at)}" for run in missed[:5])
            self.missed_label.setText(
                self.tr("%Ln run(s) missed while desk-sms was closed, not sent: {runs}", "",
                          len(missed)).format(runs=runs)
            )

    def _reminder_when(self, rule: ReminderRule) -> str:
        if rule.minutes_before is not None:
            return self.tr("%Ln minute(s) before", "", rule.minutes_before)
        at = rule.at.strftime("%H:%M") if rule.at else ""
        days = rule.days_before or 0
        return self.tr("%Ln day(s) before at {time}", "", days).format(time=at)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic.split(".")[0] in TOPICS:
            self._refresh_timer.start()

    # -- schedule actions -----------------------------------------------------------------------

    def _run(self, work: Any) -> None:
        run_in_background(self, work, lambda _result: self.refresh(), lambda exc: show_error(self, exc))

    def _editor(self, existing: ScheduleInfo | None) -> ScheduleEditor:
        choices = self.snapshot.choices if self.snapshot else SourceChoices((), (), ())
        return ScheduleEditor(choices, str(self.context.settings.get("timezone")), existing, self)

    def new_schedule(self) -> None:
        editor = self._editor(None)
        if editor.exec() == QDialog.DialogCode.Accepted:
            draft = editor.draft()
            self._run(lambda: self.schedules.save(draft))

    def _selected_schedule(self) -> ScheduleInfo | None:
        wanted = _selected(self.schedule_table)
        found = [info for info in (self.snapshot.schedules if self.snapshot else []) if info.id == wanted]
        return found[0] if found else None

    def edit_schedule(self) -> None:
        info = self._selected_schedule()
        if info is None:
            return
        editor = self._editor(info)
        if editor.exec() == QDialog.DialogCode.Accepted:
            draft = editor.draft()
            self._run(lambda: self.schedules.save(draft, info.id))

    def toggle_schedule(self) -> None:
        info = self._selected_schedule()
        if info is not None:
            self._run(lambda: self.schedules.set_enabled(info.id, not info.draft.enabled))

    def delete_schedule(self) -> None:
        info = self._selected_schedule()
        if info is not None:
            self._run(lambda: self.schedules.delete(info.id))

    def preview_schedule(self) -> None:
        info = self._selected_schedule()
        if info is not None:
            run_in_background(
                self,
                lambda: self.schedules.preview(info.id),
                self._show_preview,
                lambda exc: show_error(self, exc),
            )

    def _show_preview(self, plan: RunPlan) -> None:
        self.preview_label.setText(
            translate("Schedules", "Next run {when}: {messages}, {excluded}").format(
                when=self._local(plan.due_at),
                messages=self.tr("%Ln message(s)", "", len(plan.messages)),
                excluded=self.tr("%Ln left out (opted out, no number or a missing value)", "",
                                   plan.excluded),
            )
        )
        _fill(self.preview_table, [(m.contact_id, [m.name, m.number, m.text]) for m in plan.messages])

    # -- appointment actions --------------------------------------------------------------------

    def new_appointment(self) -> None:
        editor = AppointmentEditor(self.contacts, str(self.context.settings.get("timezone")), self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        contact_id = editor.contact_id()
        if contact_id is None:
            return
        starts_at, place, notes = editor.starts_at(), editor.place(), editor.notes()
        self._run(lambda: self.appointments.save(contact_id, starts_at, place, notes))

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Schedules", "Import appointments"),
            "",
            translate("Schedules", "Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import in the background; the summary (with rows that could not be read) goes to the label."""
        factory, settings = self.context.database.session_factory, self.context.settings

        def work() -> AppointmentImportResult:
            return import_appointments(
                factory, path, str(settings.get("timezone")), str(settings.get("default_region"))
            )

        run_in_background(self, work, self._show_import, lambda exc: show_error(self, exc))

    def _show_import(self, result: AppointmentImportResult) -> None:
        reasons = {
            "contact_not_found": translate("Schedules", "no such contact"),
            "date_unreadable": translate("Schedules", "date or time unreadable"),
            "columns_not_found": translate("Schedules", "no date or contact column found"),
        }
        problems = "; ".join(
            translate("Schedules", "row {row}: {reason}").format(row=row, reason=reasons.get(code, code))
            for row, code in result.problems[:10]
        )
        self.import_label.setText(
            translate("Schedules", "{imported} imported, {duplicates} already there. {problems}").format(
                imported=result.imported, duplicates=result.duplicates, problems=problems
            )
        )
        self.refresh()

    def set_appointment_status(self, status: str) -> None:
        appointment_id = _selected(self.appointment_table)
        if appointment_id is not None:
            self._run(lambda: self.appointments.set_status(int(appointment_id), status))

    def new_reminder(self) -> None:
        editor = ReminderRuleEditor(str(self.context.settings.get("timezone")), self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            rule = editor.rule()
            self._run(lambda: self.appointments.save_rule(rule))

    def delete_reminder(self) -> None:
        rule_id = _selected(self.reminder_table)
        if rule_id is not None:
            self._run(lambda: self.appointments.delete_rule(int(rule_id)))

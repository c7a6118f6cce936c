"""Enter an appointment (contact, date and time, place, notes) or a reminder rule.

The contact is found by typing part of a name or number; the search runs off the GUI thread.
Times are entered in the business time zone (the `timezone` setting) and kept in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.appointments import ReminderRule
from desk_sms.services.contacts import ContactsService
from ui.style import named
from ui.tasks import run_in_background

SEARCH_DELAY_MS = 250
MAX_MATCHES = 50


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AppointmentEditor(QDialog):
    """After `exec()`: `contact_id()`, `starts_at()` (UTC), `place()`, `notes()`."""

    def __init__(self, contacts: ContactsService, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appointment"))
        self._contacts = contacts
        self._zone = ZoneInfo(timezone)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        form = QFormLayout()
        self.search_edit = named(QLineEdit(), "appointmentSearch")
        self.search_edit.setPlaceholderText(self.tr("Name or number"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        form.addRow(self.tr("Find contact"), self.search_edit)
        self.contact_combo = named(QComboBox(), "appointmentContact")
        form.addRow(self.tr("Contact"), self.contact_combo)
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime().addDays(1)), "appointmentWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("Date and time"), self.when_edit)
        self.place_edit = named(QLineEdit(), "appointmentPlace")
        form.addRow(self.tr("Place"), self.place_edit)
        self.notes_edit = named(QPlainTextEdit(), "appointmentNotes")
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self._search()

    def _search(self) -> None:
        query = self.search_edit.text().strip()
        contacts = self._contacts

        def find() -> list[tuple[int, str]]:
            rows = contacts.rows(contacts.search_ids(query)[:MAX_MATCHES])
            return [(row.id, f"{row.name}  {row.phone_national}") for row in rows]

        run_in_background(self, find, self._show_matches)

    def _show_matches(self, matches: list[tuple[int, str]]) -> None:
        self.contact_combo.clear()
        for contact_id, label in matches:
            self.contact_combo.addItem(label, contact_id)

    def contact_id(self) -> int | None:
        data = self.contact_combo.currentData()
        return int(data) if data is not None else None

    def starts_at(self) -> datetime:
        moment = self.when_edit.dateTime()
        day, clock = moment.date(), moment.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._zone)
        return local.astimezone(UTC)

    def place(self) -> str:
        return self.place_edit.text().strip()

    def notes(self) -> str:
        return self.notes_edit.toPlainText().strip()


class ReminderRuleEditor(QDialog):
    """A reminder relative to each appointment: N days before at a time, or N minutes before."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder"))
        self._timezone = timezone
        form = QFormLayout()
        self.name_edit = named(QLineEdit(self.tr("The day before")), "reminderName")
        form.addRow(self.tr("Name"), self.name_edit)
        self.days_radio = named(QRadioButton(self.tr("Days before, at a time")), "reminderByDays")
        self.days_radio.setChecked(True)
        self.days_spin = named(QSpinBox(), "reminderDays")
        self.days_spin.setRange(0, 30)
        self.days_spin.setValue(1)
        self.at_edit = named(QTimeEdit(QTime(18, 0)), "reminderAt")
        form.addRow(self.days_radio, self.days_spin)
        form.addRow(self.tr("At"), self.at_edit)
        self.minutes_radio = named(QRadioButton(self.tr("Minutes before")), "reminderByMinutes")
        self.minutes_spin = named(QSpinBox(), "reminderMinutes")
        self.minutes_spin.setRange(1, 30 * 24 * 60)
        self.minutes_spin.setValue(120)
        form.addRow(self.minutes_radio, self.minutes_spin)
        self.body_edit = named(QPlainTextEdit(), "reminderBody")
        self.body_edit.setPlainText(self.tr("{name}: your appointment is on {date} at {time}, {place}. "
                                            "Reply 1 to confirm, 2 to cancel."))
        form.addRow(self.tr("Text"), self.body_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def rule(self) -> ReminderRule:
        name, body = self.name_edit.text(), self.body_edit.toPlainText()
        if self.minutes_radio.isChecked():
            return ReminderRule(None, name, body, minutes_before=self.minutes_spin.value(),
                                timezone=self._timezone)
        at = self.at_edit.time()
        return ReminderRule(None, name, body, days_before=self.days_spin.value(),
                            at=time(at.hour(), at.minute()), timezone=self._timezone)

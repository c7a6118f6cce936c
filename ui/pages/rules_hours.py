"""Rules → Business hours: opening hours per weekday, the desk's own closed days, public holidays it
works, and Japan's public holidays (from the `holidays` package, shown for this year and next).
Everyone sees them; administrators save them (the core validates and audits each setting)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.domain.business_hours import WEEKDAYS, japanese_holidays
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.form_feedback import SaveAnswers, save_settings

KEYS = ("business_hours", "closed_dates", "open_dates", "public_holidays_closed")


def dates_of(text: str) -> list[str]:
    """One date per line (or separated by commas/spaces), as typed; the core checks them."""
    return [word for word in text.replace(",", " ").replace("、", " ").split() if word]


class BusinessHoursForm(QWidget):
    """Signals:
    loaded(): the stored values are in the form.
    saved(): every value was written.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "businessHours")
        self._context = context
        self.days = {day: named(QLineEdit(), f"hours_{day}") for day in WEEKDAYS}
        self.public_holidays = named(QCheckBox(), "publicHolidaysClosed")
        self.closed = named(QPlainTextEdit(), "closedDates")
        self.opened = named(QPlainTextEdit(), "openDates")
        for edit in (self.closed, self.opened):
            edit.setFixedHeight(60)
        self.holidays = named(QLabel(), "publicHolidayList")
        self.holidays.setWordWrap(True)
        self.hint = named(QLabel(), "pageNote")
        self.hint.setWordWrap(True)
        self.save_button = named(QPushButton(), "primaryButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.feedback = named(QLabel(), "formStatus")
        self._labels = {key: QLabel() for key in (*WEEKDAYS, "closed", "opened", "holidays")}
        form = QFormLayout()
        for day in WEEKDAYS:
            form.addRow(self._labels[day], self.days[day])
        form.addRow("", self.public_holidays)
        form.addRow(self._labels["holidays"], self.holidays)
        form.addRow(self._labels["closed"], self.closed)
        form.addRow(self._labels["opened"], self.opened)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        names = (self.tr("Monday:"), self.tr("Tuesday:"), self.tr("Wednesday:"), self.tr("Thursday:"),
                 self.tr("Friday:"), self.tr("Saturday:"), self.tr("Sunday:"))
        for day, text in zip(WEEKDAYS, names, strict=True):
            self._labels[day].setText(text)
            self.days[day].setPlaceholderText(self.tr("closed"))
        self._labels["holidays"].setText(self.tr("Public holidays:"))
        self._labels["closed"].setText(self.tr("Also closed on:"))
        self._labels["opened"].setText(self.tr("Open on these holidays:"))
        self.public_holidays.setText(self.tr("Closed on Japan's public holidays"))
        self.hint.setText(self.tr(
            "Rules marked “outside business hours” act when a message arrives outside these hours. "
            "Write hours as 09:00-18:00; leave a day empty when closed. Dates as 2026-08-13, one per line."))
        self.save_button.setText(self.tr("Save business hours"))
        self._show_holidays()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_holidays(self) -> None:
        year = self._context.clock.now().year
        found = japanese_holidays([year, year + 1])
        self.holidays.setText("、".join(f"{day:%Y-%m-%d}" for day in sorted(found) if day >= self._today()))

    def _today(self) -> date:
        return self._context.clock.now().date()

    def set_editable(self, editable: bool) -> None:
        for edit in self.days.values():
            edit.setReadOnly(not editable)
        self.closed.setReadOnly(not editable)
        self.opened.setReadOnly(not editable)
        self.public_holidays.setEnabled(editable)
        self.save_button.setVisible(editable)

    def reload(self) -> None:
        run_in_background(self, self._context.settings.all, self._show_values)

    def _show_values(self, values: dict[str, Any]) -> None:
        for day, edit in self.days.items():
            edit.setText(values["business_hours"].get(day, ""))
        self.closed.setPlainText("\n".join(values["closed_dates"]))
        self.opened.setPlainText("\n".join(values["open_dates"]))
        self.public_holidays.setChecked(bool(values["public_holidays_closed"]))
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def form_values(self) -> dict[str, Any]:
        return {
            "business_hours": {day: edit.text().strip() for day, edit in self.days.items()},
            "closed_dates": dates_of(self.closed.toPlainText()),
            "open_dates": dates_of(self.opened.toPlainText()),
            "public_holidays_closed": self.public_holidays.isChecked(),
        }

    def save(self) -> None:
        values, settings = self.form_values(), self._context.settings
        answers = SaveAnswers(self.tr("Saved."), self.tr("Not saved."), self._after_saving)
        save_settings(self, (self.save_button, self.feedback), settings, values, KEYS, answers)

    def _after_saving(self) -> None:
        self.reload()
        self.saved.emit()

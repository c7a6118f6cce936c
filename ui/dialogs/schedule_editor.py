"""Edit one schedule: when (once, daily, weekly on weekdays, monthly on day N or the last day),
to whom (a group or a segment), what text, and how late a missed run may still go out.

The dialog only builds a `ScheduleDraft`; the page saves it off the GUI thread and shows
the service's reason when it refuses one.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.recurrence import LAST_DAY, Rule, RuleKind
from desk_sms.services.compose_recipients import SourceChoices
from desk_sms.services.schedules import ScheduleDraft, ScheduleInfo
from ui.style import named

KINDS = (RuleKind.ONCE, RuleKind.DAILY, RuleKind.WEEKLY, RuleKind.MONTHLY)
WEEKDAY_NAMES: tuple[str, ...] = tuple(map(str, (
    QT_TRANSLATE_NOOP("ScheduleEditor", "Mon"), QT_TRANSLATE_NOOP("ScheduleEditor", "Tue"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Wed"), QT_TRANSLATE_NOOP("ScheduleEditor", "Thu"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Fri"), QT_TRANSLATE_NOOP("ScheduleEditor", "Sat"),
    QT_TRANSLATE_NOOP("ScheduleEditor", "Sun"),
)))
GROUP, SEGMENT = "group", "segment"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ScheduleEditor(QDialog):
    """`draft()` after `exec()` gives what was entered."""

    def __init__(self, choices: SourceChoices, timezone: str, existing: ScheduleInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule"))
        self._choices = choices
        self._timezone = existing.draft.timezone if existing else timezone
        self._build()
        if existing is not None:
            self._load(existing.draft)
        self._kind_changed()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        self.name_edit = named(QLineEdit(), "scheduleName")
        form.addRow(self.tr("Name"), self.name_edit)
        self.kind_combo = named(QComboBox(), "scheduleKind")
        for kind, label in zip(KINDS, (self.tr("Once"), self.tr("Every day"), self.tr("Every week"),
                                       self.tr("Every month")), strict=True):
            self.kind_combo.addItem(label, str(kind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Repeat"), self.kind_combo)
        self.once_edit = named(QDateTimeEdit(QDateTime.currentDateTime().addDays(1)), "scheduleOnceAt")
        self.once_edit.setCalendarPopup(True)
        self.time_edit = named(QTimeEdit(QTime(10, 0)), "scheduleTime")
        self.when_stack = QStackedWidget()
        self.when_stack.addWidget(self.once_edit)
        self.when_stack.addWidget(self.time_edit)
        form.addRow(self.tr("When"), self.when_stack)
        form.addRow(self.tr("Weekdays"), self._weekday_row())
        form.addRow(self.tr("Day of month"), self._month_day_row())
        form.addRow(self.tr("Ends"), self._end_row())
        self.target_combo = named(QComboBox(), "scheduleTarget")
        for group_id, label in self._choices.groups:
            self.target_combo.addItem(self.tr("Group: {name}").format(name=label), (GROUP, group_id))
        for segment_id, label in self._choices.segments:
            self.target_combo.addItem(self.tr("Segment: {name}").format(name=label), (SEGMENT, segment_id))
        form.addRow(self.tr("Send to"), self.target_combo)
        self.body_edit = named(QPlainTextEdit(), "scheduleBody")
        self.body_edit.setPlaceholderText(self.tr("Text; placeholders such as {name} are filled in"))
        form.addRow(self.tr("Text"), self.body_edit)
        self.late_spin = named(QSpinBox(), "scheduleLateWindow")
        self.late_spin.setRange(0, 72)
        self.late_spin.setValue(6)
        self.late_spin.setSuffix(self.tr(" h"))
        self.late_spin.setToolTip(self.tr("A run missed while the app was closed still goes out this "
                                          "many hours late; later ones are marked missed"))
        form.addRow(self.tr("Send late within"), self.late_spin)
        self.enabled_box = named(QCheckBox(self.tr("Enabled")), "scheduleEnabled")
        self.enabled_box.setChecked(True)
        form.addRow("", self.enabled_box)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _weekday_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes = [named(QCheckBox(self.tr(name)), f"weekday{index}")
                              for index, name in enumerate(WEEKDAY_NAMES)]
        for box in self.weekday_boxes:
            layout.addWidget(box)
        return row

    def _month_day_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day_spin = named(QSpinBox(), "scheduleMonthDay")
        self.day_spin.setRange(1, 31)
        self.day_spin.setValue(25)
        self.last_day_box = named(QCheckBox(self.tr("Last day of the month")), "scheduleLastDay")
        self.last_day_box.toggled.connect(lambda checked: self.day_spin.setEnabled(not checked))
        layout.addWidget(self.day_spin)
        layout.addWidget(self.last_day_box)
        return row

    def _end_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.end_box = named(QCheckBox(self.tr("On")), "scheduleHasEnd")
        self.end_edit = named(QDateEdit(QDate.currentDate().addMonths(12)), "scheduleEnd")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setEnabled(False)
        self.end_box.toggled.connect(self.end_edit.setEnabled)
        layout.addWidget(self.end_box)
        layout.addWidget(self.end_edit)
        return row

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.when_stack.setCurrentIndex(0 if kind is RuleKind.ONCE else 1)
        for box in self.weekday_boxes:
            box.setEnabled(kind is RuleKind.WEEKLY)
        self.day_spin.setEnabled(kind is RuleKind.MONTHLY and not self.last_day_box.isChecked())
        self.last_day_box.setEnabled(kind is RuleKind.MONTHLY)
        self.end_box.setEnabled(kind is not RuleKind.ONCE)

    # -- reading and writing --------------------------------------------------------------------

    def kind(self) -> RuleKind:
        return RuleKind(str(self.kind_combo.currentData()))

    def _load(self, draft: ScheduleDraft) -> None:
        rule = draft.rule
        self.name_edit.setText(draft.name)
        self.kind_combo.setCurrentIndex(KINDS.index(rule.kind))
        if rule.once_at is not None:
            self.once_edit.setDateTime(QDateTime(_qdate(rule.once_at.date()),
                                                 QTime(rule.once_at.hour, rule.once_at.minute)))
        self.time_edit.setTime(QTime(rule.at.hour, rule.at.minute))
        for index, box in enumerate(self.weekday_boxes):
            box.setChecked(index in rule.weekdays)
        self.last_day_box.setChecked(rule.day == LAST_DAY)
        if isinstance(rule.day, int):
            self.day_spin.setValue(rule.day)
        self.end_box.setChecked(rule.end is not None)
        if rule.end is not None:
            self.end_edit.setDate(_qdate(rule.end))
        target = (GROUP, draft.group_id) if draft.group_id is not None else (SEGMENT, draft.segment_id)
        found = self.target_combo.findData(target, Qt.ItemDataRole.UserRole)
        self.target_combo.setCurrentIndex(max(found, 0))
        self.body_edit.setPlainText(draft.body)
        self.late_spin.setValue(draft.late_window_hours)
        self.enabled_box.setChecked(draft.enabled)

    def rule(self) -> Rule:
        kind = self.kind()
        if kind is RuleKind.ONCE:
            moment = self.once_edit.dateTime()
            at = datetime.combine(_pydate(moment.date()), time(moment.time().hour(), moment.time().minute()))
            return Rule(kind, once_at=at)
        picked = self.time_edit.time()
        return Rule(
            kind,
            at=time(picked.hour(), picked.minute()),
            end=_pydate(self.end_edit.date()) if self.end_box.isChecked() else None,
            weekdays=tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
            if kind is RuleKind.WEEKLY else (),
            day=(LAST_DAY if self.last_day_box.isChecked() else self.day_spin.value())
            if kind is RuleKind.MONTHLY else None,
        )

    def draft(self) -> ScheduleDraft:
        target = self.target_combo.currentData()
        kind, target_id = target if target else (GROUP, None)
        return ScheduleDraft(
            name=self.name_edit.text(),
            rule=self.rule(),
            timezone=self._timezone,
            body=self.body_edit.toPlainText(),
            group_id=target_id if kind == GROUP else None,
            segment_id=target_id if kind == SEGMENT else None,
            enabled=self.enabled_box.isChecked(),
            late_window_hours=self.late_spin.value(),
        )

"""A contact's page: its details to edit, and its whole message history, newest first.

Loading and saving run off the GUI thread; a save the service refuses (no name, a
number that is not a mobile number) keeps the dialog open with the reason shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_sms.errors import UserError
from desk_sms.services.contacts import ContactDetails, ContactDraft, ContactsService, HistoryEntry
from desk_sms.services.groups import GroupInfo, GroupsService
from desk_sms.wording import local_time
from ui.errors import show_error, user_error_text
from ui.style import named
from ui.tasks import run_in_background


@dataclass(frozen=True)
class _Loaded:
    details: ContactDetails | None
    history: list[HistoryEntry]
    groups: list[GroupInfo]
    field_names: list[str]


class ContactDialog(QDialog):
    """Add (contact_id None) or edit one contact; the Messages tab shows its history.

    Signals:
        loaded(): the contact, its history and the groups are in the form.
        saved(int): the contact was written; the argument is its id.
    """

    loaded = Signal()
    saved = Signal(int)

    def __init__(self, contacts: ContactsService, groups: GroupsService, contact_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._groups = groups
        self._contact_id = contact_id
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Contact"))
        self.resize(640, 560)
        tabs = QTabWidget()
        tabs.addTab(self._build_details(), self.tr("Details"))
        tabs.addTab(self._build_history(), self.tr("Messages"))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                         | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.save)
        self._buttons.rejected.connect(self.reject)
        self._buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._problem = named(QLabel(wordWrap=True), "formError")
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)
        self._load()

    # ----- building -------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = named(QLineEdit(), "contactName")
        self.reading_edit = named(QLineEdit(placeholderText=self.tr("ヤマダ タロウ")), "contactReading")
        self.phones_edit = named(QPlainTextEdit(), "contactPhones")
        self.phones_edit.setPlaceholderText(self.tr("One number per line, e.g. 090-1234-5678"))
        self.phones_edit.setFixedHeight(64)
        self.group_list = named(QListWidget(), "contactGroups")
        self.group_list.setFixedHeight(90)
        self.fields_table = named(QTableWidget(0, 2), "contactFields")
        self.fields_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields_table.verticalHeader().setVisible(False)
        self.fields_table.setFixedHeight(110)
        self.notes_edit = named(QPlainTextEdit(), "contactNotes")
        self.notes_edit.setFixedHeight(56)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Reading (furigana):"), self.reading_edit)
        form.addRow(self.tr("Phone numbers:"), self.phones_edit)
        form.addRow(self.tr("Groups:"), self.group_list)
        form.addRow(self.tr("Fields:"), self.fields_table)
        form.addRow(self.tr("Consent:"), self._consent_row())
        form.addRow(self.tr("Opt-out:"), self._opt_out_label())
        form.addRow(self.tr("Notes:"), self.notes_edit)
        return page

    def _consent_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.consent_check = named(QCheckBox(self.tr("given on")), "consentGiven")
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setEnabled(False)
        self.consent_check.toggled.connect(self.consent_date.setEnabled)
        self.consent_source = named(QLineEdit(), "consentSource")
        self.consent_source.setPlaceholderText(self.tr("source, e.g. 入会申込書"))
        layout.addWidget(self.consent_check)
        layout.addWidget(self.consent_date)
        layout.addWidget(self.consent_source, 1)
        return row

    def _opt_out_label(self) -> QLabel:
        self.opt_out_status = named(QLabel(), "optOutStatus")
        return self.opt_out_status

    def _build_history(self) -> QWidget:
        self.history_table = named(QTableWidget(0, 5), "contactHistory")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Direction"), self.tr("Number"), self.tr("Status"), self.tr("Text")])
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setWordWrap(True)
        return self.history_table

    # ----- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        contacts, groups, contact_id = self._contacts, self._groups, self._contact_id

        def fetch() -> _Loaded:
            details = contacts.get(contact_id) if contact_id is not None else None
            history = contacts.history(contact_id) if contact_id is not None else []
            return _Loaded(details, history, groups.list_groups(), contacts.custom_field_names())

        run_in_background(self, fetch, self._show_loaded, self._on_load_failed)

    def _show_loaded(self, loaded: _Loaded) -> None:
        details = loaded.details
        chosen = set(details.group_ids) if details else set()
        for group in loaded.groups:
            item = QListWidgetItem(group.name, self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setCheckState(Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked)
        values = dict(details.fields) if details else {}
        for name in dict.fromkeys([*loaded.field_names, *values, ""]):
            self._add_field_row(name, values.get(name, ""))
        if details is not None:
            self._show_details(details)
        else:
            self.opt_out_status.setText(self.tr("No"))
        self._show_history(loaded.history)
        self._buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.loaded.emit()

    def _show_details(self, details: ContactDetails) -> None:
        self.setWindowTitle(self.tr("Contact: {name}").format(name=details.name))
        self.name_edit.setText(details.name)
        self.reading_edit.setText(details.reading)
        self.phones_edit.setPlainText("\n".join(phone.national for phone in details.phones))
        self.notes_edit.setPlainText(details.notes)
        if details.consent_at is not None:
            local = details.consent_at.astimezone()
            self.consent_check.setChecked(True)
            self.consent_date.setDate(QDate(local.year, local.month, local.day))
        self.consent_source.setText(details.consent_source or "")
        if details.opted_out_at is None:
            self.opt_out_status.setText(self.tr("No"))
        else:
            text = self.tr("Opted out on {date}: {reason}")
            self.opt_out_status.setText(text.format(date=local_time(details.opted_out_at),
                                                    reason=details.opt_out_reason or "—"))

    def _add_field_row(self, name: str, value: str) -> None:
        row = self.fields_table.rowCount()
        self.fields_table.insertRow(row)
        self.fields_table.setItem(row, 0, QTableWidgetItem(name))
        self.fields_table.setItem(row, 1, QTableWidgetItem(value))

    def _show_history(self, history: list[HistoryEntry]) -> None:
        self.history_table.setRowCount(len(history))
        for row, entry in enumerate(history):
            direction = self.tr("Sent") if entry.direction == "out" else self.tr("Received")
            for column, text in enumerate(
                (local_time(entry.at), direction, entry.number, entry.status, entry.text)
            ):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()

    def _on_load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    # ----- saving ---------------------------------------------------------------------------

    def draft(self) -> ContactDraft:
        """The form as the service takes it."""
        phones = tuple(line.strip() for line in self.phones_edit.toPlainText().splitlines() if line.strip())
        group_ids = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.group_list.item(i) for i in range(self.group_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return ContactDraft(
            name=self.name_edit.text(), reading=self.reading_edit.text(), phones=phones,
            group_ids=group_ids, fields=self._field_values(), notes=self.notes_edit.toPlainText(),
            consent_at=self._consent_at(), consent_source=self.consent_source.text().strip() or None,
        )

    def _field_values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for row in range(self.fields_table.rowCount()):
            name, value = (self.fields_table.item(row, column) for column in (0, 1))
            if name is not None and value is not None and name.text().strip():
                values[name.text().strip()] = value.text()
        return values

    def _consent_at(self) -> datetime | None:
        if not self.consent_check.isChecked():
            return None
        date = self.consent_date.date()
        return datetime(date.year(), date.month(), date.day()).astimezone()  # local midnight

    def save(self) -> None:
        draft, contacts, contact_id = self.draft(), self._contacts, self._contact_id
        self._buttons.setEnabled(False)

        def write() -> int:
            if contact_id is None:
                return contacts.create(draft)
            contacts.update(contact_id, draft)
            return contact_id

        run_in_background(self, write, self._on_saved, self._on_save_failed)

    def _on_saved(self, contact_id: int) -> None:
        self._buttons.setEnabled(True)
        self.saved.emit(contact_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self._problem.setText(user_error_text(exc))
        else:
            show_error(self, exc)

"""The Settings page: this PC's language, and the business settings every desk shares.

Language is per-PC UI state (QSettings) and applies at once. Business settings
live in the database through `SettingsService`, loaded and saved off the GUI
thread with `run_in_background`; they are validated before anything is written.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

import phonenumbers
from PySide6.QtCore import QEvent, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from desk_sms.domain.roles import Permission
from desk_sms.services.settings import parse_hhmm
from ui.i18n import CHOICES, ENGLISH, JAPANESE, SYSTEM
from ui.pages.deps import PageDeps
from ui.pages.settings_api import ApiGroup
from ui.pages.settings_backups import BackupGroup
from ui.pages.settings_database import DatabaseGroup
from ui.pages.settings_keywords import KeywordsGroup
from ui.pages.settings_users import UsersGroup
from ui.pages.settings_watch import WatchFolderGroup
from ui.roles import RoleGate
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.form_feedback import SaveAnswers, save_settings, show_feedback

BUSINESS_KEYS = (
    "default_region", "timezone", "quiet_hours_start", "quiet_hours_end", "approval_required", "sender_name",
    "keep_sending_when_closed",
)
TIME_FORMAT = "HH:mm"


def region_label(code: str) -> str:
    """ "JP  日本": the code users know plus the territory's own name for it."""
    territory = QLocale.codeToTerritory(code)
    name = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() if territory else ""
    return f"{code}  {name}" if name else code


def masked_database_url(url: str) -> str:
    """The database location with any password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


class SettingsPage(QWidget):
    """Language and business settings.

    Signals:
        loaded(): the business settings were read from the database into the form.
        saved(): the business settings were written to the database.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._loaded = False
        self._built = False  # LanguageChange may arrive before (or without) a finished build
        self._build()
        self._built = True
        self.retranslate_ui()
        self._show_locations()
        self._select_language(deps.translations.choice)
        self._load()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        content = named(QWidget(), "pageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(16)
        self._title = named(QLabel(), "pageTitle")
        column.addWidget(self._title)
        column.addWidget(self._build_language_box())
        column.addWidget(self._build_business_box())
        self.keywords = KeywordsGroup(self._deps.context, content)
        column.addWidget(self.keywords)
        column.addWidget(self._build_locations_box())
        self.database = DatabaseGroup(self._deps.context, content)
        column.addWidget(self.database)
        self.backups = BackupGroup(self._deps.context, content)
        column.addWidget(self.backups)
        self.users = UsersGroup(self._deps.context, self._deps.bridge, content)
        column.addWidget(self.users)
        self.api = ApiGroup(self._deps.context, content)
        column.addWidget(self.api)
        self.watch_folder = WatchFolderGroup(self._deps.context, content)
        column.addWidget(self.watch_folder)
        # Operators see the shared settings read-only and not the administrators' groups at all.
        self.role_gate = RoleGate(
            self._deps.context.users, self._deps.bridge, Permission.CHANGE_SETTINGS,
            [self.keywords, self.database, self.backups, self.api, self.watch_folder,
             self._save], self, self._follow_role,
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_language_box(self) -> QGroupBox:
        self._language_box = QGroupBox()
        self._language = named(QComboBox(), "languageChoice")
        for choice in CHOICES:
            self._language.addItem("", choice)
        self._language.currentIndexChanged.connect(self._on_language_chosen)
        self._language_hint = _note_label()
        form = QFormLayout(self._language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._language_label = QLabel()
        form.addRow(self._language_label, self._language)
        form.addRow(self._language_hint)
        return self._language_box

    def _build_business_box(self) -> QGroupBox:
        self._business_box = QGroupBox()
        self._region = named(QComboBox(), "defaultRegion")
        for code in sorted(phonenumbers.SUPPORTED_REGIONS):
            self._region.addItem(region_label(code), code)
        self._timezone = named(QComboBox(), "timezone")
        self._timezone.setEditable(True)
        self._timezone.addItems(sorted(zoneinfo.available_timezones()))
        self._timezone.setMinimumContentsLength(22)
        self._region.setMinimumContentsLength(22)
        self._quiet_start = _time_edit("quietStart")
        self._quiet_end = _time_edit("quietEnd")
        self._approval = named(QCheckBox(), "approvalRequired")
        self._keep_sending = named(QCheckBox(), "keepSending")
        self._sender_name = named(QLineEdit(), "senderName")
        self._sender_name.setMaxLength(40)
        self._sender_name.setMinimumWidth(260)
        self._sender_hint = _note_label()
        self._business_hint = _note_label()
        form = QFormLayout(self._business_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._business_labels = [QLabel() for _ in range(6)]
        form.addRow(self._business_labels[0], self._region)
        form.addRow(self._business_labels[1], self._timezone)
        form.addRow(self._business_labels[2], self._quiet_hours_row())
        form.addRow(self._business_labels[3], self._approval)
        form.addRow(self._business_labels[4], self._sender_name)
        form.addRow(self._sender_hint)
        form.addRow(self._business_labels[5], self._keep_sending)
        form.addRow(self._business_hint)
        self._read_only_note = _note_label()
        form.addRow(self._read_only_note)
        form.addRow(self._save_row())
        return self._business_box

    def _quiet_hours_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self._quiet_to = QLabel()
        layout.addWidget(self._quiet_start)
        layout.addWidget(self._quiet_to)
        layout.addWidget(self._quiet_end)
        layout.addStretch(1)
        return row

    def _save_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        self._save = named(QPushButton(), "primaryButton")
        self._save.clicked.connect(self.save)
        self._save.setEnabled(False)  # until the stored values are in the form
        self._feedback = named(QLabel(), "formStatus")
        self._feedback.setWordWrap(True)
        layout.addWidget(self._save)
        layout.addWidget(self._feedback, 1)
        return row

    def _build_locations_box(self) -> QGroupBox:
        self._locations_box = QGroupBox()
        self._data_dir = _read_only_field("dataDir")
        self._database = _read_only_field("databaseLocation")
        self._ui_file = _read_only_field("uiSettingsFile")
        form = QFormLayout(self._locations_box)
        self._location_labels = [QLabel() for _ in range(3)]
        form.addRow(self._location_labels[0], self._data_dir)
        form.addRow(self._location_labels[1], self._database)
        form.addRow(self._location_labels[2], self._ui_file)
        return self._locations_box

    def _follow_role(self, allowed: bool) -> None:
        fields = (self._region, self._timezone, self._quiet_start, self._quiet_end, self._approval,
                  self._sender_name, self._keep_sending)
        for field in fields:
            field.setEnabled(allowed)
        self._read_only_note.setVisible(not allowed)

    def _show_locations(self) -> None:
        context = self._deps.context
        self._data_dir.setText(str(context.paths.root))
        self._database.setText(masked_database_url(context.database.url))
        self._ui_file.setText(str(self._deps.ui_settings.file_path))

    # ----- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Settings"))
        self._language_box.setTitle(self.tr("Language (this PC)"))
        self._language_label.setText(self.tr("Display language:"))
        names = {SYSTEM: self.tr("System default"), JAPANESE: "日本語", ENGLISH: "English"}
        for index in range(self._language.count()):
            self._language.setItemText(index, names[self._language.itemData(index)])
        self._language_hint.setText(self.tr("Changes apply immediately and are remembered on this PC."))
        self._retranslate_business()
        self._locations_box.setTitle(self.tr("Where desk-sms keeps its data"))
        for label, text in zip(
            self._location_labels,
            (self.tr("Data folder:"), self.tr("Database:"), self.tr("Window settings:")),
            strict=True,
        ):
            label.setText(text)

    def _retranslate_business(self) -> None:
        self._business_box.setTitle(self.tr("Business settings (shared by every desk)"))
        for label, text in zip(
            self._business_labels,
            (
                self.tr("Default region:"),
                self.tr("Time zone:"),
                self.tr("Quiet hours:"),
                self.tr("Approval:"),
                self.tr("Sender name:"),
                self.tr("Window closed:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._quiet_to.setText(self.tr("to"))
        self._approval.setText(self.tr("Campaigns need approval before they are sent"))
        self._keep_sending.setText(self.tr("Keep sending when the window is closed"))
        self._keep_sending.setToolTip(self.tr(
            "Reminders and schedules go out though nobody has the window open; the engine also starts "
            "when you sign in to this PC. Quit it from the tray: Quit desk-sms completely."))
        self._sender_name.setPlaceholderText(self.tr("e.g. さくら塾"))
        self._sender_hint.setText(self.tr(
            "Advertising messages must name the sender and say how to stop receiving them "
            "(Act on Specified Electronic Mail); they go only to contacts with recorded consent."
        ))
        self._business_hint.setText(
            self.tr(
                "Numbers without a country code are read as numbers of the default region. "
                "Non-urgent messages wait during quiet hours; the same start and end means no quiet hours."
            )
        )
        self._save.setText(self.tr("Save"))
        self._read_only_note.setText(self.tr("Only an administrator changes these settings."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- language -------------------------------------------------------------------------

    def _select_language(self, choice: str) -> None:
        index = self._language.findData(choice)
        blocked = self._language.blockSignals(True)  # showing the saved choice is not a new choice
        self._language.setCurrentIndex(max(index, 0))
        self._language.blockSignals(blocked)

    def _on_language_chosen(self, index: int) -> None:
        if index < 0:
            return
        choice = str(self._language.itemData(index))
        self._deps.ui_settings.set_language(choice)
        self._deps.translations.apply(choice)

    # ----- business settings ----------------------------------------------------------------

    def _load(self) -> None:
        run_in_background(self, self._deps.context.settings.all, self._show_values)

    def _show_values(self, values: dict[str, Any]) -> None:
        region_index = self._region.findData(values["default_region"])
        self._region.setCurrentIndex(max(region_index, 0))
        self._timezone.setCurrentText(str(values["timezone"]))
        self._quiet_start.setTime(self._as_qtime(values["quiet_hours_start"]))
        self._quiet_end.setTime(self._as_qtime(values["quiet_hours_end"]))
        self._approval.setChecked(bool(values["approval_required"]))
        self._keep_sending.setChecked(bool(values["keep_sending_when_closed"]))
        self._sender_name.setText(str(values["sender_name"]))
        self._save.setEnabled(True)
        self._loaded = True
        self.loaded.emit()

    @staticmethod
    def _as_qtime(text: str) -> QTime:
        moment = parse_hhmm(text)
        return QTime(moment.hour, moment.minute)

    @property
    def is_loaded(self) -> bool:
        """True once the stored business settings are shown (Save is enabled from then on)."""
        return self._loaded

    def form_values(self) -> dict[str, Any]:
        """The business settings as the form shows them (not yet validated)."""
        return {
            "default_region": str(self._region.currentData()),
            "timezone": self._timezone.currentText().strip(),
            "quiet_hours_start": self._quiet_start.time().toString(TIME_FORMAT),
            "quiet_hours_end": self._quiet_end.time().toString(TIME_FORMAT),
            "approval_required": self._approval.isChecked(),
            "keep_sending_when_closed": self._keep_sending.isChecked(),
            "sender_name": self._sender_name.text().strip(),
        }

    def validation_problems(self, values: dict[str, Any]) -> list[str]:
        """Translated sentences, one per invalid field; empty when everything may be saved."""
        problems = []
        if values["default_region"] not in phonenumbers.SUPPORTED_REGIONS:
            problems.append(self.tr("Choose a default region from the list."))
        if not _is_time_zone(values["timezone"]):
            text = self.tr("“{zone}” is not a known time zone (example: Asia/Tokyo).")
            problems.append(text.format(zone=values["timezone"]))
        return problems

    def save(self) -> None:
        values = self.form_values()
        problems = self.validation_problems(values)
        if problems:
            self._show_feedback("\n".join(problems), error=True)
            return
        settings = self._deps.context.settings
        answers = SaveAnswers(self.tr("Saved."), self.tr("Not saved."), self.saved.emit)
        save_settings(self, (self._save, self._feedback), settings, values, BUSINESS_KEYS, answers)

    def _show_feedback(self, text: str, error: bool) -> None:
        show_feedback(self._feedback, text, error)


def _note_label() -> QLabel:
    label = named(QLabel(), "pageNote")
    label.setWordWrap(True)
    return label


def _time_edit(name: str) -> QTimeEdit:
    edit = named(QTimeEdit(), name)
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def _read_only_field(name: str) -> QLineEdit:
    field = named(QLineEdit(), name)
    field.setReadOnly(True)
    return field


def _is_time_zone(name: str) -> bool:
    if not name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True

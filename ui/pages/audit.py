"""The audit log viewer: who did what and when. Filter and export only; nothing here edits the log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.services.audit import AuditFilter, AuditRecord, AuditService
from ui.style import named
from ui.tasks import run_in_background

SHOWN_AT_MOST = 1_000  # the newest matches; export writes them all
PERIOD_DAYS = (1, 7, 30, 365, 0)  # 0: everything
# Families of actions as the services record them ("contact", "contact.opt_out", …): a prefix.
ACTION_FAMILIES = (
    "",
    "contact",
    "contact.opt_out",
    "group",
    "import",
    "export",
    "send",
    "campaign",
    "campaign.approve",
    "template",
    "segment",
    "schedule",
    "appointment",
    "inbox",
    "settings",
    "modem",
    "backup",
    "database",
    "user",
)


class AuditLogDialog(QDialog):
    """Signals:
    loaded(int): the number of entries matching the filter (at most SHOWN_AT_MOST are listed).
    exported(int): entries written by an export.
    """

    loaded = Signal(int)
    exported = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self._context = context
        self.service = AuditService(context.database.session_factory, context.users)
        self.records: list[AuditRecord] = []
        self._wanted: AuditFilter | None = None
        self.resize(900, 560)
        self._build()
        self.retranslate_ui()
        self._connect()
        self._load_users()
        self.refresh()

    def _build(self) -> None:
        self.user_filter = named(QComboBox(), "auditUser")
        self.user_filter.addItem("", "")
        self.action_filter = named(QComboBox(), "auditAction")
        for family in ACTION_FAMILIES:
            self.action_filter.addItem(family, family)
        self.period_filter = named(QComboBox(), "auditPeriod")
        for days in PERIOD_DAYS:
            self.period_filter.addItem("", days)
        self.period_filter.setCurrentIndex(PERIOD_DAYS.index(30))
        self.search = named(QLineEdit(clearButtonEnabled=True), "auditSearch")
        self.table = named(QTableWidget(0, 5), "auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # never editable
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = named(QLabel(), "auditCount")
        self.export_button = named(QPushButton(), "primaryButton")
        self.close_button = QPushButton()
        filters = QHBoxLayout()
        for widget in (self.user_filter, self.action_filter, self.period_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(bottom)

    def _connect(self) -> None:
        for combo in (self.user_filter, self.action_filter, self.period_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.export_button.clicked.connect(self._ask_export)
        self.close_button.clicked.connect(self.close)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.user_filter.setItemText(0, self.tr("All users"))
        self.action_filter.setItemText(0, self.tr("All actions"))
        families = {
            "contact": self.tr("Contacts"),
            "contact.opt_out": self.tr("Opt-outs"),
            "group": self.tr("Groups"),
            "import": self.tr("Imports"),
            "export": self.tr("Exports of personal data"),
            "send": self.tr("Sending"),
            "campaign": self.tr("Campaigns"),
            "campaign.approve": self.tr("Approvals"),
            "template": self.tr("Templates"),
            "segment": self.tr("Segments"),
            "schedule": self.tr("Schedules"),
            "appointment": self.tr("Appointments"),
            "inbox": self.tr("Inbox"),
            "settings": self.tr("Settings"),
            "modem": self.tr("Modems"),
            "backup": self.tr("Backups"),
            "database": self.tr("Database"),
            "user": self.tr("Users and sign-ins"),
        }
        for index in range(1, self.action_filter.count()):
            family = self.action_filter.itemData(index)
            self.action_filter.setItemText(index, families.get(family, family))
        periods = (
            self.tr("Last day"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last year"),
            self.tr("Everything"),
        )
        for index, text in enumerate(periods):
            self.period_filter.setItemText(index, text)
        self.search.setPlaceholderText(self.tr("Search the details"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Object"), self.tr("Detail")]
        )
        self.export_button.setText(self.tr("Export…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- loading --------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        days = self.period_filter.currentData()
        since = self._context.clock.now() - timedelta(days=days) if days else None
        return AuditFilter(
            since=since,
            user_name=self.user_filter.currentData() or "",
            action_prefix=self.action_filter.currentData() or "",
            search=self.search.text().strip(),
        )

    def refresh(self) -> None:
        where = self.current_filter()
        self._wanted = where
        run_in_background(
            self,
            lambda: (self.service.count(where), self.service.entries(where, SHOWN_AT_MOST)),
            lambda found: self._show(where, found),
        )

    def _load_users(self) -> None:
        run_in_background(self, self.service.user_names, self._show_users)

    def _show_users(self, names: list[str]) -> None:
        for name in names:
            if self.user_filter.findData(name) < 0:
                self.user_filter.addItem(name, name)

    def _show(self, where: AuditFilter, found: tuple[int, list[AuditRecord]]) -> None:
        if where != self._wanted:
            return  # an older filter answered late: the newer one is on its way
        count, records = found
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            at = record.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            target = f"{record.object_type} {record.object_id}" if record.object_id else record.object_type
            for column, text in enumerate((at, record.user_name, record.action, target, record.detail)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        shown = self.tr("%Ln entries", "", count)
        if count > len(records):
            newest = f"{len(records):,}"
            shown = self.tr("%Ln entries, the newest {shown} shown", "", count).format(shown=newest)
        self.count_label.setText(shown)
        self.loaded.emit(count)

    # ----- export ---------------------------------------------------------------------------

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            "desk-sms-audit.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        where = self.current_filter()
        run_in_background(self, lambda: self.service.export(path, where), self.exported.emit)

"""Recent campaigns with their approval: who made each one, who approved it and when.

An administrator approves or rejects a campaign that waits for approval; an operator sees the
buttons disabled. The list follows campaign-level events (a new, approved or cancelled campaign).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.compose import AWAITING_APPROVAL, CampaignInfo, ComposeService
from desk_sms.services.users import UsersService
from ui.style import named
from ui.tasks import run_in_background

RECENT = 20
NAME, STATUS, MADE_BY, APPROVED_BY, APPROVED_AT = range(5)


class ApprovalPanel(QWidget):
    """Signals:
    loaded(): the table shows the campaigns as stored now.
    """

    loaded = Signal()

    def __init__(self, compose: ComposeService, users: UsersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "approvalPanel")
        self._compose = compose
        self._users = users
        self._campaigns: list[CampaignInfo] = []
        self._title = named(QLabel(), "sectionTitle")
        self.table = named(QTableWidget(0, 5), "campaignTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.approve_button = named(QPushButton(), "approveCampaign")
        self.reject_button = named(QPushButton(), "rejectCampaign")
        self.approve_button.clicked.connect(lambda: self._decide(self._compose.approve))
        self.reject_button.clicked.connect(lambda: self._decide(self._compose.reject))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Campaigns and approval"))
        headers = (self.tr("Campaign"), self.tr("State"), self.tr("Made by"), self.tr("Approved by"),
                   self.tr("Approved at"))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.approve_button.setText(self.tr("Approve"))
        self.reject_button.setText(self.tr("Reject"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        run_in_background(self, lambda: self._compose.campaigns()[:RECENT], self._show)

    def _show(self, campaigns: list[CampaignInfo]) -> None:
        self._campaigns = campaigns
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self._campaigns))
        for row, campaign in enumerate(self._campaigns):
            when = campaign.approved_at
            approved_at = f"{when.astimezone():%Y-%m-%d %H:%M}" if when else ""
            texts = (campaign.name, self._state_text(campaign.status), campaign.created_by,
                     campaign.approved_by, approved_at)
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and campaign.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def _state_text(self, status: str) -> str:
        texts = {
            AWAITING_APPROVAL: self.tr("awaiting approval"), "running": self.tr("sending"),
            "paused": self.tr("paused"), "cancelled": self.tr("cancelled"), "draft": self.tr("draft"),
        }
        return texts.get(status, status)

    def campaigns(self) -> list[CampaignInfo]:
        """The campaigns shown, newest first."""
        return list(self._campaigns)

    def selected(self) -> CampaignInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._campaigns):
            return None
        return self._campaigns[rows[0].row()]

    def select_campaign(self, campaign_id: int) -> None:
        for row, campaign in enumerate(self._campaigns):
            if campaign.id == campaign_id:
                self.table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        campaign = self.selected()
        user = self._users.current
        allowed = bool(campaign and campaign.status == AWAITING_APPROVAL and user and user.is_admin)
        self.approve_button.setEnabled(allowed)
        self.reject_button.setEnabled(allowed)
        if campaign and campaign.status == AWAITING_APPROVAL and not allowed:
            self.approve_button.setToolTip(self.tr("Only an administrator can approve a campaign."))
        else:
            self.approve_button.setToolTip("")

    def _decide(self, decision: object) -> None:
        campaign = self.selected()
        if campaign is None or not callable(decision):
            return
        campaign_id = campaign.id
        run_in_background(self, lambda: decision(campaign_id), lambda _none: self.refresh())

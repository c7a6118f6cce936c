"""The inbox's assignment controls: a filter by assignee for everyone, and, for administrators,
"Assign to" any active user. The core checks the role again when the assignment is written."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from desk_sms.domain.roles import Permission
from desk_sms.events import DataChanged
from desk_sms.services.users import UserInfo, UsersService
from ui.bridge import EngineBridge
from ui.roles import RoleGate
from ui.style import named
from ui.tasks import run_in_background

NOBODY = 0  # the "Assign to" choice that unassigns (user ids start at 1)


class AssignmentBar(QWidget):
    """Signals:
    filter_changed(): another assignee was chosen in the filter.
    assign_requested(object): assign the selection to this user id (None: to nobody).
    users_loaded(): the user lists are filled.
    """

    filter_changed = Signal()
    assign_requested = Signal(object)
    users_loaded = Signal()

    def __init__(self, users: UsersService, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.filter = named(QComboBox(), "assigneeFilter")
        self.filter.addItem("", None)
        self.assignee = named(QComboBox(), "assignTo")
        self.assignee.addItem("", NOBODY)
        self.assign_button = named(QPushButton(), "assignToUser")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter, self.assignee, self.assign_button):
            layout.addWidget(widget)
        self.filter.currentIndexChanged.connect(lambda _index: self.filter_changed.emit())
        self.assign_button.clicked.connect(self._request)
        bridge.data_changed.connect(self._on_data_changed)
        self.role_gate = RoleGate(
            users, bridge, Permission.ASSIGN_OTHERS, [self.assignee, self.assign_button], self
        )
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.filter.setItemText(0, self.tr("Anyone's"))
        self.assignee.setItemText(0, self.tr("Nobody"))
        self.assign_button.setText(self.tr("Assign"))
        self.assignee.setToolTip(self.tr("Give the selected messages to this user (administrators)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_assignee(self) -> int | None:
        """The filter's user id; None for everyone's messages."""
        value = self.filter.currentData()
        return int(value) if value is not None else None

    def reload(self) -> None:
        run_in_background(self, self._users.list_users, self._show_users)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "users":
            self.reload()

    def _show_users(self, users: list[UserInfo]) -> None:
        active = [user for user in users if user.active]
        for combo, kept in ((self.filter, 1), (self.assignee, 1)):
            chosen = combo.currentData()
            blocked = combo.blockSignals(True)  # refilling is not a new choice
            while combo.count() > kept:
                combo.removeItem(kept)
            for user in active:
                combo.addItem(user.name, user.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(blocked)
        self.users_loaded.emit()

    def _request(self) -> None:
        value = self.assignee.currentData()
        self.assign_requested.emit(None if value in (None, NOBODY) else int(value))

"""The window hides what the signed-in user's role may not do. The rule itself lives in the core
(`desk_sms.domain.roles`); the services refuse regardless, this only keeps the screen honest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk_sms.domain.roles import Permission
from desk_sms.events import DataChanged
from desk_sms.services.users import UsersService
from ui.bridge import EngineBridge


class RoleGate(QObject):
    """Shows `widgets` only while the acting user may `permission`; follows sign-ins and role changes.

    `on_change(allowed)` lets a page do more than hide (a form turns read-only, a note appears).
    """

    def __init__(
        self, users: UsersService, bridge: EngineBridge, permission: Permission,
        widgets: Sequence[QWidget], parent: QObject, on_change: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._permission = permission
        self._widgets = list(widgets)
        self._on_change = on_change
        bridge.data_changed.connect(self._on_data_changed)
        self.apply()

    @property
    def allowed(self) -> bool:
        return self._users.may(self._permission)

    def apply(self) -> None:
        allowed = self.allowed
        for widget in self._widgets:
            widget.setVisible(allowed)
        if self._on_change is not None:
            self._on_change(allowed)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "users":
            self.apply()

"""The status bar's current user: who is working at this desk, and a button to switch.

A desk acts only through a signed-in user. At the very first start the administrator chooses a
password (or knowingly none); after that the only user without a password is signed in by itself
(a shop with one PC and no accounts never sees a sign-in); otherwise the sign-in dialog asks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desk_sms.events import DataChanged
from desk_sms.services.users import UserInfo, UsersService
from ui.bridge import EngineBridge
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.login import LoginDialog
from ui.style import named
from ui.tasks import run_in_background


class CurrentUserIndicator(QWidget):
    """Signals:
    user_shown(): the label shows the user signed in now.
    """

    user_shown = Signal()

    def __init__(
        self, users: UsersService, bridge: EngineBridge, parent: QWidget | None = None,
        ask_at_start: bool = True,
    ) -> None:
        super().__init__(parent)
        named(self, "currentUser")
        self._users = users
        self._ask_at_start = ask_at_start
        self.label = named(QLabel(), "currentUserName")
        self.switch_button = named(QToolButton(), "switchUser")
        self.switch_button.clicked.connect(self.switch_user)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.switch_button)
        bridge.data_changed.connect(self._on_data_changed)
        self.retranslate_ui()
        users.require_sign_in()
        run_in_background(self, users.sign_in_default, self._signed_in_at_start)

    def retranslate_ui(self) -> None:
        self.switch_button.setText(self.tr("Switch user"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def switch_user(self) -> LoginDialog:
        """Open the sign-in dialog without blocking (the window keeps its events flowing)."""
        dialog = LoginDialog(self._users, self)
        dialog.finished.connect(lambda _result: self._show())
        dialog.open()
        return dialog

    def _signed_in_at_start(self, user: UserInfo | None) -> None:
        if user is None and self._ask_at_start:
            if self._users.first_start_pending() is not None:
                self.first_start()
            else:
                self.switch_user()
        self._show()

    def first_start(self) -> FirstStartDialog:
        dialog = FirstStartDialog(self._users, self)
        dialog.finished.connect(lambda _result: self._show())
        dialog.open()
        return dialog

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "users":
            self._show()

    def _show(self) -> None:
        user = self._users.current
        if user is None:
            self.label.setText(self.tr("Not signed in"))
        else:
            role = self.tr("administrator") if user.is_admin else self.tr("operator")
            self.label.setText(self.tr("User: {name} ({role})").format(name=user.name, role=role))
        self.user_shown.emit()

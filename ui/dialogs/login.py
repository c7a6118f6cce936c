"""Sign in / switch user: pick a user, give the password if that user has one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_sms.errors import UserError
from desk_sms.services.users import UserInfo, UsersService
from ui.style import named


class LoginDialog(QDialog):
    """Signs a user in on `users` when accepted; `signed_in` then holds who."""

    def __init__(self, users: UsersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "loginDialog")
        self._users = users
        self.signed_in: UserInfo | None = None
        self.user_choice = named(QComboBox(), "loginUser")
        for user in users.list_users():
            if user.active:
                self.user_choice.addItem(user.name, user)
        self.password = named(QLineEdit(), "loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = named(QLabel(), "formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.user_choice.currentIndexChanged.connect(lambda _index: self._on_user_changed())
        form = QFormLayout()
        self._user_label, self._password_label = QLabel(), QLabel()
        form.addRow(self._user_label, self.user_choice)
        form.addRow(self._password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        current = users.current
        if current is not None:
            self.user_choice.setCurrentIndex(max(self.user_choice.findText(current.name), 0))
        self.retranslate_ui()
        self._on_user_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Switch user"))
        self._user_label.setText(self.tr("User"))
        self._password_label.setText(self.tr("Password"))

    def _on_user_changed(self) -> None:
        user = self.user_choice.currentData()
        self.password.setEnabled(bool(user and user.has_password))
        self.password.clear()
        self.error.clear()

    def try_sign_in(self) -> None:
        """Short and local (one row and one hash check), so it runs on the GUI thread."""
        try:
            self.signed_in = self._users.sign_in(self.user_choice.currentText(), self.password.text())
        except UserError:
            self.error.setText(self.tr("Wrong password."))
            self.password.selectAll()
            return
        self.accept()

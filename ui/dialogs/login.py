"""Sign in / switch user: pick a user, give the password if that user has one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.errors import UserError
from desk_sms.services.users import Role, UserInfo, UserLocked, UsersService, WrongPassword
from ui.errors import user_error_text
from ui.style import named


class LoginDialog(QDialog):
    """Signs a user in on `users` when accepted; `signed_in` then holds who."""

    def __init__(self, users: UsersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "loginDialog")
        self._users = users
        self.signed_in: UserInfo | None = None
        self.user_choice = named(QComboBox(), "loginUser")
        self._refill_users()
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
        layout.addWidget(self._build_new_user())
        layout.addWidget(self.buttons)
        current = users.current
        if current is not None:
            self.user_choice.setCurrentIndex(max(self.user_choice.findText(current.name), 0))
        self.retranslate_ui()
        self._on_user_changed()

    def _build_new_user(self) -> QGroupBox:
        """Administrators add users here; everyone else sees the box disabled."""
        self._new_box = QGroupBox()
        self.new_name = named(QLineEdit(), "newUserName")
        self.new_role = named(QComboBox(), "newUserRole")
        for role in Role:
            self.new_role.addItem("", role.value)
        self.new_role.setCurrentIndex(self.new_role.findData(Role.OPERATOR.value))
        self.new_password = named(QLineEdit(), "newUserPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_user_button = named(QPushButton(), "addUser")
        self.add_user_button.clicked.connect(self.add_user)
        row = QHBoxLayout(self._new_box)
        for widget in (self.new_name, self.new_role, self.new_password, self.add_user_button):
            row.addWidget(widget)
        current = self._users.current
        self._new_box.setEnabled(bool(current and current.is_admin))
        return self._new_box

    def add_user(self) -> None:
        try:
            self._users.require_admin("adding a user")
            role, password = self.new_role.currentData(), self.new_password.text()
            self._users.create_user(self.new_name.text(), role, password)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self._refill_users()
        self.new_name.clear()
        self.new_password.clear()

    def _refill_users(self) -> None:
        chosen = self.user_choice.currentText()
        self.user_choice.clear()
        for user in self._users.list_users():
            if user.active:
                self.user_choice.addItem(user.name, user)
        self.user_choice.setCurrentIndex(max(self.user_choice.findText(chosen), 0))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Switch user"))
        self._user_label.setText(self.tr("User"))
        self._password_label.setText(self.tr("Password"))
        self._new_box.setTitle(self.tr("Add user (administrators)"))
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_password.setPlaceholderText(self.tr("Password (optional)"))
        self.add_user_button.setText(self.tr("Add user"))
        self.new_role.setItemText(0, self.tr("administrator"))
        self.new_role.setItemText(1, self.tr("operator"))

    def _on_user_changed(self) -> None:
        user = self.user_choice.currentData()
        self.password.setEnabled(bool(user and user.has_password))
        self.password.clear()
        self.error.clear()

    def try_sign_in(self) -> None:
        """Short and local (one row and one hash check), so it runs on the GUI thread."""
        try:
            self.signed_in = self._users.sign_in(self.user_choice.currentText(), self.password.text())
        except WrongPassword:
            self.error.setText(self.tr("Wrong password."))
            self.password.selectAll()
            return
        except UserLocked as exc:  # five wrong passwords: the core says for how long
            self.error.setText(user_error_text(exc))
            self.password.clear()
            return
        except UserError:  # deactivated or renamed (at another desk) since the list was filled
            self._refill_users()
            self.error.setText(self.tr("This user can no longer sign in. The list was updated."))
            return
        self.accept()

"""The first start: the administrator chooses a password, or knowingly none on this PC.

On a shared database server "no password" is not offered (the core refuses it too): anyone on the
network could otherwise act as the administrator.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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
from ui.errors import user_error_text
from ui.style import named

MIN_PASSWORD_LENGTH = 4


class FirstStartDialog(QDialog):
    """Accepted once the choice is saved; `signed_in` then holds the administrator."""

    def __init__(self, users: UsersService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "firstStartDialog")
        self._users = users
        self.signed_in: UserInfo | None = None
        self.intro = named(QLabel(), "pageNote")
        self.intro.setWordWrap(True)
        self.password = _password_field("firstPassword")
        self.repeat = _password_field("firstPasswordAgain")
        self.no_password = named(QCheckBox(), "noPasswordOnThisPc")
        self.no_password.setVisible(not users.shared_server)
        self.no_password.toggled.connect(self._on_no_password)
        self.error = named(QLabel(), "formError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.choose)
        self._labels = (QLabel(), QLabel())
        form = QFormLayout()
        form.addRow(self._labels[0], self.password)
        form.addRow(self._labels[1], self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.no_password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to desk-sms"))
        self.intro.setText(
            self.tr(
                "You are the administrator of desk-sms. Choose a password: it protects the settings, "
                "the modems, the users and the audit log."
            )
        )
        self._labels[0].setText(self.tr("Password"))
        self._labels[1].setText(self.tr("Password again"))
        self.no_password.setText(
            self.tr("No password on this PC (only if nobody else can use this computer)")
        )

    def _on_no_password(self, checked: bool) -> None:
        for field in (self.password, self.repeat):
            field.setEnabled(not checked)
            field.clear()
        self.error.clear()

    def problem(self) -> str:
        """What stops the choice, translated; empty when it may be saved."""
        if self.no_password.isChecked():
            return ""
        password = self.password.text()
        if len(password) < MIN_PASSWORD_LENGTH:
            return self.tr(
                "Choose a password of at least %n character(s), or tick “No password on this PC”.", "",
                MIN_PASSWORD_LENGTH)
        if password != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def choose(self) -> None:
        """One hash and one row: short enough for the GUI thread."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        password = None if self.no_password.isChecked() else self.password.text()
        try:
            self.signed_in = self._users.choose_first_password(password)
        except UserError as exc:
            self.error.setText(user_error_text(exc))
            return
        self.accept()

    def reject(self) -> None:
        """There is no way around the choice: the administrator's account must be settled."""
        self.error.setText(self.tr("Please choose a password, or tick “No password on this PC”."))


def _password_field(name: str) -> QLineEdit:
    field = named(QLineEdit(), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field

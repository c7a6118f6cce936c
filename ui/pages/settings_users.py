"""The Users group of the Settings page: who works with desk-sms, their roles and passwords.

Administrators add users, rename them, change their role, reset their password and deactivate or
reactivate them; everyone else sees the list only. Users are never deleted, so the audit log and
the messages they handled keep their names. The list (with last sign-ins from the audit log) is
read in the background, and read again whenever users change: after a change made here, and on
DataChanged("users"), which every sign-in and every change through the service publishes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.errors import UserError
from desk_sms.events import DataChanged
from desk_sms.services.users import NameTaken, OwnAccount, Role, UserInfo, UsersService, clean_user_name
from ui.bridge import EngineBridge
from ui.errors import show_error
from ui.style import named
from ui.tasks import run_in_background

NAME, ROLE, STATUS, PASSWORD, LAST_SIGN_IN = range(5)
TABLE_MIN_HEIGHT = 180
NAME_COLUMN_WIDTH = 260
MIN_COLUMN_WIDTH = 110


@dataclass(frozen=True)
class UserRow:
    user: UserInfo
    last_sign_in: datetime | None


def load_user_rows(users: UsersService) -> list[UserRow]:
    seen = users.last_sign_ins()
    return [UserRow(user, seen.get(user.id)) for user in users.list_users()]


class UserFormDialog(QDialog):
    """Asks for a name, a role, or a password typed twice (only the fields it is given).

    It closes only when the entries are acceptable, so a mistake never loses what was typed.
    """

    def __init__(
        self, title: str, parent: QWidget, *, name: str | None = None, role: Role | None = None,
        password: bool = False, name_problem: Callable[[str], str] = lambda _name: "",
    ) -> None:
        super().__init__(parent)
        named(self, "userFormDialog")
        self.setWindowTitle(title)
        self._name_problem = name_problem
        self.name_edit = named(QLineEdit(name or ""), "userName")
        self.role_choice = named(QComboBox(), "userRole")
        self.role_choice.addItem(self.tr("operator"), Role.OPERATOR)
        self.role_choice.addItem(self.tr("administrator"), Role.ADMINISTRATOR)
        self.role_choice.setCurrentIndex(max(self.role_choice.findData(role), 0))
        self.password_edit = _password_edit("userPassword")
        self.repeat_edit = _password_edit("userPasswordRepeat")
        self.error = named(QLabel(wordWrap=True), "formError")
        self.hint = named(QLabel(wordWrap=True), "pageNote")
        self.hint.setText(
            self.tr("Leave both empty for no password: the user then signs in by choosing their name.")
        )
        self.hint.setVisible(password)
        form = QFormLayout()
        if name is not None:
            form.addRow(QLabel(self.tr("Name:")), self.name_edit)
        if role is not None:
            form.addRow(QLabel(self.tr("Role:")), self.role_choice)
        if password:
            form.addRow(QLabel(self.tr("Password:")), self.password_edit)
            form.addRow(QLabel(self.tr("Repeat password:")), self.repeat_edit)
        self._asks_name = name is not None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)  # below the form: a wrapped label in a form row gets cut off
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def try_accept(self) -> None:
        problem = self._name_problem(self.name_edit.text()) if self._asks_name else ""
        if not problem and self.password_edit.text() != self.repeat_edit.text():
            problem = self.tr("The two passwords differ. Type the same password twice.")
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def entered_name(self) -> str:
        return self.name_edit.text().strip()

    def chosen_role(self) -> Role:
        return Role(self.role_choice.currentData())

    def entered_password(self) -> str:
        return self.password_edit.text()


class UsersGroup(QGroupBox):
    """Signals:
    loaded(): the table shows the users as stored now.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersGroup")
        self._users = context.users
        self._rows: list[UserRow] = []
        self._busy = False  # a change is being saved: one at a time
        self._build()
        self.retranslate_ui()
        bridge.data_changed.connect(self._on_data_changed)
        self.reload()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.note = named(QLabel(wordWrap=True), "pageNote")
        self.table = named(QTableWidget(0, 5), "usersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, NAME_COLUMN_WIDTH)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.feedback = named(QLabel(wordWrap=True), "formStatus")
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.table)
        column.addLayout(self._build_buttons())
        column.addWidget(self.feedback)

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = named(QPushButton(), "addUser")
        self.rename_button = named(QPushButton(), "renameUser")
        self.role_button = named(QPushButton(), "changeUserRole")
        self.password_button = named(QPushButton(), "resetUserPassword")
        self.active_button = named(QPushButton(), "deactivateUser")
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.role_button.clicked.connect(self.ask_role)
        self.password_button.clicked.connect(self.ask_password)
        self.active_button.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.role_button, self.password_button,
                       self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Users"))
        self.note.setText(self.tr(
            "Only an administrator can add or change users. To make a change, sign in as an "
            "administrator (Switch user, at the bottom right)."
        ))
        headers = (self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Password"),
                   self.tr("Last sign-in"))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.add_button.setText(self.tr("Add…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.role_button.setText(self.tr("Change role…"))
        self.password_button.setText(self.tr("Reset password…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        run_in_background(self, lambda: load_user_rows(self._users), self._show_rows)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "users":
            self.reload()

    def _show_rows(self, rows: list[UserRow]) -> None:
        self._rows = rows
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self._rows))
        inactive = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, entry in enumerate(self._rows):
            for column, text in enumerate(self._texts(entry)):
                item = QTableWidgetItem(text)
                if not entry.user.active:
                    item.setForeground(inactive)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def _texts(self, entry: UserRow) -> tuple[str, ...]:
        user, when = entry.user, entry.last_sign_in
        return (
            user.name,
            self.tr("administrator") if user.is_admin else self.tr("operator"),
            self.tr("active") if user.active else self.tr("deactivated"),
            self.tr("set") if user.has_password else self.tr("none"),
            f"{when.astimezone():%Y-%m-%d %H:%M}" if when else "—",
        )

    def users(self) -> list[UserInfo]:
        """The users shown, by name."""
        return [entry.user for entry in self._rows]

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].user

    def select_user(self, user_id: int) -> None:
        for row, entry in enumerate(self._rows):
            if entry.user.id == user_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        current = self._users.current
        may_change = bool(current and current.is_admin) and not self._busy
        user = self.selected()
        self.note.setVisible(not (current and current.is_admin))
        self.add_button.setEnabled(may_change)
        for button in (self.rename_button, self.role_button, self.password_button, self.active_button):
            button.setEnabled(may_change and user is not None)
        reactivate = user is not None and not user.active
        self.active_button.setText(self.tr("Reactivate") if reactivate else self.tr("Deactivate…"))

    # ----- changes --------------------------------------------------------------------------

    def ask_add(self) -> UserFormDialog:
        dialog = self._form(self.tr("Add user"), name="", role=Role.OPERATOR, password=True)

        def add() -> None:
            name, role, password = dialog.entered_name(), dialog.chosen_role(), dialog.entered_password()
            self._users.require_admin("adding a user")
            self._users.create_user(name, role, password)

        dialog.accepted.connect(lambda: self._save(add, self.tr("{name} was added.").format(
            name=dialog.entered_name())))
        return dialog

    def ask_rename(self) -> UserFormDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = self._form(self.tr("Rename {name}").format(name=user.name), name=user.name, own_id=user.id)
        dialog.accepted.connect(lambda: self._save(
            lambda: self._users.rename_user(user.id, dialog.entered_name()),
            self.tr("{old} is now called {new}.").format(old=user.name, new=dialog.entered_name()),
        ))
        return dialog

    def ask_role(self) -> UserFormDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = self._form(self.tr("Change the role of {name}").format(name=user.name), role=user.role)

        def done_text() -> str:
            admin = dialog.chosen_role() is Role.ADMINISTRATOR
            role = self.tr("administrator") if admin else self.tr("operator")
            return self.tr("{name} is now an {role}.").format(name=user.name, role=role)

        dialog.accepted.connect(lambda: self._save(
            lambda: self._users.change_role(user.id, dialog.chosen_role()), done_text()))
        return dialog

    def ask_password(self) -> UserFormDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = self._form(self.tr("Reset the password of {name}").format(name=user.name), password=True)

        def done_text() -> str:
            if dialog.entered_password():
                return self.tr("The password of {name} was changed.").format(name=user.name)
            return self.tr("{name} now signs in without a password.").format(name=user.name)

        dialog.accepted.connect(lambda: self._save(
            lambda: self._users.reset_password(user.id, dialog.entered_password()), done_text()))
        return dialog

    def toggle_active(self) -> None:
        """Reactivate at once; deactivate after a confirmation (that user can no longer sign in)."""
        user = self.selected()
        if user is None:
            return
        if not user.active:
            self._save(lambda: self._users.reactivate_user(user.id),
                       self.tr("{name} can sign in again.").format(name=user.name))
            return
        current = self._users.current
        if current is not None and current.id == user.id:
            self._show_feedback(self.refusal_text(OwnAccount(name=user.name)) or "", error=True)
            return
        if self._confirm_deactivation(user):
            self._save(lambda: self._users.deactivate_user(user.id),
                       self.tr("{name} was deactivated.").format(name=user.name))

    def _confirm_deactivation(self, user: UserInfo) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deactivate a user"), self.tr(
            "Deactivate {name}?\n\n{name} can no longer sign in. The name stays in the audit log and "
            "on the messages {name} handled. You can reactivate the user later."
        ).format(name=user.name), parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _form(
        self, title: str, *, name: str | None = None, role: Role | None = None, password: bool = False,
        own_id: int | None = None,
    ) -> UserFormDialog:
        dialog = UserFormDialog(
            title, self, name=name, role=role, password=password,
            name_problem=lambda text: self.name_problem(text, own_id),
        )
        dialog.open()
        return dialog

    def name_problem(self, name: str, own_id: int | None = None) -> str:
        """Why `name` cannot be used (translated), or "" when it can; `own_id` may keep its own name."""
        try:
            cleaned = clean_user_name(name)
        except UserError as exc:
            return self.refusal_text(exc) or exc.message
        if any(entry.user.name == cleaned and entry.user.id != own_id for entry in self._rows):
            return self.refusal_text(NameTaken(name=cleaned)) or ""
        return ""

    def _save(self, change: Callable[[], None], done_text: str) -> None:
        self._busy = True
        self._update_buttons()
        self.feedback.clear()
        run_in_background(self, change, lambda _result: self._saved(done_text), self._refused)

    def _saved(self, done_text: str) -> None:
        self._busy = False
        self._show_feedback(done_text, error=False)
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        text = self.refusal_text(exc) if isinstance(exc, UserError) else None
        if text is None:
            show_error(self, exc)
        else:
            self._show_feedback(text, error=True)
        self.reload()  # another desk may have changed the list meanwhile

    def refusal_text(self, exc: UserError) -> str | None:
        """The translated reason the users service gave, or None for an error it does not raise."""
        texts = {
            "users.name_missing": self.tr("Enter a name."),
            "users.name_too_long": self.tr("A name can have at most {limit} characters."),
            "users.name_taken": self.tr(
                "There is already a user named “{name}” (it may be deactivated). Choose another name."
            ),
            "users.last_administrator": self.tr(
                "{name} is the only active administrator. Make another user an administrator first, "
                "so that someone can still manage users."
            ),
            "users.own_account": self.tr(
                "You are signed in as {name}. To deactivate {name}, sign in as another administrator."
            ),
            "users.not_allowed": self.tr("Only an administrator can add or change users."),
        }
        template = texts.get(exc.code)
        return template.format(**{key: str(value) for key, value in exc.params.items()}) if template else None

    def _show_feedback(self, text: str, error: bool) -> None:
        self.feedback.setObjectName("formError" if error else "formStatus")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)


def _password_edit(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit

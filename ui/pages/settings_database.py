"""The Database group of the Settings page: this computer's file, or a PostgreSQL server shared by desks.

The choice is saved in the data directory (desk_sms.db.location) and takes effect at the next
start: the running services stay on the database they opened. A server is saved only after a
successful "Test connection" of exactly the values in the form; the test runs in the background
and gives up after a few seconds.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from desk_sms.context import AppContext
from desk_sms.db import location
from desk_sms.db.location import ConnectionCheck, DatabaseState
from desk_sms.db.session import masked
from desk_sms.services import database_choice
from ui.style import named
from ui.tasks import run_in_background

DEFAULT_PORT = 5432
FIELD_WIDTH = 280


class DatabaseGroup(QGroupBox):
    """Signals:
    checked(object): the ConnectionCheck of a finished "Test connection".
    saved(object): the URL saved for the next start, or None for this computer's file.
    """

    checked = Signal(object)
    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseGroup")
        self._context = context
        self._tested_url: str | None = None  # the form's URL as of the last usable test
        self._overridden_by = _overridden_by(context)  # as at start: saving here changes that
        self._built = False
        self._build()
        self._show_current_choice()
        self._built = True
        self.retranslate_ui()
        self._update_buttons()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.in_use = named(QLabel(wordWrap=True), "databaseInUse")
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.override_note = named(QLabel(wordWrap=True), "pageNote")
        self.local_choice = named(QRadioButton(), "databaseLocal")
        self.server_choice = named(QRadioButton(), "databaseServer")
        choices = QButtonGroup(self)
        for button in (self.local_choice, self.server_choice):
            choices.addButton(button)
            button.toggled.connect(self._on_form_changed)
        self.server_fields = self._build_server_fields()
        self.result = named(QLabel(wordWrap=True), "formStatus")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.addWidget(self.in_use)
        column.addWidget(self.override_note)
        column.addWidget(self.local_choice)
        column.addWidget(self.server_choice)
        column.addWidget(self.server_fields)
        column.addLayout(self._build_buttons())
        column.addWidget(self.result)

    def _build_server_fields(self) -> QWidget:
        box = QWidget()
        self.host = _line_edit("databaseHost")
        self.port = named(QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT), "databasePort")
        self.database = _line_edit("databaseName")
        self.user = _line_edit("databaseUser")
        self.password = _line_edit("databasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = named(QCheckBox(), "databaseTls")
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._on_form_changed)
        self.port.valueChanged.connect(self._on_form_changed)
        self.tls.toggled.connect(self._on_form_changed)
        self._fields_form = QFormLayout(box)
        self._fields_form.setContentsMargins(24, 0, 0, 0)  # under the radio button it belongs to
        self._fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._field_labels = [QLabel() for _ in range(5)]  # addRow("", …) would make no label at all
        fields = (self.host, self.port, self.database, self.user, self.password)
        for label, field in zip(self._field_labels, fields, strict=True):
            self._fields_form.addRow(label, field)
        self._fields_form.addRow(self.tls)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.test_button = named(QPushButton(), "testDatabase")
        self.use_button = named(QPushButton(), "useDatabase")
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_database)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.use_button)
        row.addStretch(1)
        return row

    def _show_current_choice(self) -> None:
        """Fill the form from the database this process uses (a server's password included)."""
        url = self._context.database.url
        if not location.is_server_url(url):
            self.local_choice.setChecked(True)
            return
        parsed = make_url(url)
        self.server_choice.setChecked(True)
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        self.password.setText(parsed.password or "")
        self.tls.setChecked(parsed.query.get("sslmode") == "require")

    # ----- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Database"))
        self.in_use.setText(self._in_use_text())
        self.override_note.setText(self._override_text())
        self.override_note.setVisible(bool(self.override_note.text()))
        self.local_choice.setText(self.tr("This computer only (file)"))
        self.server_choice.setText(self.tr("A PostgreSQL server shared by several desks"))
        labels = (
            self.tr("Server (host name or address):"),
            self.tr("Port:"),
            self.tr("Database name:"),
            self.tr("User:"),
            self.tr("Password:"),
        )
        for label, text in zip(self._field_labels, labels, strict=True):
            label.setText(text)
        self.tls.setText(self.tr("Use TLS (encryption)"))
        self.test_button.setText(self.tr("Test connection"))
        self.use_button.setText(self.tr("Use this database"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate_ui()
        super().changeEvent(event)

    def _in_use_text(self) -> str:
        url = self._context.database.url
        if not location.is_server_url(url):
            path = self._context.database.sqlite_path
            return self.tr("In use now: this computer's file {path}").format(path=path)
        parsed = make_url(url)
        return self.tr(
            "In use now: database {database} on the PostgreSQL server {host}:{port}, user {user}"
        ).format(
            database=parsed.database,
            host=parsed.host,
            port=parsed.port or DEFAULT_PORT,
            user=parsed.username or "",
        )

    def _override_text(self) -> str:
        """Why saving here may not be what the next start uses."""
        if self._overridden_by is location.LocationSource.ENVIRONMENT:
            return self.tr(
                "The environment variable {name} is set on this PC: "
                "it decides the database, whatever is saved here."
            ).format(name=location.DB_URL_ENV)
        if self._overridden_by is location.LocationSource.COMMAND_LINE:
            return self.tr(
                "desk-sms was started with --db: the choice saved here applies when it starts without it."
            )
        return ""

    def _check_text(self, check: ConnectionCheck, form: dict[str, str]) -> str:
        texts = {
            DatabaseState.EMPTY: self.tr(
                "Connected. The database is empty: desk-sms will set it up when it next starts."
            ),
            DatabaseState.CURRENT: self.tr(
                "Connected. The database already holds desk-sms data of this version."
            ),
            DatabaseState.OLDER: self.tr(
                "Connected. The database holds desk-sms data of an older version: "
                "desk-sms upgrades it when it next starts."
            ),
            DatabaseState.NEWER: self.tr(
                "Connected, but the database was made by a newer desk-sms. "
                "Install that version on this PC first."
            ),
            DatabaseState.FOREIGN: self.tr(
                "Connected, but the database holds tables that desk-sms did not make. "
                "Choose an empty database."
            ),
            DatabaseState.NO_CREATE_RIGHT: self.tr(
                "Connected, but the user {user} may not create tables in this database. "
                "Ask the server's administrator to make {user} the owner of the database."
            ),
            DatabaseState.WRONG_LOGIN: self.tr("The server refused the user name or the password."),
            DatabaseState.NO_SUCH_DATABASE: self.tr("The server has no database named {database}."),
            DatabaseState.UNREACHABLE: self.tr(
                "The server cannot be reached at {host}, port {port}. Check the address and the port, "
                "that the server is running, and that no firewall blocks the connection."
            ),
            DatabaseState.HOST_NOT_ALLOWED: self.tr(
                "The server does not accept connections from this computer. "
                "Its administrator must allow them (pg_hba.conf)."
            ),
            DatabaseState.NO_TLS: self.tr(
                "The server does not offer TLS encryption. "
                "Untick “Use TLS” or ask its administrator to turn TLS on."
            ),
            DatabaseState.DRIVER_MISSING: self.tr(
                "This desk-sms was installed without the PostgreSQL driver (psycopg)."
            ),
            DatabaseState.BAD_URL: self.tr("desk-sms cannot use this database: {detail}"),
            DatabaseState.FAILED: self.tr("The database cannot be opened: {detail}"),
        }
        return texts[check.state].format(detail=check.detail, **form)

    def _migration_hint(self, check: ConnectionCheck) -> str:
        if check.state is not DatabaseState.EMPTY or location.is_server_url(self._context.database.url):
            return ""
        hint = self.tr("To bring this computer's existing data over to the server, run:")
        command = f"desk-sms db migrate-to {check.location}"
        if "***" in check.location:
            command += " " + self.tr("(*** stands for the password)")
        return f"{hint}\n{command}"

    # ----- the form -------------------------------------------------------------------------

    def form_url(self) -> str | None:
        """The URL the form describes; None for this computer's file."""
        if self.local_choice.isChecked():
            return None
        return location.server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self.tls.isChecked(),
        )

    def _form_words(self) -> dict[str, str]:
        return {
            "host": self.host.text().strip(),
            "port": str(self.port.value()),
            "database": self.database.text().strip(),
            "user": self.user.text().strip(),
        }

    def _on_form_changed(self) -> None:
        if not self._built:
            return
        self._tested_url = None  # a test says nothing about values typed after it
        self.result.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        server = self.server_choice.isChecked()
        self.server_fields.setEnabled(server)
        complete = bool(self.host.text().strip() and self.database.text().strip())
        self.test_button.setEnabled(server and complete)
        tested = self._tested_url is not None and self._tested_url == self.form_url()
        self.use_button.setEnabled(not server or tested)

    # ----- testing and saving ---------------------------------------------------------------

    def test_connection(self) -> None:
        url, words = self.form_url(), self._form_words()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing the connection…"), error=False)
        run_in_background(
            self, lambda: location.check_connection(url), lambda check: self._show_check(check, url, words)
        )

    def _show_check(self, check: ConnectionCheck, url: str, words: dict[str, str]) -> None:
        self.checked.emit(check)
        if url != self.form_url():  # the form changed while the test ran: the result is about old values
            self._update_buttons()
            return
        if check.state.usable:
            self._tested_url = url
        text = "\n".join(
            part for part in (self._check_text(check, words), self._migration_hint(check)) if part
        )
        self._show_result(text, error=not check.state.usable)
        self._update_buttons()

    def use_database(self) -> None:
        url = self.form_url()
        if url is not None and url != self._tested_url:
            return  # only a server that just passed the test is saved
        self.use_button.setEnabled(False)
        root = self._context.paths.root
        run_in_background(
            self,
            lambda: database_choice.save_choice(self._context.users, root, url),
            lambda _none: self._after_save(url),
            self._save_failed,
        )

    def _after_save(self, url: str | None) -> None:
        if url is None:
            text = self.tr("Saved. desk-sms uses this computer's file from its next start.")
        else:
            text = self.tr("Saved. desk-sms uses the server {server} from its next start.").format(
                server=masked(url)
            )
        restart = self.tr("Close desk-sms and start it again to switch.")
        self._show_result(f"{text} {restart}", error=False)
        self._update_buttons()
        self.saved.emit(url)

    def _save_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._show_result(self.tr("Not saved: {reason}").format(reason=exc), error=True)

    def _show_result(self, text: str, error: bool) -> None:
        self.result.setObjectName("formError" if error else "formStatus")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)


def _overridden_by(context: AppContext) -> location.LocationSource | None:
    """--db or DESK_SMS_DB_URL, when one of them chose the database in use (not the saved choice)."""
    if os.environ.get(location.DB_URL_ENV):
        return location.LocationSource.ENVIRONMENT
    try:
        saved = location.read_saved_url(context.paths.root)
    except location.DatabaseUrlError:
        return location.LocationSource.COMMAND_LINE  # a broken file stops any start without --db
    if context.database.url != (saved or context.paths.database_url()):
        return location.LocationSource.COMMAND_LINE
    return None


def _line_edit(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setMinimumWidth(FIELD_WIDTH)
    return edit

"""Settings → Other programs (administrators): the local HTTP API on or off, its address and port
(another address than this PC's own shows a warning), and the API keys: made with a name and
scopes (the key is shown once, here), listed, revoked. The core validates and audits each change;
the engine reads the API settings when it starts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_sms.api.bind import Bind
from desk_sms.context import AppContext
from desk_sms.services.api_keys import SCOPES, ApiKeyInfo, ApiKeysService, NewApiKey
from desk_sms.wording import local_time
from ui.errors import show_error
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.form_feedback import SaveAnswers, save_settings, show_feedback

KEYS = ("api_enabled", "api_host", "api_port")
NAME, SCOPES_COLUMN, CREATED, LAST_USED, STATE = range(5)


def open_to_network(host: str) -> bool | None:
    """True when `host` lets other computers in, False for this PC only, None when it is no address."""
    try:
        return not Bind(host.strip(), 1).loopback
    except ValueError:
        return None


class ApiGroup(QGroupBox):
    """Signals:
    loaded(): settings and keys are in the form.
    saved(): the API settings were written.
    keys_changed(): a key was made or revoked.
    """

    loaded = Signal()
    saved = Signal()
    keys_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "apiGroup")
        self._context = context
        self._keys = ApiKeysService(context.database.session_factory, context.users, context.clock)
        self.enabled = named(QCheckBox(), "apiEnabled")
        self.host = named(QLineEdit(), "apiHost")
        self.port = named(QSpinBox(), "apiPort")
        self.port.setRange(1024, 65535)
        self.warning = named(QLabel(), "formError")
        self.warning.setWordWrap(True)
        self.host.textChanged.connect(self._show_warning)
        self.hint = named(QLabel(), "pageNote")
        self.hint.setWordWrap(True)
        self.save_button = named(QPushButton(), "primaryButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.feedback = named(QLabel(), "formStatus")
        self.feedback.setWordWrap(True)
        self._build_keys()
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self._labels[0], self._address_row())
        form.addRow(self.warning)
        form.addRow(self.hint)
        form.addRow(_row(self.save_button, self.feedback, grow=self.feedback))
        form.addRow(self._labels[1], self.table)
        form.addRow("", _row(self.revoke_button))
        form.addRow(self._labels[2], self._new_key_row())
        form.addRow(self._labels[3], _row(self.new_key, self.copy_button, grow=self.new_key))
        form.addRow(self.new_key_note)
        self.retranslate_ui()
        self.reload()

    def _address_row(self) -> QWidget:
        self._port_label = QLabel()
        return _row(self.host, self._port_label, self.port)

    def _build_keys(self) -> None:
        self.table = named(QTableWidget(0, 5), "apiKeys")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.key_name = named(QLineEdit(), "apiKeyName")
        self.key_name.setMinimumWidth(300)
        self.scopes = {scope: named(QCheckBox(), f"apiScope_{scope}") for scope in SCOPES}
        self.create_button = named(QPushButton(), "createApiKey")
        self.create_button.clicked.connect(self.create_key)
        self.revoke_button = named(QPushButton(), "revokeApiKey")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.new_key = named(QLineEdit(), "newApiKey")
        self.new_key.setReadOnly(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.new_key.text()))
        self.new_key_note = named(QLabel(), "pageNote")
        self.new_key_note.setWordWrap(True)
        self._show_new_key(None)

    def _new_key_row(self) -> QWidget:
        return _row(self.key_name, *self.scopes.values(), self.create_button)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Other programs: HTTP API (administrators)"))
        self.enabled.setText(self.tr("Let other programs send and read through the local HTTP API"))
        self._labels[0].setText(self.tr("Address:"))
        self._port_label.setText(self.tr("Port:"))
        self._labels[1].setText(self.tr("API keys:"))
        self._labels[2].setText(self.tr("New key:"))
        self._labels[3].setText(self.tr("Key:"))
        self.hint.setText(self.tr(
            "127.0.0.1 means only programs on this PC. The engine (desk-sms serve) starts the API "
            "with these settings when it starts."))
        self.key_name.setPlaceholderText(self.tr("e.g. the reservation system"))
        self._scope_names = dict(zip(SCOPES, (self.tr("send"), self.tr("read replies"),
                                              self.tr("appointments")), strict=True))
        for scope, text in self._scope_names.items():
            self.scopes[scope].setText(text)
        self.create_button.setText(self.tr("Create key"))
        self.revoke_button.setText(self.tr("Revoke"))
        self.copy_button.setText(self.tr("Copy"))
        self.save_button.setText(self.tr("Save API settings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Scopes"), self.tr("Created"), self.tr("Last used"), self.tr("State")])
        self._show_warning()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- settings -------------------------------------------------------------------------

    def reload(self) -> None:
        def read() -> tuple[dict[str, Any], list[ApiKeyInfo]]:
            return self._context.settings.all(), self._keys.list()

        run_in_background(self, read, self._show)

    def _show(self, loaded: tuple[dict[str, Any], list[ApiKeyInfo]]) -> None:
        values, keys = loaded
        self.enabled.setChecked(bool(values["api_enabled"]))
        self.host.setText(str(values["api_host"]))
        self.port.setValue(int(values["api_port"]))
        self._show_keys(keys)
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _show_warning(self) -> None:
        state = open_to_network(self.host.text())
        if state is None:
            self.warning.setText(self.tr("Type an IP address, e.g. 127.0.0.1."))
        elif state:
            self.warning.setText(self.tr(
                "Warning: other computers on the network can reach the API at this address; anyone "
                "with a key can send messages. Use 127.0.0.1 unless another computer must call it."))
        self.warning.setVisible(state is not False)

    def form_values(self) -> dict[str, Any]:
        return {"api_enabled": self.enabled.isChecked(), "api_host": self.host.text().strip(),
                "api_port": self.port.value()}

    def save(self) -> None:
        values, settings = self.form_values(), self._context.settings
        if open_to_network(values["api_host"]) is None:
            self._feedback(self.tr("Not saved."), True)
            return
        saved = self.tr("Saved. The engine uses it from its next start.")
        answers = SaveAnswers(saved, self.tr("Not saved."), self.saved.emit)
        save_settings(self, (self.save_button, self.feedback), settings, values, KEYS, answers)

    def _feedback(self, text: str, error: bool) -> None:
        show_feedback(self.feedback, text, error)

    # ----- keys -----------------------------------------------------------------------------

    def _show_keys(self, keys: list[ApiKeyInfo]) -> None:
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            scopes = ", ".join(self._scope_names[scope] for scope in key.scopes)
            last_used = local_time(key.last_used_at) if key.last_used_at else "—"
            cells = (key.name, scopes, local_time(key.created_at), last_used,
                     self.tr("active") if key.active else self.tr("revoked"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def create_key(self) -> None:
        name = self.key_name.text()
        scopes = [scope for scope, box in self.scopes.items() if box.isChecked()]
        self.create_button.setEnabled(False)
        run_in_background(self, lambda: self._keys.create(name, scopes), self._on_created,
                          self._on_key_failed)

    def _on_created(self, made: NewApiKey) -> None:
        self.create_button.setEnabled(True)
        self.key_name.clear()
        self._show_new_key(made)
        self._after_key_change()

    def _show_new_key(self, made: NewApiKey | None) -> None:
        self.new_key.setText(made.key if made else "")
        self.copy_button.setEnabled(made is not None)
        self.new_key_note.setText(self.tr(
            "Copy the key for {name} now: it is shown only this once.").format(name=made.info.name)
            if made else "")

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), NAME) if rows else None
        return item.text() if item else None

    def revoke_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Revoke an API key"), self.tr(
            "Revoke the key {name}? Programs using it are refused from now on.").format(name=name),
            parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            run_in_background(self, lambda: self._keys.revoke(name), lambda _: self._after_key_change(),
                              self._on_key_failed)

    def _after_key_change(self) -> None:
        run_in_background(self, self._keys.list, self._show_keys_changed)

    def _show_keys_changed(self, keys: list[ApiKeyInfo]) -> None:
        self._show_keys(keys)
        self.keys_changed.emit()

    def _on_key_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        show_error(self, exc)




def _row(*widgets: QWidget, grow: QWidget | None = None) -> QWidget:
    """`widgets` side by side; `grow` takes the room left (else the room stays empty at the end)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is grow else 0)
    if grow is None:
        layout.addStretch(1)
    return row

"""Dialogs of the Modems page: add a modem from a port scan, set a SIM PIN, set the sending limits.

The scan probes every serial port with a short `AT` (read-only) off the GUI thread; a USB modem
often shows several ports of which only one answers, so the ports that do not answer are listed
too, greyed out, with the reason.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_sms.db.models.modems import DEFAULT_DAILY_LIMIT, DEFAULT_MIN_INTERVAL_SECONDS
from desk_sms.engine.identity import Identity
from desk_sms.errors import UserError
from desk_sms.services.modems import MAX_DAILY_LIMIT, ModemService, PortCandidate, normalize_own_number
from ui.errors import show_error, user_error_text
from ui.style import named
from ui.tasks import run_in_background

MAX_INTERVAL_SECONDS = 3600.0
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole


def normalized_pin(typed: str) -> str:
    """Full-width digits (a Japanese input method's default) become the ASCII digits a SIM expects."""
    return unicodedata.normalize("NFKC", typed).strip()


def pin_is_valid(pin: str) -> bool:
    """A SIM PIN is 4 to 8 ASCII digits (the modem service's rule; "１" is a digit to Python too)."""
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8


class LimitsFields:
    """The daily limit and minimum interval spin boxes, shared by the add and limits dialogs."""

    def __init__(self, daily_limit: int, min_interval: float) -> None:
        self.daily_limit = named(QSpinBox(minimum=1, maximum=MAX_DAILY_LIMIT), "dailyLimit")
        self.daily_limit.setValue(daily_limit)
        self.min_interval = named(QDoubleSpinBox(minimum=0.0, maximum=MAX_INTERVAL_SECONDS, decimals=1),
                                  "minInterval")
        self.min_interval.setValue(min_interval)


class ModemAddDialog(QDialog):
    """Scan, pick a port that answers, name the modem, and add it.

    Signals:
        scan_finished(list): the candidates found (list of PortCandidate).
        added(int): the new modem's id.
    """

    scan_finished = Signal(list)
    added = Signal(int)

    def __init__(
        self,
        service: ModemService,
        parent: QWidget | None = None,
        scan: Callable[[], list[PortCandidate]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modemAddDialog")
        self.setMinimumWidth(560)  # a port's whole line, and the fields' hints, in English and Japanese
        self._service = service
        self._scan = scan or service.scan
        self._build()
        self.setWindowTitle(self.tr("Add a modem"))
        self.start_scan()

    def _build(self) -> None:
        self.ports = named(QListWidget(), "scanResults")
        self.ports.setMinimumHeight(140)
        self.ports.currentItemChanged.connect(lambda *_: self._on_port_chosen())
        self.scanning = named(QProgressBar(minimum=0, maximum=0, textVisible=False), "scanProgress")
        self.scan_label = named(QLabel(), "pageNote")
        self.rescan_button = named(QPushButton(self.tr("Scan again")), "rescan")
        self.rescan_button.clicked.connect(self.start_scan)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.scanning)
        scan_row.addWidget(self.rescan_button)
        self.name_edit = named(QLineEdit(), "modemName")
        self.name_edit.textChanged.connect(lambda _text: self._update_ok())
        self.pin_edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "modemPin")
        self.pin_edit.setPlaceholderText(self.tr("only if the SIM asks for one"))
        self.pin_edit.textChanged.connect(lambda _text: self._update_ok())
        self.number_edit = named(QLineEdit(), "simNumber")
        self.number_edit.setPlaceholderText(self.tr("only if the modem does not tell it"))
        self.limits = LimitsFields(DEFAULT_DAILY_LIMIT, DEFAULT_MIN_INTERVAL_SECONDS)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("SIM PIN:"), self.pin_edit)
        form.addRow(self.tr("The SIM's phone number:"), self.number_edit)
        form.addRow(self.tr("Daily limit (SMS parts in 24 h):"), self.limits.daily_limit)
        form.addRow(self.tr("Minimum seconds between messages:"), self.limits.min_interval)
        self.error_label = named(QLabel(wordWrap=True), "formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Serial ports that answer like a modem:")))
        column.addWidget(self.ports)
        column.addLayout(scan_row)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.buttons)
        self._update_ok()

    # ----- scanning -------------------------------------------------------------------------

    def start_scan(self) -> None:
        self.ports.clear()
        self.scanning.setVisible(True)
        self.rescan_button.setEnabled(False)
        self.scan_label.setText(self.tr("Looking for modems…"))
        run_in_background(self, self._scan, self._show_candidates, self._scan_failed)

    def _show_candidates(self, candidates: list[PortCandidate]) -> None:
        self._scan_done()
        answering = [c for c in candidates if c.answers_at]
        for candidate in sorted(candidates, key=lambda c: not c.answers_at):
            self.ports.addItem(self._item(candidate))
        if answering:
            self.scan_label.setText(self.tr("Ports answering: {count} of {total}.").format(
                count=len(answering), total=len(candidates)))
            self.ports.setCurrentRow(0)
        else:
            self.scan_label.setText(self.tr("No port answers. Is the modem plugged in?"))
        self.scan_finished.emit(candidates)

    def _item(self, candidate: PortCandidate) -> QListWidgetItem:
        if candidate.answers_at:
            imei = f"IMEI {candidate.imei}" if candidate.imei else None
            details = " · ".join(part for part in (candidate.model, imei, candidate.description) if part)
        else:
            details = self.tr("does not answer") + (f" ({candidate.error})" if candidate.error else "")
        item = QListWidgetItem(f"{candidate.device}  —  {details}")
        item.setData(CANDIDATE_ROLE, candidate)
        if not candidate.answers_at:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def _scan_failed(self, exc: BaseException) -> None:
        self._scan_done()
        self.scan_label.setText(self.tr("The scan failed."))
        show_error(self, exc)
        self.scan_finished.emit([])

    def _scan_done(self) -> None:
        self.scanning.setVisible(False)
        self.rescan_button.setEnabled(True)

    # ----- choosing and adding --------------------------------------------------------------

    def chosen(self) -> PortCandidate | None:
        item = self.ports.currentItem()
        candidate = item.data(CANDIDATE_ROLE) if item is not None else None
        return candidate if isinstance(candidate, PortCandidate) and candidate.answers_at else None

    def _on_port_chosen(self) -> None:
        candidate = self.chosen()
        if candidate is not None and not self.name_edit.text().strip():
            self.name_edit.setText(candidate.model or "")
        if candidate is not None:
            self.number_edit.setText(candidate.own_number or "")  # as the SIM tells it (AT+CNUM)
        self._update_ok()

    def _update_ok(self) -> None:
        pin = normalized_pin(self.pin_edit.text())
        pin_ok = not pin or pin_is_valid(pin)
        self.error_label.setText("" if pin_ok else self.tr("A SIM PIN is 4 to 8 digits."))
        ready = self.chosen() is not None and bool(self.name_edit.text().strip()) and pin_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def add(self) -> None:
        candidate = self.chosen()
        if candidate is None:
            return
        name, pin = self.name_edit.text().strip(), normalized_pin(self.pin_edit.text()) or None
        limit, interval = self.limits.daily_limit.value(), self.limits.min_interval.value()
        typed_number = unicodedata.normalize("NFKC", self.number_edit.text()).strip()
        service = self._service

        def add() -> int:
            number = normalize_own_number(typed_number) if typed_number else None  # refused: a clear error
            found = Identity(candidate.imei, candidate.imsi, candidate.iccid, number)
            return service.add(candidate.device, name=name, pin=pin, daily_limit=limit,
                               min_interval=interval, identity=found)

        run_in_background(self, add, self._added, self._refused)

    def _added(self, modem_id: int) -> None:
        self.added.emit(modem_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error_label.setText(user_error_text(exc))
        else:
            show_error(self, exc)


class PinDialog(QDialog):
    """Asks for a SIM PIN, masked, with the warning that a wrong one costs one of three tries."""

    def __init__(self, modem_name: str, attempts_left: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("SIM PIN for {name}").format(name=modem_name))
        self.pin_edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "pinEdit")
        self.pin_edit.setMaxLength(8)
        self.pin_edit.textChanged.connect(lambda _text: self._validate())
        warning = self.tr("Check the PIN before you confirm: every wrong PIN uses one of the SIM's three "
                          "tries, and after the third the SIM is locked until its PUK is entered. "
                          "desk-sms tries a PIN only once and never repeats a refused one.")
        self.warning_label = named(QLabel(warning, wordWrap=True), "pageNote")
        self.attempts_label = named(QLabel(), "pinAttempts")
        if attempts_left is not None:
            self.attempts_label.setText(
                self.tr("Tries left on this SIM: {count}").format(count=attempts_left))
        self.attempts_label.setVisible(attempts_left is not None)
        self.error_label = named(QLabel(), "formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("PIN:"), self.pin_edit)
        column = QVBoxLayout(self)
        column.addWidget(self.warning_label)
        column.addWidget(self.attempts_label)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.buttons)
        self._validate()

    def pin(self) -> str:
        return normalized_pin(self.pin_edit.text())

    def _validate(self) -> None:
        pin = self.pin()
        valid = pin_is_valid(pin)
        self.error_label.setText("" if valid or not pin else self.tr("A SIM PIN is 4 to 8 digits."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)


class LimitsDialog(QDialog):
    """The daily limit (SMS parts in a rolling 24 hours) and the minimum interval between sends."""

    def __init__(
        self, modem_name: str, daily_limit: int, min_interval: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("limitsDialog")
        self.setWindowTitle(self.tr("Sending limits for {name}").format(name=modem_name))
        self.fields = LimitsFields(daily_limit, min_interval)
        note = self.tr("A personal Japanese mobile number may send about 200 SMS parts in any 24 hours; "
                       "past its limit a modem rests and the others take over.")
        form = QFormLayout()
        form.addRow(self.tr("Daily limit (SMS parts in 24 h):"), self.fields.daily_limit)
        form.addRow(self.tr("Minimum seconds between messages:"), self.fields.min_interval)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(named(QLabel(note, wordWrap=True), "pageNote"))
        column.addLayout(form)
        column.addWidget(buttons)

    def values(self) -> tuple[int, float]:
        return self.fields.daily_limit.value(), self.fields.min_interval.value()

"""The Modems page's test message: ask for a number and a short text, then follow its outcome.

The message goes through the one outgoing pipeline, pinned to the chosen modem
(`desk_sms.services.modem_tests`); the engine process sends it. Its outcome (queued, sent,
delivered, or failed with the reason) is read back from the message's row whenever the outbox
changes, until it can change no more.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.phones import format_national, normalize_phone
from desk_sms.events import DataChanged, MessageStateChanged
from desk_sms.outbox.rules import MAX_TEXT_LENGTH
from desk_sms.services.modem_tests import ModemTestOutcome, ModemTests
from ui.errors import show_error
from ui.models.outbox_model import describe_error, error_code_of, state_text
from ui.style import named
from ui.tasks import run_in_background

SHORT_TEXT = 160  # a test needs no long text; one SMS part in GSM-7
FINAL_STATES = frozenset({"delivered", "failed", "undeliverable", "uncertain", "cancelled", "skipped",
                          "expired"})
STATE_COLORS = {"delivered": "#1d7a3a", "sent": "#1d7a3a", "failed": "#b3261e", "undeliverable": "#b3261e",
                "uncertain": "#8a5a00", "expired": "#8a5a00", "skipped": "#8a5a00"}


def default_test_text(modem_name: str) -> str:
    """The test's text in the user's language."""
    return QCoreApplication.translate("ModemTestDialog", "Test message from desk-sms ({name}).").format(
        name=modem_name)


class ModemTestDialog(QDialog):
    """The number to text and the text of a test message through `modem_name`."""

    def __init__(self, modem_name: str, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modemTestDialog")
        self.setWindowTitle(self.tr("Send a test message through {name}").format(name=modem_name))
        self._region = region
        note = self.tr("The message goes out through this modem only, now, even in quiet hours. "
                       "Use a phone you can look at: the page shows whether it was sent and delivered.")
        self.note_label = named(QLabel(note, wordWrap=True), "pageNote")
        self.number_edit = named(QLineEdit(placeholderText="090-1234-5678"), "testNumber")
        self.text_edit = named(QLineEdit(default_test_text(modem_name)), "testText")
        self.text_edit.setMaxLength(SHORT_TEXT)
        self.error_label = named(QLabel(wordWrap=True), "formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send test"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.number_edit)
        form.addRow(self.tr("Text:"), self.text_edit)
        column = QVBoxLayout(self)
        column.addWidget(self.note_label)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.number_edit.textChanged.connect(lambda _text: self._validate())
        self.text_edit.textChanged.connect(lambda _text: self._validate())
        self._validate()

    def number(self) -> str:
        return self.number_edit.text().strip()

    def text(self) -> str:
        return self.text_edit.text().strip()

    def _validate(self) -> None:
        typed = self.number()
        valid_number = bool(typed) and normalize_phone(typed, self._region).e164 is not None
        problem = ""
        if typed and not valid_number:
            problem = self.tr("{number} is not a mobile number.").format(number=typed)
        elif not self.text():
            problem = self.tr("Write a short text.")
        self.error_label.setText(problem)
        ok = valid_number and bool(self.text()) and len(self.text()) <= MAX_TEXT_LENGTH
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ModemTestOutcomeLabel(QLabel):
    """Says where the latest test message stands; hidden until a test is sent.

    Signals:
        outcome_shown(str): the message's state after each look ("queued", "sent", "failed" …).
    """

    outcome_shown = Signal(str)

    def __init__(self, tests: ModemTests, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testOutcome")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._tests = tests
        self._asked: tuple[int, str] | None = None  # (message id, modem name)
        self._last: ModemTestOutcome | None = None
        self.setVisible(False)

    def send(self, modem_name: str, number: str, text: str) -> None:
        """Queue the test off the GUI thread; a refusal is shown as an error, nothing queued."""
        tests = self._tests
        self.setVisible(True)
        self.setText(self.tr("Sending a test message through {name}…").format(name=escape(modem_name)))
        run_in_background(self, lambda: tests.send(modem_name, number, text),
                          lambda message_id: self._follow(message_id, modem_name), self._refused)

    def on_event(self, event: object) -> None:
        """A message changed (here, or in the engine's process): look again while the test is open."""
        if self._asked is None or (self._last is not None and self._last.row.status in FINAL_STATES):
            return
        outbox_changed = isinstance(event, DataChanged) and event.topic == "outbox"
        if outbox_changed or isinstance(event, MessageStateChanged):
            self.refresh()

    def refresh(self) -> None:
        if self._asked is None:
            return
        message_id, modem_name = self._asked
        tests = self._tests
        run_in_background(self, lambda: tests.outcome(message_id, modem_name), self._show)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._last is not None:
            self._show(self._last)
        super().changeEvent(event)

    def _follow(self, message_id: int, modem_name: str) -> None:
        self._asked, self._last = (message_id, modem_name), None
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.setVisible(False)
        show_error(self.window(), error)

    def _show(self, outcome: ModemTestOutcome) -> None:
        self._last = outcome
        row = outcome.row
        lead = self.tr("Test message to {number} through {name}:").format(
            number=format_national(row.to), name=escape(outcome.modem_asked))
        color = STATE_COLORS.get(row.status, "#3c4650")
        said = f"<b style='color:{color}'>{escape(state_text(row.status))}</b>"
        self.setText(f"{lead} {said}{self._detail(outcome)}")
        self.outcome_shown.emit(row.status)

    def _detail(self, outcome: ModemTestOutcome) -> str:
        row = outcome.row
        parts = []
        if row.delivered_at is not None:
            parts.append(self.tr("delivered at {time}").format(time=_clock_time(row.delivered_at)))
        elif row.sent_at is not None:
            parts.append(self.tr("sent at {time}").format(time=_clock_time(row.sent_at)))
        if outcome.other_modem:
            parts.append(self.tr("went through {other}: {name} could not send").format(
                other=escape(row.modem or ""), name=escape(outcome.modem_asked)))
        if row.error:
            parts.append(escape(describe_error(error_code_of(row), row.error, row.status, row.expires_at)))
        return " — " + "; ".join(parts) if parts else ""


def _clock_time(at: datetime) -> str:
    return f"{at.astimezone():%H:%M:%S}"

"""Settings → Keywords and confirmations (administrators): the words that opt a customer out,
the confirmation they then receive (editable, may be turned off), and the words that confirm or
cancel an appointment. The core validates and audits each change."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.services.settings import DEFAULT_OPT_OUT_CONFIRMATION
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.form_feedback import SaveAnswers, save_settings, show_feedback

LIST_KEYS = ("opt_out_keywords", "confirm_keywords", "cancel_keywords")
KEYS = (*LIST_KEYS, "opt_out_confirmation", "opt_out_confirmation_enabled")
SHOWN_SEPARATOR = "、"


def words_of(text: str) -> list[str]:
    """「停止、ストップ, STOP」 → ["停止", "ストップ", "STOP"]: commas of either width separate words."""
    return [word.strip() for word in re.split(r"[,、，]", text) if word.strip()]


class KeywordsGroup(QGroupBox):
    """Signals:
    loaded(): the stored values are in the form.
    saved(): every value was written (and audited by the core).
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "keywordsGroup")
        self._context = context
        self.opt_out = named(QLineEdit(), "optOutKeywords")
        self.confirm = named(QLineEdit(), "confirmKeywords")
        self.cancel = named(QLineEdit(), "cancelKeywords")
        self.send_confirmation = named(QCheckBox(), "sendOptOutConfirmation")
        self.confirmation = named(QPlainTextEdit(), "optOutConfirmation")
        self.confirmation.setFixedHeight(64)
        self.send_confirmation.toggled.connect(self.confirmation.setEnabled)
        self.hint = named(QLabel(), "pageNote")
        self.hint.setWordWrap(True)
        self.save_button = named(QPushButton(), "primaryButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.default_button = named(QPushButton(), "defaultConfirmation")
        self.default_button.clicked.connect(self.use_standard_confirmation)
        self.feedback = named(QLabel(), "formStatus")
        self.feedback.setWordWrap(True)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.opt_out)
        form.addRow(self._labels[1], self._confirmation_row())
        form.addRow(self._labels[2], self.confirm)
        form.addRow(self._labels[3], self.cancel)
        form.addRow(self.hint)
        form.addRow(self._save_row())
        self.retranslate_ui()
        self.reload()

    def use_standard_confirmation(self) -> None:
        self.confirmation.setPlainText(DEFAULT_OPT_OUT_CONFIRMATION)

    def _confirmation_row(self) -> QWidget:
        row = QWidget()
        layout = QFormLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.send_confirmation)
        layout.addRow(self.confirmation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout.addRow(buttons)
        return row

    def _save_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.save_button)
        layout.addWidget(self.feedback, 1)
        return row

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Keywords and confirmations (administrators)"))
        for label, text in zip(
            self._labels,
            (self.tr("Opt-out words:"), self.tr("After an opt-out:"), self.tr("Confirm words:"),
             self.tr("Cancel words:")),
            strict=True,
        ):
            label.setText(text)
        self.send_confirmation.setText(self.tr("Send this confirmation"))
        self.default_button.setText(self.tr("Use the standard text"))
        self.hint.setText(
            self.tr(
                "Separate words with commas. A reply that is one of these words acts by itself; "
                "full-width or half-width, upper or lower case, spaces and a final 。 or ! do not matter. "
                "A reply that only contains an opt-out word is shown in the inbox as a probable opt-out."
            )
        )
        self.save_button.setText(self.tr("Save keywords"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        run_in_background(self, self._context.settings.all, self._show_values)

    def _show_values(self, values: dict[str, Any]) -> None:
        for field, key in ((self.opt_out, "opt_out_keywords"), (self.confirm, "confirm_keywords"),
                           (self.cancel, "cancel_keywords")):
            field.setText(SHOWN_SEPARATOR.join(values[key]))
        self.confirmation.setPlainText(str(values["opt_out_confirmation"]))
        self.send_confirmation.setChecked(bool(values["opt_out_confirmation_enabled"]))
        self.confirmation.setEnabled(self.send_confirmation.isChecked())
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def form_values(self) -> dict[str, Any]:
        return {
            "opt_out_keywords": words_of(self.opt_out.text()),
            "confirm_keywords": words_of(self.confirm.text()),
            "cancel_keywords": words_of(self.cancel.text()),
            "opt_out_confirmation": self.confirmation.toPlainText().strip(),
            "opt_out_confirmation_enabled": self.send_confirmation.isChecked(),
        }

    def problem(self, values: dict[str, Any]) -> str:
        """What stops saving, translated; empty when the core will accept the form."""
        if not all(values[key] for key in LIST_KEYS):
            return self.tr("Each list needs at least one word.")
        if values["opt_out_confirmation_enabled"] and not values["opt_out_confirmation"]:
            return self.tr("Write the confirmation, or untick “Send this confirmation”.")
        return ""

    def save(self) -> None:
        values, settings = self.form_values(), self._context.settings
        problem = self.problem(values)
        if problem:
            self._show_feedback(problem, True)
            return
        answers = SaveAnswers(self.tr("Saved."), self.tr("Not saved."), self.saved.emit)
        save_settings(self, (self.save_button, self.feedback), settings, values, KEYS, answers)

    def _show_feedback(self, text: str, error: bool) -> None:
        show_feedback(self.feedback, text, error)

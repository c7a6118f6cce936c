"""A new poll: a question, its answers (one per line, numbered in the message), a group, how long
replies count, and the automatic answer to an invalid reply. The page sends it through `PollsService`,
which refuses a bad poll with a message shown here (the form keeps what was typed)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.polls import PollDraft, poll_text
from ui.style import named


class PollEditor(QDialog):
    """Signals:
    send_requested(): Send was pressed; the page sends `draft()` and closes the dialog once queued.
    """

    send_requested = Signal()

    def __init__(self, groups: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "pollEditor")
        self.setMinimumWidth(560)  # the invalid-reply example shows whole
        self.name = named(QLineEdit(), "pollName")
        self.question = named(QPlainTextEdit(), "pollQuestion")
        self.question.setFixedHeight(60)
        self.answers = named(QPlainTextEdit(), "pollAnswers")
        self.answers.setFixedHeight(80)
        self.group = named(QComboBox(), "pollGroup")
        for group in groups:
            self.group.addItem(group, group)
        self.days = named(QSpinBox(), "pollDays")
        self.days.setRange(1, 60)
        self.days.setValue(3)
        self.invalid_reply = named(QLineEdit(), "pollInvalidReply")
        self.preview = named(QLabel(), "pollPreview")
        self.preview.setWordWrap(True)
        self.error = named(QLabel(), "formError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.send_requested.emit)
        self.buttons.rejected.connect(self.reject)
        self.question.textChanged.connect(self._show_preview)
        self.answers.textChanged.connect(self._show_preview)
        self._labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.name, self.question, self.answers, self.group, self.days,
                                               self.invalid_reply, self.preview), strict=True):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New poll"))
        texts = (self.tr("Name:"), self.tr("Question:"), self.tr("Answers (one per line):"),
                 self.tr("To group:"), self.tr("Replies count for (days):"),
                 self.tr("Answer to an invalid reply:"), self.tr("The message:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.invalid_reply.setPlaceholderText(
            self.tr("e.g. 1〜3の数字でご返信ください (empty: none)"))
        self.send_button.setText(self.tr("Send poll"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _answers(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.answers.toPlainText().splitlines() if line.strip())

    def _show_preview(self) -> None:
        self.preview.setText(poll_text(self.question.toPlainText(), self._answers()))

    def draft(self) -> PollDraft:
        return PollDraft(self.name.text().strip(), self.question.toPlainText().strip(), self._answers(),
                         group=self.group.currentData() or "", window=timedelta(days=self.days.value()),
                         invalid_reply=self.invalid_reply.text().strip())

    def show_problem(self, text: str) -> None:
        self.error.setText(text)

"""Add or change a rule for incoming messages: conditions on the left, actions on the right.

The dialog only gathers a `RuleDraft`; the page saves it through the rules service, which checks it
(and refuses with a message shown here, keeping what was typed).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.rules import RuleChoices, RuleDraft
from ui.style import named

SENDER_KINDS = ("any", "contact", "unknown", "group")
ANSWER_KINDS = ("none", "text", "template")


def words_of(text: str) -> tuple[str, ...]:
    """「予約、よやく, YOYAKU」 → ("予約", "よやく", "YOYAKU")."""
    return tuple(word.strip() for word in re.split(r"[,、，]", text) if word.strip())


def _combo(name: str, items: tuple[str, ...], blank: bool = True) -> QComboBox:
    combo = named(QComboBox(), name)
    if blank:
        combo.addItem("", "")
    for item in items:
        combo.addItem(item, item)
    return combo


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class RuleEditor(QDialog):
    """Signals:
    save_requested(): Save was pressed; the page saves `draft()` and closes the dialog once stored.
    """

    save_requested = Signal()

    def __init__(self, choices: RuleChoices, draft: RuleDraft | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "ruleEditor")
        self.name = named(QLineEdit(), "ruleName")
        self.enabled = named(QCheckBox(), "ruleEnabled")
        self.enabled.setChecked(True)
        self.keywords = named(QLineEdit(), "ruleKeywords")
        self.first_word = named(QCheckBox(), "ruleFirstWord")
        self.contains = named(QLineEdit(), "ruleContains")
        self.sender_kind = named(QComboBox(), "ruleSender")
        self.sender_group = _combo("ruleSenderGroup", choices.groups)
        self.modem = _combo("ruleModem", choices.modems)
        self.outside_hours = named(QCheckBox(), "ruleOutsideHours")
        self.answer = named(QComboBox(), "ruleAnswerKind")
        self.reply_text = named(QPlainTextEdit(), "ruleReplyText")
        self.reply_text.setFixedHeight(70)
        self.template = _combo("ruleTemplate", choices.templates)
        self.assign = _combo("ruleAssign", choices.users)
        self.add_group = _combo("ruleAddGroup", choices.groups)
        self.tag = named(QLineEdit(), "ruleTag")
        self.mark_handled = named(QCheckBox(), "ruleMarkHandled")
        self.keep_waiting = named(QCheckBox(), "ruleKeepWaiting")
        self.error = named(QLabel(), "formError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save_requested.emit)
        self.buttons.rejected.connect(self.reject)
        self.sender_kind.currentIndexChanged.connect(self._follow_choices)
        self.answer.currentIndexChanged.connect(self._follow_choices)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate_ui()
        if draft is not None:
            self.show_draft(draft)
        self._follow_choices()

    def _label(self, key: str) -> QLabel:
        self._labels[key] = QLabel()
        return self._labels[key]

    def _build(self) -> None:
        self._when, self._then = QGroupBox(), QGroupBox()
        when = QFormLayout(self._when)
        when.addRow(self._label("keywords"), self.keywords)
        when.addRow("", self.first_word)
        when.addRow(self._label("contains"), self.contains)
        when.addRow(self._label("sender"), self.sender_kind)
        when.addRow(self._label("sender_group"), self.sender_group)
        when.addRow(self._label("modem"), self.modem)
        when.addRow("", self.outside_hours)
        then = QFormLayout(self._then)
        then.addRow(self._label("answer"), self.answer)
        then.addRow("", self.reply_text)
        then.addRow(self._label("template"), self.template)
        then.addRow(self._label("assign"), self.assign)
        then.addRow(self._label("add_group"), self.add_group)
        then.addRow(self._label("tag"), self.tag)
        then.addRow("", self.mark_handled)
        then.addRow("", self.keep_waiting)
        top = QFormLayout()
        top.addRow(self._label("name"), self.name)
        top.addRow("", self.enabled)
        columns = QHBoxLayout()
        columns.addWidget(self._when, 1)
        columns.addWidget(self._then, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rule for incoming messages"))
        self._when.setTitle(self.tr("When (all must hold; leave empty for every message)"))
        self._then.setTitle(self.tr("Then"))
        texts = {
            "name": self.tr("Name:"), "keywords": self.tr("Reply is one of:"),
            "contains": self.tr("Reply contains:"), "sender": self.tr("Sender:"),
            "sender_group": self.tr("Group:"), "modem": self.tr("Received on:"),
            "answer": self.tr("Answer:"), "template": self.tr("Template:"), "assign": self.tr("Assign to:"),
            "add_group": self.tr("Add sender to group:"), "tag": self.tr("Tag:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.keywords.setPlaceholderText(self.tr("words separated by commas, e.g. 予約, YOYAKU"))
        self.first_word.setText(self.tr("…or starts with one of them"))
        self.enabled.setText(self.tr("The rule is on (untick to keep it without using it)"))
        self.outside_hours.setText(self.tr("Outside business hours (see Business hours)"))
        self.mark_handled.setText(self.tr("Mark handled"))
        self.keep_waiting.setText(self.tr("After an automatic answer, still wait for a person"))
        self._fill_kinds(self.sender_kind, SENDER_KINDS, (self.tr("Anyone"), self.tr("A contact"),
                                                     self.tr("Not a contact"), self.tr("In a group")))
        self._fill_kinds(self.answer, ANSWER_KINDS, (self.tr("No answer"), self.tr("This text"),
                                                     self.tr("A template")))

    @staticmethod
    def _fill_kinds(combo: QComboBox, kinds: tuple[str, ...], texts: tuple[str, ...]) -> None:
        current = combo.currentData() or kinds[0]
        combo.blockSignals(True)
        combo.clear()
        for kind, text in zip(kinds, texts, strict=True):
            combo.addItem(text, kind)
        _choose(combo, current)
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _follow_choices(self) -> None:
        self.sender_group.setEnabled(self.sender_kind.currentData() == "group")
        self.reply_text.setEnabled(self.answer.currentData() == "text")
        self.template.setEnabled(self.answer.currentData() == "template")

    def show_draft(self, draft: RuleDraft) -> None:
        self.name.setText(draft.name)
        self.enabled.setChecked(draft.enabled)
        self.keywords.setText("、".join(draft.keywords))
        self.first_word.setChecked(draft.first_word)
        self.contains.setText(draft.contains)
        _choose(self.sender_kind, draft.sender)
        _choose(self.sender_group, draft.sender_group)
        _choose(self.modem, draft.modem)
        self.outside_hours.setChecked(draft.outside_hours)
        _choose(self.answer, "text" if draft.reply_text else "template" if draft.reply_template else "none")
        self.reply_text.setPlainText(draft.reply_text)
        _choose(self.template, draft.reply_template)
        _choose(self.assign, draft.assign_to)
        _choose(self.add_group, draft.add_to_group)
        self.tag.setText(draft.tag)
        self.mark_handled.setChecked(draft.mark_handled)
        self.keep_waiting.setChecked(draft.keep_waiting)

    def draft(self) -> RuleDraft:
        answer, sender = self.answer.currentData(), self.sender_kind.currentData()
        return RuleDraft(
            name=self.name.text().strip(), keywords=words_of(self.keywords.text()),
            first_word=self.first_word.isChecked(), contains=self.contains.text().strip(), sender=sender,
            sender_group=self.sender_group.currentData() if sender == "group" else "",
            modem=self.modem.currentData(), outside_hours=self.outside_hours.isChecked(),
            reply_text=self.reply_text.toPlainText().strip() if answer == "text" else "",
            reply_template=self.template.currentData() if answer == "template" else "",
            assign_to=self.assign.currentData(), add_to_group=self.add_group.currentData(),
            tag=self.tag.text().strip(), mark_handled=self.mark_handled.isChecked(),
            keep_waiting=self.keep_waiting.isChecked(), enabled=self.enabled.isChecked(),
        )

    def show_problem(self, text: str) -> None:
        """The service refused the draft: say why, keep the form as typed."""
        self.error.setText(text)

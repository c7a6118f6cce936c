"""The message box of the Compose page: live SMS count, the characters that force UCS-2
highlighted (with a one-click GSM-7 replacement where one exists), placeholders to insert,
and template problems shown while typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.templates import TemplateProblem, TemplateSyntaxError, find_problems, parse_template
from modem.sms_text import gsm7_replacement, is_gsm7_char, non_gsm7_characters
from ui.dialogs.template_editor import problem_text
from ui.style import named
from ui.widgets.sms_counter import SmsCounter

UCS2_MARK = QColor("#ffe08a")


class Ucs2Highlighter(QSyntaxHighlighter):
    """Marks every character that is not in the GSM 7-bit alphabet."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(UCS2_MARK)

    def highlightBlock(self, text: str) -> None:
        position = 0  # in UTF-16 units, as Qt counts: an emoji takes two
        for char in text:
            width = 2 if ord(char) > 0xFFFF else 1
            if not is_gsm7_char(char):
                self.setFormat(position, width, self._format)
            position += width


def replaceable(text: str) -> dict[str, str]:
    """The UCS-2 characters of `text` that have a GSM-7 stand-in, with it."""
    found = {char: gsm7_replacement(char) for char in non_gsm7_characters(text)}
    return {char: stand_in for char, stand_in in found.items() if stand_in is not None}


class MessageEditor(QWidget):
    """Signals:
    text_changed(): the text or the placeholder switch changed.
    """

    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "messageEditor")
        self._known: frozenset[str] = frozenset()
        self.body = named(QPlainTextEdit(), "messageBody")
        self.highlighter = Ucs2Highlighter(self.body.document())
        self.counter = SmsCounter()
        self.use_placeholders = named(QCheckBox(), "usePlaceholders")
        self.use_placeholders.setChecked(True)
        self.placeholder_choice = named(QComboBox(), "composePlaceholder")
        self.placeholder_choice.activated.connect(lambda _index: self._insert_placeholder())
        self.ucs2_label = named(QLabel(), "ucs2Characters")
        self.ucs2_label.setWordWrap(True)
        self.replace_button = named(QPushButton(), "replaceUcs2")
        self.replace_button.clicked.connect(self.replace_ucs2)
        self.problems_label = named(QLabel(), "formError")
        self.problems_label.setWordWrap(True)
        self.body.textChanged.connect(self._on_changed)
        self.use_placeholders.toggled.connect(lambda _on: self._on_changed())
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.use_placeholders)
        self._insert_label = QLabel()
        tools.addWidget(self._insert_label)
        tools.addWidget(self.placeholder_choice, 1)
        ucs2 = QHBoxLayout()
        ucs2.addWidget(self.ucs2_label, 1)
        ucs2.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counter)
        layout.addLayout(ucs2)
        layout.addWidget(self.problems_label)

    def retranslate_ui(self) -> None:
        self.use_placeholders.setText(self.tr("Fill in placeholders"))
        self._insert_label.setText(self.tr("Insert:"))
        self.replace_button.setText(self.tr("Replace with GSM-7"))
        self.body.setPlaceholderText(self.tr("Type the message, or choose a template above"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- public API -----------------------------------------------------------------------

    def text(self) -> str:
        return self.body.toPlainText()

    def set_text(self, text: str) -> None:
        self.body.setPlainText(text)

    def set_known_fields(self, known: frozenset[str]) -> None:
        self._known = known
        self.placeholder_choice.clear()
        self.placeholder_choice.addItems(sorted(known))
        self._refresh()

    def problems(self) -> list[TemplateProblem]:
        if not self.use_placeholders.isChecked():
            return []
        return find_problems(self.text(), self._known)

    def placeholder_names(self) -> tuple[str, ...]:
        """The placeholders the text uses (none when it does not parse or placeholders are off)."""
        if not self.use_placeholders.isChecked():
            return ()
        try:
            return parse_template(self.text()).placeholders
        except TemplateSyntaxError:
            return ()

    def replace_ucs2(self) -> None:
        """Swap every replaceable character (curly quotes, full-width space …) for its GSM-7 stand-in."""
        swaps = replaceable(self.text())
        if swaps:
            self.set_text("".join(swaps.get(char, char) for char in self.text()))

    # ----- internals ------------------------------------------------------------------------

    def _insert_placeholder(self) -> None:
        self.body.textCursor().insertText("{" + self.placeholder_choice.currentText() + "}")
        self.body.setFocus()

    def _on_changed(self) -> None:
        self._refresh()
        self.text_changed.emit()

    def _refresh(self) -> None:
        text = self.text()
        self.counter.set_text(text)
        forcing = non_gsm7_characters(text)
        swaps = replaceable(text)
        if forcing:
            shown = " ".join(forcing[:20]) + (" …" if len(forcing) > 20 else "")
            label = self.tr("Characters that need Unicode (UCS-2): {chars}")
            self.ucs2_label.setText(label.format(chars=shown))
        else:
            self.ucs2_label.clear()
        self.replace_button.setVisible(bool(swaps))
        self.replace_button.setToolTip(" ".join(f"{a} → {b}" for a, b in swaps.items()))
        self.problems_label.setText("\n".join(problem_text(p) for p in self.problems()))

"""A phone-like preview: the message as one recipient's phone would show it, split into its SMS parts.

Most phones join the parts again; the thin lines between the parts show where the carrier
sees the cuts, so a user can tell why a message costs three SMS.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from modem.sms_text import split_text
from ui.style import named

SCREEN_WIDTH = 260
SCREEN_HEIGHT = 420
# Drawn here rather than in style.qss: the preview imitates a phone, not the app's own look.
PHONE_STYLE = """
QFrame#phoneBody { background: #1f2933; border-radius: 28px; }
QFrame#phoneScreen { background: #f4f6f8; border-radius: 14px; }
QLabel#phoneRecipient { color: #3c4a57; font-weight: bold; padding: 6px; }
QLabel#phoneBubble { background: #dbeafe; color: #102a43; border-radius: 12px; padding: 8px; }
QLabel#phonePartBreak { color: #829ab1; font-size: 8pt; }
"""


class PhonePreview(QFrame):
    """Shows `recipient` at the top and `text` in a bubble, with a mark at every part boundary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "phoneBody")
        self.setStyleSheet(PHONE_STYLE)
        self.setFixedWidth(SCREEN_WIDTH + 28)
        self.setMinimumHeight(SCREEN_HEIGHT)
        self._recipient = named(QLabel(), "phoneRecipient")
        self._recipient.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._bubbles = QVBoxLayout()
        self._bubbles.setSpacing(2)
        self._bubbles.addStretch(1)
        screen = named(QFrame(), "phoneScreen")
        inner = QWidget()
        inner.setLayout(self._bubbles)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        screen_layout = QVBoxLayout(screen)
        screen_layout.addWidget(self._recipient)
        screen_layout.addWidget(scroll, 1)
        body = QVBoxLayout(self)
        body.setContentsMargins(14, 30, 14, 30)
        body.addWidget(screen)
        self._text = ""
        self._recipient_text = ""
        self.show_message("", "")

    def show_message(self, recipient: str, text: str) -> None:
        self._recipient_text, self._text = recipient, text
        self._recipient.setText(recipient or self.tr("(no recipient)"))
        self._clear_bubbles()
        parts = split_text(text).parts if text else ()
        for index, part in enumerate(parts):
            if index:
                mark = self.tr("— part {number} —").format(number=index + 1)
                self._add(named(QLabel(mark), "phonePartBreak"))
            bubble = named(QLabel(part), "phoneBubble")
            bubble.setWordWrap(True)
            bubble.setTextFormat(Qt.TextFormat.PlainText)
            bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bubble.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self._add(bubble)

    def text(self) -> str:
        return self._text

    def bubble_texts(self) -> list[str]:
        """The texts of the shown bubbles, one per SMS part (for tests and accessibility)."""
        found = self.findChildren(QLabel, "phoneBubble")
        return [label.text() for label in found]

    def _add(self, label: QLabel) -> None:
        self._bubbles.insertWidget(self._bubbles.count() - 1, label)

    def _clear_bubbles(self) -> None:
        while self._bubbles.count() > 1:
            item = self._bubbles.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_message(self._recipient_text, self._text)
        super().changeEvent(event)

"""A live SMS size counter: characters, encoding (GSM-7 or UCS-2) and how many parts the text is sent as.

Reused by every place that composes text (inbox reply, compose page). The numbers come from
`modem.sms_text.split_text`, the same function the dispatcher sends with, so the counter never disagrees
with what leaves the modem.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk_sms.outbox.rules import DEFAULT_MAX_PARTS
from modem.sms_text import Encoding, SplitText, split_text
from ui.style import named

# Japanese carriers deliver long SMS up to 670 characters (10 UCS-2 parts); past this we warn.


class SmsCounter(QWidget):
    """Shows e.g. "42 characters · Unicode (UCS-2) · 1 part" for the text last given to `set_text`.

    Signals:
        changed(int): the part count, emitted whenever `set_text` changes it.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "smsCounter")
        self._split = split_text("")
        self._text = ""
        self._max_parts = DEFAULT_MAX_PARTS  # Settings → max parts per message; see set_max_parts
        self._label = named(QLabel(self), "smsCounterLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addStretch(1)
        self._render()

    def set_text(self, text: str) -> None:
        """Count `text` (call it from a text box's textChanged)."""
        before = self.part_count()
        self._text = text
        self._split = split_text(text)
        self._render()
        if self.part_count() != before:
            self.changed.emit(self.part_count())

    def character_count(self) -> int:
        # Code points, as a user counts them (an emoji is one character even though it takes two units).
        return len(self._text)

    def encoding(self) -> Encoding:
        return self._split.encoding

    def part_count(self) -> int:
        return 0 if not self._text else self._split.part_count

    def set_max_parts(self, limit: int) -> None:
        """The most parts a message may have (the setting the core refuses longer messages by)."""
        self._max_parts = limit
        self._render()

    def is_too_long(self) -> bool:
        return self.part_count() > self._max_parts

    def summary(self) -> str:
        """The text shown in the label (also handy for tests and tooltips)."""
        return self._label.text()

    def split(self) -> SplitText:
        return self._split

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        encoding = self.tr("GSM-7") if self._split.encoding is Encoding.GSM7 else self.tr("Unicode (UCS-2)")
        text = self.tr("%n character(s)", "", self.character_count())
        parts = self.tr("%n part(s)", "", self.part_count())
        self._label.setText(f"{text} · {encoding} · {parts}")
        self._label.setProperty("warning", self.is_too_long())
        self._label.setToolTip(
            self.tr("Messages longer than %n part(s) are refused (Settings).", "", self._max_parts)
        )

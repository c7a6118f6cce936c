"""The Modems page's question when another SIM (or modem) answers where a known one was expected.

Nothing is sent through such a modem until a person answers: use the SIM found as a new modem,
or confirm it replaced the old SIM on the same line (the day's count then carries over).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_sms.engine.identity import Identity
from desk_sms.services.modems import ModemRow
from ui.style import named


class SimQuestion(QFrame):
    """Shown for a modem in state "different SIM", hidden otherwise.

    Signals:
        use_as_new(int): the modem id whose found SIM becomes a modem of its own.
        same_line(int): the modem id whose SIM was replaced on the same line.
    """

    use_as_new = Signal(int)
    same_line = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._modem_id: int | None = None
        self._row: ModemRow | None = None
        self.text = named(QLabel(wordWrap=True), "simQuestionText")
        self.new_button = named(QPushButton(), "useAsNewModem")
        self.same_button = named(QPushButton(), "sameLine")
        self.new_button.clicked.connect(lambda: self._answer(self.use_as_new))
        self.same_button.clicked.connect(lambda: self._answer(self.same_line))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.same_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.retranslate_ui()
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("Use as a new modem"))
        self.same_button.setText(self.tr("This is the same line (SIM replaced)"))
        self.show_for(self._row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_for(self, row: ModemRow | None) -> None:
        self._row = row
        found = row.found if row is not None else None
        self._modem_id = row.id if row is not None and found is not None else None
        self.setVisible(self._modem_id is not None)
        if row is None or found is None:
            return
        expected = Identity(row.imei, row.imsi, row.iccid, row.own_number)
        text = self.tr(
            "<b>Another SIM is in {name}'s place.</b> Expected: {expected}. Found: {found}. "
            "Nothing is sent through it until you choose. <i>Use as a new modem</i> adds it as a modem "
            "of its own (and switches {name} off). <i>Same line</i> means the SIM card was replaced but "
            "the phone number stays: {name} carries on with it, and with today's count."
        )
        self.text.setText(
            text.format(name=escape(row.name), expected=self.describe(expected), found=self.describe(found))
        )

    def describe(self, identity: Identity) -> str:
        # A SIM waiting for its PIN tells only its card number.
        card = self.tr("card {iccid}").format(iccid=identity.iccid) if identity.iccid else ""
        sim = identity.imsi or card or self.tr("unreadable")
        number = identity.own_number or self.tr("unknown")
        imei = identity.imei or self.tr("unknown")
        text = self.tr("SIM {sim} (number {number}) in modem IMEI {imei}")
        return escape(text.format(sim=sim, number=number, imei=imei))

    def _answer(self, signal: SignalInstance) -> None:
        if self._modem_id is not None:
            signal.emit(self._modem_id)

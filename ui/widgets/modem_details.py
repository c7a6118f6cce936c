"""The Modems page's panel for the selected modem: big bars, badge, network, limits, PIN tries, problem.

"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from ui.models.modems_model import ModemView, change_text, frees_text, modem_state_text, problem_text
from ui.style import named
from ui.widgets.signal_bars import SignalBars
from ui.widgets.state_badge import StateBadge

DETAIL_KEYS = (
    "network", "signal", "sent", "frees", "interval", "port", "imei", "sim", "number", "pin", "tries",
    "change", "problem",
)
WIDE_DETAILS = ("change", "problem")


class ModemDetails(QFrame):
    """Attributes:
    values: the value label of each detail (DETAIL_KEYS), for the page's tests and screenshots.
    """

    def __init__(self, signal_text: Callable[[ModemView], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modemDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._signal_text = signal_text
        self.name_label = named(QLabel(), "modemDetailName")
        self.bars = SignalBars()
        self.badge = StateBadge()
        heading = QHBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.badge)
        heading.addWidget(self.bars)
        heading.addStretch(1)
        self._keys = {key: named(QLabel(), "detailKey") for key in DETAIL_KEYS}
        self.values = {key: named(QLabel(), f"detail_{key}") for key in DETAIL_KEYS}
        grid = QGridLayout(self)
        grid.addLayout(heading, 0, 0, 1, 4)
        self._place_details(grid)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _place_details(self, grid: QGridLayout) -> None:
        """Two key/value pairs a row; a wide value takes a row of its own."""
        place = 0
        for key in DETAIL_KEYS:
            if key in WIDE_DETAILS and place % 2:
                place += 1
            row, pair = 1 + place // 2, place % 2
            place += 2 if key in WIDE_DETAILS else 1
            span = 3 if key in WIDE_DETAILS else 1
            self.values[key].setWordWrap(key in WIDE_DETAILS)
            self.values[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(self._keys[key], row, pair * 2)
            grid.addWidget(self.values[key], row, pair * 2 + 1, 1, span)

    def retranslate_ui(self) -> None:
        texts = {
            "network": self.tr("Network:"), "signal": self.tr("Signal:"), "sent": self.tr("Sent in 24 h:"),
            "interval": self.tr("Between messages:"), "port": self.tr("Port:"), "imei": self.tr("IMEI:"),
            "pin": self.tr("SIM PIN:"), "tries": self.tr("PIN tries left:"),
            "problem": self.tr("Last problem:"), "frees": self.tr("Sends again:"),
            "sim": self.tr("SIM (IMSI):"), "number": self.tr("Own number:"),
            "change": self.tr("Modem/SIM change:"),
        }
        for key, label in self._keys.items():
            label.setText(texts[key])

    def show_modem(self, modem: ModemView | None) -> None:
        visible = modem is not None
        for key in DETAIL_KEYS:
            self._keys[key].setVisible(visible)
            self.values[key].setVisible(visible)
        self.bars.setVisible(visible)
        if modem is None:
            self.name_label.setText(self.tr("Select a modem to see its details."))
            self.badge.set_state("", "")
            return
        self.name_label.setText(f"<b>{escape(modem.row.name)}</b>")
        self.badge.set_state(modem.state, modem_state_text(modem.state))
        self.bars.set_bars(modem.bars, self._signal_text(modem))
        for key, text in self._values_of(modem).items():
            self.values[key].setText(text)

    def _values_of(self, modem: ModemView) -> dict[str, str]:
        row = modem.row
        return {
            "network": modem.operator or "—",
            "signal": self._signal_text(modem),
            "sent": self.tr("{sent} of %Ln SMS part(s)", "", row.daily_limit).format(sent=row.sent_24h),
            "interval": self.tr("at least {seconds:g} s").format(seconds=row.min_interval_seconds),
            "port": row.port,
            "imei": row.imei or "—",
            "pin": self.tr("stored") if row.has_pin else self.tr("none"),
            "tries": "—" if modem.pin_attempts_left is None else str(modem.pin_attempts_left),
            "problem": problem_text(modem) or "—",
            "frees": frees_text(row.frees_at),
            "sim": row.imsi or "—",
            "number": row.own_number or "—",
            "change": change_text(row.identity_note, row.identity_changed_at),
        }

"""The modems table: one row per modem, its stored settings joined with the engine's live status.

A desk has a handful of modems, so the model holds them all; the page loads them off the GUI
thread and hands them over with `set_modems`. An unchanged list of modems only repaints cells,
so the selection stays where the user put it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desk_sms.services.modems import ModemRow
from modem.interface import ModemStatus
from ui.counts import Counts
from ui.widgets.signal_bars import BARS_ROLE
from ui.widgets.state_badge import STATE_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

NAME, STATE, SIGNAL, OPERATOR, SENT_24H, LAST_ERROR, PORT, COMPUTER = range(8)
COLUMN_COUNT = 8
NEAR_LIMIT_SHARE = 0.9  # "sent in 24 h" turns amber from here
NEAR_LIMIT_COLOR = QColor("#8a5a00")
DISABLED_COLOR = QColor("#8a94a0")


@dataclass(frozen=True)
class ModemView:
    """A stored modem row and, when this process drives it, the worker's live status."""

    row: ModemRow
    live: ModemStatus | None = None

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def state(self) -> str:
        if not self.row.enabled:
            return "disabled"
        if self.live is None:
            return self.row.state
        # "Not answering" is judged by the engine over a command still in hand: the stored state says it.
        if self.row.state == "not_answering" and self.live.state in ("ready", "sending"):
            return self.row.state
        return str(self.live.state)

    @property
    def bars(self) -> int:
        return self.live.signal_bars if self.live else self.row.signal_bars

    @property
    def operator(self) -> str:
        return (self.live.operator if self.live else None) or self.row.operator or ""

    @property
    def last_error(self) -> str | None:
        """The current problem, else the last one kept (see `last_error_at`)."""
        return (self.live.last_error if self.live else None) or self.row.last_error

    @property
    def last_error_at(self) -> str:
        """When the stored last error happened, as local time ("12-03 14:05"), or ""."""
        at = self.row.last_error_at
        return at.astimezone().strftime("%m-%d %H:%M") if at is not None else ""

    @property
    def pin_attempts_left(self) -> int | None:
        return self.live.pin_attempts_left if self.live else self.row.pin_attempts_left

    @property
    def signal_dbm(self) -> int | None:
        return self.live.signal_dbm if self.live else self.row.signal_dbm


def modem_state_text(state: str) -> str:
    texts = {
        "connecting": QCoreApplication.translate("ModemStates", "Connecting"),
        "ready": QCoreApplication.translate("ModemStates", "Ready"),
        "sending": QCoreApplication.translate("ModemStates", "Sending"),
        "error": QCoreApplication.translate("ModemStates", "Error"),
        "disconnected": QCoreApplication.translate("ModemStates", "Disconnected"),
        "pin_needed": QCoreApplication.translate("ModemStates", "PIN needed"),
        "different_sim": QCoreApplication.translate("ModemStates", "Different SIM"),
        "not_answering": QCoreApplication.translate("ModemStates", "Not answering"),
        "disabled": QCoreApplication.translate("ModemStates", "Disabled"),
    }
    return texts.get(state, state)


# Markers in the modem layer's error texts (modem.errors, modem.gsm_driver), most specific first.
_ERROR_MARKERS = (
    ("rejected the PIN", "pin_rejected"),
    ("asks for a PIN", "pin_required"),
    ("PUK", "sim_locked"),
    ("SIM not inserted", "no_sim"),
    ("does not answer", "silent"),
    ("cannot open", "port_missing"),
    ("port lost", "port_lost"),
    ("port closed", "port_lost"),
    ("not connected", "port_lost"),
    ("has not answered for", "not_answering"),
    (", found SIM", "different_sim"),
    (", found an unreadable SIM", "different_sim"),
)


def modem_error_in_words(text: str | None, attempts_left: int | None = None) -> str:
    """A modem's last error as a plain sentence; the technical text when it is not one we know."""
    if not text:
        return ""
    kind = next((kind for marker, kind in _ERROR_MARKERS if marker.lower() in text.lower()), None)
    sentence = _modem_sentences().get(kind or "")
    if sentence is None:
        return text
    if attempts_left is not None and kind in ("pin_rejected", "pin_required"):
        sentence += " " + Counts().tries_left(attempts_left)
    return sentence


def _modem_sentences() -> dict[str, str]:
    # Literal translate() calls so pyside6-lupdate collects them.
    return {
        "pin_rejected": QCoreApplication.translate(
            "ModemErrors",
            "The SIM card refused the PIN. It will not be tried again until you enter a new one."),
        "pin_required": QCoreApplication.translate("ModemErrors", "The SIM card asks for its PIN."),
        "sim_locked": QCoreApplication.translate(
            "ModemErrors", "The SIM card is locked (PUK needed). Unlock it in a phone, then put it back."),
        "no_sim": QCoreApplication.translate("ModemErrors", "No SIM card in the modem."),
        "silent": QCoreApplication.translate(
            "ModemErrors", "The modem does not answer. Check the cable, or unplug it and plug it in again."),
        "port_missing": QCoreApplication.translate(
            "ModemErrors",
            "The modem's port cannot be opened. Is it plugged in, or used by another program?"),
        "port_lost": QCoreApplication.translate(
            "ModemErrors", "The connection to the modem was lost; desk-sms reconnects by itself."),
        "not_answering": QCoreApplication.translate(
            "ModemErrors", "The modem stopped answering. If it stays so, unplug it and plug it in again."),
        "different_sim": QCoreApplication.translate(
            "ModemErrors", "Another SIM or modem answers on this port: nothing is sent until you decide."),
    }


# The core's identity notes (desk_sms.engine.identity, desk_sms.services.modems), to say them in words.
_MOVED = re.compile(r"SIM (?P<sim>\S+) moved from modem IMEI (?P<old>\S+) to IMEI (?P<new>\S+)")
_REPLACED = re.compile(r"SIM replaced on the same line: (?P<old>\S+) → (?P<new>\S+)")
_SWITCHED_OFF = re.compile(r"switched off: its port now holds (?P<name>.+?) \(")
_FOLLOWED = re.compile(r"SIM found on port (?P<new>.+) \(was (?P<old>.+)\)")
_MADE_WAY = re.compile(r"port (?P<old>.+) holds the SIM of (?P<name>.+): looks on (?P<new>.+) now")


def identity_note_in_words(note: str | None) -> str:
    """A modem's last identity change as a translated sentence (the stored text if unknown)."""
    if not note:
        return ""
    if found := _MOVED.fullmatch(note):
        text = QCoreApplication.translate(
            "ModemIdentity", "SIM {sim} moved from modem IMEI {old} to {new}; its count carries on.")
        return text.format(**found.groupdict())
    if found := _REPLACED.fullmatch(note):
        text = QCoreApplication.translate("ModemIdentity", "SIM replaced on the same line: {old} → {new}.")
        return text.format(**found.groupdict())
    if found := _FOLLOWED.fullmatch(note):
        text = QCoreApplication.translate(
            "ModemIdentity", "Its SIM answered on port {new} (it was on {old}).")
        return text.format(**found.groupdict())
    if found := _MADE_WAY.fullmatch(note):
        text = QCoreApplication.translate(
            "ModemIdentity", "Port {old} now holds the SIM of {name}: looking on port {new}.")
        return text.format(**found.groupdict())
    if found := _SWITCHED_OFF.match(note):
        text = QCoreApplication.translate(
            "ModemIdentity", "Switched off: another SIM on its port was added as {name}.")
        return text.format(**found.groupdict())
    return note


def frees_text(frees_at: datetime | None) -> str:
    """When a SIM may send again, for the Modems page's details."""
    if frees_at is None:
        return QCoreApplication.translate("ModemsPage", "now (under its daily limit)")
    text = QCoreApplication.translate("ModemsPage", "at {time} (daily limit reached)")
    return text.format(time=f"{frees_at.astimezone():%m-%d %H:%M}")


def change_text(note: str | None, at: datetime | None) -> str:
    """The last modem/SIM change with its local time, in words."""
    if not note:
        return "—"
    words = identity_note_in_words(note)
    return f"{at.astimezone():%m-%d %H:%M} — {words}" if at is not None else words


def problem_text(modem: ModemView) -> str:
    """The problem in words; a kept earlier one with its time ("12-03 14:05 — …")."""
    words = modem_error_in_words(modem.last_error, modem.pin_attempts_left)
    if not words:
        return ""
    if modem.state != "different_sim" and words == _modem_sentences()["different_sim"]:
        # Settled since (the expected SIM came back, a person answered, the ports were traded).
        words = QCoreApplication.translate("ModemErrors", "Another SIM or modem answered on this port.")
    current = modem.live is not None and modem.live.last_error
    stamp = "" if current or not modem.last_error_at else modem.last_error_at
    return f"{stamp} — {words}" if stamp else words


class ModemsTableModel(QAbstractTableModel):
    """The modems, in the order the service lists them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modems: list[ModemView] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("State"), self.tr("Signal"), self.tr("Network"),
                self.tr("Sent in 24 h"), self.tr("Last problem"), self.tr("Port"), self.tr("Driven by")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._modems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._modems):
            return None
        modem, column = self._modems[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return modem.id
        if role == STATE_ROLE:
            return modem.state if column == STATE else None
        if role == BARS_ROLE:
            return modem.bars if column == SIGNAL else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(modem, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(modem, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(modem, column)
        return None

    def _cell(self, modem: ModemView, column: int) -> str:
        row = modem.row
        if column == NAME:
            return row.name
        if column == STATE:
            return modem_state_text(modem.state)
        if column == SIGNAL:
            return self.signal_text(modem)
        if column == OPERATOR:
            return modem.operator
        if column == SENT_24H:
            return f"{row.sent_24h} / {row.daily_limit}"
        if column == LAST_ERROR:
            return problem_text(modem)
        if column == COMPUTER:
            return row.driven_by or ""
        return row.port

    def signal_text(self, modem: ModemView) -> str:
        if modem.signal_dbm is not None:
            return self.tr("{bars} of 5 bars ({dbm} dBm)").format(bars=modem.bars, dbm=modem.signal_dbm)
        return self.tr("{bars} of 5 bars").format(bars=modem.bars)

    def _foreground(self, modem: ModemView, column: int) -> QBrush | None:
        if not modem.row.enabled:
            return QBrush(DISABLED_COLOR)
        if column == SENT_24H and modem.row.sent_24h >= modem.row.daily_limit * NEAR_LIMIT_SHARE:
            return QBrush(NEAR_LIMIT_COLOR)
        return None

    def _tooltip(self, modem: ModemView, column: int) -> str | None:
        if column == LAST_ERROR and modem.last_error:
            return modem.last_error
        if column == SIGNAL:
            return self.signal_text(modem)
        if column == NAME and modem.row.imei:
            return f"IMEI {modem.row.imei}"
        if column in (PORT, COMPUTER):
            return self._where_tooltip(modem.row)
        return None

    def _where_tooltip(self, row: ModemRow) -> str:
        plugged = (
            self.tr("Plugged into {computer}.").format(computer=row.host)
            if row.host
            else self.tr("Any desk-sms computer may drive it.")
        )
        if row.driven_by:
            driver = self.tr("desk-sms on {computer} drives it now.").format(computer=row.driven_by)
        else:
            driver = self.tr("No desk-sms drives it at the moment.")
        return f"{plugged} {driver}"

    # ----- contents -------------------------------------------------------------------------

    def set_modems(self, modems: Sequence[ModemView]) -> None:
        if [m.id for m in modems] == [m.id for m in self._modems]:
            self._modems = list(modems)
            if modems:
                self.dataChanged.emit(self.index(0, 0), self.index(len(modems) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._modems = list(modems)
        self.endResetModel()

    def modem_at(self, row: int) -> ModemView:
        return self._modems[row]

    def modems(self) -> list[ModemView]:
        return list(self._modems)

    def row_of_id(self, modem_id: int) -> int | None:
        return next((row for row, modem in enumerate(self._modems) if modem.id == modem_id), None)

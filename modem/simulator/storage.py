"""Message storages of the simulated modem ("SM" on the SIM, "ME" in the phone, "SR").

Slots are numbered from 1 like on real modems, the lowest free slot is used first,
and each slot remembers its read status (AT+CMGL/AT+CMGR mark unread as read).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from modem.pdu import Concat
from modem.sms_text import Encoding


class SlotStatus(enum.IntEnum):
    """<stat> of 3GPP TS 27.005: the numeric (PDU mode) values."""

    REC_UNREAD = 0
    REC_READ = 1
    STO_UNSENT = 2
    STO_SENT = 3


TEXT_STATUS: dict[SlotStatus, str] = {
    SlotStatus.REC_UNREAD: "REC UNREAD",
    SlotStatus.REC_READ: "REC READ",
    SlotStatus.STO_UNSENT: "STO UNSENT",
    SlotStatus.STO_SENT: "STO SENT",
}
STATUS_ALL = 4
STATUS_BY_TEXT: dict[str, int] = {text: int(status) for status, text in TEXT_STATUS.items()}
STATUS_BY_TEXT["ALL"] = STATUS_ALL


@dataclass(frozen=True)
class DeliverContent:
    """What an SMS-DELIVER says, kept beside its PDU for text mode."""

    sender: str
    text: str
    timestamp: datetime
    encoding: Encoding
    concat: Concat | None = None


@dataclass(frozen=True)
class ReportContent:
    """What an SMS-STATUS-REPORT says, kept beside its PDU for text mode."""

    reference: int
    recipient: str
    status_code: int
    submitted_at: datetime
    discharged_at: datetime


@dataclass(frozen=True)
class StoredMessage:
    storage: str
    index: int
    status: SlotStatus
    pdu: str  # hex, with the SMSC field
    content: DeliverContent | ReportContent

    @property
    def tpdu_length(self) -> int:
        """Octets after the SMSC field: the <length> of +CMGL/+CMGR."""
        return tpdu_length(self.pdu)


def tpdu_length(pdu_hex: str) -> int:
    smsc_octets = int(pdu_hex[:2], 16)
    return len(pdu_hex) // 2 - 1 - smsc_octets


class MessageStore:
    """One storage with a fixed number of slots. Not thread-safe: the caller locks."""

    def __init__(self, name: str, capacity: int) -> None:
        self.name = name
        self.capacity = capacity
        self._slots: dict[int, StoredMessage] = {}

    @property
    def used(self) -> int:
        return len(self._slots)

    @property
    def full(self) -> bool:
        return self.used >= self.capacity

    def add(self, pdu: str, content: DeliverContent | ReportContent) -> StoredMessage | None:
        """Store in the lowest free slot; None when full."""
        index = next((i for i in range(1, self.capacity + 1) if i not in self._slots), None)
        if index is None:
            return None
        message = StoredMessage(self.name, index, SlotStatus.REC_UNREAD, pdu, content)
        self._slots[index] = message
        return message

    def get(self, index: int) -> StoredMessage | None:
        return self._slots.get(index)

    def mark_read(self, index: int) -> None:
        message = self._slots.get(index)
        if message is not None and message.status is SlotStatus.REC_UNREAD:
            self._slots[index] = replace(message, status=SlotStatus.REC_READ)

    def listing(self, status: int) -> list[StoredMessage]:
        """Messages with `status` (4 for all), by slot number."""
        return [
            self._slots[i]
            for i in sorted(self._slots)
            if status == STATUS_ALL or self._slots[i].status == status
        ]

    def delete(self, index: int) -> bool:
        return self._slots.pop(index, None) is not None

    def delete_by_flag(self, flag: int) -> int:
        """AT+CMGD delflag 1-4: read; read+sent; read+sent+unsent; everything."""
        doomed_statuses = {
            1: {SlotStatus.REC_READ},
            2: {SlotStatus.REC_READ, SlotStatus.STO_SENT},
            3: {SlotStatus.REC_READ, SlotStatus.STO_SENT, SlotStatus.STO_UNSENT},
            4: set(SlotStatus),
        }[flag]
        doomed = [i for i, m in self._slots.items() if m.status in doomed_statuses]
        for index in doomed:
            del self._slots[index]
        return len(doomed)

    def messages(self) -> list[StoredMessage]:
        return self.listing(STATUS_ALL)

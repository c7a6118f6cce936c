"""The small interface the rest of desk-sms uses to talk to a modem.

Everything here is plain data or a Protocol: no serial port, no threads. The
core (`desk_sms`) imports only this module, `modem.errors` and `modem.sms_text`
from the modem package; concrete drivers are wired in by the engine.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class ModemState(enum.StrEnum):
    CONNECTING = "connecting"
    READY = "ready"
    SENDING = "sending"
    ERROR = "error"
    DISCONNECTED = "disconnected"
    PIN_NEEDED = "pin_needed"
    DIFFERENT_SIM = "different_sim"  # not the SIM (or modem) this record stands for: not driven
    NOT_ANSWERING = "not_answering"  # a command has gone unanswered for a while (see modem.worker)


class Registration(enum.StrEnum):
    UNKNOWN = "unknown"
    NOT_REGISTERED = "not_registered"
    SEARCHING = "searching"
    HOME = "home"
    ROAMING = "roaming"
    DENIED = "denied"


class DeliveryStatus(enum.StrEnum):
    """Outcome carried by an SMS-STATUS-REPORT (3GPP TS 23.040 TP-ST, grouped)."""

    DELIVERED = "delivered"
    PENDING = "pending"  # the SMSC still tries; a later report follows
    FAILED = "failed"


@dataclass(frozen=True)
class ModemStatus:
    """A snapshot of one modem, safe to hand to any thread."""

    port: str
    state: ModemState
    imei: str | None = None
    imsi: str | None = None
    iccid: str | None = None  # the SIM card's serial number
    own_number: str | None = None  # from AT+CNUM, when the SIM keeps it
    manufacturer: str | None = None
    model: str | None = None
    operator: str | None = None
    signal_dbm: int | None = None
    signal_bars: int = 0  # 0-5
    registration: Registration = Registration.UNKNOWN
    smsc: str | None = None
    storage_used: int | None = None
    storage_total: int | None = None
    last_error: str | None = None
    sent_today: int = 0
    pin_attempts_left: int | None = None


@dataclass(frozen=True)
class SendResult:
    """What the modem accepted for one message: one TP-MR reference per part, in order."""

    part_refs: tuple[int, ...]
    encoding: str  # "gsm7" or "ucs2"


@dataclass(frozen=True)
class InboundPart:
    """One received SMS (or one part of a concatenated one), as read from the modem.

    `storage`/`storage_index` say where it sits on the modem; the driver deletes
    that slot only after the inbound callback returned, so the callback must
    persist the part before returning.
    """

    sender: str
    text: str
    sent_at: datetime | None  # the SMSC time stamp (TP-SCTS), timezone-aware
    concat_ref: int | None = None
    concat_total: int | None = None
    concat_seq: int | None = None
    storage: str | None = None
    storage_index: int | None = None
    smsc: str | None = None
    pdu: str | None = None  # raw hex, kept to recognise the same part read twice


@dataclass(frozen=True)
class StatusReport:
    """An SMS-STATUS-REPORT for a part we sent; match by modem, reference, recipient, time."""

    reference: int
    recipient: str
    status: DeliveryStatus
    status_code: int
    submitted_at: datetime | None = None
    discharged_at: datetime | None = None
    storage: str | None = None
    storage_index: int | None = None


InboundCallback = Callable[[InboundPart], None]
StatusReportCallback = Callable[[StatusReport], None]
# Given the identity just read on connect, None to go on, or why this is not the expected modem/SIM.
IdentityCheck = Callable[[ModemStatus], "str | None"]


@dataclass
class ModemCallbacks:
    """Called from driver threads; each must be thread-safe and persist before returning."""

    on_inbound: InboundCallback = field(default=lambda part: None)
    on_status_report: StatusReportCallback = field(default=lambda report: None)
    # Called on connect after the identity is read and before anything is read or sent.
    check_identity: IdentityCheck = field(default=lambda status: None)
    # Called on connect before the SIM PIN is given, with the IMEI and the card's ICCID (if readable).
    check_sim_card: IdentityCheck = field(default=lambda status: None)


class ModemDriver(Protocol):
    """One modem. Methods block; call them from the modem's own worker thread only."""

    @property
    def port(self) -> str: ...

    def connect(self, pin: str | None = None) -> ModemStatus:
        """Open the port, initialise, unlock the SIM with `pin` once, read stored messages."""
        ...

    def send(self, number: str, text: str) -> SendResult:
        """Send one message (split into parts as needed); raise a `modem.errors.ModemError`."""
        ...

    def poll(self) -> ModemStatus:
        """Refresh signal and registration and sweep the message storage."""
        ...

    def status(self) -> ModemStatus:
        """The last known snapshot, without talking to the modem."""
        ...

    def close(self) -> None: ...

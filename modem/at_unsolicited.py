"""Recognising the lines a GSM modem sends on its own (+CMTI, ^RSSI, RDY, +WIND ...).

Pure functions; re-exported by `modem.at_parse`. A line recognised here never belongs to a
command's answer, except where noted (`+CPIN: READY`), so the reader can route it out of answers.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Unsolicited(enum.StrEnum):
    NEW_MESSAGE = "new_message"  # +CMTI: "SM",3
    NEW_STATUS_REPORT = "new_status_report"  # +CDSI: "SR",1
    DIRECT_MESSAGE = "direct_message"  # +CMT: ,<len>  (the PDU follows on the next line)
    DIRECT_STATUS_REPORT = "direct_status_report"  # +CDS: <len>  (the PDU follows)
    SIGNAL = "signal"  # ^RSSI:15, +CIEV signal
    NETWORK = "network"  # ^MODE, +CREG: <stat>, +CGREG: <stat>, ^SRVST, +QIND: act
    BOOT = "boot"  # RDY, ^BOOT, SMS Ready, +PBREADY, +WIND, ^SIMST, +QIND, +CPIN: READY (late)
    CALL = "call"  # RING, +CLIP, +CRING, NO CARRIER: ignored, but never taken for an answer
    OTHER = "other"  # ^HCSQ, +CUSD, +STIN... known to be unsolicited, not interesting


@dataclass(frozen=True)
class UnsolicitedLine:
    kind: Unsolicited
    line: str
    storage: str | None = None  # for +CMTI/+CDSI
    index: int | None = None
    length: int | None = None  # for +CMT/+CDS: TPDU octets of the PDU line that follows
    value: int | None = None  # ^RSSI level, +CREG stat


_CMTI = re.compile(r'^\+CMTI:\s*"?([A-Za-z]{2})"?\s*,\s*(\d{1,5})\s*$')
_CDSI = re.compile(r'^\+CDSI:\s*"?([A-Za-z]{2})"?\s*,\s*(\d{1,5})\s*$')
_CMT = re.compile(r'^\+CMT:\s*(?:"[^"]*"|[^,]*)\s*,\s*(\d{1,3})\s*$')
_CDS = re.compile(r"^\+CDS:\s*(\d{1,3})\s*$")
_RSSI = re.compile(r"^\^RSSI:\s*(\d{1,2})\s*$")
_CREG_UNSOLICITED = re.compile(r"^\+C[GE]?REG:\s*(\d)\s*(?:,.*)?$")
_CREG_ANSWER_SHAPE = re.compile(r"^\+C[GE]?REG:\s*\d\s*,\s*\d\s*(?:,.*)?$")

_PREFIX_KINDS: tuple[tuple[str, Unsolicited], ...] = (
    ("^MODE:", Unsolicited.NETWORK),
    ("^SRVST:", Unsolicited.NETWORK),
    ("^SYSINFO", Unsolicited.NETWORK),
    ("+QIND:", Unsolicited.BOOT),
    ("^BOOT:", Unsolicited.BOOT),
    ("^SIMST:", Unsolicited.BOOT),
    ("+WIND:", Unsolicited.BOOT),
    ("+PBREADY", Unsolicited.BOOT),
    ("+QUSIM:", Unsolicited.BOOT),
    ("^SMMEMFULL:", Unsolicited.OTHER),
    ("^STIN:", Unsolicited.OTHER),
    ("^HCSQ:", Unsolicited.SIGNAL),
    ("^CSNR:", Unsolicited.SIGNAL),
    ("+CIEV:", Unsolicited.OTHER),
    ("^DSFLOWRPT:", Unsolicited.OTHER),
    ("+CUSD:", Unsolicited.OTHER),
    ("+CLIP:", Unsolicited.CALL),
    ("+CRING:", Unsolicited.CALL),
    ("^ORIG:", Unsolicited.CALL),
    ("^CONN:", Unsolicited.CALL),
    ("^CEND:", Unsolicited.CALL),
)
_EXACT_KINDS: dict[str, Unsolicited] = {
    "RDY": Unsolicited.BOOT,
    "SMS READY": Unsolicited.BOOT,
    "CALL READY": Unsolicited.BOOT,
    "PB DONE": Unsolicited.BOOT,
    "+CFUN: 1": Unsolicited.BOOT,
    "+CPIN: READY": Unsolicited.BOOT,
    "RING": Unsolicited.CALL,
    "START": Unsolicited.BOOT,
}


def classify_unsolicited(line: str) -> UnsolicitedLine | None:
    """Recognise a line a modem sends on its own; None when it may belong to a command's answer.

    `+CPIN: READY` and a one-number `+CREG: <stat>` are ambiguous with answers to `AT+CPIN?` /
    `AT+CREG?`-style queries; callers that expect such an answer check it before calling this.
    """
    text = line.strip()
    return _classify_sms(text) or _classify_status_line(text)


def _classify_sms(text: str) -> UnsolicitedLine | None:
    for regex, kind in ((_CMTI, Unsolicited.NEW_MESSAGE), (_CDSI, Unsolicited.NEW_STATUS_REPORT)):
        match = regex.match(text)
        if match:
            return UnsolicitedLine(kind, text, storage=match.group(1).upper(),
                                   index=int(match.group(2)))
    match = _CMT.match(text)
    if match:
        return UnsolicitedLine(Unsolicited.DIRECT_MESSAGE, text, length=int(match.group(1)))
    match = _CDS.match(text)
    if match:
        return UnsolicitedLine(Unsolicited.DIRECT_STATUS_REPORT, text, length=int(match.group(1)))
    return None


def _classify_status_line(text: str) -> UnsolicitedLine | None:
    match = _RSSI.match(text)
    if match:
        return UnsolicitedLine(Unsolicited.SIGNAL, text, value=int(match.group(1)))
    if _CREG_UNSOLICITED.match(text) and not _CREG_ANSWER_SHAPE.match(text):
        # "+CREG: 1" (n=1 form) is unsolicited; "+CREG: 0,1" is the answer to AT+CREG?.
        return UnsolicitedLine(Unsolicited.NETWORK, text, value=int(text.split(":")[1].split(",")[0]))
    exact = _EXACT_KINDS.get(text.upper())
    if exact is not None:
        return UnsolicitedLine(exact, text)
    for prefix, kind in _PREFIX_KINDS:
        if text.startswith(prefix):
            return UnsolicitedLine(kind, text)
    return None

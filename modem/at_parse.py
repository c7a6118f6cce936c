"""Pure parsers for what a GSM modem says: raw lines, unsolicited notifications and AT responses.

No I/O and no state: bytes or lines in, values out. Every function accepts any input; when a
response is not what it should be, the parser returns None (or an empty result) rather than
raising, so the driver can fall back (schedule a storage sweep, keep the last value): garbage
in, "nothing recognised" out. Unsolicited-line classification lives in `modem.at_unsolicited` and
is re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from modem.at_unsolicited import Unsolicited as Unsolicited
from modem.at_unsolicited import UnsolicitedLine as UnsolicitedLine
from modem.at_unsolicited import classify_unsolicited as classify_unsolicited
from modem.interface import Registration

_HEX_LINE = re.compile(r"^(?:[0-9A-Fa-f]{2})+$")


def decode_line(raw: bytes) -> str:
    """Decode one line from the modem; bytes that are not UTF-8 become U+FFFD, never an exception."""
    return raw.decode("utf-8", errors="replace").strip("\r\n\x00 ")


def is_final_result(line: str) -> bool:
    """True for a line that ends a command's response (OK, ERROR, +CMS/+CME ERROR...)."""
    return line in _FINAL_LINES or parse_cm_error(line) is not None


_FINAL_LINES = frozenset({"OK", "ERROR", "COMMAND NOT SUPPORT", "NO CARRIER", "+CMS ERROR", "+CME ERROR"})


# ---------------------------------------------------------------- errors and simple answers


@dataclass(frozen=True)
class CmError:
    kind: str  # "CMS" or "CME"
    code: int | None  # None when the modem answered in words (AT+CMEE=2)
    text: str = ""


_CM_ERROR = re.compile(r"^\+(CM[ES]) ERROR:\s*(.*?)\s*$")


def parse_cm_error(line: str) -> CmError | None:
    """Parse `+CMS ERROR: 330` / `+CME ERROR: 16` / `+CME ERROR: incorrect password`."""
    match = _CM_ERROR.match(line.strip())
    if not match:
        return None
    detail = match.group(2)
    if detail.isascii() and detail.isdigit() and len(detail) <= 5:
        return CmError(match.group(1), int(detail))
    return CmError(match.group(1), _CME_WORDS.get(detail.lower()), detail)


_CME_WORDS = {
    "sim pin required": 11,
    "sim puk required": 12,
    "incorrect password": 16,
    "sim not inserted": 10,
    "sim busy": 14,
    "sim failure": 13,
}


def find_prefixed(lines: Iterable[str], prefix: str) -> str | None:
    """The payload of the first line starting with `prefix` ("+CSQ:"), stripped; None if absent."""
    for line in lines:
        text = line.strip()
        if text.startswith(prefix):
            return text[len(prefix):].strip()
    return None


def split_fields(payload: str) -> list[str]:
    """Split an AT parameter list on commas outside quotes, dropping the quotes."""
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    for char in payload:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            fields.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    fields.append("".join(current).strip())
    return fields


def _to_int(text: str) -> int | None:
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    return None


def parse_cmgs(lines: Sequence[str]) -> int | None:
    """The message reference (TP-MR) from `+CMGS: <mr>[,<scts>]`."""
    payload = find_prefixed(lines, "+CMGS:")
    if payload is None:
        return None
    reference = _to_int(split_fields(payload)[0])
    return reference if reference is not None and reference <= 255 else None


def parse_cpin(lines: Sequence[str]) -> str | None:
    """The SIM state from `+CPIN: READY` / `+CPIN: SIM PIN` / `+CPIN: SIM PUK`, upper-cased."""
    payload = find_prefixed(lines, "+CPIN:")
    return payload.strip('"').upper() if payload else None


def parse_pin_attempts(lines: Sequence[str]) -> int | None:
    """PIN attempts left, from whichever vendor query answered.

    `+CPINC: <pin1>,<pin2>,<puk1>,<puk2>` (Sierra, Telit), `^CPIN: <code>,<times>,<puk>,<pin>,...`
    (Huawei: field 4 is the PIN counter), `+QPINC: "SC",<pin>,<puk>` (Quectel).
    """
    for prefix, position in (("+CPINC:", 0), ("^CPIN:", 3), ("+QPINC:", 1)):
        payload = find_prefixed(lines, prefix)
        if payload is None:
            continue
        fields = split_fields(payload)
        if len(fields) > position:
            attempts = _to_int(fields[position])
            if attempts is not None and attempts <= 10:
                return attempts
    return None


# ---------------------------------------------------------------- signal and network


@dataclass(frozen=True)
class Signal:
    rssi: int | None  # 0-31, None when unknown (99)
    dbm: int | None
    bars: int  # 0-5


def rssi_to_dbm(rssi: int) -> int | None:
    """3GPP TS 27.007 §8.5: 0 is -113 dBm or less, 31 is -51 dBm or more, 99 unknown."""
    if not 0 <= rssi <= 31:
        return None
    return -113 + 2 * rssi


def rssi_to_bars(rssi: int | None) -> int:
    """Map rssi to 0-5 bars; thresholds follow what handsets show (about 6 dB a bar)."""
    if rssi is None or not 1 <= rssi <= 31:
        return 0
    for bars, floor in ((5, 23), (4, 17), (3, 12), (2, 7)):
        if rssi >= floor:
            return bars
    return 1


def parse_csq(lines: Sequence[str]) -> Signal | None:
    """`+CSQ: <rssi>,<ber>` -> Signal; None when the line is missing or malformed."""
    payload = find_prefixed(lines, "+CSQ:")
    if payload is None:
        return None
    rssi = _to_int(split_fields(payload)[0])
    if rssi is None or (rssi > 31 and rssi != 99):
        return None
    known = None if rssi == 99 else rssi
    return Signal(known, None if known is None else rssi_to_dbm(known), rssi_to_bars(known))


def parse_rssi_notification(value: int) -> Signal:
    """`^RSSI:<n>` uses the +CSQ scale."""
    known = value if 0 <= value <= 31 else None
    return Signal(known, None if known is None else rssi_to_dbm(known), rssi_to_bars(known))


_REGISTRATION_BY_STAT = {
    0: Registration.NOT_REGISTERED,
    1: Registration.HOME,
    2: Registration.SEARCHING,
    3: Registration.DENIED,
    4: Registration.UNKNOWN,
    5: Registration.ROAMING,
    6: Registration.HOME,  # registered for SMS only, home network
    7: Registration.ROAMING,  # registered for SMS only, roaming
    9: Registration.HOME,  # CSFB not preferred, home
    10: Registration.ROAMING,
}


def registration_from_stat(stat: int) -> Registration:
    return _REGISTRATION_BY_STAT.get(stat, Registration.UNKNOWN)


def parse_creg(lines: Sequence[str]) -> Registration | None:
    """`+CREG: <n>,<stat>[,<lac>,<ci>[,<act>]]` (answer to AT+CREG?) -> Registration."""
    payload = find_prefixed(lines, "+CREG:")
    if payload is None:
        return None
    fields = split_fields(payload)
    stat = _to_int(fields[1]) if len(fields) >= 2 else _to_int(fields[0])
    return None if stat is None else registration_from_stat(stat)


def parse_cops(lines: Sequence[str]) -> str | None:
    """The operator name from `+COPS: <mode>[,<format>,"<oper>"[,<act>]]`; None when not registered."""
    payload = find_prefixed(lines, "+COPS:")
    if payload is None:
        return None
    fields = split_fields(payload)
    if len(fields) < 3 or not fields[2] or not fields[2].isprintable():
        return None
    return fields[2]


def parse_csca(lines: Sequence[str]) -> str | None:
    """The SMSC number from `+CSCA: "+819020000000",145`; None when unset."""
    payload = find_prefixed(lines, "+CSCA:")
    if payload is None:
        return None
    number = split_fields(payload)[0]
    if not number or not all(char.isdigit() or char in "+*#" for char in number):
        return None
    return number


# ---------------------------------------------------------------- message storage


@dataclass(frozen=True)
class StorageUsage:
    storage: str | None  # the read/delete storage (mem1), when the modem names it
    used: int
    total: int


def parse_cpms(lines: Sequence[str]) -> StorageUsage | None:
    """`+CPMS: "SM",3,30,...` (AT+CPMS?) or `+CPMS: 3,30,...` (AT+CPMS=) -> mem1 usage."""
    payload = find_prefixed(lines, "+CPMS:")
    if payload is None:
        return None
    fields = split_fields(payload)
    named = bool(fields) and _to_int(fields[0]) is None
    numbers = fields[1:3] if named else fields[0:2]
    if len(numbers) < 2:
        return None
    used, total = _to_int(numbers[0]), _to_int(numbers[1])
    if used is None or total is None:
        return None
    return StorageUsage(fields[0].upper() if named else None, used, total)


_PAREN_GROUP = re.compile(r"\(([^()]*)\)")


def parse_cpms_support(lines: Sequence[str]) -> list[tuple[str, ...]]:
    """`+CPMS: ("SM","ME"),("SM","ME"),("SM","ME")` (AT+CPMS=?) -> storages per parameter."""
    payload = find_prefixed(lines, "+CPMS:")
    if payload is None:
        return []
    groups = []
    for group in _PAREN_GROUP.findall(payload):
        names = tuple(name.upper() for name in split_fields(group) if _is_storage_name(name))
        groups.append(names)
    return groups


def _is_storage_name(name: str) -> bool:
    return len(name) == 2 and name.isascii() and name.isalpha()


@dataclass(frozen=True)
class StoredPdu:
    """One message as listed by AT+CMGL / read by AT+CMGR in PDU mode."""

    index: int | None  # None for AT+CMGR (the caller knows the index)
    stat: int  # 0 unread, 1 read, 2 unsent, 3 sent
    length: int  # TPDU octets (the PDU line also carries the SMSC field)
    pdu: str


@dataclass(frozen=True)
class Listing:
    messages: tuple[StoredPdu, ...]
    anomalies: int  # lines that fit nowhere: a sign an unsolicited line landed in the answer


_CMGL_HEADER = re.compile(r"^\+CMGL:\s*(\d{1,5})\s*,\s*(\d)\s*,[^,]*,\s*(\d{1,3})\s*$")
_CMGR_HEADER = re.compile(r"^\+CMGR:\s*(\d)\s*,[^,]*,\s*(\d{1,3})\s*$")


def is_hex_pdu(line: str) -> bool:
    return bool(_HEX_LINE.match(line.strip()))


def parse_cmgl_pdu(lines: Sequence[str]) -> Listing:
    """Pair each `+CMGL: <index>,<stat>,[<alpha>],<length>` header with the hex line after it."""
    messages: list[StoredPdu] = []
    anomalies = 0
    header: re.Match[str] | None = None
    for raw in lines:
        line = raw.strip()
        if not line or is_final_result(line):
            continue
        match = _CMGL_HEADER.match(line)
        if match:
            anomalies += header is not None  # a header without its PDU line
            header = match
        elif header is not None and is_hex_pdu(line):
            index, stat, length = (int(group) for group in header.groups())
            messages.append(StoredPdu(index, stat, length, line.upper()))
            header = None
        else:
            anomalies += 1
    anomalies += header is not None
    return Listing(tuple(messages), anomalies)


def parse_cmgr_pdu(lines: Sequence[str]) -> StoredPdu | None:
    """`+CMGR: <stat>,[<alpha>],<length>` + the hex line -> StoredPdu; None for an empty slot."""
    header: re.Match[str] | None = None
    for raw in lines:
        line = raw.strip()
        match = _CMGR_HEADER.match(line)
        if match:
            header = match
        elif header is not None and is_hex_pdu(line):
            return StoredPdu(None, int(header.group(1)), int(header.group(2)), line.upper())
    return None


# ---------------------------------------------------------------- identity


_IMEI = re.compile(r"\d{14,17}")
_IMSI = re.compile(r"\d{6,15}")


def parse_imei(lines: Sequence[str]) -> str | None:
    """The IMEI from `AT+CGSN` (bare digits, or `+CGSN: "..."` on some firmware)."""
    return _digits_line(lines, "+CGSN:", _IMEI)


def parse_imsi(lines: Sequence[str]) -> str | None:
    """The IMSI from `AT+CIMI` (up to 15 digits)."""
    return _digits_line(lines, "+CIMI:", _IMSI)


def _digits_line(lines: Sequence[str], prefix: str, pattern: re.Pattern[str]) -> str | None:
    # A whole line of digits only: a stray PDU or ^RSSI line must never pass for an identity.
    for line in lines:
        text = line.strip().removeprefix(prefix).strip().strip('"')
        if text.isascii() and pattern.fullmatch(text):
            return text
    return None


def parse_info_text(lines: Sequence[str], command: str) -> str | None:
    """The text answer of `AT+CGMI`/`AT+CGMM` (optionally prefixed `+CGMI: `), skipping noise."""
    prefix = "+" + command.upper().removeprefix("AT+").removeprefix("+") + ":"
    for line in lines:
        text = line.strip()
        if not text or is_final_result(text) or text.upper() == command.upper():
            continue
        if classify_unsolicited(text) is not None:
            continue
        text = text.removeprefix(prefix).strip().strip('"')
        return text if text.isprintable() and text else None
    return None


_ICCID = re.compile(r"\d{18,20}[0-9F]?", re.IGNORECASE)
_ICCID_PREFIXES = ("+CCID:", "+QCCID:", "^ICCID:", "+ICCID:")


def parse_iccid(lines: Sequence[str]) -> str | None:
    """The SIM card's serial number from `AT+CCID`/`AT+QCCID`/`AT^ICCID` (bare or prefixed)."""
    for line in lines:
        text = line.strip()
        for prefix in _ICCID_PREFIXES:
            text = text.removeprefix(prefix)
        text = text.strip().strip('"')
        if text.isascii() and _ICCID.fullmatch(text):
            return text.upper().rstrip("F")  # a trailing F pads an odd length
    return None


def parse_cnum(lines: Sequence[str]) -> str | None:
    """The SIM's own number from `+CNUM: "<alpha>","<number>",<type>`; None when the SIM keeps none."""
    payload = find_prefixed(lines, "+CNUM:")
    if payload is None:
        return None
    fields = split_fields(payload)
    number = fields[1].strip() if len(fields) > 1 else ""
    digits = number.removeprefix("+")
    if not (digits.isascii() and digits.isdigit() and 3 <= len(digits) <= 20):
        return None
    international = len(fields) > 2 and fields[2].strip() == "145"
    return f"+{digits}" if international or number.startswith("+") else digits

"""SMS PDUs of 3GPP TS 23.040: SMS-SUBMIT, SMS-DELIVER and SMS-STATUS-REPORT, as hex strings.

Pure functions, used by the modem driver (submit out, deliver/status report in)
and by the simulator (the other way round). Written here rather than taken from
python-gsmmodem-new, whose codec mangles emoji, 16-bit concatenation and `§`
(see LIBRARY-GAPS.md). Any malformed input to `decode_pdu` raises `PduError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from modem.interface import DeliveryStatus
from modem.sms_text import (
    Encoding,
    gsm7_septets,
    gsm7_to_septets,
    is_gsm7,
    septets_to_gsm7,
    split_text,
)

MAX_USER_DATA_OCTETS = 140
MAX_ALPHANUMERIC_SEPTETS = 11  # a 10-octet address field holds 11 packed septets
DEFAULT_SMSC = "+819000000000"

_TYPE_INTERNATIONAL = 0x91  # international number, ISDN numbering plan
_TYPE_NATIONAL = 0x81  # unknown type (as dialled), ISDN numbering plan
_TYPE_ALPHANUMERIC = 0xD0  # GSM-7 packed text
_TON_INTERNATIONAL = 1
_TON_ALPHANUMERIC = 5

_MTI_DELIVER = 0
_MTI_SUBMIT = 1
_MTI_STATUS_REPORT = 2
_FLAG_NO_MORE_MESSAGES = 0x04  # TP-MMS: nothing more waiting at the SMSC
_FLAG_VALIDITY_RELATIVE = 0x10
_FLAG_STATUS_REPORT = 0x20
_FLAG_USER_DATA_HEADER = 0x40

_IEI_CONCAT_8BIT = 0x00
_IEI_CONCAT_16BIT = 0x08

_DIGITS_PATTERN = re.compile(r"\+?[0-9*#]{1,20}")  # an address field holds 20 digits
_NIBBLE_CHARS = "0123456789*#abc"  # nibble F is filler


class PduError(ValueError):
    """A PDU that cannot be decoded, or values that cannot be encoded into one."""


@dataclass(frozen=True)
class Concat:
    """The concatenation information element of one part of a long message."""

    reference: int
    total: int
    sequence: int
    sixteen_bit: bool = False


@dataclass(frozen=True)
class SubmitPdu:
    hex: str  # includes the leading SMSC field "00" (use the SIM's SMSC)
    tpdu_length: int  # octets after the SMSC field: the <n> of AT+CMGS=<n>


@dataclass(frozen=True)
class DecodedDeliver:
    sender: str
    text: str
    timestamp: datetime
    concat: Concat | None
    smsc: str | None


@dataclass(frozen=True)
class DecodedSubmit:
    number: str
    text: str
    reference: int
    concat: Concat | None
    request_status_report: bool
    encoding: Encoding


@dataclass(frozen=True)
class DecodedStatusReport:
    reference: int
    recipient: str
    status_code: int
    submitted_at: datetime
    discharged_at: datetime
    smsc: str | None


def delivery_status(status_code: int) -> DeliveryStatus:
    """Group a TP-ST value: 0x00-0x1F done, 0x20-0x3F still trying, the rest failed."""
    if 0x00 <= status_code <= 0x1F:
        return DeliveryStatus.DELIVERED
    if 0x20 <= status_code <= 0x3F:
        return DeliveryStatus.PENDING
    return DeliveryStatus.FAILED


# ---------------------------------------------------------------- encoding


def encode_submit(
    number: str,
    text: str,
    *,
    encoding: Encoding,
    concat: Concat | None = None,
    reference: int = 0,
    request_status_report: bool = True,
    validity_hours: int | None = 24 * 3,
) -> SubmitPdu:
    """One SMS-SUBMIT; `text` must fit one part (with room for `concat` if given)."""
    udl, user_data = _encode_user_data(text, encoding, concat)
    first = _MTI_SUBMIT
    first |= _FLAG_VALIDITY_RELATIVE if validity_hours is not None else 0
    first |= _FLAG_STATUS_REPORT if request_status_report else 0
    first |= _FLAG_USER_DATA_HEADER if concat is not None else 0
    tpdu = bytearray([first, _octet(reference, "reference")])
    tpdu += _encode_number_address(number)
    tpdu += bytes([0x00, _dcs_of(encoding)])  # TP-PID: plain SMS
    if validity_hours is not None:
        tpdu.append(relative_validity(validity_hours))
    tpdu += bytes([udl]) + user_data
    return SubmitPdu(hex="00" + tpdu.hex().upper(), tpdu_length=len(tpdu))


def encode_submit_message(
    number: str, text: str, *, concat_reference: int, request_status_report: bool = True
) -> list[SubmitPdu]:
    """The SMS-SUBMITs for a whole message, one per part as `split_text` cuts it."""
    split = split_text(text)
    if split.part_count == 1:
        return [
            encode_submit(
                number, text, encoding=split.encoding, request_status_report=request_status_report
            )
        ]
    if split.part_count > 0xFF:
        raise PduError(f"{split.part_count} parts: more than an 8-bit concatenation can number")
    return [
        encode_submit(
            number,
            part,
            encoding=split.encoding,
            concat=Concat(concat_reference & 0xFF, split.part_count, sequence),
            request_status_report=request_status_report,
        )
        for sequence, part in enumerate(split.parts, start=1)
    ]


def encode_deliver(
    sender: str,
    text: str,
    *,
    encoding: Encoding,
    timestamp: datetime,
    concat: Concat | None = None,
    smsc: str | None = DEFAULT_SMSC,
) -> str:
    """One SMS-DELIVER with its SMSC field, as a modem would list it (for the simulator)."""
    udl, user_data = _encode_user_data(text, encoding, concat)
    first = _MTI_DELIVER | _FLAG_NO_MORE_MESSAGES
    first |= _FLAG_USER_DATA_HEADER if concat is not None else 0
    pdu = bytearray(_encode_smsc(smsc))
    pdu.append(first)
    pdu += _encode_address(sender)
    pdu += bytes([0x00, _dcs_of(encoding)])
    pdu += encode_timestamp(timestamp)
    pdu += bytes([udl]) + user_data
    return pdu.hex().upper()


def encode_status_report(
    reference: int,
    recipient: str,
    *,
    status_code: int,
    submitted_at: datetime,
    discharged_at: datetime,
    smsc: str | None = DEFAULT_SMSC,
) -> str:
    """One SMS-STATUS-REPORT with its SMSC field (for the simulator)."""
    pdu = bytearray(_encode_smsc(smsc))
    pdu += bytes([_MTI_STATUS_REPORT | _FLAG_NO_MORE_MESSAGES, _octet(reference, "reference")])
    pdu += _encode_number_address(recipient)
    pdu += encode_timestamp(submitted_at) + encode_timestamp(discharged_at)
    pdu.append(_octet(status_code, "status code"))
    return pdu.hex().upper()


def relative_validity(hours: int) -> int:
    """TP-VP (relative format) for at least `hours`, rounded up to the next step it can express."""
    if hours < 0:
        raise PduError(f"negative validity: {hours} h")
    minutes = hours * 60
    if minutes <= 12 * 60:
        return max(0, -(-minutes // 5) - 1)  # 5-minute steps
    if minutes <= 24 * 60:
        return 143 + -(-(minutes - 12 * 60) // 30)  # 30-minute steps
    days = -(-hours // 24)
    if days <= 30:
        return 166 + days
    return min(192 + -(-days // 7), 0xFF)  # weeks, at most 63


def encode_timestamp(moment: datetime) -> bytes:
    """TP-SCTS: swapped BCD digits and a signed quarter-hour zone; `moment` must be aware."""
    offset = moment.utcoffset()
    if offset is None:
        raise PduError("a PDU time stamp needs a timezone")
    if not 2000 <= moment.year <= 2099:
        raise PduError(f"year {moment.year} does not fit a two-digit PDU year")
    seconds = int(offset.total_seconds())
    quarters, rest = divmod(abs(seconds), 15 * 60)
    if rest or quarters > 79:
        raise PduError(f"timezone offset {offset} is not a whole number of quarter hours")
    digits = f"{moment:%y%m%d%H%M%S}{quarters:02d}"
    octets = bytearray(_swap_digits(digits))
    if seconds < 0:
        octets[-1] |= 0x08  # the sign sits in the tens digit of the zone
    return bytes(octets)


def _octet(value: int, what: str) -> int:
    if not 0 <= value <= 0xFF:
        raise PduError(f"{what} {value} does not fit one octet")
    return value


def _swap_digits(digits: str) -> bytes:
    """Semi-octet representation: each pair of digits stored low nibble first."""
    if len(digits) % 2:
        digits += "F"
    return bytes(int(digits[i + 1] + digits[i], 16) for i in range(0, len(digits), 2))


def _bcd_number(number: str) -> tuple[int, bytes]:
    """(type of address, semi-octets) of a dialable number."""
    if not _DIGITS_PATTERN.fullmatch(number):
        raise PduError(f"not a phone number: {number!r}")
    address_type = _TYPE_INTERNATIONAL if number.startswith("+") else _TYPE_NATIONAL
    digits = number.lstrip("+").replace("*", "A").replace("#", "B")
    return address_type, _swap_digits(digits)


def _encode_number_address(number: str) -> bytes:
    """TP-DA/TP-RA: a dialable number; length counts digits, not octets."""
    address_type, value = _bcd_number(number)
    return bytes([len(number.lstrip("+")), address_type]) + value


def _encode_address(address: str) -> bytes:
    """TP-OA: a number, or an alphanumeric sender such as "docomo"."""
    if _DIGITS_PATTERN.fullmatch(address):
        return _encode_number_address(address)
    if not address or not is_gsm7(address) or gsm7_septets(address) > MAX_ALPHANUMERIC_SEPTETS:
        raise PduError(f"not a number nor a short GSM-7 sender name: {address!r}")
    packed = _pack_septets(gsm7_to_septets(address), b"")
    semi_octets = -(-gsm7_septets(address) * 7 // 4)
    return bytes([semi_octets, _TYPE_ALPHANUMERIC]) + packed


def _encode_smsc(smsc: str | None) -> bytes:
    if smsc is None:
        return b"\x00"  # "use the SMSC stored on the SIM"
    address_type, value = _bcd_number(smsc)
    return bytes([len(value) + 1, address_type]) + value


def _dcs_of(encoding: Encoding) -> int:
    if encoding is Encoding.GSM7:
        return 0x00
    if encoding is Encoding.UCS2:
        return 0x08
    raise PduError(f"cannot encode text as {encoding}")


def _concat_header(concat: Concat | None) -> bytes:
    """The user data header (with its length octet) carrying `concat`, or nothing."""
    if concat is None:
        return b""
    if not (1 <= concat.sequence <= concat.total <= 0xFF):
        raise PduError(f"bad concatenation numbering: {concat}")
    if concat.sixteen_bit:
        if not 0 <= concat.reference <= 0xFFFF:
            raise PduError(f"16-bit concatenation reference out of range: {concat.reference}")
        element = bytes([_IEI_CONCAT_16BIT, 4]) + concat.reference.to_bytes(2, "big")
    else:
        element = bytes([_IEI_CONCAT_8BIT, 3, _octet(concat.reference, "concat reference")])
    element += bytes([concat.total, concat.sequence])
    return bytes([len(element)]) + element


def _ucs2_bytes(text: str) -> bytes:
    """UTF-16BE (surrogate pairs for emoji); a stray lone surrogate becomes U+FFFD."""
    cleaned = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return cleaned.encode("utf-16-be")


def _encode_user_data(text: str, encoding: Encoding, concat: Concat | None) -> tuple[int, bytes]:
    """(TP-UDL, TP-UD) for one part; raises PduError when it does not fit 140 octets."""
    header = _concat_header(concat)
    if encoding is Encoding.GSM7:
        try:
            septets = gsm7_to_septets(text)
        except ValueError as error:
            raise PduError(str(error)) from error
        user_data = _pack_septets(septets, header)
        length = _septets_for_octets(len(header)) + len(septets)
    else:
        _dcs_of(encoding)  # rejects what cannot be encoded
        user_data = header + _ucs2_bytes(text)
        length = len(user_data)
    if len(user_data) > MAX_USER_DATA_OCTETS:
        raise PduError(f"text needs {len(user_data)} octets, one SMS part holds 140")
    return length, user_data


def _septets_for_octets(octets: int) -> int:
    """Septets a header of `octets` occupies, fill bits included (TS 23.040 §9.2.3.24)."""
    return -(-octets * 8 // 7)


def _pack_septets(septets: list[int], header: bytes) -> bytes:
    """Header octets, fill bits up to a septet boundary, then septets packed LSB first."""
    start = _septets_for_octets(len(header))
    bits = int.from_bytes(header, "little")
    for index, septet in enumerate(septets, start=start):
        bits |= septet << (7 * index)
    total = start + len(septets)
    return bits.to_bytes(-(-total * 7 // 8), "little")


def _unpack_septets(data: bytes, skip: int, count: int) -> list[int]:
    bits = int.from_bytes(data, "little")
    return [(bits >> (7 * index)) & 0x7F for index in range(skip, count)]


# ---------------------------------------------------------------- decoding


class _Reader:
    """Walks the octets of a PDU; running past the end is a PduError, never an IndexError."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._position = 0

    def take(self, count: int) -> bytes:
        end = self._position + count
        if end > len(self._data):
            raise PduError(f"PDU ends at octet {len(self._data)}, needed {end}")
        chunk = self._data[self._position : end]
        self._position = end
        return chunk

    def octet(self) -> int:
        return self.take(1)[0]


def decode_pdu(
    hex_pdu: str, *, has_smsc: bool = True
) -> DecodedDeliver | DecodedSubmit | DecodedStatusReport:
    """Decode an SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT given as hex.

    `has_smsc` says whether the PDU starts with the SMSC field, as `+CMGL`/`+CMGR`/`+CMT`
    and `AT+CMGS` PDUs do.
    """
    reader = _Reader(_parse_hex(hex_pdu))
    smsc = _read_smsc(reader) if has_smsc else None
    first = reader.octet()
    message_type = first & 0x03
    if message_type == _MTI_DELIVER:
        return _read_deliver(reader, first, smsc)
    if message_type == _MTI_SUBMIT:
        return _read_submit(reader, first)
    if message_type == _MTI_STATUS_REPORT:
        return _read_status_report(reader, smsc)
    raise PduError("reserved message type (TP-MTI 3)")


def _parse_hex(hex_pdu: str) -> bytes:
    if not isinstance(hex_pdu, str):
        raise PduError(f"a PDU is a hex string, not {type(hex_pdu).__name__}")
    try:
        data = bytes.fromhex("".join(hex_pdu.split()))
    except ValueError as error:
        raise PduError(f"not hex: {hex_pdu[:40]!r}") from error
    if not data:
        raise PduError("empty PDU")
    return data


def _read_deliver(reader: _Reader, first: int, smsc: str | None) -> DecodedDeliver:
    sender = _read_address(reader)
    reader.octet()  # TP-PID
    coding = _coding_of(reader.octet())
    timestamp = _read_timestamp(reader)
    text, concat = _read_user_data(reader, first, coding)
    return DecodedDeliver(sender=sender, text=text, timestamp=timestamp, concat=concat, smsc=smsc)


def _read_submit(reader: _Reader, first: int) -> DecodedSubmit:
    reference = reader.octet()
    number = _read_address(reader)
    reader.octet()  # TP-PID
    coding = _coding_of(reader.octet())
    validity_format = (first >> 3) & 0x03
    reader.take({0: 0, 2: 1}.get(validity_format, 7))  # none, relative, enhanced/absolute
    text, concat = _read_user_data(reader, first, coding)
    return DecodedSubmit(
        number=number,
        text=text,
        reference=reference,
        concat=concat,
        request_status_report=bool(first & _FLAG_STATUS_REPORT),
        encoding=coding,
    )


def _read_status_report(reader: _Reader, smsc: str | None) -> DecodedStatusReport:
    reference = reader.octet()
    recipient = _read_address(reader)
    submitted_at = _read_timestamp(reader)
    discharged_at = _read_timestamp(reader)
    status_code = reader.octet()  # optional TP-PI, PID, DCS, UD may follow: not needed
    return DecodedStatusReport(
        reference=reference,
        recipient=recipient,
        status_code=status_code,
        submitted_at=submitted_at,
        discharged_at=discharged_at,
        smsc=smsc,
    )


def _semi_octet_digits(data: bytes) -> str:
    """Digits of swapped semi-octets, filler nibbles (F) left out."""
    nibbles = [n for octet in data for n in (octet & 0x0F, octet >> 4)]
    return "".join(_NIBBLE_CHARS[n] for n in nibbles if n != 0x0F)


def _number_text(address_type: int, digits: str) -> str:
    is_international = (address_type >> 4) & 0x07 == _TON_INTERNATIONAL
    return "+" + digits if is_international and digits else digits


def _read_smsc(reader: _Reader) -> str | None:
    length = reader.octet()  # octets, type octet included
    if length == 0:
        return None
    address_type = reader.octet()
    return _number_text(address_type, _semi_octet_digits(reader.take(length - 1)))


def _read_address(reader: _Reader) -> str:
    semi_octets = reader.octet()  # useful semi-octets, type octet excluded
    address_type = reader.octet()
    value = reader.take(-(-semi_octets // 2))
    if (address_type >> 4) & 0x07 == _TON_ALPHANUMERIC:
        septet_count = semi_octets * 4 // 7
        return septets_to_gsm7(_unpack_septets(value, 0, septet_count))
    return _number_text(address_type, _semi_octet_digits(value)[:semi_octets])


def _read_timestamp(reader: _Reader) -> datetime:
    octets = reader.take(7)
    fields: list[int] = []
    for octet in octets[:6]:
        low, high = octet & 0x0F, octet >> 4
        if low > 9 or high > 9:
            raise PduError(f"time stamp octet {octet:02X} is not BCD")
        fields.append(low * 10 + high)
    zone = octets[6]
    tens, units = zone & 0x07, zone >> 4
    if units > 9:
        raise PduError(f"time zone octet {zone:02X} is not BCD")
    quarters = -(tens * 10 + units) if zone & 0x08 else tens * 10 + units
    year, month, day, hour, minute, second = fields
    try:
        return datetime(
            2000 + year, month, day, hour, minute, second,
            tzinfo=timezone(timedelta(minutes=15 * quarters)),
        )
    except ValueError as error:
        raise PduError(f"impossible time stamp {octets.hex().upper()}") from error


def _coding_of(dcs: int) -> Encoding:
    """Alphabet named by TP-DCS (TS 23.038 §4); compressed text is shown as data too."""
    group = dcs >> 4
    if group <= 0x07:  # general data coding and automatic deletion groups
        if dcs & 0x20:
            return Encoding.DATA8
        return (Encoding.GSM7, Encoding.DATA8, Encoding.UCS2, Encoding.GSM7)[(dcs >> 2) & 0x03]
    if group == 0x0E:
        return Encoding.UCS2
    if group == 0x0F and dcs & 0x04:
        return Encoding.DATA8
    return Encoding.GSM7  # message waiting groups, and reserved ones as the spec asks


def _read_user_data(reader: _Reader, first: int, coding: Encoding) -> tuple[str, Concat | None]:
    length = reader.octet()
    octet_count = -(-length * 7 // 8) if coding is Encoding.GSM7 else length
    user_data = reader.take(octet_count)
    header = b""
    if first & _FLAG_USER_DATA_HEADER:
        if not user_data:
            raise PduError("user data header announced but user data is empty")
        header = user_data[: 1 + user_data[0]]
        if len(header) < 1 + user_data[0]:
            raise PduError("user data header longer than the user data")
    concat = _read_concat(header[1:])
    if coding is Encoding.GSM7:
        skip = _septets_for_octets(len(header))
        if skip > length:
            raise PduError("user data header longer than the user data")
        return septets_to_gsm7(_unpack_septets(user_data, skip, length)), concat
    body = user_data[len(header) :]
    if coding is Encoding.UCS2:
        return body.decode("utf-16-be", errors="replace"), concat
    return body.hex().upper(), concat


def _read_concat(elements: bytes) -> Concat | None:
    """The concatenation element among the user data header's elements, if any."""
    concat = None
    position = 0
    while position < len(elements):
        if position + 2 > len(elements):
            raise PduError("truncated information element in the user data header")
        element_id, size = elements[position], elements[position + 1]
        data = elements[position + 2 : position + 2 + size]
        if len(data) < size:
            raise PduError("truncated information element in the user data header")
        if element_id == _IEI_CONCAT_8BIT and size == 3:
            concat = _valid_concat(data[0], data[1], data[2], sixteen_bit=False)
        elif element_id == _IEI_CONCAT_16BIT and size == 4:
            reference = int.from_bytes(data[:2], "big")
            concat = _valid_concat(reference, data[2], data[3], sixteen_bit=True)
        position += 2 + size
    return concat


def _valid_concat(reference: int, total: int, sequence: int, *, sixteen_bit: bool) -> Concat | None:
    # TS 23.040 §9.2.3.24.1: an element numbered 0 or beyond its total is ignored.
    if total == 0 or not 1 <= sequence <= total:
        return None
    return Concat(reference=reference, total=total, sequence=sequence, sixteen_bit=sixteen_bit)

"""How stored and arriving messages look on the line, in PDU and in text mode.

PDUs come from `modem.pdu`; text mode follows 3GPP TS 27.005 §3.4/§4 with
`+CSCS` applied to numbers and texts. Like real modems in text mode, a UCS-2 or
concatenated message is shown as hex (its UDH first), not as readable text.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from modem.pdu import Concat, encode_deliver, encode_status_report
from modem.simulator.storage import (
    TEXT_STATUS,
    DeliverContent,
    ReportContent,
    StoredMessage,
    tpdu_length,
)
from modem.sms_text import Encoding, split_text

UCS2_CHARSET = "UCS2"
_REPORT_FIRST_OCTET = 6  # SMS-STATUS-REPORT, no more messages


# ------------------------------------------------------------------- building


def deliver_parts(
    sender: str, text: str, *, timestamp: datetime, concat_reference: int, smsc: str
) -> list[tuple[str, DeliverContent]]:
    """SMS-DELIVER PDUs for `text` cut as a phone would cut it, with their contents."""
    split = split_text(text)
    total = split.part_count
    parts = []
    for sequence, part_text in enumerate(split.parts, start=1):
        concat = Concat(concat_reference, total, sequence) if total > 1 else None
        pdu = encode_deliver(
            sender, part_text, encoding=split.encoding, timestamp=timestamp, concat=concat,
            smsc=smsc,
        )
        parts.append((pdu, DeliverContent(sender, part_text, timestamp, split.encoding, concat)))
    return parts


def status_report(
    reference: int, recipient: str, *, status_code: int, submitted_at: datetime,
    discharged_at: datetime, smsc: str,
) -> tuple[str, ReportContent]:
    pdu = encode_status_report(
        reference, recipient, status_code=status_code, submitted_at=submitted_at,
        discharged_at=discharged_at, smsc=smsc,
    )
    content = ReportContent(reference, recipient, status_code, submitted_at, discharged_at)
    return pdu, content


# ------------------------------------------------------------------ charsets


def to_charset(text: str, charset: str) -> str:
    """`text` as the host expects it under AT+CSCS=`charset`."""
    if charset == UCS2_CHARSET:
        return text.encode("utf-16-be").hex().upper()
    return text


def from_charset(text: str, charset: str) -> str:
    """Host input under AT+CSCS=`charset` back to text; ValueError if malformed."""
    if charset == UCS2_CHARSET:
        return bytes.fromhex(text).decode("utf-16-be")
    return text


def time_text(moment: datetime) -> str:
    """Text-mode time stamp "yy/MM/dd,hh:mm:ss±zz" (zz in quarter hours)."""
    offset = moment.utcoffset() or timedelta(0)
    quarters = int(offset.total_seconds() // 900)
    sign = "-" if quarters < 0 else "+"
    return moment.strftime("%y/%m/%d,%H:%M:%S") + f"{sign}{abs(quarters):02d}"


def number_type(number: str) -> int:
    return 145 if number.startswith("+") else 129


def text_mode_body(content: DeliverContent, charset: str) -> str:
    if content.encoding is Encoding.GSM7 and content.concat is None:
        return to_charset(content.text, charset)
    udh = ""
    if content.concat is not None:
        c = content.concat
        udh = f"050003{c.reference & 0xFF:02X}{c.total:02X}{c.sequence:02X}"
    return udh + content.text.encode("utf-16-be").hex().upper()


# ------------------------------------------------------------------- listing


def _quoted(value: str) -> str:
    return f'"{value}"'


def _deliver_fields(content: DeliverContent, charset: str) -> str:
    return f"{_quoted(to_charset(content.sender, charset))},,{_quoted(time_text(content.timestamp))}"


def _report_fields(content: ReportContent, charset: str) -> str:
    return ",".join((
        str(_REPORT_FIRST_OCTET),
        str(content.reference),
        _quoted(to_charset(content.recipient, charset)),
        str(number_type(content.recipient)),
        _quoted(time_text(content.submitted_at)),
        _quoted(time_text(content.discharged_at)),
        str(content.status_code),
    ))


def cmgl_lines(message: StoredMessage, *, text_mode: bool, charset: str) -> tuple[str, ...]:
    """The +CMGL entry of one stored message (header and body kept together)."""
    if not text_mode:
        return (f"+CMGL: {message.index},{int(message.status)},,{message.tpdu_length}", message.pdu)
    status = _quoted(TEXT_STATUS[message.status])
    content = message.content
    if isinstance(content, ReportContent):
        return (f"+CMGL: {message.index},{status},{_report_fields(content, charset)}",)
    header = f"+CMGL: {message.index},{status},{_deliver_fields(content, charset)}"
    return (header, text_mode_body(content, charset))


def cmgr_lines(message: StoredMessage, *, text_mode: bool, charset: str) -> tuple[str, ...]:
    if not text_mode:
        return (f"+CMGR: {int(message.status)},,{message.tpdu_length}", message.pdu)
    status = _quoted(TEXT_STATUS[message.status])
    content = message.content
    if isinstance(content, ReportContent):
        return (f"+CMGR: {status},{_report_fields(content, charset)}",)
    return (f"+CMGR: {status},{_deliver_fields(content, charset)}", text_mode_body(content, charset))


def direct_lines(
    pdu: str, content: DeliverContent | ReportContent, *, text_mode: bool, charset: str
) -> tuple[str, ...]:
    """+CMT (a message) or +CDS (a status report) routed straight to the host."""
    if isinstance(content, ReportContent):
        if text_mode:
            return (f"+CDS: {_report_fields(content, charset)}",)
        return (f"+CDS: {tpdu_length(pdu)}", pdu)
    if text_mode:
        return (f"+CMT: {_deliver_fields(content, charset)}", text_mode_body(content, charset))
    return (f"+CMT: ,{tpdu_length(pdu)}", pdu)


def stored_notification(message: StoredMessage) -> tuple[str, ...]:
    """+CMTI for a message, +CDSI for a status report."""
    prefix = "+CDSI" if isinstance(message.content, ReportContent) else "+CMTI"
    return (f'{prefix}: "{message.storage}",{message.index}',)


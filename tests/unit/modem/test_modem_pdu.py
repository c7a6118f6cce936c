"""SMS-SUBMIT / SMS-DELIVER / SMS-STATUS-REPORT codec: vectors, round trips, malformed input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from gsmmodem import pdu as library_pdu
from hypothesis import given, settings
from hypothesis import strategies as st

from modem.interface import DeliveryStatus
from modem.pdu import (
    Concat,
    DecodedDeliver,
    DecodedStatusReport,
    DecodedSubmit,
    PduError,
    decode_pdu,
    delivery_status,
    encode_deliver,
    encode_status_report,
    encode_submit,
    encode_submit_message,
    encode_timestamp,
    relative_validity,
)
from modem.pdu import _pack_septets as pack_septets
from modem.sms_text import (
    ESCAPE_SEPTET,
    GSM7_DEFAULT_ALPHABET,
    GSM7_EXTENSION_TABLE,
    Encoding,
    choose_encoding,
    gsm7_septets,
    gsm7_to_septets,
    is_gsm7,
    split_text,
)

JST = timezone(timedelta(hours=9))
EMOJI = "\U0001f600"
# Other suites may run beside this one; a slow machine must not turn into a failure.
NO_DEADLINE = settings(deadline=None)
NUMBER = "+819012345678"
GSM7_CHARS = [c for i, c in enumerate(GSM7_DEFAULT_ALPHABET) if i != ESCAPE_SEPTET] + list(
    GSM7_EXTENSION_TABLE
)
gsm7_char = st.sampled_from(GSM7_CHARS)
japanese_char = st.characters(min_codepoint=0x3041, max_codepoint=0x30FA) | st.characters(
    min_codepoint=0x4E00, max_codepoint=0x9FFF
)
emoji_char = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
any_text = st.text(gsm7_char, max_size=500) | st.text(
    gsm7_char | japanese_char | emoji_char, max_size=300
)
numbers = st.from_regex(r"\+[1-9][0-9]{6,14}|0[0-9]{9,10}", fullmatch=True)
senders = numbers | st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -"),
                            min_size=1, max_size=11).filter(lambda s: not s.isdigit())
zones = st.integers(min_value=-56, max_value=56).map(lambda q: timezone(timedelta(minutes=15 * q)))
timestamps = st.builds(
    lambda moment, zone: moment.replace(microsecond=0, tzinfo=zone),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59, 59)),
    zones,
)


def _one_part_text(text: str) -> str:
    """The first part of `text`, trimmed to leave room for a 16-bit concatenation header."""
    first = split_text(text).parts[0]
    while (is_gsm7(first) and gsm7_septets(first) > 152) or len(first.encode("utf-16-be")) > 132:
        first = first[:-1]
    return first


def _reference_pack(septets: list[int], header: bytes) -> bytes:
    """GSM-7 packing written the slow way, as a bit list: an independent check."""
    bits = [(octet >> i) & 1 for octet in header for i in range(8)]
    bits += [0] * (-len(bits) % 7)  # fill bits up to a septet boundary
    bits += [(septet >> i) & 1 for septet in septets for i in range(7)]
    bits += [0] * (-len(bits) % 8)
    return bytes(sum(bit << i for i, bit in enumerate(bits[n : n + 8])) for n in range(0, len(bits), 8))


# ---------------------------------------------------------------- known vectors


def test_hellohello_packs_to_the_textbook_septets() -> None:
    submit = encode_submit("+46708251358", "hellohello", encoding=Encoding.GSM7,
                           request_status_report=False, validity_hours=None)
    assert submit.hex == "0001000B916407281553F800000AE8329BFD4697D9EC37"
    assert submit.tpdu_length == len(submit.hex) // 2 - 1


def test_textbook_submit_with_relative_validity_decodes() -> None:
    decoded = decode_pdu("0011000B916407281553F80000AA0AE8329BFD4697D9EC37")
    assert decoded == DecodedSubmit(number="+46708251358", text="hellohello", reference=0,
                                    concat=None, request_status_report=False,
                                    encoding=Encoding.GSM7)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Hello world", Encoding.GSM7), ("Price: 50€ [ok] {x}", Encoding.GSM7),
     ("a" * 160, Encoding.GSM7), ("こんにちは、予約の確認です", Encoding.UCS2), ("漢" * 70, Encoding.UCS2)],
)
def test_single_part_submit_matches_python_gsmmodem_new(text: str, encoding: Encoding) -> None:
    ours = encode_submit(NUMBER, text, encoding=encoding, reference=7)
    (theirs,) = library_pdu.encodeSmsSubmitPdu(NUMBER, text, reference=7,
                                                validity=timedelta(hours=72))
    assert ours.hex == str(theirs).upper()
    assert ours.tpdu_length == theirs.tpduLength
    assert library_pdu.decodeSmsPdu(ours.hex)["text"] == text


def test_deliver_with_8bit_concat_agrees_with_python_gsmmodem_new() -> None:
    deliver = encode_deliver(NUMBER, "Hello [x] world", encoding=Encoding.GSM7,
                             timestamp=datetime(2026, 11, 23, 14, 0, 5, tzinfo=JST),
                             concat=Concat(0xAB, 3, 2))
    theirs = library_pdu.decodeSmsPdu(deliver)
    assert theirs["text"] == "Hello [x] world"
    (element,) = theirs["udh"]
    assert (element.reference, element.parts, element.number) == (0xAB, 3, 2)
    assert theirs["time"] == datetime(2026, 11, 23, 5, 0, 5, tzinfo=UTC)


def test_deliver_from_alphanumeric_sender_in_jst() -> None:
    deliver = encode_deliver("docomo", "テスト", encoding=Encoding.UCS2,
                             timestamp=datetime(2026, 11, 23, 14, 0, 5, tzinfo=JST))
    assert deliver == (
        "0791180900000000" "04" "0BD0E4F7F8DD7E03" "0008" "62113241005063" "06" "30C630B930C8"
    )
    assert library_pdu.decodeSmsPdu(deliver)["number"] == "docomo"
    assert decode_pdu(deliver) == DecodedDeliver(
        sender="docomo", text="テスト", timestamp=datetime(2026, 11, 23, 14, 0, 5, tzinfo=JST),
        concat=None, smsc="+819000000000",
    )


@pytest.mark.parametrize(
    ("zone", "zone_hex"),
    [(timedelta(hours=9), "63"), (timedelta(0), "00"), (timedelta(hours=-5), "0A"),
     (timedelta(hours=-5, minutes=-45), "3A"), (timedelta(hours=5, minutes=45), "32")],
)
def test_timestamp_zone_is_signed_swapped_quarter_hours(zone: timedelta, zone_hex: str) -> None:
    octets = encode_timestamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(zone)))
    assert octets.hex().upper() == "621020304050" + zone_hex


@pytest.mark.parametrize(
    ("hours", "octet"),
    [(0, 0x00), (1, 11), (12, 143), (13, 145), (24, 167), (25, 168), (72, 0xA9), (24 * 30, 196),
     (24 * 31, 197), (24 * 7 * 63, 255), (10**6, 255)],
)
def test_relative_validity_rounds_up_to_a_representable_period(hours: int, octet: int) -> None:
    assert relative_validity(hours) == octet


def test_submit_without_validity_has_no_vp_field() -> None:
    with_vp = encode_submit(NUMBER, "hi", encoding=Encoding.GSM7)
    without = encode_submit(NUMBER, "hi", encoding=Encoding.GSM7, validity_hours=None)
    assert with_vp.tpdu_length == without.tpdu_length + 1
    assert int(without.hex[2:4], 16) & 0x18 == 0
    assert decode_pdu(without.hex) == decode_pdu(with_vp.hex)


def test_status_report_request_flag_is_honoured() -> None:
    assert int(encode_submit(NUMBER, "x", encoding=Encoding.GSM7).hex[2:4], 16) & 0x20
    plain = encode_submit(NUMBER, "x", encoding=Encoding.GSM7, request_status_report=False)
    assert not int(plain.hex[2:4], 16) & 0x20
    assert isinstance(decoded := decode_pdu(plain.hex), DecodedSubmit)
    assert decoded.request_status_report is False


def test_national_number_uses_type_81() -> None:
    submit = encode_submit("09012345678", "x", encoding=Encoding.GSM7)
    assert submit.hex.startswith("0031000B819010325476F80000")
    assert isinstance(decoded := decode_pdu(submit.hex), DecodedSubmit)
    assert decoded.number == "09012345678"


# ---------------------------------------------------------------- concatenation and fill bits


@pytest.mark.parametrize("header_length", [0, 6, 7, 1, 8, 12])
@NO_DEADLINE
@given(text=st.text(gsm7_char, max_size=120))
def test_packing_with_header_matches_the_bitwise_reference(header_length: int, text: str) -> None:
    septets = gsm7_to_septets(text)
    header = bytes([header_length - 1]) + bytes(range(1, header_length)) if header_length else b""
    assert pack_septets(septets, header) == _reference_pack(septets, header)


def test_sixteen_bit_concatenation_decodes_reference_and_text() -> None:
    header = "060804BEEF0302"
    septets = gsm7_to_septets("Hello")
    body = _reference_pack(septets, bytes.fromhex(header)).hex().upper()
    udl = 8 + len(septets)  # 7 header octets = 8 septets with fill
    hex_pdu = "0791180900000000" + "44" + "0C91" + "180921436587" + "0000" + "62113241005063"
    decoded = decode_pdu(hex_pdu + f"{udl:02X}" + body)
    assert decoded == DecodedDeliver(
        sender=NUMBER, text="Hello", timestamp=datetime(2026, 11, 23, 14, 0, 5, tzinfo=JST),
        concat=Concat(0xBEEF, 3, 2, sixteen_bit=True), smsc="+819000000000",
    )


def test_concat_numbered_zero_or_beyond_total_is_ignored() -> None:
    for element in ("0003AB0300", "0003AB0304", "0003AB0000"):
        hex_pdu = "00440C91180921436587000862113241005063" + "08" + "05" + element + "0041"
        assert isinstance(decoded := decode_pdu(hex_pdu), DecodedDeliver)
        assert (decoded.concat, decoded.text) == (None, "A")


def test_other_header_elements_are_skipped() -> None:
    # a port-address element (IEI 05) before the concatenation element
    udh = "0B" + "050400000000" + "0003110201"
    hex_pdu = "00440C91180921436587000862113241005063" + "0E" + udh + "0041"
    assert isinstance(decoded := decode_pdu(hex_pdu), DecodedDeliver)
    assert (decoded.concat, decoded.text) == (Concat(0x11, 2, 1), "A")


@NO_DEADLINE
@given(any_text, st.integers(min_value=0, max_value=1000))
def test_submit_message_parts_match_split_text(text: str, reference: int) -> None:
    split = split_text(text)
    pdus = encode_submit_message(NUMBER, text, concat_reference=reference)
    assert len(pdus) == split.part_count
    decoded = [decode_pdu(p.hex) for p in pdus]
    assert all(isinstance(d, DecodedSubmit) for d in decoded)
    assert "".join(d.text for d in decoded if isinstance(d, DecodedSubmit)) == text
    for sequence, (part, pdu) in enumerate(zip(decoded, pdus, strict=True), start=1):
        assert isinstance(part, DecodedSubmit)
        assert part.encoding is split.encoding
        assert pdu.tpdu_length == len(pdu.hex) // 2 - 1 and pdu.hex.startswith("00")
        expected = None if len(pdus) == 1 else Concat(reference & 0xFF, len(pdus), sequence)
        assert part.concat == expected


def test_single_part_message_has_no_header() -> None:
    (only,) = encode_submit_message(NUMBER, "a" * 160, concat_reference=9)
    assert not int(only.hex[2:4], 16) & 0x40


def test_multipart_user_data_fills_140_octets() -> None:
    gsm = encode_submit_message(NUMBER, "a" * 306, concat_reference=1)
    ucs = encode_submit_message(NUMBER, "あ" * 134, concat_reference=1)
    for pdu in gsm + ucs:
        assert pdu.tpdu_length == 1 + 1 + 1 + 1 + 6 + 1 + 1 + 1 + 1 + 140


# ---------------------------------------------------------------- round trips


@NO_DEADLINE
@given(numbers, any_text, st.integers(0, 255), st.booleans(), st.booleans())
def test_submit_round_trip(number: str, text: str, reference: int, report: bool,
                           sixteen: bool) -> None:
    concat = Concat(reference * 200, 4, 3, sixteen_bit=True) if sixteen else Concat(reference, 2, 1)
    part = _one_part_text(text)
    encoding = choose_encoding(part)
    submit = encode_submit(number, part, encoding=encoding, concat=concat, reference=reference,
                           request_status_report=report)
    assert decode_pdu(submit.hex) == DecodedSubmit(
        number=number, text=part, reference=reference, concat=concat,
        request_status_report=report, encoding=encoding,
    )
    assert decode_pdu(submit.hex[2:], has_smsc=False) == decode_pdu(submit.hex)


@NO_DEADLINE
@given(senders, any_text, timestamps, st.none() | st.just("+819000000000"), st.booleans())
def test_deliver_round_trip(sender: str, text: str, moment: datetime, smsc: str | None,
                            with_concat: bool) -> None:
    concat = Concat(0x42, 5, 5) if with_concat else None
    part = _one_part_text(text)
    deliver = encode_deliver(sender, part, encoding=choose_encoding(part), timestamp=moment,
                             concat=concat, smsc=smsc)
    decoded = decode_pdu(deliver)
    assert decoded == DecodedDeliver(sender=sender, text=part, timestamp=moment, concat=concat,
                                     smsc=smsc)
    assert isinstance(decoded, DecodedDeliver)
    assert decoded.timestamp.utcoffset() == moment.utcoffset()


@NO_DEADLINE
@given(st.integers(0, 255), numbers, st.integers(0, 255), timestamps, timestamps)
def test_status_report_round_trip(reference: int, recipient: str, status: int,
                                  submitted: datetime, discharged: datetime) -> None:
    report = encode_status_report(reference, recipient, status_code=status,
                                  submitted_at=submitted, discharged_at=discharged)
    assert decode_pdu(report) == DecodedStatusReport(
        reference=reference, recipient=recipient, status_code=status, submitted_at=submitted,
        discharged_at=discharged, smsc="+819000000000",
    )


def test_status_report_read_by_python_gsmmodem_new() -> None:
    report = encode_status_report(7, NUMBER, status_code=0x30,
                                  submitted_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=JST),
                                  discharged_at=datetime(2026, 1, 2, 3, 4, 9, tzinfo=JST))
    theirs = library_pdu.decodeSmsPdu(report)
    assert (theirs["reference"], theirs["number"], theirs["status"]) == (7, NUMBER, 0x30)
    assert theirs["discharge"] == datetime(2026, 1, 2, 3, 4, 9, tzinfo=JST)


# ---------------------------------------------------------------- UCS-2 and 8-bit details


def test_emoji_are_surrogate_pairs_on_the_wire_and_whole_when_decoded() -> None:
    submit = encode_submit(NUMBER, "あ" + EMOJI, encoding=Encoding.UCS2)
    assert submit.hex.endswith("06" "3042" "D83DDE00")
    assert isinstance(decoded := decode_pdu(submit.hex), DecodedSubmit)
    assert decoded.text == "あ" + EMOJI


def test_lone_surrogates_are_neither_sent_nor_produced() -> None:
    submit = encode_submit(NUMBER, "a\ud83d", encoding=Encoding.UCS2)
    assert submit.hex.endswith("040061FFFD")
    hex_pdu = "00040C91180921436587000862113241005063" + "06" + "D83D0041DE00"
    assert isinstance(decoded := decode_pdu(hex_pdu), DecodedDeliver)
    assert decoded.text == "\ufffdA\ufffd"


@NO_DEADLINE
@given(st.binary(max_size=140))
def test_decoded_ucs2_never_contains_lone_surrogates(body: bytes) -> None:
    hex_pdu = "00040C91180921436587000862113241005063" + f"{len(body):02X}" + body.hex()
    decoded = decode_pdu(hex_pdu)
    assert isinstance(decoded, DecodedDeliver)
    assert not any(0xD800 <= ord(char) <= 0xDFFF for char in decoded.text)


@pytest.mark.parametrize("dcs", ["04", "F4", "24"])
def test_8bit_and_compressed_data_decode_to_hex(dcs: str) -> None:
    hex_pdu = "00040C9118092143658700" + dcs + "62113241005063" + "03" + "00FF7F"
    assert isinstance(decoded := decode_pdu(hex_pdu), DecodedDeliver)
    assert decoded.text == "00FF7F"


def test_8bit_submit_reports_data_encoding() -> None:
    assert isinstance(decoded := decode_pdu("0001000C91180921436587000402CAFE"), DecodedSubmit)
    assert (decoded.text, decoded.encoding) == ("CAFE", Encoding.DATA8)


# ---------------------------------------------------------------- refusing bad input


@pytest.mark.parametrize(
    ("text", "encoding", "concat"),
    [("a" * 161, Encoding.GSM7, None), ("a" * 154, Encoding.GSM7, Concat(1, 2, 1)),
     ("あ" * 71, Encoding.UCS2, None), ("あ" * 68, Encoding.UCS2, Concat(1, 2, 1)),
     ("あ", Encoding.GSM7, None), ("x", Encoding.DATA8, None), ("x", Encoding.GSM7, Concat(1, 2, 3)),
     ("x", Encoding.GSM7, Concat(256, 2, 1))],
)
def test_encode_refuses_what_does_not_fit(text: str, encoding: Encoding,
                                          concat: Concat | None) -> None:
    with pytest.raises(PduError):
        encode_submit(NUMBER, text, encoding=encoding, concat=concat)


@pytest.mark.parametrize("number", ["", "+", "090-1234", "docomo-sender-too-long", "あ", "+" + "1" * 21])
def test_encode_refuses_bad_addresses(number: str) -> None:
    with pytest.raises(PduError):
        encode_submit(number, "x", encoding=Encoding.GSM7)


def test_encode_refuses_naive_or_odd_timestamps() -> None:
    for moment in (datetime(2026, 1, 1), datetime(2026, 1, 1, tzinfo=timezone(timedelta(minutes=10))),
                   datetime(1999, 1, 1, tzinfo=UTC)):
        with pytest.raises(PduError):
            encode_timestamp(moment)


@pytest.mark.parametrize(
    "hex_pdu",
    ["", "  ", "0G", "123", "00", "0003", "07", "00FF",
     "00040C91180921436587000062113241005063FF00",  # UDL promises more than is there
     "00440C9118092143658700006211324100506301FF",  # header longer than the user data
     "00040C91180921436587000062AA3241005063" + "0141",  # non-BCD time stamp
     "00040C91180921436587000062133241005063" + "0141"],  # month 31
)
def test_malformed_pdus_raise_pdu_error(hex_pdu: str) -> None:
    with pytest.raises(PduError):
        decode_pdu(hex_pdu)


def test_every_truncation_of_a_valid_pdu_raises_pdu_error() -> None:
    deliver = encode_deliver("docomo", "テスト" + EMOJI, encoding=Encoding.UCS2,
                             timestamp=datetime(2026, 1, 1, tzinfo=JST), concat=Concat(1, 2, 1))
    for end in range(0, len(deliver), 2):
        with pytest.raises(PduError):
            decode_pdu(deliver[:end])


@NO_DEADLINE
@given(st.binary(max_size=200), st.booleans())
def test_random_bytes_raise_nothing_but_pdu_error(data: bytes, has_smsc: bool) -> None:
    try:
        decoded = decode_pdu(data.hex(), has_smsc=has_smsc)
    except PduError:
        return
    assert isinstance(decoded, DecodedDeliver | DecodedSubmit | DecodedStatusReport)


@NO_DEADLINE
@given(st.text(max_size=60))
def test_random_strings_raise_nothing_but_pdu_error(text: str) -> None:
    try:
        decoded = decode_pdu(text)
    except PduError:
        return
    assert isinstance(decoded, DecodedDeliver | DecodedSubmit | DecodedStatusReport)


@pytest.mark.parametrize(
    ("code", "status"),
    [(0x00, DeliveryStatus.DELIVERED), (0x1F, DeliveryStatus.DELIVERED),
     (0x20, DeliveryStatus.PENDING), (0x3F, DeliveryStatus.PENDING),
     (0x40, DeliveryStatus.FAILED), (0x65, DeliveryStatus.FAILED), (0xFF, DeliveryStatus.FAILED)],
)
def test_delivery_status_groups_tp_st(code: int, status: DeliveryStatus) -> None:
    assert delivery_status(code) is status

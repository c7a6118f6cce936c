"""Pure AT parsers: known answers from real modems, and fuzzing (garbage in, None out, never a crash)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modem import at_parse
from modem.at_parse import Unsolicited
from modem.interface import Registration


def test_decode_line_replaces_invalid_utf8() -> None:
    assert at_parse.decode_line(b"\xff\xfeOK\r\n") == "\ufffd\ufffdOK"
    assert at_parse.decode_line("+COPS: 0,0,\"ドコモ\"".encode()) == '+COPS: 0,0,"ドコモ"'


@pytest.mark.parametrize(
    ("line", "kind", "storage", "index"),
    [
        ('+CMTI: "SM",3', Unsolicited.NEW_MESSAGE, "SM", 3),
        ('+CMTI: "ME", 12', Unsolicited.NEW_MESSAGE, "ME", 12),
        ('+CDSI: "SR",1', Unsolicited.NEW_STATUS_REPORT, "SR", 1),
    ],
)
def test_storage_notifications(line: str, kind: Unsolicited, storage: str, index: int) -> None:
    parsed = at_parse.classify_unsolicited(line)
    assert parsed is not None
    assert (parsed.kind, parsed.storage, parsed.index) == (kind, storage, index)


def test_direct_delivery_headers_carry_the_length() -> None:
    cmt = at_parse.classify_unsolicited('+CMT: "",24')
    cds = at_parse.classify_unsolicited("+CDS: 25")
    assert cmt is not None and (cmt.kind, cmt.length) == (Unsolicited.DIRECT_MESSAGE, 24)
    assert cds is not None and (cds.kind, cds.length) == (Unsolicited.DIRECT_STATUS_REPORT, 25)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("^RSSI:15", Unsolicited.SIGNAL),
        ("^MODE:5,4", Unsolicited.NETWORK),
        ("^BOOT:12345,0,0,0,72", Unsolicited.BOOT),
        ("RDY", Unsolicited.BOOT),
        ("SMS Ready", Unsolicited.BOOT),
        ("+WIND: 4", Unsolicited.BOOT),
        ('+QIND: "csq",20,99', Unsolicited.BOOT),
        ("+CREG: 1", Unsolicited.NETWORK),
        ("^SIMST:1", Unsolicited.BOOT),
        ("+PBREADY", Unsolicited.BOOT),
        ("RING", Unsolicited.CALL),
        ("+QUSIM: 1", Unsolicited.BOOT),
        ('^SMMEMFULL: "SM"', Unsolicited.OTHER),
    ],
)
def test_status_and_boot_lines(line: str, kind: Unsolicited) -> None:
    parsed = at_parse.classify_unsolicited(line)
    assert parsed is not None and parsed.kind == kind


@pytest.mark.parametrize("line", ["+CREG: 0,1", "+CSQ: 20,99", "OK", "356938035643809", "+CMGS: 4"])
def test_answers_are_not_taken_for_unsolicited_lines(line: str) -> None:
    assert at_parse.classify_unsolicited(line) is None


def test_cm_errors_numeric_and_verbose() -> None:
    assert at_parse.parse_cm_error("+CMS ERROR: 330") == at_parse.CmError("CMS", 330)
    verbose = at_parse.parse_cm_error("+CME ERROR: incorrect password")
    assert verbose is not None and (verbose.kind, verbose.code) == ("CME", 16)
    assert at_parse.parse_cm_error("ERROR") is None
    assert at_parse.is_final_result("+CME ERROR: 10") and at_parse.is_final_result("OK")
    assert not at_parse.is_final_result('+CMTI: "SM",1')


def test_csq_to_dbm_and_bars() -> None:
    signal = at_parse.parse_csq(["^RSSI:3", "+CSQ: 20,99", "OK"])
    assert signal == at_parse.Signal(20, -73, 4)
    assert at_parse.parse_csq(["+CSQ: 99,99", "OK"]) == at_parse.Signal(None, None, 0)
    assert at_parse.parse_csq(["+CSQ: 31,0"]) == at_parse.Signal(31, -51, 5)
    assert at_parse.parse_csq(["+CSQ: 77,0"]) is None
    assert at_parse.parse_csq(["OK"]) is None


def test_bars_grow_with_rssi() -> None:
    bars = [at_parse.rssi_to_bars(rssi) for rssi in range(32)]
    assert bars == sorted(bars) and bars[0] == 0 and bars[1] == 1 and bars[-1] == 5


def test_registration_and_operator() -> None:
    assert at_parse.parse_creg(["+CREG: 0,1", "OK"]) == Registration.HOME
    assert at_parse.parse_creg(["+CREG: 2,5,\"1A2B\",\"01C3\""]) == Registration.ROAMING
    assert at_parse.parse_creg(["+CREG: 0,3"]) == Registration.DENIED
    assert at_parse.parse_cops(['+COPS: 0,0,"NTT DOCOMO",7', "OK"]) == "NTT DOCOMO"
    assert at_parse.parse_cops(["+COPS: 0", "OK"]) is None


def test_smsc_and_storage() -> None:
    assert at_parse.parse_csca(['+CSCA: "+819020000000",145', "OK"]) == "+819020000000"
    assert at_parse.parse_csca(['+CSCA: "",129']) is None
    usage = at_parse.parse_cpms(['+CPMS: "SM",3,30,"SM",3,30,"SM",3,30', "OK"])
    assert usage == at_parse.StorageUsage("SM", 3, 30)
    assert at_parse.parse_cpms(["+CPMS: 1,50,1,50,1,50"]) == at_parse.StorageUsage(None, 1, 50)
    support = at_parse.parse_cpms_support(['+CPMS: ("SM","ME","SR"),("SM","ME"),("SM","ME")'])
    assert support == [("SM", "ME", "SR"), ("SM", "ME"), ("SM", "ME")]


def test_cmgl_listing_pairs_headers_with_pdus_and_counts_intruders() -> None:
    lines = [
        "+CMGL: 1,0,,24", "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07",
        '+CMTI: "SM",4',
        "+CMGL: 3,1,,5", "0011AABB",
        "+CMGL: 5,1,,5",
        "OK",
    ]
    listing = at_parse.parse_cmgl_pdu(lines)
    assert [message.index for message in listing.messages] == [1, 3]
    assert listing.messages[1].pdu == "0011AABB" and listing.messages[0].stat == 0
    assert listing.anomalies == 2  # the stray +CMTI and the header without a PDU


def test_cmgr_and_cmgs_and_cpin() -> None:
    stored = at_parse.parse_cmgr_pdu(["+CMGR: 0,,5", "00aabb", "OK"])
    assert stored == at_parse.StoredPdu(None, 0, 5, "00AABB")
    assert at_parse.parse_cmgr_pdu(["OK"]) is None
    assert at_parse.parse_cmgs(["+CMGS: 17", "OK"]) == 17
    assert at_parse.parse_cmgs(["+CMGS: 300"]) is None
    assert at_parse.parse_cpin(["+CPIN: SIM PIN", "OK"]) == "SIM PIN"
    assert at_parse.parse_pin_attempts(["^CPIN: SIM PIN,3,10,3,10,3", "OK"]) == 3
    assert at_parse.parse_pin_attempts(["+CPINC: 2,3,10,10", "OK"]) == 2
    assert at_parse.parse_pin_attempts(['+QPINC: "SC",1,10', "OK"]) == 1


def test_identity_skips_noise() -> None:
    assert at_parse.parse_imei(["^RSSI:12", "356938035643809", "OK"]) == "356938035643809"
    assert at_parse.parse_imei(['+CGSN: "356938035643809"', "OK"]) == "356938035643809"
    assert at_parse.parse_imsi(["440101234567890", "OK"]) == "440101234567890"
    assert at_parse.parse_info_text(["+QIND: SMS DONE", "huawei", "OK"], "AT+CGMI") == "huawei"
    assert at_parse.parse_info_text(["+CGMM: E3372", "OK"], "AT+CGMM") == "E3372"
    assert at_parse.parse_info_text(["OK"], "AT+CGMM") is None


_PARSERS = [
    at_parse.parse_csq, at_parse.parse_creg, at_parse.parse_cops, at_parse.parse_csca,
    at_parse.parse_cpms, at_parse.parse_cpms_support, at_parse.parse_cmgl_pdu, at_parse.parse_cmgr_pdu,
    at_parse.parse_cmgs, at_parse.parse_cpin, at_parse.parse_pin_attempts, at_parse.parse_imei,
    at_parse.parse_imsi,
]
_AT_ALPHABET = st.sampled_from([*'+^CMSEGLRQIND:,"0123456789 ()ABF\ufffdü?=', "\x00", "٣", "²"])
_AT_LINE = st.one_of(st.text(max_size=40), st.text(_AT_ALPHABET, max_size=40).map(
    lambda tail: st_prefix_sample(tail)))


def st_prefix_sample(tail: str) -> str:
    # Bias some lines towards real prefixes so parsers get past their first check.
    prefixes = ["+CSQ:", "+CREG:", "+COPS:", "+CSCA:", "+CPMS:", "+CMGL:", "+CMGR:", "+CMGS:", "+CPIN:",
                "^CPIN:", "+CPINC:", "+CMTI:", "+CME ERROR:", ""]
    return prefixes[len(tail) % len(prefixes)] + tail


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80))
def test_decode_line_never_raises(raw: bytes) -> None:
    assert isinstance(at_parse.decode_line(raw), str)


@settings(max_examples=400, deadline=None)
@given(st.lists(_AT_LINE, max_size=6))
def test_parsers_never_raise_on_garbage(lines: list[str]) -> None:
    for parser in _PARSERS:
        parser(lines)
    for line in lines:
        at_parse.classify_unsolicited(line)
        at_parse.parse_cm_error(line)
        at_parse.is_final_result(line)
    at_parse.parse_info_text(lines, "AT+CGMI")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 99999), st.integers(0, 3), st.binary(min_size=1, max_size=30)),
                max_size=5), st.lists(st.text(max_size=20), max_size=3))
def test_cmgl_finds_every_well_formed_entry_among_junk(entries: list[tuple[int, int, bytes]],
                                                        junk: list[str]) -> None:
    lines: list[str] = []
    for index, stat, pdu in entries:
        lines += [f"+CMGL: {index},{stat},,{len(pdu)}", pdu.hex()]
    listing = at_parse.parse_cmgl_pdu(junk + lines + ["OK"])
    assert [m.index for m in listing.messages] == [index for index, _, _ in entries]
    assert [m.pdu for m in listing.messages] == [pdu.hex().upper() for _, _, pdu in entries]


@pytest.mark.parametrize(
    ("lines", "iccid"),
    [
        (["+CCID: 8981100001111111111", "OK"], "8981100001111111111"),
        (['+QCCID: "89811000011111111112F"', "OK"], "89811000011111111112"),
        (["8981100001111111111F", "OK"], "8981100001111111111"),
        (["^RSSI:15", "+CCID: 8981100001111111111", "OK"], "8981100001111111111"),
        (["ERROR"], None),
        (["+CCID: 12345", "OK"], None),
    ],
)
def test_parse_iccid(lines: list[str], iccid: str | None) -> None:
    assert at_parse.parse_iccid(lines) == iccid


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (['+CNUM: "","+819011112222",145', "OK"], "+819011112222"),
        (['+CNUM: "Own","819011112222",145', "OK"], "+819011112222"),
        (['+CNUM: "","09011112222",129', "OK"], "09011112222"),
        (['+CNUM: "","",129', "OK"], None),
        (["OK"], None),
    ],
)
def test_parse_cnum(lines: list[str], number: str | None) -> None:
    assert at_parse.parse_cnum(lines) == number

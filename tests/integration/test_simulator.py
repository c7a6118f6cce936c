"""The simulated modem's AT dialogue, spoken raw through pyserial on its pty."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial
from hypothesis import example, given, settings
from hypothesis import strategies as st

from modem.pdu import (
    Concat,
    DecodedDeliver,
    DecodedStatusReport,
    decode_pdu,
    encode_submit,
)
from modem.simulator import PROFILES, SimulatedModem
from modem.sms_text import Encoding

pytestmark = pytest.mark.timeout(60)

SimFactory = Callable[..., SimulatedModem]  # the `sim_factory` fixture of conftest.py

FINAL = re.compile(r"^(OK|ERROR|\+CM[ES] ERROR: .*|COMMAND NOT SUPPORT)$")
CUSTOMER = "+819012345678"


def _end_of_final_line(buffer: str) -> int | None:
    """Length of `buffer` up to and including its first final result code line."""
    position = 0
    for line in buffer.split("\r\n")[:-1]:  # the last piece is not a complete line yet
        position += len(line) + 2
        if FINAL.match(line):
            return position
    return None


class AtLink:
    """A host end of the line: writes commands, reads answers with deadlines."""

    def __init__(self, port: str) -> None:
        self.serial = serial.serial_for_url(port, 115200, timeout=0.05)  # a pty path or a socket:// URL
        self.buffer = ""

    def close(self) -> None:
        self.serial.close()

    def write(self, text: str) -> None:
        self.serial.write(text.encode("latin-1"))

    def read_until(self, done: Callable[[str], int | None], timeout: float = 3.0) -> str:
        """Read until `done(buffer)` gives the length of what it wants (truthy also means all).

        The wanted text is returned and removed; anything after it stays buffered.
        """
        deadline = time.monotonic() + timeout
        while not (wanted := done(self.buffer)):
            if time.monotonic() > deadline:
                raise AssertionError(f"no expected answer within {timeout}s: {self.buffer!r}")
            self.buffer += self._read_available()
        end = len(self.buffer) if wanted is True else wanted
        text, self.buffer = self.buffer[:end], self.buffer[end:]
        return text

    def _read_available(self) -> str:
        # Whatever is there, or wait (up to the port timeout) for one byte.
        data: bytes = self.serial.read(self.serial.in_waiting or 1)
        return data.decode("utf-8", "replace")

    def lines_until_final(self, timeout: float = 3.0) -> list[str]:
        text = self.read_until(_end_of_final_line, timeout)
        return [line for line in text.split("\r\n") if line]

    def command(self, command: str, timeout: float = 3.0) -> list[str]:
        self.write(command + "\r")
        return self.lines_until_final(timeout)

    def expect_prompt(self, command: str) -> None:
        self.write(command + "\r")
        self.read_until(lambda b: b.endswith("> "))

    def silent_for(self, seconds: float) -> bool:
        """True if nothing arrives within `seconds` (for a modem that must stay quiet)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.buffer += self._read_available()
        return not self.buffer


@pytest.fixture
def link_to(sim_factory: SimFactory) -> Iterator[Callable[[SimulatedModem], AtLink]]:
    links: list[AtLink] = []

    def connect(modem: SimulatedModem) -> AtLink:
        assert modem.port is not None
        link = AtLink(modem.port)
        links.append(link)
        return link

    yield connect
    for link in links:
        link.close()


@pytest.fixture
def link(sim_modem: SimulatedModem, link_to: Callable[[SimulatedModem], AtLink]) -> AtLink:
    at = link_to(sim_modem)
    at.command("ATE0")
    return at


def submit_pdu(link: AtLink, number: str, text: str, **options: object) -> list[str]:
    pdu = encode_submit(number, text, encoding=Encoding.GSM7, **options)  # type: ignore[arg-type]
    link.expect_prompt(f"AT+CMGS={pdu.tpdu_length}")
    link.write(pdu.hex + "\x1a")
    return link.lines_until_final()


# ------------------------------------------------------------------ basics


def test_echo_is_on_at_power_up_until_ate0_and_back_after_atz(
    sim_modem: SimulatedModem, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    at = link_to(sim_modem)
    assert at.command("AT") == ["AT\r", "OK"]
    assert at.command("ATE0") == ["ATE0\r", "OK"]
    assert at.command("AT+CGSN") == ["356938035643809", "OK"]
    assert not sim_modem.echo
    at.command("ATZ")
    assert at.command("AT") == ["AT\r", "OK"]


def test_identity_network_and_unknown_commands(link: AtLink) -> None:
    assert link.command("AT+CGMI") == ["SIMULATED", "OK"]
    assert link.command("AT+CIMI") == ["440101234567890", "OK"]
    assert link.command("AT+CSQ") == ["+CSQ: 20,99", "OK"]
    assert link.command("AT+COPS=3,0;+COPS?") == ['+COPS: 0,0,"NTT DOCOMO",2', "OK"]
    assert link.command("AT+CREG?") == ["+CREG: 0,1", "OK"]
    assert link.command("AT+CPMS=?") == ['+CPMS: ("SM","ME","SR"),("SM","ME"),("SM","ME")', "OK"]
    assert "AT+CMGS" in link.command("AT+CLAC")
    assert link.command("AT+NOSUCH") == ["ERROR"]
    assert link.command("AT+CMEE=2;+CMGR=99") == ["+CMS ERROR: invalid memory index"]


def test_huawei_answers_unknown_commands_its_own_way(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    at = link_to(sim_factory("huawei", seed=2))
    at.command("ATE0")
    assert at.command("AT+ZPAS?")[-1] == "COMMAND NOT SUPPORT"
    assert at.command("AT+CSCS=?")[-2] == '+CSCS: ("IRA","GSM","UCS2")'


def test_wavecom_answers_cpin_without_ok(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    at = link_to(sim_factory("wavecom", seed=3))
    at.command("ATE0")
    at.write("AT+CPIN?\r")
    assert "+CPIN: READY" in at.read_until(lambda b: "+CPIN: READY\r\n" in b)
    assert at.silent_for(0.3)  # no OK follows
    assert at.command("AT+CSCS=?")[0] == '+CSCS: ("IRA","GSM")'


def test_quectel_boot_lines_follow_the_first_answer(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    at = link_to(sim_factory("quectel", seed=4))
    at.write("AT\r")
    text = at.read_until(lambda b: "SMS Ready" in b)
    assert text.index("OK") < text.index("RDY") < text.index("SMS Ready")
    assert at.command("AT") == ["AT\r", "OK"]  # booted once only


# --------------------------------------------------------------------- PIN


def test_pin_wrong_tries_lock_the_sim_and_the_puk_unlocks_it(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory(pin="1234", puk="87654321")
    at = link_to(modem)
    at.command("ATE0;+CMEE=1")
    assert at.command("AT+CPIN?") == ["+CPIN: SIM PIN", "OK"]
    assert at.command("AT+CMGL=4") == ["+CMS ERROR: 311"]
    assert at.command("AT+CIMI") == ["+CME ERROR: 11"]
    for attempts_left in (2, 1, 0):
        assert at.command('AT+CPIN="0000"') == ["+CME ERROR: 16"]
        assert modem.pin_attempts_left == attempts_left
    assert at.command("AT+CPIN?") == ["+CPIN: SIM PUK", "OK"]
    assert at.command('AT+CPIN="1234"') == ["+CME ERROR: 12"]  # even the right PIN is too late
    assert at.command('AT+CPIN="87654321","4321"') == ["OK"]
    assert at.command("AT+CPIN?") == ["+CPIN: READY", "OK"]


def test_right_pin_unlocks_and_a_power_cycle_locks_again(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory(pin="1234")
    at = link_to(modem)
    at.command("ATE0")
    assert at.command('AT+CPIN="1234"') == ["OK"]
    assert at.command("AT+CPIN?") == ["+CPIN: READY", "OK"]
    assert at.command("AT+CFUN=1,1") == ["OK"]
    assert at.command("AT+CPIN?") == ["AT+CPIN?\r", "+CPIN: SIM PIN", "OK"]  # echo back too


# ----------------------------------------------------------------- sending


def test_pdu_send_answers_its_own_reference_and_fills_the_ledger(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    assert submit_pdu(link, CUSTOMER, "Hello", reference=77) == ["+CMGS: 0", "OK"]
    assert submit_pdu(link, CUSTOMER, "Again", reference=77) == ["+CMGS: 1", "OK"]
    first = sim_modem.ledger.parts[0]
    assert (first.number, first.text, first.reference, first.encoding) == (
        CUSTOMER, "Hello", 0, "gsm7")
    assert first.request_status_report and first.pdu is not None
    assert sim_modem.ledger.messages()[1] == (CUSTOMER, "Again", (1,))


def test_message_references_wrap_after_255(link: AtLink, sim_modem: SimulatedModem) -> None:
    for _ in range(256):
        submit_pdu(link, CUSTOMER, "x")
    assert submit_pdu(link, CUSTOMER, "wrapped") == ["+CMGS: 0", "OK"]
    assert [e.reference for e in sim_modem.ledger.parts[254:]] == [254, 255, 0]


def test_multipart_pdus_reassemble_in_the_ledger(link: AtLink, sim_modem: SimulatedModem) -> None:
    text = "予約の確認です。" * 12
    halves = (text[:67], text[67:])
    for sequence, half in enumerate(halves, start=1):
        pdu = encode_submit(CUSTOMER, half, encoding=Encoding.UCS2, concat=Concat(9, 2, sequence))
        link.expect_prompt(f"AT+CMGS={pdu.tpdu_length}")
        link.write(pdu.hex + "\x1a")
        assert link.lines_until_final() == [f"+CMGS: {sequence - 1}", "OK"]
    assert sim_modem.ledger.messages() == [(CUSTOMER, text, (0, 1))]
    assert sim_modem.ledger.parts[0].encoding == "ucs2"


def test_bad_pdu_length_escape_and_injected_errors_send_nothing(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    pdu = encode_submit(CUSTOMER, "Hello", encoding=Encoding.GSM7)
    link.expect_prompt(f"AT+CMGS={pdu.tpdu_length + 1}")
    link.write(pdu.hex + "\x1a")
    assert link.lines_until_final() == ["+CMS ERROR: 304"]
    link.expect_prompt(f"AT+CMGS={pdu.tpdu_length}")
    link.write(pdu.hex[:10] + "\x1b")
    assert link.lines_until_final() == ["OK"]
    sim_modem.inject_cms_error(38, count=2)
    assert submit_pdu(link, CUSTOMER, "one") == ["+CMS ERROR: 38"]
    assert submit_pdu(link, CUSTOMER, "two") == ["+CMS ERROR: 38"]
    assert submit_pdu(link, CUSTOMER, "three") == ["+CMGS: 0", "OK"]
    assert [e.text for e in sim_modem.ledger.parts] == ["three"]


def test_injected_final_results_for_any_command(link: AtLink, sim_modem: SimulatedModem) -> None:
    sim_modem.inject_error("AT+CPMS", "+CME ERROR: 14", count=2)
    assert link.command('AT+CPMS="ME"') == ["+CME ERROR: 14"]
    assert link.command("AT+CPMS?") == ["+CME ERROR: 14"]
    assert link.command("AT+CPMS?") == ['+CPMS: "SM",0,30,"SM",0,30,"SM",0,30', "OK"]


def test_text_mode_send_in_gsm_and_in_ucs2(link: AtLink, sim_modem: SimulatedModem) -> None:
    link.command("AT+CMGF=1")
    link.expect_prompt(f'AT+CMGS="{CUSTOMER}"')
    link.write("Line one\rLine two\x1a")
    assert link.lines_until_final()[-2:] == ["+CMGS: 0", "OK"]
    link.command('AT+CSCS="UCS2";+CSMP=49,167,0,8')
    number_hex = CUSTOMER.encode("utf-16-be").hex().upper()
    link.expect_prompt(f'AT+CMGS="{number_hex}"')
    link.write("明日10時".encode("utf-16-be").hex().upper() + "\x1a")
    assert link.lines_until_final() == ["+CMGS: 1", "OK"]
    first, second = sim_modem.ledger.parts
    assert (first.text, first.pdu, first.request_status_report) == ("Line one\nLine two", None, False)
    assert (second.number, second.text, second.encoding) == (CUSTOMER, "明日10時", "ucs2")
    assert second.request_status_report


def test_not_registered_refuses_sending_and_holds_incoming(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    sim_modem.set_registration(0)
    assert submit_pdu(link, CUSTOMER, "Hello") == ["+CMS ERROR: 331"]
    assert sim_modem.receive_sms(CUSTOMER, "while away") == []
    assert sim_modem.pending_deliveries == 1
    sim_modem.set_registration(1)
    assert '+CMTI: "SM",1' in link.read_until(lambda b: "+CMTI" in b)


# --------------------------------------------------------------- receiving


def test_multipart_arrives_in_the_given_order_and_lists_as_pdus(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    text = "A" * 200
    assert sim_modem.receive_sms(CUSTOMER, text, order=[1, 0]) == [1, 2]
    notes = link.read_until(lambda b: b.count("+CMTI") == 2)
    assert notes.split() == ['+CMTI:', '"SM",1', '+CMTI:', '"SM",2']
    lines = link.command("AT+CMGL=4")
    assert lines[0].startswith("+CMGL: 1,0,,") and lines[2].startswith("+CMGL: 2,0,,")
    parts = [decode_pdu(lines[1]), decode_pdu(lines[3])]
    assert all(isinstance(p, DecodedDeliver) for p in parts)
    delivers = [p for p in parts if isinstance(p, DecodedDeliver)]
    assert [d.concat.sequence for d in delivers if d.concat] == [2, 1]  # slot 1 holds part 2
    assert delivers[1].text + delivers[0].text == text
    assert link.command("AT+CMGL=0") == ["OK"]  # listing marked them read
    assert link.command("AT+CMGR=2")[0].startswith("+CMGR: 1,,")


def test_text_mode_listing_and_deletion(link: AtLink, sim_modem: SimulatedModem) -> None:
    sim_modem.receive_sms(CUSTOMER, "First", notify=False)
    sim_modem.receive_sms(CUSTOMER, "Second", notify=False)
    link.command("AT+CMGF=1")
    lines = link.command('AT+CMGL="ALL"')
    assert re.match(r'\+CMGL: 1,"REC UNREAD","\+819012345678",,"\d\d/\d\d/\d\d,', lines[0])
    assert (lines[1], lines[3]) == ("First", "Second")
    assert link.command("AT+CMGD=1") == ["OK"]
    assert [m.index for m in sim_modem.stored_messages()] == [2]
    assert link.command("AT+CMGD=1,4") == ["OK"]
    assert sim_modem.stored_messages() == []


def test_full_storage_holds_messages_at_the_smsc_until_a_slot_frees(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory("huawei", storage_capacity=2, seed=5)
    at = link_to(modem)
    at.command("ATE0;^CURC=0")
    for text in ("one", "two", "three"):
        modem.receive_sms(CUSTOMER, text)
    notes = at.read_until(lambda b: "^SMMEMFULL" in b)
    assert notes.count("+CMTI") == 2
    assert modem.pending_deliveries == 1
    at.write("AT+CMGD=1\r")
    answer = at.read_until(lambda b: '+CMTI: "SM",1' in b)
    assert answer.index("OK") < answer.index("+CMTI")  # the notification follows the answer
    stored = [m.content for m in modem.stored_messages()]
    assert sorted(getattr(c, "text", "") for c in stored) == ["three", "two"]


def test_direct_delivery_uses_cmt(link: AtLink, sim_modem: SimulatedModem) -> None:
    assert sim_modem.receive_sms(CUSTOMER, "direct", direct=True) == []
    text = link.read_until(lambda b: b.count("\r\n") >= 4)
    header, pdu = [line for line in text.split("\r\n") if line]
    assert header.startswith("+CMT: ,")
    decoded = decode_pdu(pdu)
    assert isinstance(decoded, DecodedDeliver) and decoded.text == "direct"
    assert sim_modem.stored_messages() == []


def test_status_reports_stored_with_cdsi_or_routed_with_cds(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    submit_pdu(link, CUSTOMER, "Hello")
    sim_modem.send_status_report(0)
    assert '+CDSI: "SR",1' in link.read_until(lambda b: "+CDSI" in b)
    link.command('AT+CPMS="SR"')
    report = decode_pdu(link.command("AT+CMGR=1")[1])
    assert isinstance(report, DecodedStatusReport)
    assert (report.reference, report.recipient, report.status_code) == (0, CUSTOMER, 0)
    link.command("AT+CNMI=2,1,0,1,0")
    sim_modem.send_status_report(0, status_code=0x46)
    text = link.read_until(lambda b: b.count("\r\n") >= 4)
    header, pdu = [line for line in text.split("\r\n") if line]
    routed = decode_pdu(pdu)
    assert header.startswith("+CDS: ")
    assert isinstance(routed, DecodedStatusReport) and routed.status_code == 0x46
    with pytest.raises(KeyError):
        sim_modem.send_status_report(99)


def test_auto_status_reports_follow_each_part(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory(auto_status_reports=True, status_report_delay=0.01)
    at = link_to(modem)
    at.command("ATE0")
    submit_pdu(at, CUSTOMER, "Hello")
    submit_pdu(at, CUSTOMER, "No report wanted", request_status_report=False)
    assert at.read_until(lambda b: "+CDSI" in b).count("+CDSI") == 1
    assert at.silent_for(0.2)


# ---------------------------------------------------------------- hardware


def test_unplug_breaks_the_port_and_replug_brings_the_same_modem_back(
    link: AtLink, sim_modem: SimulatedModem, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    sim_modem.receive_sms(CUSTOMER, "kept on the SIM", notify=False)
    old_port = sim_modem.port
    sim_modem.unplug()
    assert sim_modem.port is None
    with pytest.raises(serial.SerialException):
        link.write("AT\r")
        link.serial.read(10)
    new_port = sim_modem.replug()
    assert new_port != old_port
    again = link_to(sim_modem)
    again.command("ATE0")
    assert again.command("AT+CGSN") == [sim_modem.imei, "OK"]
    assert len(again.command("AT+CMGL=4")) == 3


def test_unplug_during_the_network_round_trip_leaves_a_sent_part_unanswered(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory(send_delay=5.0)
    at = link_to(modem)
    at.command("ATE0")
    pdu = encode_submit(CUSTOMER, "Uncertain", encoding=Encoding.GSM7)
    at.expect_prompt(f"AT+CMGS={pdu.tpdu_length}")
    at.write(pdu.hex + "\x1a")
    assert modem.ledger.wait_for_count(1, timeout=3)
    modem.unplug()
    with pytest.raises(OSError):  # SerialException, or EIO from the in_waiting ioctl
        at.read_until(lambda b: "+CMGS" in b)
    assert [e.text for e in modem.ledger.parts] == ["Uncertain"]  # it went out regardless


def test_stop_releases_every_descriptor_and_thread() -> None:
    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    def simulator_threads() -> list[str]:
        return [t.name for t in threading.enumerate() if t.name.startswith("sim-modem")]

    before = open_fds()
    for _ in range(10):
        modem = SimulatedModem("huawei", seed=1)
        modem.start()
        modem.replug()
        modem.stop()
        modem.stop()  # idempotent
    assert open_fds() == before
    assert simulator_threads() == []


def test_no_answer_then_recovery(link: AtLink, sim_modem: SimulatedModem) -> None:
    sim_modem.set_no_answer(True)
    link.write("AT\r")
    assert link.silent_for(0.3)
    sim_modem.set_no_answer(False)
    assert link.command("AT") == ["OK"]
    sim_modem.set_no_answer(True)
    again = AtLink(sim_modem.replug())
    try:
        assert again.command("AT") == ["AT\r", "OK"]  # a power cycle cured it
    finally:
        again.close()


def test_garbage_and_unsolicited_lines_reach_the_host(link: AtLink, sim_modem: SimulatedModem) -> None:
    sim_modem.send_garbage(b"\xff\xfe\x00noise\r\n")
    raw = b""
    deadline = time.monotonic() + 3
    while b"noise" not in raw and time.monotonic() < deadline:
        raw += link.serial.read(64)
    assert raw.startswith(b"\xff\xfe\x00noise")
    sim_modem.send_unsolicited("^RSSI:15")
    assert "^RSSI:15" in link.read_until(lambda b: "^RSSI:15\r\n" in b)
    assert link.command("AT") == ["OK"]


def test_notifications_never_split_an_answer_on_a_plain_profile(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    modem = sim_factory(storage_capacity=250)
    at = link_to(modem)
    at.command("ATE0")
    arrivals = threading.Thread(
        target=lambda: [modem.receive_sms(CUSTOMER, f"in {i}") for i in range(100)]
    )
    arrivals.start()
    answers = [submit_pdu(at, CUSTOMER, f"out {i}") for i in range(100)]
    arrivals.join(timeout=10)
    for answer in answers:
        position = next(i for i, line in enumerate(answer) if line.startswith("+CMGS"))
        assert answer[position + 1 :] == ["OK"]
    assert modem.ledger.count == 100 and len(modem.stored_messages()) == 100


def test_random_bytes_from_the_host_never_break_the_line(
    link: AtLink, sim_modem: SimulatedModem
) -> None:
    identity = f"{sim_modem.imei}\r\n\r\nOK\r\n"

    @settings(max_examples=60, deadline=None)
    @given(st.binary(max_size=120))
    @example(b"AT+CMEE=\xb2\rAT+CMGS=\xb9\r")  # digits to str.isdigit() but not to int()
    def garbage_then_identity(garbage: bytes) -> None:
        link.write(garbage.decode("latin-1") + "\x1b\r")  # ESC ends a "> " body if one began
        link.write("AT+CGSN\r")
        link.read_until(lambda b: b.index(identity) + len(identity) if identity in b else None)
        link.buffer = ""

    garbage_then_identity()


def test_interleaving_profile_puts_status_lines_inside_answers(
    sim_factory: SimFactory, link_to: Callable[[SimulatedModem], AtLink]
) -> None:
    profile = dataclasses.replace(
        PROFILES["noisy"], interleave_probability=1.0, unsolicited_period=None, boot_lines=()
    )
    at = link_to(sim_factory(profile, seed=11))
    at.command("ATE0")
    answers = [at.command("AT+CSQ") for _ in range(20)]
    status_lines = [line for answer in answers for line in answer if line.startswith("^")]
    assert len(status_lines) >= 15  # one per answer, a few may trail after the last OK
    assert any(answer[0].startswith("^") for answer in answers)  # before the +CSQ line itself
    assert all(answer[-1] == "OK" and "+CSQ: 20,99" in answer for answer in answers)


# ------------------------------------------------------------- subprocess


@pytest.mark.parametrize("transport", ["pty", "socket"])
def test_module_runs_as_a_quiet_process_with_a_ledger_file(tmp_path: Path, transport: str) -> None:
    port_file, ledger_file = tmp_path / "port", tmp_path / "ledger.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "modem.simulator", "--port-file", str(port_file), "--transport", transport,
         "--ledger-file", str(ledger_file), "--profile", "quectel", "--seed", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parents[2],
    )
    try:
        deadline = time.monotonic() + 20
        while not port_file.exists():
            assert process.poll() is None and time.monotonic() < deadline, "simulator did not start"
            time.sleep(0.02)  # polling a file another process writes
        at = AtLink(port_file.read_text())
        assert at.serial.port.startswith("socket://127.0.0.1:" if transport == "socket" else "/dev/")
        at.command("ATE0")
        assert submit_pdu(at, CUSTOMER, "from a test")[-2:] == ["+CMGS: 0", "OK"]
        at.close()
        entry = json.loads(ledger_file.read_text().splitlines()[0])
        assert (entry["number"], entry["text"], entry["reference"]) == (CUSTOMER, "from a test", 0)
        process.send_signal(signal.SIGTERM)
        stdout, _ = process.communicate(timeout=10)
        assert process.returncode == 0
        assert stdout == b""
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=5)

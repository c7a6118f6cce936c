"""GsmDriver against the AT simulator on a pty, exactly as against a USB modem."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modem.errors import (
    ModemUnavailable,
    PartialSendError,
    PinRejected,
    PinRequired,
    SendError,
    SendUncertain,
    SimLocked,
)
from modem.gsm_driver import GsmDriver
from modem.interface import (
    DeliveryStatus,
    InboundPart,
    ModemCallbacks,
    ModemState,
    Registration,
    StatusReport,
)
from modem.simulator import SimulatedModem
from modem.sms_text import split_text

WAIT = 5.0
IMEI = "356938035643809"
CUSTOMER = "+819012345678"


class Inbox:
    """Collects callbacks; can be told to fail the next few inbound parts."""

    def __init__(self) -> None:
        self.parts: list[InboundPart] = []
        self.reports: list[StatusReport] = []
        self.failures_left = 0

    def on_inbound(self, part: InboundPart) -> None:
        if self.failures_left:
            self.failures_left -= 1
            raise RuntimeError("database is locked")
        self.parts.append(part)

    def on_status_report(self, report: StatusReport) -> None:
        self.reports.append(report)

    def callbacks(self) -> ModemCallbacks:
        return ModemCallbacks(on_inbound=self.on_inbound, on_status_report=self.on_status_report)


class Harness:
    """A simulator, a driver on its port, and this test thread acting as the modem's worker."""

    def __init__(self, sim: SimulatedModem, driver: GsmDriver, inbox: Inbox) -> None:
        self.sim, self.driver, self.inbox = sim, driver, inbox
        self.woken = threading.Event()
        driver.set_wakeup(self.woken.set)

    def pump_until(self, done: Callable[[], bool], timeout: float = WAIT) -> None:
        """Do the worker's job (process what the reader queued) until `done()` holds."""
        deadline = time.monotonic() + timeout
        while not done():
            remaining = deadline - time.monotonic()
            assert remaining > 0, "condition not reached in time"
            self.woken.wait(min(remaining, 0.2))
            self.woken.clear()
            self.driver.process_pending()


@pytest.fixture
def make_harness() -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def make(profile: str = "generic", *, pin: str | None = None, connect: bool = True,
             command_timeout: float = 2.0, send_timeout: float = 3.0, **sim_options: object
             ) -> Harness:
        sim = SimulatedModem(profile, imei=IMEI, pin=pin, seed=7, **sim_options)  # type: ignore[arg-type]
        port = sim.start()
        inbox = Inbox()
        driver = GsmDriver(port, callbacks=inbox.callbacks(), command_timeout=command_timeout,
                           send_timeout=send_timeout, handshake_timeout=0.5)
        harness = Harness(sim, driver, inbox)
        made.append(harness)
        if connect:
            driver.connect(pin)
        return harness

    yield make
    for harness in made:
        harness.driver.close()
        harness.sim.stop()


@pytest.mark.parametrize("profile", ["generic", "huawei", "wavecom", "quectel", "noisy"])
def test_connect_reads_identity_and_network(make_harness: Callable[..., Harness],
                                            profile: str) -> None:
    harness = make_harness(profile, connect=False)
    started = time.monotonic()
    status = harness.driver.connect()
    assert time.monotonic() - started < 15  # the library's +CPIN wait on Wavecom alone takes 15 s
    assert status.state == ModemState.READY
    assert status.imei == IMEI and status.imsi == "440101234567890"
    assert status.manufacturer == harness.sim.profile.manufacturer
    assert status.model == harness.sim.profile.model
    assert status.operator == "NTT DOCOMO" and status.registration == Registration.HOME
    assert status.signal_bars > 0 and status.signal_dbm is not None
    assert status.smsc and status.storage_total
    assert not harness.sim.text_mode


@pytest.mark.parametrize("text", [
    "Your appointment is tomorrow at 10:00. Reply STOP to opt out.",
    "明日10時のご予約を承っております。",
])
def test_send_single_part(make_harness: Callable[..., Harness], text: str) -> None:
    harness = make_harness()
    result = harness.driver.send(CUSTOMER, text)
    assert result.encoding == split_text(text).encoding
    [sent] = harness.sim.ledger.messages()
    assert (sent.number, sent.text, sent.refs) == (CUSTOMER, text, result.part_refs)
    assert harness.driver.status().sent_today == 1


@pytest.mark.parametrize("text", [
    ("Spring sale at the salon, every colour 20% off this week. " * 9)[:500],
    "ご来店ありがとうございました。" * 4 + "あ" * 6 + "😀" + "次回のご予約もお待ちしております。" * 3,
])
def test_send_multipart_returns_every_reference(make_harness: Callable[..., Harness],
                                                text: str) -> None:
    harness = make_harness()
    result = harness.driver.send(CUSTOMER, text)
    assert len(result.part_refs) == split_text(text).part_count > 1
    [sent] = harness.sim.ledger.messages()
    assert sent.text == text and sent.refs == result.part_refs
    assert harness.driver.status().sent_today == len(result.part_refs)


def test_sent_today_is_a_rolling_24_hours_of_parts() -> None:
    now = [1000.0]
    sim = SimulatedModem("generic", imei=IMEI)
    driver = GsmDriver(sim.start(), clock=lambda: now[0], command_timeout=2.0)
    try:
        driver.connect()
        driver.send(CUSTOMER, "x" * 200)  # 2 parts
        now[0] += 12 * 3600
        driver.send(CUSTOMER, "hello")
        assert driver.status().sent_today == 3
        now[0] += 12 * 3600 + 1  # the first message is now older than 24 h
        assert driver.status().sent_today == 1
    finally:
        driver.close()
        sim.stop()


def test_emoji_on_a_part_boundary_is_not_split(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    text = "あ" * 66 + "😀" + "い" * 10  # the emoji would straddle units 67/68
    harness.driver.send(CUSTOMER, text)
    parts = harness.sim.ledger.parts
    assert [p.text for p in parts] == list(split_text(text).parts)
    assert parts[1].text.startswith("😀")


@pytest.mark.parametrize(("code", "transient"), [(38, True), (330, False), (331, True), (21, False)])
def test_cms_error_on_the_first_part(make_harness: Callable[..., Harness], code: int,
                                     transient: bool) -> None:
    harness = make_harness()
    harness.sim.inject_cms_error(code)
    with pytest.raises(SendError) as raised:
        harness.driver.send(CUSTOMER, "hello")
    assert (raised.value.code, raised.value.transient) == (code, transient)
    assert harness.sim.ledger.count == 0
    assert harness.driver.send(CUSTOMER, "hello again").part_refs  # the modem is still usable


def test_a_number_no_pdu_can_carry_is_a_permanent_error(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    with pytest.raises(SendError) as raised:
        harness.driver.send("not a number", "hello")
    assert not raised.value.transient
    assert harness.driver.status().state == ModemState.READY and harness.sim.ledger.count == 0


def test_error_on_part_two_reports_what_went_out(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(send_delay=0.3)
    outcome: list[BaseException] = []

    def send() -> None:
        try:
            harness.driver.send(CUSTOMER, "x" * 400)
        except BaseException as error:
            outcome.append(error)

    sender = threading.Thread(target=send)
    sender.start()
    # Part 1 is in the ledger before its +CMGS answer (delayed 0.3 s): inject for part 2 now.
    assert harness.sim.ledger.wait_for_count(1, WAIT)
    harness.sim.inject_cms_error(42)
    sender.join(WAIT)
    [error] = outcome
    assert isinstance(error, PartialSendError)
    assert error.accepted_refs == (harness.sim.ledger.parts[0].reference,)
    assert isinstance(error.cause, SendError) and error.cause.code == 42
    assert harness.driver.status().sent_today == 1


def test_receive_single_and_delete_after_the_callback(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    harness.sim.receive_sms(CUSTOMER, "予約を変更したいです")
    harness.pump_until(lambda: len(harness.inbox.parts) == 1)
    [part] = harness.inbox.parts
    assert (part.sender, part.text, part.concat_total) == (CUSTOMER, "予約を変更したいです", None)
    assert part.sent_at is not None and part.sent_at.tzinfo is not None and part.pdu
    assert harness.sim.stored_messages() == []


def test_multipart_out_of_order_arrives_as_parts(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    text = "Could we move the appointment to Friday afternoon please? " * 6
    harness.sim.receive_sms(CUSTOMER, text, order=[2, 0, 1])
    harness.pump_until(lambda: len(harness.inbox.parts) == 3)
    parts = harness.inbox.parts
    assert len({p.concat_ref for p in parts}) == 1 and {p.concat_total for p in parts} == {3}
    assert sorted(p.concat_seq or 0 for p in parts) == [1, 2, 3]
    assert "".join(p.text for p in sorted(parts, key=lambda p: p.concat_seq or 0)) == text
    assert harness.sim.stored_messages() == []


def test_a_full_storage_drains_as_parts_are_handed_over(
        make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(storage_capacity=2)
    text = "Please call the clinic back about your test results. " * 10  # 4 parts
    harness.sim.receive_sms(CUSTOMER, text)
    assert harness.sim.pending_deliveries > 0  # the network holds what does not fit
    harness.pump_until(lambda: len(harness.inbox.parts) == 4)
    assert harness.sim.pending_deliveries == 0 and harness.sim.stored_messages() == []


def test_direct_delivery_is_handed_over(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    harness.sim.receive_sms(CUSTOMER, "direct +CMT", direct=True)
    harness.pump_until(lambda: len(harness.inbox.parts) == 1)
    assert harness.inbox.parts[0].text == "direct +CMT"


def test_messages_on_sm_and_me_are_read_at_connect(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(connect=False)
    harness.sim.receive_sms(CUSTOMER, "on the SIM", store="SM", notify=False)
    harness.sim.receive_sms("+819087654321", "in the modem", store="ME", notify=False)
    harness.driver.connect()
    assert sorted((p.storage, p.text) for p in harness.inbox.parts) == [
        ("ME", "in the modem"), ("SM", "on the SIM")]
    assert harness.sim.stored_messages() == []


def test_a_report_stored_while_closed_is_read_at_the_next_connect(
        make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    reference = harness.driver.send(CUSTOMER, "see you at 10").part_refs[0]
    harness.driver.close()
    harness.sim.send_status_report(reference, 0)
    assert [m.storage for m in harness.sim.stored_messages()] == ["SR"]
    harness.driver.connect()
    assert [r.reference for r in harness.inbox.reports] == [reference]
    assert harness.sim.stored_messages() == []


def test_a_failing_callback_keeps_the_message_for_the_next_sweep(
        make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    harness.inbox.failures_left = 1
    harness.sim.receive_sms(CUSTOMER, "keep me")
    harness.pump_until(lambda: harness.inbox.failures_left == 0)
    assert harness.inbox.parts == [] and len(harness.sim.stored_messages()) == 1
    harness.driver.poll()
    assert [p.text for p in harness.inbox.parts] == ["keep me"]
    assert harness.sim.stored_messages() == []


def test_several_notifications_at_once_and_inside_answers(
        make_harness: Callable[..., Harness]) -> None:
    harness = make_harness("noisy")
    for number in range(4):
        harness.sim.receive_sms(f"+8190000000{number:02d}", f"message {number}")
    harness.driver.poll()  # commands running while +CMTI lines arrive
    harness.pump_until(lambda: len(harness.inbox.parts) == 4)
    assert sorted(p.text for p in harness.inbox.parts) == [f"message {n}" for n in range(4)]


def test_status_report_is_handed_over(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    result = harness.driver.send(CUSTOMER, "please confirm")
    harness.sim.send_status_report(result.part_refs[0], 0)
    harness.pump_until(lambda: len(harness.inbox.reports) == 1)
    [report] = harness.inbox.reports
    assert (report.reference, report.recipient) == (result.part_refs[0], CUSTOMER)
    assert report.status == DeliveryStatus.DELIVERED
    assert harness.sim.stored_messages() == []


def test_silent_modem_is_unavailable_quickly(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(command_timeout=0.5)
    harness.sim.set_no_answer(True)
    started = time.monotonic()
    with pytest.raises(ModemUnavailable):
        harness.driver.poll()
    assert time.monotonic() - started < 10  # the library's own command timeout (10 s) was not waited out
    assert harness.driver.status().state == ModemState.DISCONNECTED


def test_unplug_surfaces_as_unavailable(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    harness.sim.unplug()
    started = time.monotonic()
    with pytest.raises(ModemUnavailable):
        harness.pump_until(lambda: False, timeout=WAIT)
    with pytest.raises(ModemUnavailable):
        harness.driver.send(CUSTOMER, "after unplug")
    assert time.monotonic() - started < 35  # the library's send timeout (35 s) was not waited out


def test_wrong_pin_is_tried_exactly_once(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(pin="1234", connect=False)
    with pytest.raises(PinRejected) as raised:
        harness.driver.connect("0000")
    assert harness.sim.pin_attempts_left == 2  # exactly one AT+CPIN= reached the SIM
    assert raised.value.attempts_left == 2  # as the modem tells (AT+CPINC?)
    assert harness.driver.status().state == ModemState.PIN_NEEDED
    assert harness.driver.connect("1234").state == ModemState.READY


def test_missing_pin_is_reported_without_trying(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(pin="1234", connect=False)
    with pytest.raises(PinRequired) as raised:
        harness.driver.connect(None)
    assert harness.sim.pin_attempts_left == 3 and raised.value.attempts_left == 3


def test_a_sim_asking_for_its_puk_is_reported(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness("huawei", pin="1234", connect=False)
    for attempts_left in (2, 1, 0):
        with pytest.raises(PinRejected):
            harness.driver.connect("9999")  # a person typing the wrong PIN three times
        assert harness.sim.pin_attempts_left == attempts_left
    with pytest.raises(SimLocked):
        harness.driver.connect("1234")
    assert harness.driver.status().state == ModemState.ERROR


def test_garbage_mid_session(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness()
    harness.sim.send_garbage(b"\xff\xfe\x80\x00\r\n\xc3(OK?\r\n")
    assert harness.driver.poll().state == ModemState.READY
    harness.sim.receive_sms(CUSTOMER, "still here")
    harness.pump_until(lambda: len(harness.inbox.parts) == 1)


def test_a_restart_after_connect_forces_a_reconnect(make_harness: Callable[..., Harness]) -> None:
    harness = make_harness("quectel")  # its boot lines (RDY...) during connect are expected
    harness.driver.poll()
    harness.sim.send_unsolicited("RDY")  # later: the modem rebooted and forgot CNMI, CMGF...
    with pytest.raises(ModemUnavailable):
        harness.pump_until(lambda: False)
    assert harness.driver.connect().state == ModemState.READY


def _not_a_restart(line: str) -> bool:
    return line.strip().upper() not in ("RDY", "START")


_NOISE = st.one_of(
    st.binary(max_size=40).map(lambda data: ("bytes", data)),
    st.sampled_from(['+CMTI: "SM",99', '+CDSI: "SR",7', "^RSSI:99", "+CMT: ,5", "OK", "ERROR",
                     "> ", "+CMS ERROR: 500", "+CDS: 3", "+CSQ: 5,5", "^BOOT:1,2", "SMS Ready",
                     "+CPIN: READY", '+CMGL: 1,0,,5', "+CMGS: 7"]).map(lambda line: ("line", line)),
    st.text(max_size=30).filter(_not_a_restart).map(lambda line: ("line", line)),
)


@pytest.fixture(scope="module")
def shared() -> Iterator[Harness]:
    sim = SimulatedModem("generic", imei=IMEI, seed=3)
    inbox = Inbox()
    driver = GsmDriver(sim.start(), callbacks=inbox.callbacks(), command_timeout=1.0,
                       handshake_timeout=0.5)
    driver.connect()
    yield Harness(sim, driver, inbox)
    driver.close()
    sim.stop()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_NOISE, min_size=1, max_size=5))
def test_random_input_never_breaks_the_driver(shared: Harness,
                                              noise: list[tuple[str, object]]) -> None:
    for kind, payload in noise:
        if kind == "bytes":
            assert isinstance(payload, bytes)
            shared.sim.send_garbage(payload)
        else:
            shared.sim.send_unsolicited(str(payload))  # lands between or inside answers
    started = time.monotonic()
    shared.driver.process_pending()
    status = shared.driver.poll()
    assert status.state == ModemState.READY and status.imei == IMEI
    assert time.monotonic() - started < 4


def test_no_answer_after_the_pdu_is_uncertain_never_failed(
        make_harness: Callable[..., Harness]) -> None:
    harness = make_harness(send_delay=0.8, send_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(SendUncertain) as raised:
        harness.driver.send(CUSTOMER, "did it go?")
    assert raised.value.accepted_refs == ()
    assert harness.sim.ledger.count == 1  # it did go: that is why it must not be resent
    status = harness.driver.status()
    assert status.state == ModemState.DISCONNECTED and status.sent_today == 1
    assert harness.driver.connect().state == ModemState.READY  # a clean session again
    # The late "+CMGS: 0 / OK" lands during these polls; it must not answer any of them.
    polls = 0
    while time.monotonic() - started < 1.5 or polls < 3:
        for status in (harness.driver.poll(), harness.driver.connect()):
            assert (status.imei, status.imsi, status.operator, status.registration) == (
                IMEI, "440101234567890", "NTT DOCOMO", Registration.HOME)
        polls += 1

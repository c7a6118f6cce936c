"""python-gsmmodem-new's GsmModem drives the simulator exactly as it drives hardware.

These tests pin down that the simulator answers everything the library issues; the
library's own gaps (LIBRARY-GAPS.md) show up here as the real modems show them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from gsmmodem.exceptions import IncorrectPinError
from gsmmodem.modem import GsmModem, ReceivedSms, StatusReport

from modem.simulator import SimulatedModem

pytestmark = pytest.mark.timeout(60)

SimFactory = Callable[..., SimulatedModem]  # the `sim_factory` fixture of conftest.py
CUSTOMER = "+819012345678"
WAIT = 5.0


class Received:
    """Collects library callbacks; tests wait on it instead of sleeping."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._changed = threading.Condition()

    def __call__(self, item: Any) -> None:
        with self._changed:
            self.items.append(item)
            self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = WAIT) -> list[Any]:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.items) >= count, timeout), self.items
            return list(self.items)


class Host:
    """A GsmModem on a simulator's port with collecting callbacks."""

    def __init__(self, sim: SimulatedModem) -> None:
        self.sim = sim
        self.sms = Received()
        self.reports = Received()
        assert sim.port is not None
        self.gsm = GsmModem(
            sim.port, smsReceivedCallbackFunc=self.sms, smsStatusReportCallback=self.reports
        )


@pytest.fixture
def host_for(sim_factory: SimFactory) -> Iterator[Callable[..., Host]]:
    hosts: list[Host] = []

    def make(profile: str = "generic", **options: Any) -> Host:
        host = Host(sim_factory(profile, seed=21, **options))
        hosts.append(host)
        return host

    yield make
    # The library handles each +CMTI on a thread of its own that deletes the message after our
    # callback returned: let those finish while the modem is still there, or they fail later.
    for thread in threading.enumerate():
        if "__threadedHandleModemNotification" in thread.name:
            thread.join(15)
    for host in hosts:
        host.sim.unplug()  # the library's reader then ends at once instead of after its 1 s read
        if host.gsm.alive:
            host.gsm.close()


@pytest.mark.parametrize("profile", ["generic", "huawei", "quectel"])
def test_connect_unlocks_the_sim_and_reads_identity(
    host_for: Callable[..., Host], profile: str
) -> None:
    host = host_for(profile, pin="1234", imei="356938035643817")
    host.gsm.connect(pin="1234")
    assert host.sim.sim_state == "READY"
    assert host.gsm.imei == "356938035643817"
    assert host.gsm.imsi == "440101234567890"
    assert host.gsm.networkName == "NTT DOCOMO"
    assert host.gsm.signalStrength == 20
    assert host.gsm.manufacturer == host.sim.profile.manufacturer
    assert host.gsm.smsc == "+819000000000"
    assert not host.sim.echo and not host.sim.text_mode


def test_wrong_pin_is_refused_and_costs_one_attempt(host_for: Callable[..., Host]) -> None:
    host = host_for(pin="1234")
    with pytest.raises(IncorrectPinError):
        host.gsm.connect(pin="9999")
    assert host.sim.pin_attempts_left == 2
    assert host.sim.sim_state == "SIM PIN"


def test_sends_gsm7_and_the_reference_matches_the_ledger(host_for: Callable[..., Host]) -> None:
    host = host_for()
    host.gsm.connect()
    first = host.gsm.sendSms(CUSTOMER, "Your appointment is at 10:00 [Dr. Sato]")
    second = host.gsm.sendSms(CUSTOMER, "Second")
    parts = host.sim.ledger.parts
    assert [(p.text, p.reference) for p in parts] == [
        ("Your appointment is at 10:00 [Dr. Sato]", first.reference),
        ("Second", second.reference),
    ]
    assert first.reference != second.reference
    assert parts[0].encoding == "gsm7" and parts[0].request_status_report


def test_sends_japanese_multipart_reassembled_in_the_ledger(host_for: Callable[..., Host]) -> None:
    host = host_for()
    host.gsm.connect()
    text = "明日の予約は午前十時です。お気をつけてお越しください。" * 4
    sent = host.gsm.sendSms(CUSTOMER, text)
    [message] = host.sim.ledger.messages()
    assert message.number == CUSTOMER and message.text == text
    assert len(message.refs) == 2 and message.refs[-1] == sent.reference
    assert {p.encoding for p in host.sim.ledger.parts} == {"ucs2"}


def test_receives_through_the_cmti_handler_and_storage_is_emptied(
    host_for: Callable[..., Host],
) -> None:
    host = host_for()
    host.gsm.connect()
    host.sim.receive_sms("+819087654321", "予約を変更できますか？")
    [sms] = host.sms.wait_for(1)
    assert isinstance(sms, ReceivedSms)
    assert (sms.number, sms.text) == ("+819087654321", "予約を変更できますか？")
    assert _eventually(lambda: host.sim.stored_messages() == [])


def test_process_stored_sms_reads_what_arrived_while_away(host_for: Callable[..., Host]) -> None:
    host = host_for()
    # The library prefers ME storage when offered; deliver there before it connects.
    host.sim.receive_sms("+819087654321", "one", store="ME", notify=False)
    host.sim.receive_sms("+819087654322", "two", store="ME", notify=False)
    host.gsm.connect()
    host.gsm.processStoredSms()
    texts = sorted(sms.text for sms in host.sms.wait_for(2))
    assert texts == ["one", "two"]
    assert host.sim.stored_messages() == []


def test_status_report_reaches_the_callback(host_for: Callable[..., Host]) -> None:
    host = host_for()
    host.gsm.connect()
    sent = host.gsm.sendSms(CUSTOMER, "Please confirm")
    host.sim.send_status_report(sent.reference, status_code=0)
    [report] = host.reports.wait_for(1)
    assert isinstance(report, StatusReport)
    assert report.reference == sent.reference
    assert report.deliveryStatus == StatusReport.DELIVERED
    assert report.number == CUSTOMER


def test_auto_status_reports_and_replies_close_the_loop(host_for: Callable[..., Host]) -> None:
    host = host_for(auto_status_reports=True, status_report_delay=0.05, reply_rate=1.0,
                    reply_delay=0.3)
    host.gsm.connect()
    host.gsm.sendSms(CUSTOMER, "Hello")
    [report] = host.reports.wait_for(1)
    assert report.number == CUSTOMER
    [reply] = host.sms.wait_for(1)
    assert reply.number == CUSTOMER and reply.text


def _eventually(condition: Callable[[], bool], timeout: float = WAIT) -> bool:
    """Wait for a state the library reaches on its own notification thread."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()  # never set: only its timeout is used
    while not condition():
        if time.monotonic() > deadline:
            return False
        pause.wait(0.01)
    return True

"""The simulator on a loopback socket (`socket://127.0.0.1:PORT`), the transport Windows has too:
the driver and discovery open the URL through pyserial's `serial_for_url` exactly as they open a
device name, and a modem on it sends, receives, is found by a probe and can be unplugged/replugged."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
import serial

from modem import discovery
from modem.errors import ModemUnavailable
from modem.gsm_driver import GsmDriver
from modem.interface import InboundPart, ModemCallbacks, ModemState, StatusReport
from modem.ports import is_url
from modem.simulator import SimulatedModem

IMEI = "356938035643811"
CUSTOMER = "+819012345678"
WAIT_S = 10.0


class Received:
    """The driver's callbacks, each one waking the test thread (which plays the modem's worker)."""

    def __init__(self) -> None:
        self.parts: list[InboundPart] = []
        self.reports: list[StatusReport] = []
        self.woken = threading.Event()

    def callbacks(self) -> ModemCallbacks:
        return ModemCallbacks(on_inbound=self.parts.append, on_status_report=self.reports.append)


@pytest.fixture
def sim() -> Iterator[SimulatedModem]:
    with SimulatedModem("huawei", imei=IMEI, seed=3, transport="socket") as modem:
        yield modem


@pytest.fixture
def driver_and_inbox(sim: SimulatedModem) -> Iterator[tuple[GsmDriver, Received]]:
    assert sim.port is not None
    received = Received()
    driver = GsmDriver(sim.port, callbacks=received.callbacks(), command_timeout=2.0, send_timeout=3.0,
                       handshake_timeout=0.5)
    driver.set_wakeup(received.woken.set)
    yield driver, received
    driver.close()


def pump_until(driver: GsmDriver, received: Received, done: Callable[[], object]) -> None:
    """Do the worker's job (process what the driver's reader queued) until `done()` holds."""
    deadline = time.monotonic() + WAIT_S
    while not done():
        assert time.monotonic() < deadline, "condition not reached in time"
        received.woken.wait(0.2)  # woken at once by the reader; the 0.2 s also runs the periodic sweep
        received.woken.clear()
        driver.process_pending()


def test_the_port_is_a_loopback_url(sim: SimulatedModem) -> None:
    assert sim.port is not None and sim.port.startswith("socket://127.0.0.1:") and is_url(sim.port)


def test_send_and_receive_over_the_socket(
    sim: SimulatedModem, driver_and_inbox: tuple[GsmDriver, Received]
) -> None:
    driver, received = driver_and_inbox
    status = driver.connect()
    assert status.state == ModemState.READY and status.imei == IMEI
    text = "明日10時のご予約を承っております。"
    result = driver.send(CUSTOMER, text)
    [sent] = sim.ledger.messages()
    assert (sent.number, sent.text, sent.refs) == (CUSTOMER, text, result.part_refs)
    sim.send_status_report(result.part_refs[0], 0)
    sim.receive_sms(CUSTOMER, "了解です")
    pump_until(driver, received, lambda: received.parts and received.reports)
    assert [part.text for part in received.parts] == ["了解です"]
    assert [report.reference for report in received.reports] == [result.part_refs[0]]
    assert sim.stored_messages() == []


def test_unplug_is_a_lost_port_and_replug_a_new_url(
    sim: SimulatedModem, driver_and_inbox: tuple[GsmDriver, Received]
) -> None:
    driver, received = driver_and_inbox
    driver.connect()
    old_url = sim.port
    sim.unplug()
    with pytest.raises(ModemUnavailable):
        pump_until(driver, received, lambda: False)
    new_url = sim.replug()
    assert new_url != old_url
    driver.close()
    again = GsmDriver(new_url, callbacks=received.callbacks(), command_timeout=2.0, send_timeout=3.0,
                      handshake_timeout=0.5)
    try:
        assert again.connect().imei == IMEI
        again.send(CUSTOMER, "back again")
        assert sim.ledger.count == 1
    finally:
        again.close()


def test_a_probe_finds_the_modem_by_its_url(sim: SimulatedModem) -> None:
    assert sim.port is not None
    result = discovery.probe_port(sim.port, timeout=WAIT_S)
    assert result.answers_at and result.imei == IMEI
    assert discovery.find_port_by_imei(IMEI, [sim.port], timeout=WAIT_S) == sim.port


def test_a_reconnecting_host_takes_over_the_socket(sim: SimulatedModem) -> None:
    """A second open (the engine reopening the port) replaces the first connection, as a serial port would."""
    assert sim.port is not None
    first = serial.serial_for_url(sim.port, timeout=WAIT_S)
    try:
        assert discovery.probe_port(sim.port, timeout=WAIT_S).answers_at
        with pytest.raises(serial.SerialException, match="disconnected"):
            first.read(1)  # the simulator let go of the old connection
    finally:
        first.close()


def test_an_unknown_transport_is_refused() -> None:
    with pytest.raises(ValueError, match="transport"):
        SimulatedModem(transport="bluetooth")

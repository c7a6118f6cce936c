"""Port discovery: a gentle AT probe against a simulated modem, a silent port and a noisy one."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from modem import discovery
from modem.simulator import SimulatedModem

IMEI = "356938035643809"

PROBE_S = 3.0


@pytest.fixture
def simulator() -> Iterator[SimulatedModem]:
    modem = SimulatedModem("generic", imei=IMEI)
    modem.start()
    yield modem
    modem.stop()


@pytest.fixture
def silent_port() -> Iterator[str]:
    """A pty whose other end never reads nor answers."""
    master, slave = os.openpty()
    yield os.ttyname(slave)
    os.close(slave)
    os.close(master)


@pytest.fixture
def noisy_port() -> Iterator[str]:
    """A pty whose other end sends invalid UTF-8 and half lines, never OK."""
    master, slave = os.openpty()
    stop = threading.Event()

    def spray() -> None:
        while not stop.is_set():
            os.write(master, b"\xff\xfe\x00garbage\r\n\x80ERR")
            stop.wait(0.02)

    thread = threading.Thread(target=spray, daemon=True)
    thread.start()
    yield os.ttyname(slave)
    stop.set()
    thread.join(2)
    os.close(slave)
    os.close(master)


def test_probe_reads_identity_from_a_modem(simulator: SimulatedModem) -> None:
    assert simulator.port is not None
    result = discovery.probe_port(simulator.port, timeout=2.0)
    assert result.answers_at, result.error
    assert result.imei == IMEI
    assert result.manufacturer and result.model


def test_probe_gives_up_quickly_on_a_silent_port(silent_port: str) -> None:
    started = time.monotonic()
    result = discovery.probe_port(silent_port, timeout=0.5)
    assert not result.answers_at and result.error
    assert time.monotonic() - started < 3


def test_probe_survives_garbage(noisy_port: str) -> None:
    result = discovery.probe_port(noisy_port, timeout=0.5)
    assert not result.answers_at


def test_probe_of_a_missing_device_reports_the_error() -> None:
    result = discovery.probe_port("/dev/does-not-exist-desk-sms", timeout=0.2)
    assert not result.answers_at and result.error


def test_scan_and_find_by_imei_in_parallel(simulator: SimulatedModem, silent_port: str,
                                           noisy_port: str) -> None:
    assert simulator.port is not None
    candidates = [silent_port, noisy_port, simulator.port]
    started = time.monotonic()
    results = discovery.scan(candidates, timeout=PROBE_S)
    assert [r.device for r in results] == candidates
    assert [r.answers_at for r in results] == [False, False, True]
    # Each dead port waits out the full timeout, so one after the other they alone take 2 * PROBE_S:
    # finishing sooner proves the probes ran side by side, with PROBE_S to spare for a busy machine.
    assert time.monotonic() - started < 2 * PROBE_S
    assert discovery.find_port_by_imei(IMEI, candidates, timeout=0.7) == simulator.port
    assert discovery.find_port_by_imei("000000000000000", candidates, timeout=0.7) is None


def test_list_serial_ports_hints_known_vendors(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakePort:
        def __init__(self, device: str, vid: int | None) -> None:
            self.device, self.vid, self.pid = device, vid, 0x1506
            self.description, self.manufacturer = "USB serial", None

    monkeypatch.setattr(discovery.list_ports, "comports",
                        lambda: [FakePort("/dev/ttyS0", None), FakePort("/dev/ttyUSB2", 0x12D1)])
    ports = discovery.list_serial_ports()
    assert [p.device for p in ports] == ["/dev/ttyUSB2", "/dev/ttyS0"]
    assert ports[0].hint == "Huawei" and ports[1].hint is None

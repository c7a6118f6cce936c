"""ModemWorker: one thread owns the driver; reconnect with backoff; never reuse a rejected PIN."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from modem.discovery import find_port_by_imei
from modem.errors import IdentityMismatch, ModemUnavailable, PinRejected
from modem.gsm_driver import GsmDriver
from modem.interface import (
    InboundPart,
    ModemCallbacks,
    ModemDriver,
    ModemState,
    ModemStatus,
    SendResult,
)
from modem.simulator import SimulatedModem
from modem.worker import Backoff, ModemWorker

WAIT = 5.0
IMEI = "356938035643809"


class FakeDriver:
    """Records which thread calls it; behaviour scripted per test."""

    def __init__(self, port: str, script: Script) -> None:
        self._port = port
        self.script = script
        self.threads: set[threading.Thread] = set()
        self.closed = threading.Event()
        self._wakeup: Callable[[], None] = lambda: None
        self.pending_runs = 0

    @property
    def port(self) -> str:
        return self._port

    def set_wakeup(self, wakeup: Callable[[], None]) -> None:
        self._wakeup = wakeup

    def process_pending(self) -> None:
        self.threads.add(threading.current_thread())
        self.pending_runs += 1
        self.script.pending_done.set()

    def connect(self, pin: str | None = None) -> ModemStatus:
        self.threads.add(threading.current_thread())
        self.script.connect_pins.append(pin)
        self.script.connected.set()
        outcome = self.script.connect_outcomes.pop(0) if self.script.connect_outcomes else None
        if outcome is not None:
            raise outcome
        return self.status()

    def send(self, number: str, text: str) -> SendResult:
        self.threads.add(threading.current_thread())
        if self.script.send_error is not None:
            raise self.script.send_error
        return SendResult((1,), "gsm7")

    def poll(self) -> ModemStatus:
        self.threads.add(threading.current_thread())
        self.script.polls += 1
        return self.status()

    def status(self) -> ModemStatus:
        return ModemStatus(port=self._port, state=ModemState.READY, imei="356938035643809")

    def close(self) -> None:
        self.closed.set()


class Script:
    def __init__(self) -> None:
        self.connect_outcomes: list[Exception | None] = []
        self.connect_pins: list[str | None] = []
        self.connected = threading.Event()
        self.pending_done = threading.Event()
        self.send_error: Exception | None = None
        self.polls = 0
        self.drivers: list[FakeDriver] = []

    def factory(self, port: str) -> ModemDriver:
        driver = FakeDriver(port, self)
        self.drivers.append(driver)
        return driver


class States:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self.seen: list[ModemStatus] = []

    def __call__(self, status: ModemStatus) -> None:
        with self._condition:
            self.seen.append(status)
            self._condition.notify_all()

    def wait_for(self, predicate: Callable[[ModemStatus], bool], timeout: float = WAIT,
                 after: int = 0) -> ModemStatus:
        with self._condition:
            ok = self._condition.wait_for(
                lambda: any(predicate(s) for s in self.seen[after:]), timeout)
            assert ok, f"state never reached; saw {[s.state for s in self.seen]}"
            return next(s for s in self.seen[after:] if predicate(s))


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def make_worker(script: Script) -> Iterator[Callable[..., tuple[ModemWorker, States]]]:
    workers: list[ModemWorker] = []

    def make(*, pin: str | None = None, ports: list[str | None] | None = None,
             poll_interval: float = 3600.0) -> tuple[ModemWorker, States]:
        states = States()
        port_list = ports or ["/dev/fake0"]

        def resolve() -> str | None:
            return port_list.pop(0) if len(port_list) > 1 else port_list[0]

        worker = ModemWorker(script.factory, name="m1", port_resolver=resolve, pin=pin,
                             poll_interval=poll_interval, on_state=states,
                             backoff=Backoff(initial=0.01, maximum=0.05))
        workers.append(worker)
        worker.start()
        return worker, states

    yield make
    for worker in workers:
        worker.stop()
        assert not worker.is_alive()


def test_commands_run_on_the_worker_thread(make_worker: Callable[..., tuple[ModemWorker, States]],
                                           script: Script) -> None:
    worker, states = make_worker()
    states.wait_for(lambda s: s.state == ModemState.READY)
    assert worker.send("+819012345678", "hi").result(WAIT).part_refs == (1,)
    assert worker.submit(lambda driver: threading.current_thread()).result(WAIT) is worker._thread
    with pytest.raises(AssertionError):
        worker.assert_on_worker_thread()
    assert worker.submit(lambda d: worker.assert_on_worker_thread()).result(WAIT) is None
    assert script.drivers[0].threads == {worker._thread}


def test_reconnects_with_backoff_until_the_modem_answers(
        make_worker: Callable[..., tuple[ModemWorker, States]], script: Script) -> None:
    script.connect_outcomes = [ModemUnavailable("gone"), ModemUnavailable("gone"), None]
    _worker, states = make_worker(ports=[None, "/dev/fake1"])
    ready = states.wait_for(lambda s: s.state == ModemState.READY)
    assert ready.port == "/dev/fake1"
    assert len(script.connect_pins) == 3
    assert any(s.state == ModemState.DISCONNECTED and s.last_error for s in states.seen)


def test_lost_modem_during_a_command_reconnects(
        make_worker: Callable[..., tuple[ModemWorker, States]], script: Script) -> None:
    worker, states = make_worker()
    states.wait_for(lambda s: s.state == ModemState.READY)
    script.send_error = ModemUnavailable("unplugged")
    seen_before = len(states.seen)
    with pytest.raises(ModemUnavailable):
        worker.send("+819012345678", "hi").result(WAIT)
    script.send_error = None
    assert script.drivers[0].closed.wait(WAIT)
    states.wait_for(lambda s: s.state == ModemState.DISCONNECTED, after=seen_before)
    states.wait_for(lambda s: s.state == ModemState.READY, after=seen_before)
    assert worker.send("+819012345678", "again").result(WAIT).part_refs == (1,)
    assert len(script.drivers) == 2


def test_rejected_pin_is_never_retried(make_worker: Callable[..., tuple[ModemWorker, States]],
                                       script: Script) -> None:
    script.connect_outcomes = [PinRejected(2)]
    worker, states = make_worker(pin="1111")
    blocked = states.wait_for(lambda s: s.state == ModemState.PIN_NEEDED)
    assert blocked.pin_attempts_left == 2
    # Commands fail fast while the SIM waits for a person; still only one connect attempt.
    with pytest.raises(ModemUnavailable):
        worker.poll().result(WAIT)
    assert script.connect_pins == ["1111"]
    worker.set_pin("2222")
    states.wait_for(lambda s: s.state == ModemState.READY)
    assert script.connect_pins == ["1111", "2222"]


def test_wakeup_runs_pending_work_on_the_worker(make_worker: Callable[..., tuple[ModemWorker, States]],
                                                script: Script) -> None:
    worker, states = make_worker()
    states.wait_for(lambda s: s.state == ModemState.READY)
    driver = script.drivers[0]
    threading.Thread(target=driver._wakeup).start()  # as the reader thread would
    assert script.pending_done.wait(WAIT)
    assert driver.threads == {worker._thread}


def test_polls_on_its_interval(make_worker: Callable[..., tuple[ModemWorker, States]],
                               script: Script) -> None:
    _worker, states = make_worker(poll_interval=0.01)
    states.wait_for(lambda s: s.state == ModemState.READY)
    states.wait_for(lambda s: script.polls >= 3)


def test_stop_closes_the_driver_and_fails_later_commands(
        make_worker: Callable[..., tuple[ModemWorker, States]], script: Script) -> None:
    worker, states = make_worker()
    states.wait_for(lambda s: s.state == ModemState.READY)
    worker.stop()
    assert script.drivers[0].closed.is_set()
    with pytest.raises(ModemUnavailable):
        worker.poll().result(WAIT)
    assert worker.status().state == ModemState.DISCONNECTED


# ---------------------------------------------------------------- over the pty simulator


def _driver_on(port: str) -> ModemDriver:
    return GsmDriver(port, command_timeout=1.0, send_timeout=2.0, handshake_timeout=0.3)


def test_unplug_and_replug_on_a_new_port_found_by_imei(tmp_path: Path) -> None:
    sim = SimulatedModem("huawei", imei=IMEI)
    # Named links stand for USB port names (ttyUSB2 -> ttyUSB5): the kernel may reuse a pty
    # number, a replugged USB modem gets a new name.
    first_name, second_name = tmp_path / "ttyUSB2", tmp_path / "ttyUSB5"
    first_name.symlink_to(sim.start())
    states = States()

    def resolve() -> str | None:
        present = [str(name) for name in (first_name, second_name) if name.exists()]
        return find_port_by_imei(IMEI, present, timeout=0.5)

    worker = ModemWorker(_driver_on, name="sim", port_resolver=resolve, poll_interval=3600,
                         on_state=states, backoff=Backoff(initial=0.05, maximum=0.2))
    worker.start()
    try:
        first = states.wait_for(lambda s: s.state == ModemState.READY)
        assert first.port == str(first_name) and first.imei == IMEI
        seen = len(states.seen)
        sim.unplug()
        first_name.unlink()
        states.wait_for(lambda s: s.state == ModemState.DISCONNECTED, after=seen)
        second_name.symlink_to(sim.replug())
        again = states.wait_for(lambda s: s.state == ModemState.READY, after=seen)
        assert again.port == str(second_name)
        assert worker.send("+819012345678", "back again").result(WAIT).part_refs
        assert sim.ledger.count == 1
    finally:
        worker.stop()
        sim.stop()


def test_worker_tries_a_wrong_pin_once_only() -> None:
    sim = SimulatedModem("generic", imei=IMEI, pin="1234")
    port = sim.start()
    states = States()
    worker = ModemWorker(_driver_on, name="sim", port_resolver=lambda: port, pin="0000",
                         poll_interval=3600, on_state=states,
                         backoff=Backoff(initial=0.01, maximum=0.02))
    worker.start()
    try:
        states.wait_for(lambda s: s.state == ModemState.PIN_NEEDED)
        # Give a misbehaving worker every chance to retry: commands and a poll go through it.
        with pytest.raises(ModemUnavailable):
            worker.poll().result(WAIT)
        assert sim.pin_attempts_left == 2  # one AT+CPIN= only
        assert sim.sim_state == "SIM PIN"
        seen = len(states.seen)
        worker.set_pin("1234")
        states.wait_for(lambda s: s.state == ModemState.READY, after=seen)
        assert sim.sim_state == "READY"
    finally:
        worker.stop()
        sim.stop()


def test_an_external_stop_event_ends_the_worker(script: Script) -> None:
    stop = threading.Event()
    states = States()
    worker = ModemWorker(script.factory, name="m2", port_resolver=lambda: "/dev/fake0",
                         on_state=states, stop_event=stop, poll_interval=3600)
    worker.start()
    states.wait_for(lambda s: s.state == ModemState.READY)
    stop.set()
    worker._thread.join(WAIT)
    assert not worker.is_alive()
    assert script.drivers[0].closed.is_set()
    with pytest.raises(ModemUnavailable):
        worker.poll().result(WAIT)


def test_inbound_callbacks_run_on_the_worker_thread_before_deletion() -> None:
    sim = SimulatedModem("noisy", imei=IMEI, seed=5)
    port = sim.start()
    arrived: list[tuple[str, threading.Thread, int]] = []
    done = threading.Event()

    def on_inbound(part: InboundPart) -> None:
        arrived.append((part.text, threading.current_thread(), len(sim.stored_messages())))
        done.set()

    def factory(port: str) -> ModemDriver:
        return GsmDriver(port, callbacks=ModemCallbacks(on_inbound=on_inbound),
                         command_timeout=1.0, handshake_timeout=0.3)

    states = States()
    worker = ModemWorker(factory, name="sim", port_resolver=lambda: port, poll_interval=3600,
                         on_state=states)
    worker.start()
    try:
        states.wait_for(lambda s: s.state == ModemState.READY)
        sim.receive_sms("+819012345678", "届きましたか")
        assert done.wait(WAIT)
        [(text, thread, stored_during_callback)] = arrived
        assert text == "届きましたか" and thread is worker._thread
        assert stored_during_callback == 1  # the slot is deleted only after the callback
        assert worker.poll().result(WAIT).state == ModemState.READY
        assert sim.stored_messages() == []
    finally:
        worker.stop()
        sim.stop()


def test_backoff_doubles_and_is_capped() -> None:
    backoff = Backoff(initial=1.0, maximum=10.0)
    assert [backoff.delay(n) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


def test_stop_finishes_the_command_in_hand(
        make_worker: Callable[..., tuple[ModemWorker, States]], script: Script) -> None:
    worker, states = make_worker()
    states.wait_for(lambda s: s.state == ModemState.READY)
    started, release = threading.Event(), threading.Event()

    def slow(driver: ModemDriver) -> str:
        started.set()
        assert release.wait(WAIT)
        return "finished"

    in_hand = worker.submit(slow)
    queued = worker.poll()
    assert started.wait(WAIT)
    stopper = threading.Thread(target=worker.stop)
    stopper.start()
    release.set()
    stopper.join(WAIT)
    assert in_hand.result(WAIT) == "finished"
    with pytest.raises(ModemUnavailable):
        queued.result(WAIT)  # not started: failed, not left hanging
    assert script.drivers[0].closed.is_set() and not worker.is_alive()


def test_a_failing_port_lookup_is_retried_like_a_missing_modem(script: Script) -> None:
    lookups: list[int] = []

    def resolve() -> str | None:
        lookups.append(1)
        if len(lookups) < 3:
            raise OSError("database is locked")
        return "/dev/fake9"

    states = States()
    worker = ModemWorker(script.factory, name="m3", port_resolver=resolve, on_state=states,
                         backoff=Backoff(initial=0.01, maximum=0.02), poll_interval=3600)
    worker.start()
    try:
        assert states.wait_for(lambda s: s.state == ModemState.READY).port == "/dev/fake9"
        assert len(lookups) == 3
    finally:
        worker.stop()


def test_retry_soon_cuts_a_long_backoff_short(script: Script) -> None:
    # Refused for another SIM, then told that its port changed: it does not wait out its backoff.
    script.connect_outcomes = [IdentityMismatch("another SIM answers"), None]
    states = States()
    worker = ModemWorker(script.factory, name="m1", port_resolver=lambda: "/dev/fake0", on_state=states,
                         backoff=Backoff(initial=3600.0, maximum=3600.0))
    worker.start()
    try:
        states.wait_for(lambda s: s.state == ModemState.DIFFERENT_SIM)
        worker.retry_soon(0.01)
        states.wait_for(lambda s: s.state == ModemState.READY)
        assert len(script.connect_pins) == 2
    finally:
        worker.stop()

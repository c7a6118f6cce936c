"""`ModemWorker`: the one thread that owns a modem driver.

Everything that touches the modem runs here: connecting (with capped exponential backoff when the
modem is gone), commands submitted by the engine (`submit(fn)` returns a Future), periodic polls,
and the inbound work the driver's reader queued (`process_pending`). Other threads never call the
driver; they submit functions and wait on futures.

Never reconnects with a PIN the SIM rejected: the state stays PIN_NEEDED until `set_pin()`. Never
drives another SIM or modem than the expected one: the state stays DIFFERENT_SIM (it looks again
with the backoff, and at once after `retry_now()`).
`unanswered_seconds()` says how long the command in hand has waited for the modem (any thread).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar, runtime_checkable

from modem.errors import (
    IdentityMismatch,
    ModemSilent,
    ModemUnavailable,
    PinRejected,
    PinRequired,
    SimLocked,
    SimUnusable,
)
from modem.interface import ModemDriver, ModemState, ModemStatus, SendResult

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@runtime_checkable
class NotifyingDriver(Protocol):
    """A driver whose reader can ask the worker to come back and do queued work."""

    def set_wakeup(self, wakeup: Callable[[], None]) -> None: ...

    def process_pending(self) -> None: ...


@runtime_checkable
class WatchedDriver(Protocol):
    """A driver that knows how long its current AT command has waited for an answer."""

    def unanswered_seconds(self) -> float: ...


@dataclass(frozen=True)
class Backoff:
    """Reconnect delays: initial, doubled after each failure, capped."""

    initial: float = 1.0
    maximum: float = 60.0

    def delay(self, failures: int) -> float:
        return float(min(self.maximum, self.initial * 2 ** max(0, failures - 1)))


_STOP_EVENT_SLICE = 0.25  # how soon an external stop event is noticed
_WAKE = object()  # the driver has queued inbound work
_STOP = object()
_RETRY = object()  # set_pin(): try connecting now


@dataclass(frozen=True)
class _RetrySoon:
    delay: float  # seconds from when the worker reads it


class ModemWorker:
    """One thread per modem; see the module docstring."""

    def __init__(self, driver_factory: Callable[[str], ModemDriver], *, name: str,
                 port_resolver: Callable[[], str | None], pin: str | None = None,
                 poll_interval: float = 60.0,
                 on_state: Callable[[ModemStatus], None] | None = None,
                 backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 stop_event: threading.Event | None = None) -> None:
        self.name = name
        self._factory = driver_factory
        self._resolve_port = port_resolver
        self._pin = pin
        self._poll_interval = poll_interval
        self._on_state = on_state or (lambda status: None)
        self._backoff = backoff or Backoff()
        self._clock = clock
        self._inbox: queue.Queue[object] = queue.Queue()
        self._driver: ModemDriver | None = None
        self._failures = 0
        self._next_attempt = 0.0
        self._next_poll = 0.0
        self._pin_blocked = False
        self._stopping = threading.Event()
        # An engine-wide stop event ends this worker too; without one, waits need no slicing.
        self._external_stop = stop_event
        self._accepting = True  # False once the thread stops serving: submit() fails at once
        self._accepting_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=f"modem-worker {name}", daemon=True)
        self._status = ModemStatus(port="", state=ModemState.DISCONNECTED)
        self._status_lock = threading.Lock()
        self._busy_since: float | None = None  # a command on the driver started then, still running

    # ------------------------------------------------------------------ any thread

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the command in hand, close the port, join the thread."""
        self._stopping.set()
        self._inbox.put(_STOP)
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def submit(self, fn: Callable[[ModemDriver], _T]) -> Future[_T]:
        """Run `fn(driver)` on the worker; the future fails with ModemUnavailable when not connected."""
        future: Future[_T] = Future()
        with self._accepting_lock:
            if self._accepting and not self._should_stop():
                self._inbox.put((fn, future))
                return future
        future.set_exception(ModemUnavailable(f"{self.name}: worker stopped"))
        return future

    def send(self, number: str, text: str) -> Future[SendResult]:
        return self.submit(lambda driver: driver.send(number, text))

    def poll(self) -> Future[ModemStatus]:
        return self.submit(lambda driver: driver.poll())

    def set_pin(self, pin: str | None) -> None:
        """A person entered a new PIN: allow exactly one more attempt with it."""
        self._pin = pin
        self._pin_blocked = False
        self._inbox.put(_RETRY)

    def retry_now(self) -> None:
        """A person settled a SIM/modem question: connect again now (a refused PIN stays refused)."""
        self._inbox.put(_RETRY)

    def retry_soon(self, delay: float) -> None:
        """Connect again within `delay` seconds, whatever the backoff (e.g. once another closed the port)."""
        self._inbox.put(_RetrySoon(delay))

    def status(self) -> ModemStatus:
        with self._status_lock:
            return self._status

    def unanswered_seconds(self) -> float:
        """How long the modem has left the command in hand unanswered (0 when idle)."""
        driver, since = self._driver, self._busy_since
        if since is None or driver is None:
            return 0.0
        if isinstance(driver, WatchedDriver):
            return driver.unanswered_seconds()
        return max(self._clock() - since, 0.0)

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def assert_on_worker_thread(self) -> None:
        if threading.current_thread() is not self._thread:
            raise AssertionError(f"{self.name}: modem driver used outside its worker thread")

    # ------------------------------------------------------------------ worker thread

    def _run(self) -> None:
        try:
            while not self._should_stop():
                if self._driver is None and self._may_connect():
                    self._connect()
                self._serve(self._inbox_wait())
        finally:
            with self._accepting_lock:
                self._accepting = False
            self._drop_driver(ModemState.DISCONNECTED, None)
            self._fail_queued()

    def _should_stop(self) -> bool:
        external = self._external_stop
        return self._stopping.is_set() or (external is not None and external.is_set())

    def _may_connect(self) -> bool:
        return not self._pin_blocked and self._clock() >= self._next_attempt

    def _inbox_wait(self) -> float:
        now = self._clock()
        if self._driver is None:
            wait = 3600.0 if self._pin_blocked else max(0.0, self._next_attempt - now)
        else:
            wait = max(0.0, self._next_poll - now)
        return wait if self._external_stop is None else min(wait, _STOP_EVENT_SLICE)

    def _serve(self, wait: float) -> None:
        try:
            item = self._inbox.get(timeout=max(wait, 0.001))
        except queue.Empty:
            item = None
        if item is _STOP:
            return
        if isinstance(item, tuple):
            self._run_command(*item)
        elif item is _WAKE:
            self._guarded(self._process_pending)
        elif item is _RETRY:
            self._next_attempt = self._clock()
        elif isinstance(item, _RetrySoon):
            self._next_attempt = min(self._next_attempt, self._clock() + item.delay)
        if self._driver is not None and self._clock() >= self._next_poll:
            self._guarded(self._poll)

    def _connect(self) -> None:
        driver: ModemDriver | None = None
        try:
            port = self._resolve_port()  # the engine's lookup may fail too: same path as a miss
            if port is None:
                raise ModemUnavailable(f"{self.name}: modem not found on any port")
            self._publish(replace(self.status(), port=port, state=ModemState.CONNECTING))
            driver = self._factory(port)
            if isinstance(driver, NotifyingDriver):
                driver.set_wakeup(lambda: self._inbox.put(_WAKE))
            status = driver.connect(self._pin)
        except Exception as error:
            if driver is not None:
                _close_quietly(driver)
            self._connect_failed(error)
            return
        self._driver = driver
        self._failures = 0
        self._next_poll = self._clock() + self._poll_interval
        self._publish(status)

    def _connect_failed(self, error: Exception) -> None:
        if isinstance(error, PinRejected | PinRequired):
            # Never again with this PIN: three wrong ones lock the SIM.
            self._pin = None
            self._pin_blocked = True
            state = ModemState.PIN_NEEDED
        elif isinstance(error, IdentityMismatch):
            # Not driven: tried again with the backoff, in case the expected SIM comes back.
            state = ModemState.DIFFERENT_SIM
            if self.status().state != state or self.status().last_error != str(error):
                log.warning("%s: another SIM or modem answers: %s", self.name, error)
        elif isinstance(error, ModemSilent):
            state = ModemState.NOT_ANSWERING  # the port is there, the modem is not: keep trying
        elif isinstance(error, SimLocked | SimUnusable):
            self._pin_blocked = True  # retrying cannot help; a person must act, then set_pin()
            state = ModemState.ERROR
        else:
            state = ModemState.DISCONNECTED
            if not isinstance(error, ModemUnavailable):
                log.exception("%s: unexpected error while connecting", self.name, exc_info=error)
        self._failures += 1
        self._next_attempt = self._clock() + self._backoff.delay(self._failures)
        attempts = getattr(error, "attempts_left", self.status().pin_attempts_left)
        self._publish(replace(self.status(), state=state, last_error=str(error),
                              pin_attempts_left=attempts))

    def _run_command(self, fn: Callable[[ModemDriver], Any], future: Future[Any]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        driver = self._driver
        if driver is None:
            future.set_exception(ModemUnavailable(f"{self.name}: modem not connected"))
            return
        self._busy_since = self._clock()
        try:
            future.set_result(fn(driver))
        except BaseException as error:
            future.set_exception(error)
            if isinstance(error, ModemUnavailable):
                self._lost(error)
        finally:
            self._busy_since = None
        if self._driver is None:
            return
        status = self._driver.status()
        if status.state == ModemState.DISCONNECTED:
            # The driver closed its session itself (e.g. after an uncertain send): reconnect.
            self._lost(ModemUnavailable(status.last_error or f"{self.name}: session closed"))
        else:
            self._publish(status)

    def _process_pending(self, driver: ModemDriver) -> None:
        if isinstance(driver, NotifyingDriver):
            driver.process_pending()
        self._publish(driver.status())

    def _poll(self, driver: ModemDriver) -> None:
        self._next_poll = self._clock() + self._poll_interval
        self._publish(driver.poll())

    def _guarded(self, action: Callable[[ModemDriver], None]) -> None:
        driver = self._driver
        if driver is None:
            return
        self._busy_since = self._clock()
        try:
            action(driver)
        except ModemUnavailable as error:
            self._lost(error)
        except Exception:
            log.exception("%s: modem work failed", self.name)
        finally:
            self._busy_since = None

    def _lost(self, error: ModemUnavailable) -> None:
        log.warning("%s: modem lost: %s", self.name, error)
        self._drop_driver(ModemState.DISCONNECTED, str(error))
        self._failures = 1
        self._next_attempt = self._clock() + self._backoff.delay(self._failures)

    def _drop_driver(self, state: ModemState, error: str | None) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            _close_quietly(driver)
            self._publish(replace(driver.status(), state=state, last_error=error))

    def _fail_queued(self) -> None:
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, tuple) and item[1].set_running_or_notify_cancel():
                item[1].set_exception(ModemUnavailable(f"{self.name}: worker stopped"))

    def _publish(self, status: ModemStatus) -> None:
        with self._status_lock:
            self._status = status
        try:
            self._on_state(status)
        except Exception:
            log.exception("%s: on_state callback failed", self.name)


def _close_quietly(driver: ModemDriver) -> None:
    try:
        driver.close()
    except Exception:
        log.debug("ignored error while closing the driver", exc_info=True)

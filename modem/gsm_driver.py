"""`GsmDriver`: one USB GSM modem over python-gsmmodem-new, implementing `modem.interface.ModemDriver`.

Thread model (binding):
- Every public method (`connect`, `send`, `poll`, `process_pending`, `close`) runs on ONE thread,
  the modem's worker (`modem.worker.ModemWorker`). Inbound/status-report callbacks therefore run
  on that worker thread too, before the slot they came from is deleted.
- The library's reader thread only enqueues: "read slot SM/3", "here is a +CMT PDU", "sweep",
  "signal is now n", "port lost", then calls the `wakeup` hook so the worker comes back and calls
  `process_pending()`. `status()` may be read from any thread (it returns a frozen snapshot).

The transport gaps of the library are covered in `modem.gsm_library`; receiving in
`modem.inbound`; sending in `modem.outbound`.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from modem import at_parse
from modem.at_parse import Unsolicited
from modem.errors import (
    CommandRejected,
    IdentityMismatch,
    ModemError,
    ModemSilent,
    ModemUnavailable,
    PartialSendError,
    PinRejected,
    PinRequired,
    SendUncertain,
)
from modem.gsm_library import ModemNotice, PatchedGsmModem
from modem.inbound import StorageReader
from modem.interface import ModemCallbacks, ModemState, ModemStatus, SendResult
from modem.outbound import PartSender, SendTimeouts
from modem.sim_unlock import unlock_sim

log = logging.getLogger(__name__)
_T = TypeVar("_T")

_DAY_SECONDS = 24 * 60 * 60
_PORT_LOST = object()  # queued by the reader when the port fails
_SWEEP = object()  # queued when a notification could not be trusted
_SESSION_LIVE = object()  # queued when connect() is done: boot lines before it are expected
_RESTART_LINES = ("RDY", "START")  # a modem that says this after connect() lost its settings
# +CNMI choices, best first: store and announce messages (+CMTI) and reports (+CDSI), then
# reports delivered directly (+CDS), then the bare minimum.
_CNMI_CHOICES = ("AT+CNMI=2,1,0,2,0", "AT+CNMI=2,1,0,1,0", "AT+CNMI=1,1,0,2,0", "AT+CNMI=2,1")


class GsmDriver:
    """A modem on a serial port. See the module docstring for which thread may call what."""

    def __init__(self, port: str, *, baudrate: int = 115200,
                 callbacks: ModemCallbacks | None = None,
                 clock: Callable[[], float] = time.monotonic, command_timeout: float = 5.0,
                 send_timeout: float = 40.0, handshake_timeout: float = 1.0) -> None:
        self._port = port
        self._baudrate = baudrate
        self._callbacks = callbacks or ModemCallbacks()
        self._clock = clock
        self._command_timeout = command_timeout
        self._send_timeout = send_timeout
        self._handshake_timeout = handshake_timeout
        self._at: PatchedGsmModem | None = None
        self._reader: StorageReader | None = None
        self._sender: PartSender | None = None
        self._pending: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._wakeup: Callable[[], None] = lambda: None
        self._sent_times: collections.deque[float] = collections.deque()
        self._status_lock = threading.Lock()
        self._status = ModemStatus(port=port, state=ModemState.DISCONNECTED)
        self._live = False  # connect() finished: a restart line now means settings were lost

    # ------------------------------------------------------------------ ModemDriver

    @property
    def port(self) -> str:
        return self._port

    def set_wakeup(self, wakeup: Callable[[], None]) -> None:
        """Hook called (from the reader thread) when work is queued for `process_pending()`."""
        self._wakeup = wakeup

    def connect(self, pin: str | None = None) -> ModemStatus:
        """Open, initialise, unlock the SIM (at most one PIN attempt), read identity, sweep storage."""
        self.close()
        self._update(state=ModemState.CONNECTING, last_error=None)
        try:
            self._open()
            self._initialise(pin)
        except BaseException as error:
            self._fail(error)
            raise
        self._update(state=ModemState.READY)
        status = self.status()
        log.info("%s: connected to IMEI %s (%s %s), %s, signal %s bars", self._port, status.imei,
                 status.manufacturer, status.model, status.operator, status.signal_bars)
        self._pending.put(_SESSION_LIVE)
        self.process_pending()
        return self.status()

    def send(self, number: str, text: str) -> SendResult:
        sender = self._require(self._sender)
        self._update(state=ModemState.SENDING)
        try:
            result = sender.send(number, text)
        except ModemError as error:
            self._count_parts(_parts_that_may_have_gone(error))
            if _session_in_doubt(error):
                # A late +CMGS or a half-open prompt would be read as the next command's answer:
                # close now; the worker reconnects and initialises a clean session.
                self._fail(error)
            else:
                self._update(state=ModemState.READY, last_error=str(error))
            raise
        except Exception as error:  # a bug: the session's state is unknown, start afresh
            self._fail(error)
            raise
        self._count_parts(len(result.part_refs))
        self._update(state=ModemState.READY, last_error=None)
        # No process_pending() here: a failure there must never turn a sent message into an
        # exception (the engine would resend it). The reader has already woken the worker.
        return result

    def poll(self) -> ModemStatus:
        """Refresh signal, registration, operator and storage, then sweep the storage."""
        self._require(self._at)
        try:
            self._refresh_network()
            self._refresh_storage()
        except ModemUnavailable as error:
            self._fail(error)
            raise
        self._pending.put(_SWEEP)
        self.process_pending()
        return self.status()

    def status(self) -> ModemStatus:
        with self._status_lock:
            snapshot = self._status
        return dataclasses.replace(snapshot, sent_today=self._parts_last_24h())

    def unanswered_seconds(self) -> float:
        """How long the command in hand has waited for the modem's answer (0 when none waits)."""
        at = self._at
        since = at.waiting_since if at is not None else None
        return 0.0 if since is None else max(time.monotonic() - since, 0.0)

    def close(self) -> None:
        at, self._at, self._reader, self._sender = self._at, None, None, None
        if at is not None:
            at.close()
            self._update(state=ModemState.DISCONNECTED)

    # ------------------------------------------------------------------ pending work

    def process_pending(self) -> None:
        """Do what the reader queued: read announced slots, hand over direct PDUs, sweep."""
        reader = self._require(self._reader)
        try:
            self._drain_pending(reader)
        except ModemUnavailable as error:
            self._fail(error)
            raise

    def _drain_pending(self, reader: StorageReader) -> None:
        sweep = False
        while True:
            try:
                item = self._pending.get_nowait()
            except queue.Empty:
                break
            if item is _PORT_LOST or (self._live and _is_restart(item)):
                # The worker reconnects, which initialises the modem again.
                raise ModemUnavailable(f"{self._port}: port lost or modem restarted")
            self._live |= item is _SESSION_LIVE
            sweep |= item is _SWEEP or not self._handle_notice(reader, item)
        if sweep and reader.sweep():
            # Junk inside the listing may have hidden a +CMTI: look once more next time round.
            self._pending.put(_SWEEP)

    def _handle_notice(self, reader: StorageReader, item: object) -> bool:
        """Return False when the notice could not be handled and a sweep should catch up."""
        if not isinstance(item, ModemNotice):
            return item is _SESSION_LIVE
        line = item.line
        if line.kind in (Unsolicited.NEW_MESSAGE, Unsolicited.NEW_STATUS_REPORT):
            assert line.storage is not None and line.index is not None
            return reader.read_slot(line.storage, line.index)
        if line.kind in (Unsolicited.DIRECT_MESSAGE, Unsolicited.DIRECT_STATUS_REPORT):
            return reader.deliver_direct(item)
        if line.kind == Unsolicited.SIGNAL and line.value is not None:
            signal = at_parse.parse_rssi_notification(line.value)
            self._update(signal_dbm=signal.dbm, signal_bars=signal.bars)
        return True

    def _on_notice(self, notice: ModemNotice) -> None:
        # Reader thread: enqueue only.
        self._pending.put(notice)
        self._wakeup()

    def _on_port_lost(self, error: BaseException) -> None:
        # Reader thread: enqueue only.
        del error
        self._pending.put(_PORT_LOST)
        self._wakeup()

    # ------------------------------------------------------------------ connecting

    def _open(self) -> None:
        self._pending = queue.SimpleQueue()
        self._live = False
        at = PatchedGsmModem(self._port, self._baudrate, on_notice=self._on_notice,
                             on_port_lost=self._on_port_lost)
        self._at = at
        at.connect()
        self._reader = StorageReader(at, self._callbacks, command_timeout=self._command_timeout,
                                     list_timeout=max(self._command_timeout, 10.0))
        self._sender = PartSender(at, SendTimeouts(prompt=self._command_timeout,
                                                   submit=self._send_timeout))

    def _initialise(self, pin: str | None) -> None:
        at = self._require(self._at)
        self._handshake(at)
        self._command("ATE0", required=False)  # echo is filtered anyway; off saves bytes
        # Numeric errors: the +CMS table reads codes, not AT+CMEE=2 words.
        self._command("AT+CMEE=1", required=False)
        self._check_card()  # before the PIN: never offer our PIN to another SIM card
        attempts = unlock_sim(at, pin, timeout=self._command_timeout)
        self._update(pin_attempts_left=attempts)
        self._command("AT+CMGF=0")  # PDU mode, always: text mode cannot carry UDH or emoji
        self._require(self._reader).configure()
        self._enable_notifications()
        self._command("AT+COPS=3,0", required=False)  # long operator names
        self._read_identity()
        mismatch = self._callbacks.check_identity(self.status())
        if mismatch is not None:  # before any storage is read or anything sent
            raise IdentityMismatch(mismatch)
        self._refresh_network()
        self._refresh_storage()
        self._pending.put(_SWEEP)  # messages that arrived while we were away

    def _handshake(self, at: PatchedGsmModem) -> None:
        # Boot lines (RDY, ^BOOT, SMS Ready) and echo may come first; a few short tries ride over them.
        for _ in range(3):
            try:
                at.write("AT", timeout=self._handshake_timeout, parseError=False)
                return
            except ModemUnavailable as error:
                last_error = error
                if not at.is_open:
                    raise ModemUnavailable(f"{self._port}: the modem does not answer AT ({error})") from error
        raise ModemSilent(f"{self._port}: the modem does not answer AT ({last_error})")

    def _enable_notifications(self) -> None:
        for command in _CNMI_CHOICES:
            if self._command(command, required=False) is not None:
                return
        log.warning("%s: no +CNMI setting accepted; relying on periodic sweeps", self._port)

    def _check_card(self) -> None:
        """Read what the modem tells before the PIN (IMEI, the card's ICCID; IMSI and number when
        the SIM has no PIN) and ask whether this is the expected SIM."""
        self._update(imei=at_parse.parse_imei(self._command("AT+CGSN", required=False) or []),
                     iccid=self._read_iccid(),
                     imsi=at_parse.parse_imsi(self._command("AT+CIMI", required=False) or []),
                     own_number=at_parse.parse_cnum(self._command("AT+CNUM", required=False) or []))
        mismatch = self._callbacks.check_sim_card(self.status())
        if mismatch is not None:
            raise IdentityMismatch(mismatch)

    def _read_identity(self) -> None:
        self._update(
            imei=at_parse.parse_imei(self._command("AT+CGSN", required=False) or []),
            imsi=at_parse.parse_imsi(self._command("AT+CIMI", required=False) or []),
            manufacturer=at_parse.parse_info_text(self._command("AT+CGMI", required=False) or [],
                                                  "AT+CGMI"),
            model=at_parse.parse_info_text(self._command("AT+CGMM", required=False) or [],
                                           "AT+CGMM"),
            smsc=at_parse.parse_csca(self._command("AT+CSCA?", required=False) or []),
            iccid=self.status().iccid or self._read_iccid(),  # read before the PIN when it could be
            own_number=at_parse.parse_cnum(self._command("AT+CNUM", required=False) or []),
        )

    def _read_iccid(self) -> str | None:
        # No standard command: SIMCom/u-blox answer AT+CCID, Quectel AT+QCCID, Huawei AT^ICCID.
        for command in ("AT+CCID", "AT+QCCID", "AT^ICCID?"):
            iccid = at_parse.parse_iccid(self._command(command, required=False) or [])
            if iccid is not None:
                return iccid
        return None

    def _refresh_network(self) -> None:
        signal = at_parse.parse_csq(self._command("AT+CSQ", required=False) or [])
        if signal is not None:
            self._update(signal_dbm=signal.dbm, signal_bars=signal.bars)
        registration = at_parse.parse_creg(self._command("AT+CREG?", required=False) or [])
        if registration is not None:
            self._update(registration=registration)
        self._update(operator=at_parse.parse_cops(self._command("AT+COPS?", required=False) or []))

    def _refresh_storage(self) -> None:
        usage = self._require(self._reader).usage()
        if usage is not None:
            self._update(storage_used=usage.used, storage_total=usage.total)

    def _command(self, command: str, *, required: bool = True) -> list[str] | None:
        """Run a command; an error answer raises when required, else returns None."""
        at = self._require(self._at)
        try:
            return at.write(command, timeout=self._command_timeout)
        except CommandRejected:
            if required:
                raise
            log.debug("%s: %s not supported", self._port, command)
            return None

    # ------------------------------------------------------------------ bookkeeping

    def _fail(self, error: BaseException) -> None:
        # WORKAROUND(python-gsmmodem-new 0.13): a failed GsmModem.connect() (wrong PIN) leaves the
        # port open and its reader running; every failure here closes both.
        at, self._at, self._reader, self._sender = self._at, None, None, None
        if at is not None:
            at.close()
        self._update(state=_state_after(error), last_error=str(error) or type(error).__name__,
                     pin_attempts_left=getattr(error, "attempts_left", self._status.pin_attempts_left))

    def _update(self, **changes: object) -> None:
        with self._status_lock:
            self._status = dataclasses.replace(self._status, **changes)  # type: ignore[arg-type]

    def _count_parts(self, parts: int) -> None:
        now = self._clock()
        with self._status_lock:
            self._sent_times.extend([now] * parts)

    def _parts_last_24h(self) -> int:
        """Parts sent in the rolling last 24 hours (each part of a long SMS counts)."""
        horizon = self._clock() - _DAY_SECONDS
        with self._status_lock:
            while self._sent_times and self._sent_times[0] <= horizon:
                self._sent_times.popleft()
            return len(self._sent_times)

    def _require(self, part: _T | None) -> _T:
        if part is None:
            raise ModemUnavailable(f"{self._port}: not connected")
        return part


def _is_restart(item: object) -> bool:
    return isinstance(item, ModemNotice) and item.line.line.upper() in _RESTART_LINES


def _session_in_doubt(error: ModemError) -> bool:
    if isinstance(error, PartialSendError):
        return isinstance(error.cause, ModemUnavailable)
    return isinstance(error, ModemUnavailable | SendUncertain)


def _parts_that_may_have_gone(error: ModemError) -> int:
    """Parts to count against the daily limit: the uncertain one too, to stay under the cap."""
    accepted = len(getattr(error, "accepted_refs", ()))
    return accepted + 1 if isinstance(error, SendUncertain) else accepted


def _state_after(error: BaseException) -> ModemState:
    if isinstance(error, PinRequired | PinRejected):
        return ModemState.PIN_NEEDED
    if isinstance(error, IdentityMismatch):
        return ModemState.DIFFERENT_SIM
    if isinstance(error, ModemSilent):
        return ModemState.NOT_ANSWERING
    if isinstance(error, ModemUnavailable | SendUncertain | PartialSendError):
        return ModemState.DISCONNECTED
    return ModemState.ERROR

"""python-gsmmodem-new's `GsmModem`, with its transport gaps covered.

We keep the library's command/response machinery (`SerialComms.write`: one lock, one response
event, the `expectedResponseTermSeq` prompt handling) and replace the parts that lose data or hang:
the reader thread, the line router, error parsing, `connect()` and `close()`. Everything above the
transport (initialisation, storage, sending, decoding) lives in `modem.gsm_driver`, which talks to
the modem only through `write()`.

Threads: the reader thread (owned by this class) never runs user code. It hands each unsolicited
notification to `on_notice` and a lost port to `on_port_lost`; both must only enqueue work.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import serial
from gsmmodem.exceptions import TimeoutException
from gsmmodem.modem import GsmModem
from gsmmodem.serial_comms import SerialComms

from modem import at_parse
from modem.at_parse import Unsolicited, UnsolicitedLine
from modem.errors import CommandRejected, ModemUnavailable
from modem.ports import open_port

log = logging.getLogger(__name__)

_READ_POLL_SECONDS = 0.2  # how often the reader notices close(); reads return early on data
_READ_WAIT_SECONDS = 5.0  # the same where close() can cancel a read: an idle port costs no wake-ups
_MAX_PARTIAL_LINE = 4096  # garbage without line ends must not grow the buffer forever
_BUSY_CODES = {("CME", 14), ("CME", 515), ("CMS", 314)}  # SIM busy / modem initialising
_ANSWER_PREFIX = re.compile(r"^AT([+^][A-Z]+)", re.IGNORECASE)
_DIRECT_KINDS = (Unsolicited.DIRECT_MESSAGE, Unsolicited.DIRECT_STATUS_REPORT)
_LATE_ANSWER_PREFIXES = ("+CMGS:",)  # answers that can arrive after we gave up waiting
_CTRL_Z = "\x1a"


class NoAnswer(ModemUnavailable):
    """A command got no final result in time; `partial` holds the lines that did arrive."""

    def __init__(self, command: str, timeout: float, partial: list[str]) -> None:
        super().__init__(f"no answer to {command} within {timeout:g} s")
        self.command = command
        self.partial = partial


@dataclass(frozen=True)
class ModemNotice:
    """An unsolicited line; for +CMT/+CDS also the PDU line that followed (None if garbled)."""

    line: UnsolicitedLine
    pdu: str | None = None


NoticeHandler = Callable[[ModemNotice], None]
PortLostHandler = Callable[[BaseException], None]


class PatchedGsmModem(GsmModem):  # type: ignore[misc]  # the library has no type hints
    """A `GsmModem` that survives bad bytes, interleaved notifications and unplugging."""

    def __init__(self, port: str, baudrate: int, *, on_notice: NoticeHandler,
                 on_port_lost: PortLostHandler, busy_retries: int = 3) -> None:
        super().__init__(port, baudrate)
        self._on_notice = on_notice
        self._on_port_lost = on_port_lost
        self._busy_retries = busy_retries
        self._last_command = ""
        self._answer_prefix: str | None = None
        self._direct_header: UnsolicitedLine | None = None
        self._late_final_expected = False  # a late +CMGS was seen: its OK follows
        self._port_error: BaseException | None = None
        self._closing = threading.Event()
        self.rxThread: threading.Thread | None = None
        self.waiting_since: float | None = None  # monotonic start of the command awaiting its answer

    # ------------------------------------------------------------ opening and closing

    def connect(self, pin: str | None = None, waitingForModemToStartInSeconds: float = 0) -> None:
        """Open the port and start the reader; initialisation is the driver's job.

        # WORKAROUND(python-gsmmodem-new 0.13): GsmModem.connect() runs ~30 commands for calls and
        # USSD, prefers ME storage so SIM (SM) messages are never listed (modem.py:373-382), waits
        # 15 s for a +CPIN: answered without OK (modem.py:420-430) and leaves the port open when the
        # PIN is wrong. We only open the port here and initialise through write().
        """
        del pin, waitingForModemToStartInSeconds
        try:  # a device name or a URL (socket://: a network modem, or the simulator on Windows)
            self.serial = open_port(self.port, baudrate=self.baudrate, timeout=_READ_POLL_SECONDS,
                                    write_timeout=5)
        except (serial.SerialException, OSError, ValueError) as error:
            raise ModemUnavailable(f"cannot open {self.port}: {error}") from error
        if hasattr(self.serial, "cancel_read"):  # close() wakes the reader at once (URL ports cannot)
            self.serial.timeout = _READ_WAIT_SECONDS
        self.alive = True
        self.rxThread = threading.Thread(target=self._readLoop, name=f"modem-reader {self.port}",
                                         daemon=True)
        self.rxThread.start()

    def close(self) -> None:
        """Stop the reader and close the port; safe to call twice or after a failed open.

        # WORKAROUND(python-gsmmodem-new 0.13): SerialComms.close() joins the reader without a
        # timeout and raises AttributeError when connect() failed before the thread started.
        """
        self._closing.set()
        self.alive = False
        port = getattr(self, "serial", None)
        cancel_read = getattr(port, "cancel_read", None)  # URL ports (socket://) have none
        if cancel_read is not None:
            _quietly(cancel_read)
        if self.rxThread is not None and self.rxThread is not threading.current_thread():
            self.rxThread.join(timeout=2)
        if port is not None:
            _quietly(port.close)

    @property
    def is_open(self) -> bool:
        return bool(self.alive) and self._port_error is None

    # ------------------------------------------------------------ reading

    def _readLoop(self) -> None:
        """Read bytes into lines until closed.

        # WORKAROUND(python-gsmmodem-new 0.13): the library's reader decodes with a bare .decode()
        # and dies on the first non-UTF-8 byte (serial_comms.py:103); ours replaces bad bytes, and
        # turns any port failure (EIO on unplug, a closed fd) into one on_port_lost call.
        """
        buffer = bytearray()
        try:
            while self.alive:
                chunk = self.serial.read(max(1, self.serial.in_waiting))
                if chunk:
                    buffer = self._consume(buffer + chunk)
        except Exception as error:  # every way a port can fail ends this session the same way
            if not self._closing.is_set():
                self._lose_port(error)

    def _consume(self, buffer: bytearray) -> bytearray:
        while True:
            end = buffer.find(b"\r\n")
            if end < 0:
                break
            line = at_parse.decode_line(bytes(buffer[:end]))
            del buffer[:end + 2]
            if line:
                self._handleLineRead(line)
        prompt = self._expectResponseTermSeq
        if prompt and bytes(buffer).endswith(bytes(prompt)):
            self._handleLineRead(at_parse.decode_line(bytes(buffer)), checkForResponseTerm=False)
            return bytearray()
        return buffer[-_MAX_PARTIAL_LINE:]

    def _handleLineRead(self, line: str, checkForResponseTerm: bool = True) -> None:
        """Route one line to the waiting command or to the notification handler.

        # WORKAROUND(python-gsmmodem-new 0.13): the library appends every line to a pending
        # response (serial_comms.py:66-73), so a +CMTI arriving mid-command is lost and ^RSSI or
        # +QIND lines become "the IMEI". Unsolicited lines are recognised and routed out first,
        # unless the pending command asked for exactly that prefix (+CPIN: READY to AT+CPIN?).
        # WORKAROUND(python-gsmmodem-new 0.13): its RESPONSE_TERM only knows numeric +CME/+CMS
        # errors, so after AT+CMEE=2 every error costs the full timeout (serial_comms.py:21);
        # at_parse.is_final_result also ends an answer on "+CME ERROR: incorrect password".
        """
        if self._direct_header is not None and self._take_direct_pdu(line):
            return
        waiting = self._responseEvent is not None and not self._responseEvent.is_set()
        if waiting and line.rstrip("\x1a") == self._last_command:
            return  # echo (ATE1 at start-up, or a modem that ignores ATE0)
        prefix = self._answer_prefix
        expected = bool(waiting and prefix and line.startswith(prefix))
        if not expected:
            notice = at_parse.classify_unsolicited(line)
            if notice is not None:
                self._route(notice)
                return
        if self._is_late_answer(line, expected):
            return
        if waiting:
            self._response.append(line)
            if not checkForResponseTerm or at_parse.is_final_result(line):
                self._responseEvent.set()
        else:
            log.debug("%s: ignored stray line %r", self.port, line)

    def _is_late_answer(self, line: str, expected: bool) -> bool:
        """Drop the answer of a command we already gave up on, so it cannot answer the next one.

        A `+CMGS: <mr>` nobody asked for is the late answer of a timed-out send; the modem
        sends its final OK right after it (unsolicited lines aside), and that OK is dropped too.
        Any other line, or writing the next command, cancels the expectation, so a lone stray
        `+CMGS:` line costs nothing.
        """
        if self._late_final_expected:
            self._late_final_expected = False
            if at_parse.is_final_result(line):
                return True
        if not expected and line.startswith(_LATE_ANSWER_PREFIXES):
            self._late_final_expected = True
            log.warning("%s: late answer %r to a command already given up on", self.port, line)
            return True
        return False

    def _take_direct_pdu(self, line: str) -> bool:
        header, self._direct_header = self._direct_header, None
        assert header is not None
        is_pdu = at_parse.is_hex_pdu(line)
        self._emit(ModemNotice(header, line.upper() if is_pdu else None))
        return is_pdu

    def _route(self, notice: UnsolicitedLine) -> None:
        if notice.kind in _DIRECT_KINDS:
            self._direct_header = notice  # the PDU is on the next line
        else:
            self._emit(ModemNotice(notice))

    def _emit(self, notice: ModemNotice) -> None:
        try:
            self._on_notice(notice)
        except Exception:  # a handler bug must not kill the reader
            log.exception("%s: notification handler failed for %r", self.port, notice)

    def _handleModemNotification(self, lines: list[str]) -> None:
        """# WORKAROUND(python-gsmmodem-new 0.13): the library starts one never-joined thread per
        notification (modem.py:1182) and handles only the first +CMTI of a batch; we route every
        line through our own classifier on the reader thread instead."""
        for line in lines:
            self._handleLineRead(line)

    def _lose_port(self, error: BaseException) -> None:
        self.alive = False
        self._port_error = error
        event = self._responseEvent
        if event is not None:
            event.set()  # wake a waiting command now rather than after its timeout
        _quietly(self.serial.close)
        log.warning("%s: port lost: %s", self.port, error)
        self._on_port_lost(error)

    # ------------------------------------------------------------ writing

    def write(self, data: str, waitForResponse: bool = True, timeout: float = 10,
              parseError: bool = True, writeTerm: str = "\r",
              expectedResponseTermSeq: str | None = None) -> list[str]:
        """Send one command and return its answer lines.

        # WORKAROUND(python-gsmmodem-new 0.13): the library retries +CME 14/515 recursively
        # without bound (modem.py:475-488), raises serial errors that are not GsmModemException,
        # and waits the full timeout on a dead port. Here busy errors are retried a few times,
        # port failures raise ModemUnavailable at once, and errors raise CommandRejected.
        """
        for attempt in range(self._busy_retries + 1):
            lines = self._write_once(data, waitForResponse, timeout, writeTerm,
                                     expectedResponseTermSeq)
            error = at_parse.parse_cm_error(lines[-1]) if lines else None
            if error is None or (error.kind, error.code) not in _BUSY_CODES:
                break
            if attempt < self._busy_retries:
                self._closing.wait(0.2 * (attempt + 1))  # give the SIM time; close() cuts it short
        if parseError and lines:
            _raise_for_error(data, lines[-1])
        return lines

    def _write_once(self, data: str, wait: bool, timeout: float, term: str,
                    prompt: str | None) -> list[str]:
        self._check_port()
        self._last_command = data.strip()
        self._answer_prefix = _answer_prefix(self._last_command, term)
        self._late_final_expected = False  # a late answer's OK comes before our next command
        self.waiting_since = time.monotonic()
        try:
            lines: Any = SerialComms.write(self, data + term, waitForResponse=wait,
                                           timeout=timeout, expectedResponseTermSeq=prompt)
        except TimeoutException as timed_out:
            self._check_port()
            raise NoAnswer(self._last_command[:20], timeout, list(timed_out.data or [])) from None
        except (serial.SerialException, OSError, AttributeError, TypeError) as error:
            raise ModemUnavailable(f"{self.port}: {error}") from error
        finally:
            self.waiting_since = None
        self._check_port()
        return list(lines or [])

    def write_raw(self, data: bytes) -> None:
        """Write bytes without waiting (ESC to cancel a "> " prompt)."""
        self._check_port()
        try:
            with self._txLock:
                self.serial.write(data)
        except (serial.SerialException, OSError) as error:
            raise ModemUnavailable(f"{self.port}: {error}") from error

    def _check_port(self) -> None:
        if self._port_error is not None:
            raise ModemUnavailable(f"{self.port}: port lost: {self._port_error}")
        if not self.alive:
            raise ModemUnavailable(f"{self.port}: port closed")


def _answer_prefix(command: str, term: str) -> str | None:
    """The prefix of the lines that answer `command` ("+CPIN" for "AT+CPIN?")."""
    if term == _CTRL_Z:
        return "+CMGS"  # the PDU of a send: its answer is +CMGS: <mr>
    if command.upper().startswith("AT+CMGS="):
        return None  # waiting for the "> " prompt: a +CMGS line now is a late answer
    match = _ANSWER_PREFIX.match(command)
    return match.group(1).upper() if match else None


def _raise_for_error(command: str, final_line: str) -> None:
    error = at_parse.parse_cm_error(final_line)
    if error is not None:
        raise CommandRejected(command[:40], error.kind, error.code)
    if final_line in ("ERROR", "COMMAND NOT SUPPORT"):
        raise CommandRejected(command[:40])


def _quietly(action: Callable[[], object]) -> None:
    try:
        action()
    except Exception:  # best effort while tearing down a port that may already be gone
        log.debug("ignored error while closing", exc_info=True)

"""SimulatedModem: a modem that speaks AT over a pseudo-terminal or a local socket, plus the test controls.

The host (pyserial, python-gsmmodem-new, the driver) opens `port` exactly as it would
open /dev/ttyUSB0: a pty path (POSIX), or with `transport="socket"` a `socket://127.0.0.1:PORT`
URL that pyserial's `serial_for_url` opens on every platform. The methods below play the
network and the hardware: deliver SMS, send status reports, inject errors, hang, unplug and replug.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType

from modem.simulator.at_machine import AtMachine
from modem.simulator.basic_commands import BASIC_HANDLERS
from modem.simulator.core import CoreOptions, ModemCore
from modem.simulator.ledger import Ledger
from modem.simulator.profiles import Profile, get_profile
from modem.simulator.pty_port import PortClosedError, PtyPort
from modem.simulator.scheduler import Scheduler
from modem.simulator.sms_commands import SMS_HANDLERS
from modem.simulator.socket_port import SocketPort
from modem.simulator.state import Network, SimCard
from modem.simulator.storage import StoredMessage

JST = timezone(timedelta(hours=9), "JST")
DEFAULT_SMSC = "+819000000000"
TRANSPORTS = ("pty", "socket")


def _japan_now() -> datetime:
    return datetime.now(JST).replace(microsecond=0)


@dataclass
class _Session:
    """One plug-in: a pty, its AT interpreter and the thread serving it."""

    port: PtyPort | SocketPort
    stop: threading.Event = field(default_factory=threading.Event)
    machine: AtMachine | None = None
    thread: threading.Thread | None = None


class SimulatedModem:
    """A GSM modem on a pty or a loopback socket. Start it, hand `port` to the code under test, stop it."""

    def __init__(
        self,
        profile: str | Profile = "generic",
        *,
        imei: str = "356938035643809",
        imsi: str = "440101234567890",
        iccid: str | None = None,
        pin: str | None = None,
        puk: str = "12345678",
        storage_capacity: int = 30,
        send_delay: float = 0.0,
        own_number: str = "+819011112222",
        auto_status_reports: bool = False,
        status_report_delay: float = 0.0,
        operator: str = "NTT DOCOMO",
        signal_rssi: int = 20,
        clock: Callable[[], datetime] | None = None,
        reply_rate: float = 0.0,
        reply_delay: float = 1.0,
        seed: int | None = None,
        ledger_path: str | Path | None = None,
        transport: str = "pty",
    ) -> None:
        if transport not in TRANSPORTS:
            raise ValueError(f"transport must be one of {TRANSPORTS}, not {transport!r}")
        self.transport = transport
        self.profile = get_profile(profile)
        self._rng = random.Random(seed)
        self._clock = clock or _japan_now
        options = CoreOptions(
            imei=imei, send_delay=send_delay, auto_status_reports=auto_status_reports,
            status_report_delay=status_report_delay, reply_rate=reply_rate,
            reply_delay=reply_delay,
        )
        self._core = ModemCore(
            self.profile, options,
            sim=SimCard(imsi=imsi, pin=pin, puk=puk, own_number=own_number, smsc=DEFAULT_SMSC,
                        iccid=iccid or f"8981{imsi[-15:]}"),  # one card per SIM unless told
            network=Network(operator=operator, rssi=signal_rssi),
            storage_capacity=storage_capacity, clock=self._aware_now, rng=self._rng,
            ledger=Ledger(ledger_path), handlers={**BASIC_HANDLERS, **SMS_HANDLERS},
        )
        self._session: _Session | None = None
        self._scheduler: Scheduler | None = None
        self._stopped = threading.Event()

    # ------------------------------------------------------------- lifecycle

    def start(self) -> str:
        """Power on; returns the pty path or socket URL the host should open."""
        if self._stopped.is_set():
            raise RuntimeError("a stopped SimulatedModem cannot be started again")
        if self._session is not None:
            return self._session.port.path
        self._scheduler = Scheduler(f"sim-modem-timers-{self.imei}")
        self._core.schedule = self._call_later
        path = self._plug_in()
        self._schedule_chatter()
        return path

    @property
    def port(self) -> str | None:
        session = self._session
        return session.port.path if session is not None else None

    def stop(self) -> None:
        """Unplug for good and release every thread and descriptor. Idempotent."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._unplug_session()
        if self._scheduler is not None:
            self._scheduler.stop()
        self._core.ledger.close()

    def __enter__(self) -> SimulatedModem:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def unplug(self) -> None:
        """The USB cable is pulled: the pty closes, the host gets EIO / no data."""
        self._unplug_session()

    def replug(self) -> str:
        """Plug the same modem (IMEI, storage, ledger) back in; returns the NEW pty path or URL."""
        if self._stopped.is_set():
            raise RuntimeError("the modem was stopped")
        self._unplug_session()
        return self._plug_in()

    def _plug_in(self) -> str:
        session = _Session(PtyPort() if self.transport == "pty" else SocketPort())
        session.machine = AtMachine(
            self._core, session.port.write,
            interleave=self.profile.interleave_unsolicited,
            interleave_probability=self.profile.interleave_probability,
            rng=self._rng, stop=session.stop,
        )
        session.thread = threading.Thread(
            target=self._serve, args=(session,), name=f"sim-modem-{session.port.path}", daemon=True
        )
        with self._core.lock:
            self._session = session
            self._core.emit = session.machine.unsolicited
            self._core.power_up()
        session.thread.start()
        return session.port.path

    def _serve(self, session: _Session) -> None:
        assert session.machine is not None
        while not session.stop.is_set():
            try:
                data = session.port.read(timeout=None)
            except PortClosedError:
                break
            if data:
                session.machine.feed(data)

    def _unplug_session(self) -> None:
        with self._core.lock:
            session, self._session = self._session, None
            self._core.emit = lambda lines: None
            self._core.powered = False
        if session is None:
            return
        session.stop.set()
        session.port.shut()
        if session.thread is not None and session.thread is not threading.current_thread():
            session.thread.join(timeout=10)
        session.port.release()

    # ------------------------------------------------------------ scheduling

    def _call_later(self, delay: float, action: Callable[[], None]) -> None:
        """Run `action` under the modem lock after `delay` seconds (dropped once stopped)."""

        def locked_action() -> None:
            with self._core.lock:
                action()

        if self._scheduler is not None:
            self._scheduler.call_later(delay, locked_action)

    def _schedule_chatter(self) -> None:
        period = self.profile.unsolicited_period
        if period is None or not self.profile.unsolicited_lines:
            return
        self._call_later(self._rng.expovariate(1 / period), self._chatter)

    def _chatter(self) -> None:
        core = self._core
        if core.powered and core.settings.curc:
            line = core.spontaneous_line()
            if line is not None:
                core.emit((line,))
        self._schedule_chatter()

    def _aware_now(self) -> datetime:
        now = self._clock()
        return now if now.tzinfo is not None else now.replace(tzinfo=JST)

    # -------------------------------------------------------- network & SIM

    def receive_sms(
        self, sender: str, text: str, *, when: datetime | None = None,
        order: list[int] | None = None, store: str = "SM", notify: bool = True,
        direct: bool = False,
    ) -> list[int]:
        """The network delivers `text` from `sender`, split into parts like a phone would.

        Each part is stored as an SMS-DELIVER PDU in `store` and announced with
        `+CMTI: "SM",<index>` (per AT+CNMI; `notify=False` stores silently). `order`
        gives the arrival order of the parts as 0-based positions (1-based sequence
        numbers are accepted too). `direct=True` sends `+CMT` instead of storing. A
        part that finds the storage full (or the modem off / unregistered / locked)
        waits at the "SMSC" and is stored as soon as it can be.

        Returns the storage indexes used now, in arrival order.
        """
        when = when if when is None or when.tzinfo is not None else when.replace(tzinfo=JST)
        with self._core.lock:
            return self._core.receive(
                sender, text, when=when, order=order, store=store, notify=notify, direct=direct
            )

    def send_status_report(self, reference: int, status_code: int = 0) -> None:
        """A status report for the last part sent with TP-MR `reference` (KeyError if none).

        Routed per AT+CNMI <ds>: stored in "SR" with `+CDSI` (2), as `+CDS` (1),
        or stored silently (0).
        """
        with self._core.lock:
            self._core.send_status_report(reference, status_code)

    def inject_cms_error(self, code: int, count: int = 1) -> None:
        """The next `count` submissions (AT+CMGS) answer `+CMS ERROR: <code>`."""
        with self._core.lock:
            self._core.injected_cms_errors.extend([code] * count)

    def inject_error(self, command: str, final: str, count: int = 1) -> None:
        """The next `count` uses of `command` ("+CPMS", "+CMGL", "Z"...) answer only `final`.

        For example `inject_error("+CPMS", "+CME ERROR: 14")` plays a SIM still busy.
        """
        with self._core.lock:
            name = command.upper().removeprefix("AT")
            self._core.injected_results.setdefault(name, []).extend([final] * count)

    def set_registration(self, stat: int) -> None:
        """+CREG <stat>: 0 not registered, 1 home, 2 searching, 3 denied, 5 roaming."""
        with self._core.lock:
            self._core.network.registration = stat
            if self._core.settings.creg_mode >= 1:
                self._core.emit((f"+CREG: {self._core.network.reported_registration(self._core.sim)}",))
            self._core.drain()

    def set_signal(self, rssi: int) -> None:
        with self._core.lock:
            self._core.network.rssi = rssi

    # ------------------------------------------------------------- hardware

    def set_no_answer(self, flag: bool) -> None:
        """Hang (True): input is swallowed and nothing at all is sent.

        `set_no_answer(False)` or a power cycle (`replug()`) cures it.
        """
        with self._core.lock:
            self._core.answering_enabled = not flag

    def send_unsolicited(self, line: str) -> None:
        """Send one unsolicited line, e.g. "^RSSI:15" (held while a command runs)."""
        with self._core.lock:
            self._core.emit((line,))

    def send_garbage(self, data: bytes) -> None:
        """Raw bytes to the host right now (invalid UTF-8, line noise)."""
        session = self._session
        if session is not None:
            session.port.write(data)

    # ----------------------------------------------------------- inspection

    @property
    def ledger(self) -> Ledger:
        return self._core.ledger

    def stored_messages(self) -> list[StoredMessage]:
        """What sits in the storages now (all of them, by storage then slot)."""
        with self._core.lock:
            return self._core.stored_messages()

    @property
    def pending_deliveries(self) -> int:
        """Messages and reports the network still holds (storage full, modem off...)."""
        with self._core.lock:
            return len(self._core.retry_queue)

    @property
    def imei(self) -> str:
        return self._core.options.imei

    @property
    def imsi(self) -> str:
        return self._core.sim.imsi

    @property
    def pin_attempts_left(self) -> int:
        return self._core.sim.attempts_left

    @property
    def echo(self) -> bool:
        return self._core.settings.echo

    @property
    def text_mode(self) -> bool:
        """AT+CMGF: True in text mode, False in PDU mode."""
        return self._core.settings.text_mode

    @property
    def sim_state(self) -> str:
        """The +CPIN answer: "READY", "SIM PIN" or "SIM PUK"."""
        return self._core.sim.state

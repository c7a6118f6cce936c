"""The simulated modem's brain: state, storages, the network side and the AT host hooks.

Everything here runs under `ModemCore.lock` (the AT interpreter takes it around each
command; the public API takes it around each call). Unsolicited lines go out through
`emit`, which the owner wires to the live AT interpreter (or to nothing while unplugged).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from modem.pdu import Concat
from modem.simulator.at_machine import (
    CmeError,
    CmsError,
    Command,
    CommandError,
    Reply,
    UnknownCommandError,
)
from modem.simulator.ledger import Ledger, LedgerEntry
from modem.simulator.profiles import Profile
from modem.simulator.sms_render import deliver_parts, direct_lines, status_report, stored_notification
from modem.simulator.state import Network, Settings, SimCard
from modem.simulator.storage import DeliverContent, MessageStore, ReportContent, StoredMessage

Handler = Callable[["ModemCore", Command], Reply]
Emit = Callable[[tuple[str, ...]], None]
Schedule = Callable[[float, Callable[[], None]], None]

CANNED_REPLIES = (
    "ありがとうございます。承知しました。",
    "了解です！",
    "Thanks, see you then.",
    "OK",
    "予約の変更をお願いできますか？",
    "Got it, thank you!",
)

_CME_TEXT = {
    3: "operation not allowed", 4: "operation not supported", 10: "SIM not inserted",
    11: "SIM PIN required", 12: "SIM PUK required", 16: "incorrect password",
    21: "invalid index", 30: "no network service", 100: "unknown",
}
_CMS_TEXT = {
    302: "operation not allowed", 303: "operation not supported",
    304: "invalid PDU mode parameter", 305: "invalid text mode parameter",
    311: "SIM PIN required", 316: "SIM PUK required", 321: "invalid memory index",
    322: "memory full", 330: "SMSC address unknown", 331: "no network service",
    332: "network timeout", 500: "unknown error",
}


@dataclass(frozen=True)
class PendingDelivery:
    """A message or status report the network holds until the modem can take it."""

    storage: str
    pdu: str
    content: DeliverContent | ReportContent
    notify: bool = True
    direct: bool = False


@dataclass(frozen=True)
class SentPart:
    recipient: str
    submitted_at: datetime


@dataclass(frozen=True)
class CoreOptions:
    imei: str
    send_delay: float = 0.0
    auto_status_reports: bool = False
    status_report_delay: float = 0.0
    reply_rate: float = 0.0
    reply_delay: float = 1.0


class ModemCore:
    """State and behaviour shared by the AT command handlers and the public API."""

    def __init__(
        self,
        profile: Profile,
        options: CoreOptions,
        *,
        sim: SimCard,
        network: Network,
        storage_capacity: int,
        clock: Callable[[], datetime],
        rng: random.Random,
        ledger: Ledger,
        handlers: dict[str, Handler],
    ) -> None:
        self.lock = threading.RLock()
        self.profile = profile
        self.options = options
        self.sim = sim
        self.network = network
        self.settings = Settings.at_power_up(profile)
        self.stores = {name: MessageStore(name, storage_capacity) for name in profile.storages}
        self.clock = clock
        self.rng = rng
        self.ledger = ledger
        self.emit: Emit = lambda lines: None
        self.schedule: Schedule = lambda delay, action: None
        self.answering_enabled = True
        self.powered = False  # plugged in; nothing reaches an unplugged modem
        self.injected_cms_errors: list[int] = []
        self.injected_results: dict[str, list[str]] = {}  # command name -> final results
        self.retry_queue: list[PendingDelivery] = []
        self.sent_by_reference: dict[int, SentPart] = {}
        self._handlers = handlers
        self._next_reference = 0
        self._next_concat_reference = rng.randrange(256)
        self._boot_pending = False
        self._outbound_progress: dict[tuple[str, int, int], set[int]] = {}

    # ----------------------------------------------------------- MachineHost

    def execute(self, command: Command) -> Reply:
        injected = self.injected_results.get(command.name)
        if injected:
            return Reply(final=injected.pop(0))  # the command fails and changes nothing
        handler = self._handlers.get(command.name)
        if handler is None or not self._offers(command.name):
            raise UnknownCommandError(command.name)
        return handler(self, command)

    def _offers(self, name: str) -> bool:
        vendor = name.startswith("^") or name in ("+WIND", "+QINDCFG", "+QCCID")
        return not vendor or name in self.profile.extra_commands

    def error_result(self, error: CommandError) -> str:
        if isinstance(error, UnknownCommandError):
            return self.profile.unknown_command_reply
        if isinstance(error, CmeError):
            if self.settings.cmee == 0:
                return "ERROR"
            detail = _CME_TEXT.get(error.code, "unknown") if self.settings.cmee == 2 else error.code
            return f"+CME ERROR: {detail}"
        if isinstance(error, CmsError):
            detail = _CMS_TEXT.get(error.code, "unknown error") if self.settings.cmee == 2 else error.code
            return f"+CMS ERROR: {detail}"
        return "ERROR"

    def echo_enabled(self) -> bool:
        return self.settings.echo

    def answering(self) -> bool:
        return self.answering_enabled

    def response_delay(self) -> float:
        return self.profile.response_delay

    def spontaneous_line(self) -> str | None:
        lines = self.profile.unsolicited_lines
        if not lines:
            return None
        return self.rng.choice(lines).format(rssi=self.network.rssi)

    def after_answer(self) -> None:
        if self._boot_pending:
            self._boot_pending = False
            for line in self.profile.boot_lines:
                self.emit((line,))

    # ------------------------------------------------------------- lifecycle

    def power_up(self) -> None:
        """Power on (start, replug, AT+CFUN=1,1): settings reset, SIM locked again."""
        self.powered = True
        self.answering_enabled = True  # a power cycle cures a hung modem
        self.settings = Settings.at_power_up(self.profile)
        self.sim.power_up()
        self.network.radio_on = True
        self._boot_pending = bool(self.profile.boot_lines)
        self.drain()

    def sim_unlocked(self) -> None:
        for line in self.profile.pin_ready_lines:
            self.emit((line,))
        self.drain()

    # --------------------------------------------------------------- inbound

    def receive(
        self, sender: str, text: str, *, when: datetime | None, order: list[int] | None,
        store: str, notify: bool, direct: bool,
    ) -> list[int]:
        """The network delivers `text` from `sender`; returns the slots used now."""
        if store not in self.stores:
            raise ValueError(f"no storage {store!r}; this profile has {sorted(self.stores)}")
        parts = deliver_parts(
            sender, text, timestamp=when or self.clock(),
            concat_reference=self._take_concat_reference(), smsc=self.sim.smsc,
        )
        arrival = _arrival_order(order, len(parts))
        pending = [PendingDelivery(store, *parts[i], notify=notify, direct=direct) for i in arrival]
        return self.deliver(pending)

    def _take_concat_reference(self) -> int:
        reference = self._next_concat_reference
        self._next_concat_reference = (reference + 1) % 256
        return reference

    def deliver(self, pending: list[PendingDelivery]) -> list[int]:
        """Queue deliveries behind earlier ones, then store what fits; returns new slots."""
        self.retry_queue.extend(pending)
        stored = [m.index for m in self.drain() if any(m.pdu == p.pdu for p in pending)]
        if self.can_receive() and any(p in self.retry_queue for p in pending):
            self._report_full()
        return stored

    def drain(self) -> list[StoredMessage]:
        """Hand the modem every held delivery it can take now (the SMSC retrying)."""
        if not self.can_receive():
            return []
        stored: list[StoredMessage] = []
        waiting: list[PendingDelivery] = []
        for item in self.retry_queue:
            if self._route_directly(item):
                self.emit(self._direct_lines(item))
                continue
            message = self.stores[item.storage].add(item.pdu, item.content)
            if message is None:
                waiting.append(item)
                continue
            stored.append(message)
            if self._notifies(item):
                self.emit(stored_notification(message))
        self.retry_queue = waiting
        return stored

    def can_receive(self) -> bool:
        return self.powered and self.network.registered(self.sim)

    def _report_full(self) -> None:
        if self.profile.storage_full_line:
            self.emit((self.profile.storage_full_line,))

    def _route_directly(self, item: PendingDelivery) -> bool:
        if isinstance(item.content, ReportContent):
            return self.settings.ds == 1
        return item.direct or self.settings.mt == 2

    def _notifies(self, item: PendingDelivery) -> bool:
        if not item.notify:
            return False
        if isinstance(item.content, ReportContent):
            return self.settings.ds == 2
        return self.settings.mt in (1, 3)

    def _direct_lines(self, item: PendingDelivery) -> tuple[str, ...]:
        return direct_lines(
            item.pdu, item.content, text_mode=self.settings.text_mode,
            charset=self.settings.charset,
        )

    # -------------------------------------------------------------- outbound

    def accept_submit(
        self, number: str, text: str, *, encoding: str, concat: Concat | None, pdu: str | None,
        request_status_report: bool,
    ) -> int:
        """The network accepts one part: ledger, TP-MR, then status report and reply."""
        reference = self._next_reference
        self._next_reference = (reference + 1) % 256
        now = self.clock()
        self.ledger.record(LedgerEntry(
            number, text, reference, concat, encoding, now, pdu, request_status_report,
            self.options.imei,
        ))
        self.sent_by_reference[reference] = SentPart(number, now)
        if request_status_report and self.options.auto_status_reports:
            self.schedule(
                self.options.status_report_delay,
                lambda: self.send_status_report(reference, 0),
            )
        if self._message_complete(number, concat):
            self._maybe_reply(number)
        return reference

    def _message_complete(self, number: str, concat: Concat | None) -> bool:
        if concat is None:
            return True
        key = (number, concat.reference, concat.total)
        seen = self._outbound_progress.setdefault(key, set())
        seen.add(concat.sequence)
        if len(seen) < concat.total:
            return False
        del self._outbound_progress[key]
        return True

    def _maybe_reply(self, number: str) -> None:
        if self.options.reply_rate <= 0 or self.rng.random() >= self.options.reply_rate:
            return
        text = self.rng.choice(CANNED_REPLIES)
        self.schedule(self.options.reply_delay, lambda: self._reply(number, text))

    def _reply(self, number: str, text: str) -> None:
        self.receive(number, text, when=None, order=None, store="SM", notify=True, direct=False)

    def send_status_report(self, reference: int, status_code: int = 0) -> None:
        sent = self.sent_by_reference.get(reference)
        if sent is None:
            raise KeyError(f"no part was sent with TP-MR {reference}")
        pdu, content = status_report(
            reference, sent.recipient, status_code=status_code,
            submitted_at=sent.submitted_at, discharged_at=self.clock(), smsc=self.sim.smsc,
        )
        storage = "SR" if "SR" in self.stores else "SM"
        self.deliver([PendingDelivery(storage, pdu, content)])

    # --------------------------------------------------------------- helpers

    def require_sim(self, *, sms: bool = False) -> None:
        """Raise the SIM-locked error a real modem gives before touching the SIM."""
        if self.sim.unlocked:
            return
        puk = self.sim.state == "SIM PUK"
        if sms:
            raise CmsError(316 if puk else 311)
        raise CmeError(12 if puk else 11)

    def stored_messages(self) -> list[StoredMessage]:
        return [m for store in self.stores.values() for m in store.messages()]


def _arrival_order(order: list[int] | None, count: int) -> list[int]:
    """0-based part positions in arrival order; 1-based sequence numbers are accepted too."""
    if order is None:
        return list(range(count))
    if sorted(order) == list(range(count)):
        return list(order)
    if sorted(order) == list(range(1, count + 1)):
        return [i - 1 for i in order]
    raise ValueError(f"order {order} is not a permutation of the {count} parts")

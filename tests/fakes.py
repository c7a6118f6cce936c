"""A scripted modem driver for dispatcher unit tests (integration tests use the pty simulator instead)."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from desk_sms.context import AppContext
from desk_sms.db.models import Modem
from desk_sms.engine.engine import Engine
from modem.interface import ModemCallbacks, ModemState, ModemStatus, SendResult
from modem.sms_text import split_text


@dataclass
class FakeModemScript:
    """What a fake modem does: records sends; `fail_with` raises for the next sends."""

    imei: str
    sent: list[tuple[str, str]] = field(default_factory=list)
    fail_with: list[Exception] = field(default_factory=list)
    always_fail: Exception | None = None
    state: ModemState = ModemState.READY
    gate: threading.Event | None = None  # when set, sends wait for it
    connect_gate: threading.Event | None = None  # when set, connecting waits for it (a slow start)
    send_seconds: float = 0.0  # how long a send takes, like a real modem's +CMGS round trip
    lock: threading.Lock = field(default_factory=threading.Lock)
    refs: Iterator[int] = field(default_factory=lambda: itertools.cycle(range(256)))


class FakeDriver:
    def __init__(self, port: str, callbacks: ModemCallbacks, script: FakeModemScript) -> None:
        self._port = port
        self.callbacks = callbacks
        self.script = script

    @property
    def port(self) -> str:
        return self._port

    def connect(self, pin: str | None = None) -> ModemStatus:
        if self.script.connect_gate is not None:
            self.script.connect_gate.wait(10)
        return self.status()

    def send(self, number: str, text: str) -> SendResult:
        if self.script.gate is not None:
            self.script.gate.wait(10)
        if self.script.send_seconds:
            threading.Event().wait(self.script.send_seconds)
        with self.script.lock:
            if self.script.always_fail is not None:
                raise self.script.always_fail
            if self.script.fail_with:
                raise self.script.fail_with.pop(0)
            self.script.sent.append((number, text))
            split = split_text(text)
            refs = tuple(next(self.script.refs) for _ in split.parts)
        return SendResult(refs, str(split.encoding))

    def poll(self) -> ModemStatus:
        return self.status()

    def status(self) -> ModemStatus:
        return ModemStatus(port=self._port, state=self.script.state, imei=self.script.imei, signal_bars=4)

    def close(self) -> None:
        pass


@dataclass
class FakeFleet:
    context: AppContext
    scripts: dict[str, FakeModemScript] = field(default_factory=dict)  # by port
    ids: dict[str, int] = field(default_factory=dict)  # name -> modem id

    def add(self, name: str, daily_limit: int = 180, min_interval: float = 0.0) -> FakeModemScript:
        port = f"/fake/{name}"
        script = FakeModemScript(imei=f"35000000000{len(self.scripts):04d}")
        self.scripts[port] = script
        with self.context.database.session() as session:
            modem = Modem(
                name=name,
                port=port,
                imei=script.imei,
                daily_limit=daily_limit,
                min_interval_seconds=min_interval,
            )
            session.add(modem)
            session.flush()
            self.ids[name] = modem.id
        return script

    def driver_factory(self) -> Callable[[str, ModemCallbacks], FakeDriver]:
        return lambda port, callbacks: FakeDriver(port, callbacks, self.scripts[port])

    def engine(self, owner: str | None = None, shared: bool | None = None) -> Engine:
        return Engine(
            self.context.database.session_factory,
            self.context.events,
            self.context.clock,
            self.context.settings,
            driver_factory=self.driver_factory(),
            port_lookup=lambda imei: None,
            poll_interval=3600,
            owner=owner,
            shared=shared,
        )

"""Typed events from the core to whoever listens (the GUI bridge, the CLI, tests).

Publishers run on any thread; subscribers are plain callables and must be
thread-safe (the GUI's bridge re-emits them as queued Qt signals).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MessageStateChanged:
    message_id: int
    status: str
    campaign_id: int | None = None


@dataclass(frozen=True)
class InboundReceived:
    message_id: int
    sender: str
    contact_id: int | None = None


@dataclass(frozen=True)
class ModemStateChanged:
    modem_id: int
    name: str
    state: str


@dataclass(frozen=True)
class DataChanged:
    """Something other than a message changed (contacts, templates, settings)."""

    topic: str


@dataclass(frozen=True)
class StorageStateChanged:
    """The engine's database writes stopped for a reason outside desk-sms, or go through again.

    `problem` is a `desk_sms.storage.Problem` value (full, read_only, gone), None once writes work.
    """

    problem: str | None
    folder: str = ""
    free_bytes: int | None = None
    needed_bytes: int = 0


@dataclass(frozen=True)
class EngineProcessChanged:
    """The engine process as a window sees it (desk_sms/engine_process.py).

    `state`: starting, running, elsewhere (another process drives the modems), restarting (it died;
    started again in `retry_in` seconds) or stopped. `restarts` counts restarts since the window started.
    """

    state: str
    pid: int = 0
    where: str = ""
    restarts: int = 0
    retry_in: float = 0.0


Event = (
    MessageStateChanged | InboundReceived | ModemStateChanged | DataChanged | StorageStateChanged
    | EngineProcessChanged
)
Subscriber = Callable[[Any], None]


class EventBus:
    """A thread-safe fan-out of events to subscribers; a failing subscriber is logged, not fatal."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(event)
            except Exception:
                log.exception("event subscriber failed on %r", event)

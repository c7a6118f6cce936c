"""The only GUI subscriber of the core's EventBus (STYLE lesson 4).

Core events are published on any thread (modem workers, the dispatcher). The
bridge hands each one to the GUI thread (ui.tasks.call_on_gui_thread), so its
typed re-emission, and every slot connected to it, runs there.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from desk_sms.events import (
    DataChanged,
    EventBus,
    InboundReceived,
    MessageStateChanged,
    ModemStateChanged,
    StorageStateChanged,
)
from ui.tasks import call_on_gui_thread, prepare_gui_thread_calls

log = logging.getLogger(__name__)


class EngineBridge(QObject):
    """Re-emits core events as Qt signals on the GUI thread.

    Signals:
        message_state_changed(MessageStateChanged)
        inbound_received(InboundReceived)
        modem_state_changed(ModemStateChanged)
        data_changed(DataChanged)
        storage_state_changed(StorageStateChanged): sending paused for a full disk (or similar), or resumed
    """

    message_state_changed = Signal(object)
    inbound_received = Signal(object)
    modem_state_changed = Signal(object)
    data_changed = Signal(object)
    storage_state_changed = Signal(object)

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        prepare_gui_thread_calls()
        self._routes: dict[type, SignalInstance] = {
            MessageStateChanged: self.message_state_changed,
            InboundReceived: self.inbound_received,
            ModemStateChanged: self.modem_state_changed,
            DataChanged: self.data_changed,
            StorageStateChanged: self.storage_state_changed,
        }
        unsubscribe = events.subscribe(self._on_core_event)
        self._unsubscribe: Callable[[], None] | None = unsubscribe
        # Should the bridge be deleted without close(), stop the bus from calling a dead object.
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        """Stop listening; call before the window goes away."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_core_event(self, event: object) -> None:
        # Runs on the publisher's thread: only queue, touch nothing else (not even a signal of ours:
        # the window may be deleting this bridge at this very moment).
        call_on_gui_thread(self, functools.partial(self._dispatch, event))

    def _dispatch(self, event: object) -> None:
        signal = self._routes.get(type(event))
        if signal is None:
            log.debug("no GUI signal for event %r", event)
            return
        signal.emit(event)

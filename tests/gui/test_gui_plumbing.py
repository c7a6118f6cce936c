"""Bridge, background tasks and error texts: the plumbing every page relies on."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_sms.errors import DatabaseTooNew, EngineBusy, InvalidInput, NotFound, UserError
from desk_sms.events import DataChanged, EventBus, InboundReceived, MessageStateChanged, ModemStateChanged
from ui.bridge import EngineBridge
from ui.errors import show_error, user_error_text
from ui.tasks import run_in_background


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_bridge_delivers_events_from_a_worker_thread_on_the_gui_thread(app, qtbot: QtBot) -> None:
    events = EventBus()
    bridge = EngineBridge(events)
    seen: list[tuple[object, bool]] = []
    bridge.inbound_received.connect(lambda event: seen.append((event, _on_gui_thread())))
    event = InboundReceived(message_id=7, sender="+819012345678")
    with qtbot.waitSignal(bridge.inbound_received, timeout=5000):
        worker = threading.Thread(target=events.publish, args=(event,))
        worker.start()
        worker.join(timeout=5)
    assert seen == [(event, True)]
    bridge.close()


@pytest.mark.parametrize(
    ("event", "signal_name"),
    [
        (MessageStateChanged(message_id=1, status="sent"), "message_state_changed"),
        (ModemStateChanged(modem_id=2, name="A", state="ready"), "modem_state_changed"),
        (DataChanged(topic="settings.timezone"), "data_changed"),
    ],
)
def test_bridge_routes_each_event_type_to_its_signal(
    app, qtbot: QtBot, event: object, signal_name: str
) -> None:
    events = EventBus()
    bridge = EngineBridge(events)
    with qtbot.waitSignal(getattr(bridge, signal_name), timeout=5000) as blocker:
        events.publish(event)
    assert blocker.args == [event]
    bridge.close()


def test_bridge_stops_listening_when_closed(app, qtbot: QtBot) -> None:
    events = EventBus()
    bridge = EngineBridge(events)
    bridge.close()
    with qtbot.assertNotEmitted(bridge.data_changed, wait=100):
        events.publish(DataChanged(topic="contacts"))


def test_background_result_arrives_on_the_gui_thread(app, qtbot: QtBot) -> None:
    owner = QObject()
    ran_on: list[bool] = []

    def work() -> int:
        ran_on.append(_on_gui_thread())
        return 42

    with qtbot.waitCallback(timeout=5000) as callback:
        run_in_background(owner, work, lambda result: callback(result, _on_gui_thread()))
    callback.assert_called_with(42, True)
    assert ran_on == [False]


def test_background_exception_goes_to_on_failure(app, qtbot: QtBot) -> None:
    owner = QObject()

    def work() -> None:
        raise NotFound(what="Contact", name="Tanaka")

    with qtbot.waitCallback(timeout=5000) as callback:
        run_in_background(owner, work, lambda _result: pytest.fail("must not succeed"), callback)
    (exc,) = callback.args
    assert isinstance(exc, NotFound)


def test_background_failure_without_handler_shows_the_error(app, qtbot: QtBot, recorded_dialogs) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)

    def work() -> None:
        raise InvalidInput(detail="the phone column is empty")

    run_in_background(owner, work, lambda _result: None)
    qtbot.waitUntil(lambda: len(recorded_dialogs) == 1, timeout=5000)
    assert recorded_dialogs[0].text() == "Please check your input: the phone column is empty"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            DatabaseTooNew(path="/d/x.sqlite3", revision="9999"),
            "made by a newer version of desk-sms (schema 9999)",
        ),
        (EngineBusy(owner="reception-pc"), "Another desk-sms (reception-pc) is already driving"),
        (NotFound(what="Template", name="reminder"), "Template not found: reminder"),
        (UserError("some.new_code", detail="plain English"), "plain English"),
    ],
)
def test_user_errors_become_sentences(app, error: UserError, expected: str) -> None:
    assert expected in user_error_text(error)


def test_a_missing_parameter_keeps_its_placeholder_instead_of_failing(app) -> None:
    assert user_error_text(EngineBusy()) == (
        "Another desk-sms ({owner}) is already driving the modems on this database."
    )


def test_a_bug_shows_its_traceback_and_the_log_tail(app, gui_context, recorded_dialogs) -> None:
    logging.getLogger("tests.gui").info("marker line 7f3a before the bug")
    try:
        raise RuntimeError("boom in a service")
    except RuntimeError as exc:
        show_error(None, exc)
    (box,) = recorded_dialogs
    assert box.icon() == QMessageBox.Icon.Critical
    assert "This is a bug" in box.text()
    assert "RuntimeError: boom in a service" in box.detailedText()
    assert "marker line 7f3a before the bug" in box.detailedText()


def test_result_for_a_closed_owner_is_dropped_quietly(app, qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    owner = QObject()
    release = threading.Event()
    delivered: list[object] = []
    run_in_background(owner, lambda: release.wait(5), delivered.append, delivered.append, pool=pool)
    shiboken6.delete(owner)  # the page closes while its work still runs
    release.set()
    assert pool.waitForDone(5000)
    QApplication.processEvents()
    assert delivered == []



def test_an_event_queued_for_a_bridge_deleted_meanwhile_is_dropped(app, qtbot: QtBot, caplog) -> None:
    """A window closes between a modem thread's event and its delivery: nothing reaches the dead bridge."""
    import shiboken6

    events = EventBus()
    bridge = EngineBridge(events)
    worker = threading.Thread(target=events.publish, args=(DataChanged(topic="outbox"),))
    worker.start()
    worker.join(timeout=5)
    shiboken6.delete(bridge)  # before the GUI thread ran the queued delivery
    with caplog.at_level(logging.DEBUG, logger="ui.tasks"):
        QApplication.processEvents()
    assert "dropped: its owner is gone" in caplog.text

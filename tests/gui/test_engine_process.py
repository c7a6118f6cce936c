"""The engine in its own process under a running window (issue 17), with real `desk-sms serve`
processes and demo modems on loopback simulators: killed and restarted, left sending after the
window closes, stopped by the tray's *Quit desk-sms completely*.
"""

from __future__ import annotations

import os
import signal
from typing import Any

import psutil
from pytestqt.qtbot import QtBot

from desk_sms.clock import SystemClock
from desk_sms.context import AppContext
from desk_sms.engine_process import EngineSupervisor, live_engine
from desk_sms.events import EventBus
from ui.app import MainWindowParts, attach_engine
from ui.pages.modems import ModemsPage
from ui.pages.sent import SentPage

ENGINE_MS = 120_000  # a process start-up (imports, migrations, the modem's connect) on a busy machine
QUIT_JA = "desk-sms を完全に終了"


def never_quiet(context: AppContext) -> None:
    context.users.sign_in("admin")
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")


def status_text(parts: MainWindowParts) -> str:
    return parts.window.engine_status.text() if parts.window.engine_status.isVisible() else ""


def sent_in_window(page: SentPage, message_id: int) -> bool:
    row = page.model.row_of_id(message_id)
    found = page.model.row_at(row) if row is not None else None
    return found is not None and found.status == "sent"


def open_window(make_window: Any, context: AppContext) -> tuple[MainWindowParts, EngineSupervisor]:
    never_quiet(context)
    parts = make_window()
    parts.window.show_page("sent")
    parts.window.show()
    return parts, attach_engine(context, parts, demo_modems=1)


def test_an_engine_killed_under_the_window_is_restarted_and_the_window_recovers(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    parts, supervisor = open_window(make_window, gui_context)
    try:
        qtbot.waitUntil(lambda: status_text(parts) == "Sending engine: running", timeout=ENGINE_MS)
        first_pid = supervisor.child.pid if supervisor.child else 0
        page = parts.window.page("sent")
        assert isinstance(page, SentPage)
        before = gui_context.outbox.enqueue("090-1111-0001", "before the crash")
        qtbot.waitUntil(lambda: sent_in_window(page, before), timeout=ENGINE_MS)

        os.kill(first_pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: "stopped unexpectedly" in status_text(parts), timeout=ENGINE_MS)
        assert "uncertain" in parts.window.engine_status.toolTip()  # what it means for a message in hand
        recovered = "Sending engine: running again (restarts: 1)"
        qtbot.waitUntil(lambda: status_text(parts) == recovered, timeout=ENGINE_MS)
        assert supervisor.child is not None and supervisor.child.pid != first_pid
        after = gui_context.outbox.enqueue("090-1111-0002", "after the restart")
        qtbot.waitUntil(lambda: sent_in_window(page, after), timeout=ENGINE_MS)  # through the change watcher
        modems = parts.window.page("modems")
        assert isinstance(modems, ModemsPage)
        qtbot.waitUntil(lambda: [m.state for m in modems.model.modems()] == ["ready"], timeout=ENGINE_MS)
    finally:
        supervisor.stop_engine()


def test_closing_the_window_with_keep_sending_on_leaves_the_engine_sending(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    assert gui_context.settings.get("keep_sending_when_closed") is True  # the default
    parts, supervisor = open_window(make_window, gui_context)
    qtbot.waitUntil(lambda: status_text(parts) == "Sending engine: running", timeout=ENGINE_MS)
    engine = supervisor.child
    assert engine is not None
    while gui_context.closers:  # what quitting the window does
        gui_context.closers.pop()()
    try:
        assert engine.poll() is None, "the engine outlives the window"
        reminder = gui_context.outbox.enqueue("090-2222-0001", "明日10時のご予約のお知らせです")
        qtbot.waitUntil(lambda: gui_context.outbox.get(reminder).status == "sent", timeout=ENGINE_MS)
        # A window opened later finds that engine instead of starting another one.
        found = live_engine(gui_context.database.session_factory, SystemClock())
        assert found is not None and found.pid == engine.pid
    finally:
        # What the tray of a later window does with an engine it found: a stop through the database.
        later = EngineSupervisor([], gui_context.database.session_factory, EventBus(), SystemClock())
        later.stop_engine()
    assert engine.wait(ENGINE_MS / 1000) == 0, "it stopped as asked, not killed"


def test_quit_completely_in_the_tray_stops_the_engine_and_the_app(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.users.sign_in("admin")
    parts, supervisor = open_window(make_window, gui_context)
    qtbot.waitUntil(lambda: status_text(parts) == "Sending engine: running", timeout=ENGINE_MS)
    engine = supervisor.child
    assert engine is not None and parts.tray is not None
    quits: list[bool] = []
    parts.tray.quit_app = lambda: quits.append(True)
    assert parts.tray.quit_action.text() == "Quit desk-sms completely"
    with qtbot.waitSignal(parts.tray.engine_stopped, timeout=ENGINE_MS):
        parts.tray.quit_action.trigger()
    assert quits == [True]
    assert engine.poll() is not None and not psutil.pid_exists(engine.pid)
    assert status_text(parts) == "Sending engine: stopped"


def test_quit_completely_in_the_window_menu_stops_the_engine_without_a_tray(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    parts, supervisor = open_window(make_window, gui_context)
    qtbot.waitUntil(lambda: status_text(parts) == "Sending engine: running", timeout=ENGINE_MS)
    engine = supervisor.child
    assert engine is not None and parts.tray is not None
    parts.tray.hide()  # a desktop without a tray: the window's own menu must do
    quits: list[bool] = []
    parts.tray.quit_app = lambda: quits.append(True)
    menu = parts.window.app_menu
    assert menu.title() == "&File"
    found = [action for action in menu.actions() if action.objectName() == "quitCompletely"]
    assert [action.text() for action in found] == ["Quit desk-sms completely"]
    parts.translations.apply("ja")
    qtbot.waitUntil(lambda: (menu.title(), found[0].text()) == ("ファイル(&F)", QUIT_JA), timeout=ENGINE_MS)
    parts.translations.apply("en")
    qtbot.waitUntil(lambda: found[0].text() == "Quit desk-sms completely", timeout=ENGINE_MS)
    with qtbot.waitSignal(parts.tray.engine_stopped, timeout=ENGINE_MS):
        found[0].trigger()
    assert quits == [True]
    assert engine.poll() is not None and not psutil.pid_exists(engine.pid)

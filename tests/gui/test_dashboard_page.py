"""The Dashboard: figures from known rows, each opening its page filtered, and a screenshot."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_sms.context import AppContext
from desk_sms.db.models import InboundMessage, Modem, OutboundMessage, OutboundPart, ScheduleRun
from desk_sms.domain.recurrence import Rule, RuleKind
from desk_sms.services.dashboard import DashboardFigures
from desk_sms.services.groups import GroupsService
from desk_sms.services.schedules import ScheduleDraft, SchedulesService
from ui.app import create_main_window
from ui.main_window import PAGE_FACTORIES, MainWindow
from ui.pages.dashboard import SCHEDULES_TAB, DashboardPage
from ui.pages.inbox import InboxPage
from ui.pages.reports import ReportsPage
from ui.pages.schedules import SchedulesPage
from ui.pages.sent import ALL_TAB, ATTENTION_TAB, SentPage
from ui.settings_store import UiSettings

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
FACTORIES = {**PAGE_FACTORIES, "dashboard": DashboardPage, "reports": ReportsPage}


def fill(context: AppContext) -> None:
    """Today's work as the engine would have left it (times relative to now, so 'today' holds)."""
    now = datetime.now(UTC)
    out = {"body": "明日10時のご予約をお待ちしております", "part_count": 1}
    rows: list[dict[str, Any]] = [
        *({"to_number": f"+8190111100{n:02d}", "status": "queued"} for n in range(3)),
        {"to_number": "+819011110099", "status": "sending", "modem_id": 1},
        *({"to_number": f"+8190222200{n:02d}", "status": "failed", "updated_at": now} for n in range(2)),
        {"to_number": "+819022220099", "status": "uncertain", "modem_id": 2},
        *(
            {"to_number": f"+8190333300{n:02d}", "status": "delivered", "sent_at": now, "modem_id": 1}
            for n in range(3)
        ),
        *(
            {"to_number": f"+8190444400{n:02d}", "status": "sent", "sent_at": now, "modem_id": 2}
            for n in range(2)
        ),
    ]
    with context.database.session() as session:
        session.execute(
            insert(Modem),
            [
                {"id": 1, "name": "受付 docomo", "port": "COM3", "state": "ready", "signal_bars": 4},
                {
                    "id": 2,
                    "name": "予備 au",
                    "port": "COM4",
                    "state": "error",
                    "signal_bars": 0,
                    "last_error": "SIM not inserted",
                },
            ],
        )
        session.execute(insert(OutboundMessage), [{**out, **row} for row in rows])
        session.execute(
            insert(InboundMessage),
            [
                {
                    "sender": f"+8190333300{n:02d}",
                    "body": "了解しました",
                    "received_at": now - timedelta(minutes=n),
                    "modem_id": 1,
                }
                for n in range(4)
            ],
        )
    add_missed_runs(context)


def add_missed_runs(context: AppContext) -> None:
    """A weekly schedule whose runs fell due while nothing ran: two this week, one older."""
    group = GroupsService(context.database.session_factory).create_group("中3")
    factory = context.database.session_factory
    schedules = SchedulesService(factory, context.events, context.clock, context.settings)
    draft = ScheduleDraft("週報", Rule(RuleKind.WEEKLY, weekdays=(0,)), body="今週のお知らせ", group_id=group)
    schedule_id = schedules.save(draft)
    now = datetime.now(UTC)
    with context.database.session() as session:
        session.execute(
            insert(ScheduleRun),
            [
                {"schedule_id": schedule_id, "run_key": f"missed-{days}", "status": "missed",
                 "due_at": now - timedelta(days=days)}
                for days in (1, 6, 9)
            ],
        )


@pytest.fixture
def open_window(
    app: QApplication, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot
) -> Iterator[Callable[[str, tuple[int, int]], MainWindow]]:
    """Opens the main window on the Dashboard, in a language and at a size, over the filled database."""
    opened = []

    def open_in(language: str, size: tuple[int, int]) -> MainWindow:
        store = UiSettings(gui_data_dir)
        store.set_language(language)
        store.sync()
        fill(gui_context)
        parts = create_main_window(gui_context, factories=FACTORIES)
        opened.append(parts)
        qtbot.addWidget(parts.window)
        parts.window.resize(*size)
        parts.window.show_page("dashboard")
        parts.window.show()
        return parts.window

    yield open_in
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for parts in opened:
        parts.window.close()
        parts.close()
        parts.translations.uninstall()


@pytest.fixture
def window(open_window: Callable[[str, tuple[int, int]], MainWindow]) -> MainWindow:
    return open_window("en", (1200, 760))


def whole(label: QLabel) -> bool:
    """True when the label is tall enough for its wrapped text."""
    return label.heightForWidth(label.width()) <= label.height()


def loaded(qtbot: QtBot, page: DashboardPage) -> DashboardFigures:
    with qtbot.waitSignal(page.figures_loaded, timeout=WAIT_MS) as signal:
        page.refresh()
    figures: DashboardFigures = signal.args[0]
    return figures


def test_figures_count_the_known_rows(window: MainWindow, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    figures = loaded(qtbot, page)
    assert (figures.waiting, figures.sending, figures.needs_attention) == (3, 1, 3)
    assert figures.unhandled_replies == 4
    assert (figures.today.sent, figures.today.delivered, figures.today.failed) == (5, 3, 2)
    assert figures.healthy_modems == 1
    assert page.values["needs_attention"].text() == "3"
    assert page.captions["needs_attention"].text() == "Needs attention"
    assert page.buttons["needs_attention"].property("alarm") is True
    assert page.buttons["sending"].property("alarm") is False
    assert page.values["modems"].text() == "1 of 2"
    assert "Error, signal 0/5" in page.modem_lines.text()  # states and errors in plain words
    assert "No SIM card in the modem." in page.modem_lines.text()
    assert figures.missed_runs == 2, "the run missed nine days ago is past the week"
    assert page.values["missed_runs"].text() == "2"
    assert page.buttons["missed_runs"].property("alarm") is True


def test_missed_runs_open_the_schedules_page_with_its_notice(window: MainWindow, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    schedules = window.page("schedules")
    assert isinstance(page, DashboardPage) and isinstance(schedules, SchedulesPage)
    loaded(qtbot, page)
    schedules.tabs.setCurrentIndex(SCHEDULES_TAB + 1)  # left on another tab earlier
    page.buttons["missed_runs"].click()
    assert window.current_page_key() == "schedules"
    assert schedules.tabs.currentIndex() == SCHEDULES_TAB
    qtbot.waitUntil(lambda: schedules.missed_label.isVisible(), timeout=WAIT_MS)
    assert schedules.missed_label.text().startswith("2 ") and "週報" in schedules.missed_label.text()


def test_each_figure_opens_its_page_filtered(window: MainWindow, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    sent, inbox = window.page("sent"), window.page("inbox")
    assert isinstance(sent, SentPage) and isinstance(inbox, InboxPage)
    page.buttons["needs_attention"].click()
    assert window.current_page_key() == "sent"
    assert sent.tabs.currentIndex() == ATTENTION_TAB
    page.buttons["failed_today"].click()
    assert sent.tabs.currentIndex() == ALL_TAB
    assert sent.state_filter.currentData() == "failed"
    assert sent.dates_check.isChecked()
    page.buttons["waiting"].click()
    assert sent.state_filter.currentData() == "queued" and not sent.dates_check.isChecked()
    page.buttons["unhandled_replies"].click()
    assert window.current_page_key() == "inbox"
    assert inbox.unhandled_only.isChecked()
    page.buttons["modems"].click()
    assert window.current_page_key() == "modems"


def test_engine_events_reload_the_figures(window: MainWindow, gui_context: AppContext, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    with qtbot.waitSignal(page.figures_loaded, timeout=WAIT_MS) as signal:
        gui_context.outbox.enqueue("+819055556666", "追加のお知らせ")  # publishes a state change
    assert signal.args[0].waiting == 4


def test_screenshot_in_japanese(
    open_window: Callable[[str, tuple[int, int]], MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window("ja", (1280, 800))
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    assert page.captions["missed_runs"].text() == "実行されなかった予約(7日間)"
    labels = {**page.captions, "modem lines": page.modem_lines}
    # Every text is whole once the layout has taken the loaded texts in.
    qtbot.waitUntil(lambda: all(whole(label) for label in labels.values()), timeout=WAIT_MS)
    shot = tmp_path / "screenshot-dashboard.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-dashboard.png")


def test_modem_lines_say_not_answering_and_when_a_full_sim_sends_again(
    window: MainWindow, gui_context: AppContext, qtbot: QtBot
) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    sent_at = datetime.now(UTC) - timedelta(hours=2)
    with gui_context.database.session() as session:
        session.execute(
            insert(Modem),
            [
                {"id": 3, "name": "二階", "port": "COM5", "state": "not_answering",
                 "last_error": "the modem has not answered for 11 seconds"},
                {"id": 4, "name": "三階", "port": "COM6", "state": "ready", "daily_limit": 1,
                 "imsi": "440101111111111", "last_error": "an old problem, kept with its time"},
            ],
        )
        message = session.execute(
            insert(OutboundMessage).values(to_number="+819012345678", body="x", status="sent")
        )
        session.execute(
            insert(OutboundPart).values(
                message_id=message.inserted_primary_key[0], seq=1, modem_id=4, imsi="440101111111111",
                submitted_at=sent_at,
            )
        )
    loaded(qtbot, page)
    lines = page.modem_lines.text().splitlines()
    assert any(line.startswith("二階: Not answering") and "stopped answering" in line for line in lines)
    frees = f"{(sent_at + timedelta(hours=24)).astimezone():%H:%M}"
    assert any(line.startswith("三階: Ready") and f"sends again at {frees}" in line for line in lines)
    assert "an old problem" not in page.modem_lines.text()  # a ready modem's kept error is history here

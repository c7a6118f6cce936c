"""The Dashboard: figures from known rows, each opening its page filtered, and a screenshot."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_sms.context import AppContext
from desk_sms.db.models import InboundMessage, Modem, OutboundMessage
from desk_sms.services.dashboard import DashboardFigures
from ui.app import create_main_window
from ui.main_window import PAGE_FACTORIES, MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.reports import ReportsPage
from ui.pages.sent import ALL_TAB, ATTENTION_TAB

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


@pytest.fixture
def window(app: QApplication, gui_context: AppContext, english: None, qtbot: QtBot) -> Iterator[MainWindow]:
    fill(gui_context)
    parts = create_main_window(gui_context, factories=FACTORIES)
    qtbot.addWidget(parts.window)
    parts.window.resize(1200, 760)
    parts.window.show_page("dashboard")
    parts.window.show()
    yield parts.window
    assert QThreadPool.globalInstance().waitForDone(10_000)
    parts.window.close()
    parts.close()
    parts.translations.uninstall()


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
    assert "SIM not inserted" in page.modem_lines.text()


def test_each_figure_opens_its_page_filtered(window: MainWindow, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    sent = window.page("sent")
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
    assert window.page("inbox").unhandled_only.isChecked()
    page.buttons["modems"].click()
    assert window.current_page_key() == "modems"


def test_engine_events_reload_the_figures(window: MainWindow, gui_context: AppContext, qtbot: QtBot) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    with qtbot.waitSignal(page.figures_loaded, timeout=WAIT_MS) as signal:
        gui_context.outbox.enqueue("+819055556666", "追加のお知らせ")  # publishes a state change
    assert signal.args[0].waiting == 4


def test_screenshot(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    loaded(qtbot, page)
    shot = tmp_path / "screenshot-dashboard.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-dashboard.png")

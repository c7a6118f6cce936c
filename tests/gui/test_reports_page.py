"""The Reports page (chart + numbers, every view, export) and the read-only audit log dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_sms.context import AppContext
from desk_sms.db.models import (
    AuditEntry,
    Campaign,
    InboundMessage,
    Modem,
    OutboundMessage,
    OutboundPart,
    Template,
)
from desk_sms.engine.identity import Identity
from desk_sms.services.reports import Breakdown, Period, ReportRow
from ui.app import create_main_window
from ui.main_window import PAGE_FACTORIES, MainWindow
from ui.pages.audit import AuditLogDialog
from ui.pages.dashboard import DashboardPage
from ui.pages.reports import ReportsPage

pytestmark = [
    pytest.mark.timeout(90),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]
WAIT_MS = 30_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
FACTORIES = {**PAGE_FACTORIES, "dashboard": DashboardPage, "reports": ReportsPage}
DAYS_BACK = range(2, 12)  # well inside the page's default 14 days, whatever the time zones


def per_day(k: int) -> tuple[int, int, int]:
    """(delivered, sent without report, failed) on the day k days ago: a varied, known pattern."""
    return 8 + (k * 5) % 11, 2 + k % 3, k % 4


def fill(context: AppContext) -> tuple[int, int, int]:
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    replies: list[dict[str, Any]] = []
    for k in DAYS_BACK:
        at = now - timedelta(days=k)
        delivered, plain, failed = per_day(k)
        for n, status in enumerate(["delivered"] * delivered + ["sent"] * plain + ["failed"] * failed):
            number = f"+8190{k:02d}{n:06d}"
            went = status != "failed"
            rows.append(
                {
                    "to_number": number,
                    "body": "ご来店ありがとうございました",
                    "status": status,
                    "sent_at": at if went else None,
                    "updated_at": at,
                    "modem_id": 1 + n % 2,
                    "campaign_id": 1 + n % 2 if k % 2 else None,
                }
            )
            if went and n % 4 == 0:
                replies.append(
                    {
                        "sender": number,
                        "body": "ありがとう",
                        "received_at": at + timedelta(hours=1),
                        "modem_id": 1 + n % 2,
                    }
                )
    with context.database.session() as session:
        session.execute(
            insert(Modem),
            [{"id": 1, "name": "受付 docomo", "port": "COM3"}, {"id": 2, "name": "予備 au", "port": "COM4"}],
        )
        session.execute(insert(Template), [{"id": 1, "name": "来店お礼", "body": "b"}])
        session.execute(
            insert(Campaign),
            [{"id": 1, "name": "春のキャンペーン", "template_id": 1}, {"id": 2, "name": "定休日のお知らせ"}],
        )
        session.execute(insert(OutboundMessage), rows)
        session.execute(insert(InboundMessage), replies)
    sent = sum(d + p for d, p, _f in map(per_day, DAYS_BACK))
    delivered = sum(d for d, _p, _f in map(per_day, DAYS_BACK))
    return sent, delivered, len(replies)


@pytest.fixture
def expected(gui_context: AppContext) -> tuple[int, int, int]:
    return fill(gui_context)


@pytest.fixture
def window(
    app: QApplication, gui_context: AppContext, english: None, expected: Any, qtbot: QtBot
) -> Iterator[MainWindow]:
    parts = create_main_window(gui_context, factories=FACTORIES)
    qtbot.addWidget(parts.window)
    parts.window.resize(1200, 760)
    parts.window.show_page("reports")
    parts.window.show()
    yield parts.window
    assert QThreadPool.globalInstance().waitForDone(10_000)
    parts.window.close()
    parts.close()
    parts.translations.uninstall()


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    found = window.page("reports")
    assert isinstance(found, ReportsPage)
    return found


def choose(qtbot: QtBot, page: ReportsPage, view: Period | Breakdown) -> list[ReportRow]:
    with qtbot.waitSignal(page.report_loaded, timeout=WAIT_MS) as signal:
        index = page.view_choice.findData(view)
        if page.view_choice.currentIndex() == index:
            page.refresh()  # choosing the current view again changes nothing, so ask explicitly
        page.view_choice.setCurrentIndex(index)
    rows: list[ReportRow] = signal.args[0]
    return rows


def test_per_day_numbers_beside_the_chart(page: ReportsPage, qtbot: QtBot, expected: Any) -> None:
    sent, delivered, replies = expected
    rows = choose(qtbot, page, Period.DAY)
    assert len(rows) == 14, "one row per day of the default range"
    assert sum(r.sent for r in rows) == sent and sum(r.delivered for r in rows) == delivered
    assert sum(r.answered for r in rows) == replies
    assert page.table.rowCount() == 15, "every day and a total"
    assert page.table.item(14, 1).text() == f"{sent:,}"
    assert page.table.item(14, 5).text() == f"{delivered / sent:.1%}"
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    bar_sets = page.chart.series()[0].barSets()
    assert [s.label() for s in bar_sets] == ["Sent", "Delivered", "Failed", "Answered"]
    assert sum(bar_sets[0].at(i) for i in range(bar_sets[0].count())) == sent
    assert f"{sent:,} sent" in page.summary.text()


def test_breakdowns_add_up_to_the_same_totals(page: ReportsPage, qtbot: QtBot, expected: Any) -> None:
    sent = expected[0]
    for view in (Period.WEEK, Period.MONTH, Breakdown.MODEM, Breakdown.CAMPAIGN, Breakdown.TEMPLATE):
        rows = choose(qtbot, page, view)
        assert sum(r.sent for r in rows) == sent, view
    modems = choose(qtbot, page, Breakdown.MODEM)
    assert {r.key for r in modems} == {"受付 docomo", "予備 au"}
    templates = choose(qtbot, page, Breakdown.TEMPLATE)
    assert {r.key for r in templates} == {"来店お礼", ""}
    assert page.table.item(1, 0).text() in ("(none)", "来店お礼")


def test_export_writes_every_view(page: ReportsPage, qtbot: QtBot, tmp_path: Path, expected: Any) -> None:
    target = tmp_path / "report.xlsx"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_to(target)
    workbook = load_workbook(target)
    assert workbook.sheetnames == [
        "Per day",
        "Per week",
        "Per month",
        "Per modem",
        "Per campaign",
        "Per template",
    ]
    last = list(workbook["Per modem"].iter_rows(values_only=True))[-1]
    assert last[:2] == ("total", expected[0])


def test_audit_log_filters_exports_and_cannot_be_edited(
    page: ReportsPage, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    with gui_context.database.session() as session:
        session.execute(
            insert(AuditEntry),
            [
                {
                    "at": now - timedelta(minutes=5),
                    "user_name": "佐藤",
                    "action": "send.campaign",
                    "object_type": "campaign",
                    "object_id": 1,
                    "detail": "春のキャンペーン 120件",
                },
                {
                    "at": now - timedelta(minutes=4),
                    "user_name": "鈴木",
                    "action": "contact.delete",
                    "object_type": "contact",
                    "object_id": 7,
                    "detail": "山田 花子",
                },
                {
                    "at": now - timedelta(minutes=3),
                    "user_name": "佐藤",
                    "action": "settings.change",
                    "detail": "quiet_hours_start 21:00 → 20:00",
                },
                {
                    "at": now - timedelta(days=40),
                    "user_name": "佐藤",
                    "action": "import",
                    "detail": "roster.xlsx 500 rows",
                },
            ],
        )
    dialog = page.open_audit_log()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3, timeout=WAIT_MS)
    assert isinstance(dialog, AuditLogDialog)
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert dialog.action_filter.itemText(dialog.action_filter.findData("inbox")) == "Inbox"  # not the code
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS) as signal:
        dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("send"))
    assert signal.args == [1]
    assert dialog.table.item(0, 4).text() == "春のキャンペーン 120件"
    assert dialog.count_label.text() == "1 entry"
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS) as signal:
        dialog.action_filter.setCurrentIndex(0)
        dialog.period_filter.setCurrentIndex(dialog.period_filter.findData(0))
    assert signal.args[0] >= 4, "everything, including the old import (and sign-ins)"
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS) as signal:
        dialog.search.setText("花子")
    assert signal.args == [1]
    target = tmp_path / "audit.csv"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as exported:
        dialog.export_to(target)
    assert exported.args == [1]
    assert "山田 花子" in target.read_text(encoding="utf-8-sig")
    dialog.close()


def test_screenshot(page: ReportsPage, window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    choose(qtbot, page, Period.DAY)
    shot = tmp_path / "screenshot-reports.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-reports.png")


def test_parts_and_cost_per_sim_with_a_price_and_csv_export(
    page: ReportsPage, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    modems = gui_context.modems
    sim = Identity("356938035641001", "440101111111111")
    reception = modems.add("/dev/sim-a", name="受付 SIM", identity=sim)
    today = datetime.now(UTC)
    with gui_context.database.session() as session:
        message_id = session.execute(
            insert(OutboundMessage).values(to_number="+819012345678", body="x", status="sent")
        ).inserted_primary_key[0]
        session.execute(
            insert(OutboundPart),
            [
                {"message_id": message_id, "seq": seq, "modem_id": reception, "imsi": "440101111111111",
                 "submitted_at": today}
                for seq in (1, 2, 3)
            ],
        )
    dialog = page.open_sim_costs()
    qtbot.waitUntil(lambda: [row.parts for row in dialog.rows] == [3], timeout=WAIT_MS)
    assert not dialog.price_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    assert dialog.price_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.set_price(reception, 3.3)
    assert dialog.table.item(0, 4).text() == "3.3" and dialog.table.item(0, 5).text() == "9.90"
    assert "3 parts in total, costing 9.90" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.table.columnWidth(5) > 0, timeout=WAIT_MS)
    assert dialog.grab().save(str(tmp_path / "sim-costs.png"))
    target = tmp_path / "sims.csv"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.export_to(target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].split(",")[1:] == ["440101111111111", "受付 SIM", "", "3", "3.3", "9.9"]
    dialog.close()


def test_the_default_range_ends_today_in_the_business_time_zone(
    app: QApplication, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Days are counted in Settings' time zone, whatever the PC's clock says: so is the range's last day.

    Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart: their dates differ at every moment.
    """
    from zoneinfo import ZoneInfo

    from desk_sms.events import EventBus
    from ui.bridge import EngineBridge
    from ui.i18n import Translations
    from ui.pages.deps import PageDeps
    from ui.settings_store import UiSettings

    bridge = EngineBridge(EventBus())
    deps = PageDeps(gui_context, bridge, UiSettings(tmp_path), Translations(app))
    last_days = {}
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        gui_context.settings.set("timezone", zone)
        expected_today = datetime.now(ZoneInfo(zone)).date()
        page = ReportsPage(deps)
        qtbot.addWidget(page)
        last_days[zone] = page.to_date.date().toPython()
        assert last_days[zone] == expected_today or datetime.now(ZoneInfo(zone)).date() != expected_today
    assert last_days["Pacific/Kiritimati"] > last_days["Pacific/Pago_Pago"]
    assert QThreadPool.globalInstance().waitForDone(10_000)
    bridge.close()

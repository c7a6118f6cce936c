"""Report and dashboard figures against a database filled with known messages (Asia/Tokyo days)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import (
    Campaign,
    InboundMessage,
    Modem,
    OutboundMessage,
    Schedule,
    ScheduleRun,
    Template,
)
from desk_sms.services.dashboard import DashboardService
from desk_sms.services.reports import (
    Breakdown,
    Period,
    ReportRow,
    ReportsService,
    export_reports,
    period_start,
    totals,
)

NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)  # Tuesday 12:00 in Tokyo
FIRST, LAST = date(2026, 2, 23), date(2026, 3, 10)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def number(n: int) -> str:
    return f"+8190000000{n:02d}"


def sent(n: int, status: str, at: datetime, modem: int | None, campaign: int | None) -> dict[str, Any]:
    return {
        "to_number": number(n),
        "body": "x",
        "status": status,
        "sent_at": at,
        "updated_at": at,
        "created_at": at,
        "modem_id": modem,
        "campaign_id": campaign,
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def filled(data_dir: Path, clock: FakeClock) -> Any:
    from desk_sms.context import build_context

    context = build_context(str(data_dir), clock=clock)
    with context.database.session() as session:
        session.execute(
            insert(Modem), [{"id": 1, "name": "A", "port": "p1"}, {"id": 2, "name": "B", "port": "p2"}]
        )
        session.execute(insert(Template), [{"id": 1, "name": "Reminder", "body": "b"}])
        session.execute(
            insert(Campaign), [{"id": 1, "name": "Spring sale", "template_id": 1}, {"id": 2, "name": "News"}]
        )
        session.execute(
            insert(OutboundMessage),
            [
                sent(1, "delivered", utc(3, 2, 1), 1, 1),  # JST 3/2 10:00, answered an hour later
                sent(2, "sent", utc(3, 2, 14, 30), 2, 1),  # JST 3/2 23:30
                sent(3, "undeliverable", utc(3, 2, 15, 30), 1, 2),  # JST 3/3 00:30: the next local day
                {**sent(4, "failed", utc(3, 4, 3), None, None), "sent_at": None},  # never went out
                sent(5, "delivered", utc(2, 27, 5), 2, None),  # JST 2/27, answered
                sent(6, "delivered", utc(3, 9, 23), 1, None),  # JST 3/10 08:00: today
                sent(7, "delivered", utc(2, 22, 14), 1, None),  # JST 2/22 23:00: before the range
                {**sent(8, "queued", utc(3, 5, 0), None, None), "sent_at": None},
                {**sent(9, "cancelled", utc(3, 5, 0), None, None), "sent_at": None},
            ],
        )
        session.execute(
            insert(InboundMessage),
            [
                {"sender": number(1), "received_at": utc(3, 2, 2), "modem_id": 1},
                {"sender": number(3), "received_at": utc(3, 6, 16), "modem_id": 1},  # 4 days late
                {"sender": number(5), "received_at": utc(2, 27, 6), "modem_id": 2},
                {"sender": "+819099999999", "received_at": utc(3, 5, 0), "modem_id": 2},
            ],
        )
    yield context
    context.close()


@pytest.fixture
def reports(filled: AppContext, clock: FakeClock) -> ReportsService:
    return ReportsService(filled.database.session_factory, clock, lambda: "Asia/Tokyo")


def by_key(rows: list[ReportRow]) -> dict[str, tuple[int, int, int, int, int]]:
    return {r.key: (r.sent, r.delivered, r.failed, r.answered, r.received) for r in rows}


def test_per_day_counts_each_message_on_its_local_day(reports: ReportsService) -> None:
    rows = reports.by_period(Period.DAY, FIRST, LAST)
    assert len(rows) == 16, "every day of the range has a row, empty days too"
    found = {k: v for k, v in by_key(rows).items() if v != (0, 0, 0, 0, 0)}
    assert found == {
        "2026-02-27": (1, 1, 0, 1, 1),
        "2026-03-02": (2, 1, 0, 1, 1),
        "2026-03-03": (1, 0, 1, 0, 0),
        "2026-03-04": (0, 0, 1, 0, 0),
        "2026-03-05": (0, 0, 0, 0, 1),
        "2026-03-07": (0, 0, 0, 0, 1),
        "2026-03-10": (1, 1, 0, 0, 0),
    }
    total = totals(rows)
    assert (total.sent, total.delivered, total.failed, total.answered, total.received) == (5, 3, 2, 2, 4)
    assert total.delivery_rate == pytest.approx(3 / 5)
    assert total.reply_rate == pytest.approx(2 / 5)


def test_per_week_and_month(reports: ReportsService) -> None:
    assert by_key(reports.by_period(Period.WEEK, FIRST, LAST)) == {
        "2026-02-23": (1, 1, 0, 1, 1),
        "2026-03-02": (3, 1, 2, 1, 3),
        "2026-03-09": (1, 1, 0, 0, 0),
    }
    assert by_key(reports.by_period(Period.MONTH, FIRST, LAST)) == {
        "2026-02-01": (1, 1, 0, 1, 1),
        "2026-03-01": (4, 2, 2, 1, 3),
    }


def test_per_modem_campaign_and_template(reports: ReportsService) -> None:
    assert by_key(reports.by(Breakdown.MODEM, FIRST, LAST)) == {
        "A": (3, 2, 1, 1, 2),
        "B": (2, 1, 0, 1, 2),
        "": (0, 0, 1, 0, 0),
    }
    campaigns = reports.by(Breakdown.CAMPAIGN, FIRST, LAST)
    assert by_key(campaigns) == {"Spring sale": (2, 1, 0, 1, 0), "": (2, 2, 1, 1, 0), "News": (1, 0, 1, 0, 0)}
    spring = next(r for r in campaigns if r.key == "Spring sale")
    assert (spring.delivery_rate, spring.reply_rate) == (0.5, 0.5)
    assert by_key(reports.by(Breakdown.TEMPLATE, FIRST, LAST)) == {
        "Reminder": (2, 1, 0, 1, 0),
        "": (3, 2, 2, 1, 0),
    }


def test_rates_are_none_without_sent_messages() -> None:
    assert ReportRow("x", failed=3).delivery_rate is None
    assert ReportRow("x").reply_rate is None


def test_period_start() -> None:
    assert period_start(date(2026, 3, 8), Period.WEEK) == date(2026, 3, 2)  # a Sunday
    assert period_start(date(2026, 3, 8), Period.MONTH) == date(2026, 3, 1)


def test_export_writes_one_sheet_per_report_with_totals(reports: ReportsService, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    written = export_reports(
        target,
        {
            "Per week": reports.by_period(Period.WEEK, FIRST, LAST),
            "Per modem": reports.by(Breakdown.MODEM, FIRST, LAST),
        },
    )
    assert written == 6
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Per week", "Per modem"]
    week = list(workbook["Per week"].iter_rows(values_only=True))
    assert week[0][:3] == ("key", "sent", "delivered")
    assert week[-1][:6] == ("total", 5, 3, 2, 2, 4)
    assert week[-1][6] == pytest.approx(0.6)


def test_export_cleans_then_neutralises_names_that_look_like_formulas(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    rows = [ReportRow("\x01=1+1", sent=1), ReportRow("@SUM(A1)", sent=1), ReportRow("受付", sent=1)]
    export_reports(target, {"Per campaign": rows})
    sheet = load_workbook(target)["Per campaign"]
    assert [sheet.cell(row, 1).value for row in (2, 3, 4)] == ["'=1+1", "'@SUM(A1)", "受付"]
    assert all(sheet.cell(row, 1).data_type == "s" for row in (2, 3, 4))


def test_dashboard_figures(filled: AppContext, reports: ReportsService, clock: FakeClock) -> None:
    with filled.database.session() as session:
        session.execute(
            insert(OutboundMessage),
            [
                {"to_number": number(20), "body": "x", "status": "queued", "not_before": utc(3, 10, 10)},
                {"to_number": number(21), "body": "x", "status": "queued", "not_before": utc(3, 10, 16)},
                {"to_number": number(22), "body": "x", "status": "queued", "held": True},
                {"to_number": number(23), "body": "x", "status": "sending"},
                {"to_number": number(24), "body": "x", "status": "uncertain"},
                {"to_number": number(25), "body": "x", "status": "failed", "resent_as_id": 1},
            ],
        )
        session.execute(
            insert(Schedule),
            [
                {"id": 1, "name": "today", "rule_json": "{}", "next_run_at": utc(3, 10, 9)},
                {"id": 2, "name": "off", "rule_json": "{}", "next_run_at": utc(3, 10, 9), "enabled": False},
            ],
        )
        session.execute(
            insert(ScheduleRun),
            [
                {"schedule_id": 1, "run_key": "a", "due_at": utc(3, 8, 0), "status": "missed"},
                {"schedule_id": 1, "run_key": "b", "due_at": utc(2, 20, 0), "status": "missed"},
                {"schedule_id": 1, "run_key": "c", "due_at": utc(3, 9, 0), "status": "done"},
            ],
        )
        session.execute(insert(InboundMessage), [{"sender": number(1), "status": "handled"}])
    figures = DashboardService(filled.database.session_factory, clock, reports, filled.modems).figures()
    assert figures.scheduled_today == 2  # one message later today, one schedule run
    assert figures.waiting == 3  # the queued one from the fixture and two due later
    assert (figures.sending, figures.held) == (1, 1)
    assert figures.needs_attention == 2  # the fixture's failed one and the uncertain one
    assert figures.unhandled_replies == 4
    assert figures.missed_runs == 1
    assert (figures.today.sent, figures.today.delivered) == (1, 1)
    assert [m.name for m in figures.modems] == ["A", "B"]
    assert figures.healthy_modems == 0

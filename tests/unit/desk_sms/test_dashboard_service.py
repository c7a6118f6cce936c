"""The Dashboard's missed-runs figure: the last seven days of runs the scheduler recorded as missed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import Schedule, ScheduleRun
from desk_sms.services.dashboard import MISSED_RUNS_LOOKBACK, DashboardService
from desk_sms.services.reports import ReportsService
from desk_sms.services.schedules import SchedulesService

NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def context(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = build_context(str(data_dir), clock=clock)
    yield ctx
    ctx.close()


def dashboard(context: AppContext, clock: FakeClock) -> DashboardService:
    reports = ReportsService(context.database.session_factory, clock, lambda: "Asia/Tokyo")
    return DashboardService(context.database.session_factory, clock, reports, context.modems)


def add_runs(context: AppContext, *runs: tuple[timedelta, str]) -> None:
    """Runs of one schedule, each (how long before now it fell due, its status)."""
    with context.database.session() as session:
        session.execute(insert(Schedule), [{"id": 1, "name": "週報", "rule_json": "{}"}])
        session.execute(
            insert(ScheduleRun),
            [
                {"schedule_id": 1, "run_key": f"run-{n}", "due_at": NOW - ago, "status": status}
                for n, (ago, status) in enumerate(runs)
            ],
        )


def test_missed_runs_counts_the_last_seven_days_only(context: AppContext, clock: FakeClock) -> None:
    assert dashboard(context, clock).figures().missed_runs == 0
    week = MISSED_RUNS_LOOKBACK
    add_runs(
        context,
        (timedelta(hours=2), "missed"),
        (timedelta(days=3), "missed"),
        (week - timedelta(minutes=1), "missed"),  # just inside the week
        (week + timedelta(minutes=1), "missed"),  # just outside
        (timedelta(days=1), "late"),  # sent late: not missed
        (timedelta(days=1, hours=1), "done"),
    )
    figures = dashboard(context, clock).figures()
    assert figures.missed_runs == 3
    schedules = SchedulesService(context.database.session_factory, context.events, clock, context.settings)
    shown_on_schedules_page = schedules.missed_runs(NOW - week)
    assert len(shown_on_schedules_page) == figures.missed_runs, "the figure and the page's notice agree"
    clock.advance(2 * 24 * 3600)
    assert dashboard(context, clock).figures().missed_runs == 2, "a run leaves the figure after a week"

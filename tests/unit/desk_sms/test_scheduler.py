"""Scheduler: runs at their time, each exactly once (restart, two engines), missed-run policy, DST."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import Campaign, OutboundMessage, Schedule, ScheduleRun
from desk_sms.db.session import connect
from desk_sms.domain.recurrence import LAST_DAY, Rule, RuleKind
from desk_sms.engine.scheduler import Scheduler
from desk_sms.errors import InvalidInput
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.schedules import ScheduleDraft, SchedulesService

TOKYO = ZoneInfo("Asia/Tokyo")
FEE = Rule(RuleKind.MONTHLY, at=time(10, 0), day=25)


def tokyo(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO).astimezone(UTC)  # type: ignore[misc]


@pytest.fixture
def context(request: pytest.FixtureRequest, data_dir: Path, fake_clock: FakeClock) -> Iterator[AppContext]:
    """The SQLite file, or with `indirect` parametrization "postgresql" a database on the test server."""
    backend = getattr(request, "param", "sqlite")
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    built = build_context(str(data_dir), db_url=url, clock=fake_clock)
    yield built
    built.close()


@pytest.fixture
def clock(fake_clock: FakeClock) -> FakeClock:
    fake_clock.advance((tokyo(2026, 1, 20, 12) - fake_clock.now()).total_seconds())
    return fake_clock


@pytest.fixture
def service(context: AppContext, clock: FakeClock) -> SchedulesService:
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    return SchedulesService(context.database.session_factory, context.events, clock, context.settings)


@pytest.fixture
def class3(context: AppContext) -> dict[str, int]:
    groups = GroupsService(context.database.session_factory)
    contacts = ContactsService(context.database.session_factory)
    group_id = groups.create_group("中3")
    ids = {
        "group": group_id,
        "aoki": contacts.create(ContactDraft("青木", phones=("090-3333-0001",), group_ids=(group_id,))),
        "ito": contacts.create(ContactDraft("伊藤", phones=("090-3333-0002",), group_ids=(group_id,))),
    }
    return ids


def fee_schedule(service: SchedulesService, group_id: int, rule: Rule = FEE, late: int = 6,
                 timezone: str = "Asia/Tokyo") -> int:
    return service.save(ScheduleDraft("月謝", rule, timezone, body="{氏名}様 月謝のお知らせです",
                                      group_id=group_id, late_window_hours=late))


def scheduler(context: AppContext) -> Scheduler:
    return Scheduler(context.database.session_factory, context.events, context.clock)


def count(context: AppContext, model: type) -> int:
    with context.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def bodies(context: AppContext) -> list[tuple[str, str]]:
    with context.database.session() as session:
        query = select(OutboundMessage.to_number, OutboundMessage.body).order_by(OutboundMessage.id)
        rows = session.execute(query)
        return [(number, body) for number, body in rows]


def test_fee_reminder_runs_on_the_25th_and_resolves_members_when_it_runs(
    context: AppContext, service: SchedulesService, class3: dict[str, int], clock: FakeClock
) -> None:
    schedule_id = fee_schedule(service, class3["group"])
    assert service.get(schedule_id).next_run_at == tokyo(2026, 1, 25, 10)
    ticker = scheduler(context)
    assert ticker.tick(tokyo(2026, 1, 25, 9, 59)).runs == []
    result = ticker.tick(tokyo(2026, 1, 25, 10, 0, 20))
    assert result.runs == [(schedule_id, tokyo(2026, 1, 25, 10), "done")]
    assert bodies(context) == [("+819033330001", "青木様 月謝のお知らせです"),
                               ("+819033330002", "伊藤様 月謝のお知らせです")]
    # Before February's run a member joins and another opts out.
    contacts = ContactsService(context.database.session_factory)
    contacts.create(ContactDraft("上田", phones=("090-3333-0003",), group_ids=(class3["group"],)))
    contacts.set_opt_out([class3["ito"]], True, "STOP")
    ticker.tick(tokyo(2026, 2, 25, 10, 1))
    assert [b for b in bodies(context)[2:]] == [("+819033330001", "青木様 月謝のお知らせです"),
                                              ("+819033330003", "上田様 月謝のお知らせです")]
    assert service.get(schedule_id).next_run_at == tokyo(2026, 3, 25, 10)


def test_each_run_happens_once_across_ticks_and_a_restart(
    context: AppContext, service: SchedulesService, class3: dict[str, int], data_dir: object
) -> None:
    schedule_id = fee_schedule(service, class3["group"])
    due = tokyo(2026, 1, 25, 10)
    scheduler(context).tick(due + timedelta(seconds=5))
    scheduler(context).tick(due + timedelta(seconds=25))
    # A crash after the run was committed but before the next run was stored.
    with context.database.session() as session:
        row = session.get(Schedule, schedule_id)
        assert row is not None
        row.next_run_at = due
    context.close()
    restarted = build_context(str(data_dir), clock=FakeClock(due + timedelta(minutes=1)))
    try:
        assert scheduler(restarted).tick(due + timedelta(minutes=1)).runs == []
        assert count(restarted, ScheduleRun) == 1
        assert count(restarted, Campaign) == 1
        assert count(restarted, OutboundMessage) == 2
    finally:
        restarted.close()


@pytest.mark.parametrize("context", ["sqlite", "postgresql"], indirect=True)
def test_two_engines_racing_on_one_database_run_it_once(
    context: AppContext, service: SchedulesService, class3: dict[str, int]
) -> None:
    fee_schedule(service, class3["group"])
    url = context.database.url
    databases = [connect(url), connect(url)]
    now = tokyo(2026, 1, 25, 10, 0, 10)
    start = threading.Barrier(2, timeout=20)
    results: list[int] = []

    def race(index: int) -> None:
        ticker = Scheduler(databases[index].session_factory, context.events, context.clock)
        start.wait()
        results.append(len(ticker.tick(now).runs))

    threads = [threading.Thread(target=race, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for database in databases:
        database.dispose()
    assert sorted(results) == [0, 1]
    assert count(context, ScheduleRun) == 1
    assert count(context, OutboundMessage) == 2


def run_rows(context: AppContext) -> list[tuple[str, str, int | None]]:
    with context.database.session() as session:
        rows = session.scalars(select(ScheduleRun).order_by(ScheduleRun.due_at))
        return [(r.due_at.astimezone(TOKYO).strftime("%m-%d %H:%M"), r.status, r.campaign_id) for r in rows]


def test_missed_runs_are_sent_late_within_the_window_otherwise_marked_missed(
    context: AppContext, service: SchedulesService, class3: dict[str, int]
) -> None:
    daily = Rule(RuleKind.DAILY, at=time(10, 0))
    fee_schedule(service, class3["group"], daily, late=6)
    # The app was closed from before the 21st 10:00 until the 23rd 13:00.
    result = scheduler(context).tick(tokyo(2026, 1, 23, 13))
    assert [status for _, _, status in result.runs] == ["missed", "missed", "late"]
    rows = run_rows(context)
    assert [(day, status) for day, status, _ in rows] == [
        ("01-21 10:00", "missed"), ("01-22 10:00", "missed"), ("01-23 10:00", "late")
    ]
    assert [campaign is None for _, _, campaign in rows] == [True, True, False]
    assert count(context, OutboundMessage) == 2  # only the late run went out
    assert [run.due_at for run in service.missed_runs()] == [tokyo(2026, 1, 22, 10), tokyo(2026, 1, 21, 10)]


def test_a_schedule_in_new_york_keeps_10am_local_across_the_dst_change(
    context: AppContext, service: SchedulesService, class3: dict[str, int], clock: FakeClock
) -> None:
    new_york = ZoneInfo("America/New_York")
    clock.advance((datetime(2026, 3, 6, 12, tzinfo=new_york) - clock.now()).total_seconds())
    fee_schedule(service, class3["group"], Rule(RuleKind.DAILY, at=time(10, 0)), timezone="America/New_York")
    ticker, runs = scheduler(context), []
    moment = clock.now()
    while moment < datetime(2026, 3, 10, 0, tzinfo=new_york):
        moment += timedelta(minutes=20)
        runs.extend(ticker.tick(moment).runs)
    assert [due.astimezone(new_york).strftime("%d %H:%M") for _, due, _ in runs] == [
        "07 10:00", "08 10:00", "09 10:00"
    ]
    assert [due.hour for _, due, _ in runs] == [15, 14, 14]
    assert {status for _, _, status in runs} == {"done"}


def test_preview_agenda_and_enable_disable(
    context: AppContext, service: SchedulesService, class3: dict[str, int], clock: FakeClock
) -> None:
    schedule_id = fee_schedule(service, class3["group"], Rule(RuleKind.MONTHLY, day=LAST_DAY))
    weekly = Rule(RuleKind.WEEKLY, at=time(8, 0), weekdays=(0,), end=date(2026, 1, 31))
    other = fee_schedule(service, class3["group"], weekly)
    plan = service.preview(schedule_id)
    assert plan.due_at == tokyo(2026, 1, 31, 10)
    assert [(m.name, m.text) for m in plan.messages] == [("青木", "青木様 月謝のお知らせです"),
                                                      ("伊藤", "伊藤様 月謝のお知らせです")]
    assert count(context, OutboundMessage) == 0  # a dry run writes nothing
    agenda = [(due.astimezone(TOKYO).strftime("%m-%d"), info.id) for due, info in service.agenda(days=14)]
    assert agenda == [("01-26", other), ("01-31", schedule_id)]  # the weekly one ends on the 31st
    service.set_enabled(schedule_id, False)
    runs = scheduler(context).tick(tokyo(2026, 1, 31, 10, 1)).runs
    assert [(schedule, status) for schedule, _, status in runs] == [(other, "missed")]  # not the disabled one
    assert [info.id for _, info in service.agenda(days=14)] == [other]


def test_invalid_drafts_are_refused(service: SchedulesService, class3: dict[str, int]) -> None:
    for draft in (ScheduleDraft("", FEE, body="x", group_id=class3["group"]),
                  ScheduleDraft("a", FEE, body="x"),
                  ScheduleDraft("a", FEE, body=" ", group_id=class3["group"]),
                  ScheduleDraft("a", FEE, "Mars/Olympus", body="x", group_id=class3["group"])):
        with pytest.raises(InvalidInput):
            service.save(draft)


def campaign_states(context: AppContext) -> list[str]:
    from desk_sms.db.models import Campaign

    with context.database.session() as session:
        return list(session.scalars(select(Campaign.status).order_by(Campaign.id)))


def test_an_operators_schedule_waits_for_approval_once_before_its_first_run(
    context: AppContext, class3: dict[str, int], clock: FakeClock
) -> None:
    from desk_sms.services.compose import ComposeService

    context.settings.set("approval_required", True)
    context.users.create_user("boss", "administrator", "pw")
    context.users.create_user("clerk", "operator")
    context.users.sign_in("clerk")
    service = SchedulesService(context.database.session_factory, context.events, clock, context.settings,
                               context.users)
    fee_schedule(service, class3["group"])
    ticker = scheduler(context)
    ticker.tick(tokyo(2026, 1, 25, 10, 1))
    assert campaign_states(context) == ["awaiting_approval"]
    context.users.sign_in("boss", "pw")
    compose = ComposeService.from_context(context)
    compose.approve(compose.awaiting_approval()[0].id)
    ticker.tick(tokyo(2026, 2, 25, 10, 1))
    assert campaign_states(context) == ["running", "running"]  # approved once: later runs go


def test_a_run_expires_after_its_send_late_window(
    context: AppContext, service: SchedulesService, class3: dict[str, int], clock: FakeClock
) -> None:
    fee_schedule(service, class3["group"], late=3)
    scheduler(context).tick(tokyo(2026, 1, 25, 10, 1))
    with context.database.session() as session:
        windows = set(session.scalars(select(OutboundMessage.expires_at)))
    assert windows == {tokyo(2026, 1, 25, 13)}


def test_a_run_leaves_out_texts_over_the_part_limit(
    context: AppContext, service: SchedulesService, class3: dict[str, int], clock: FakeClock
) -> None:
    context.settings.set("max_parts_per_message", 1)
    ContactsService(context.database.session_factory).create(ContactDraft(
        "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら小路の藪柑子" * 2,
        phones=("090-3333-0009",), group_ids=(class3["group"],)))
    schedule_id = fee_schedule(service, class3["group"])
    assert service.preview(schedule_id).excluded == 1  # 2 parts with the long name
    ticker = Scheduler(context.database.session_factory, context.events, context.clock,
                       max_parts=lambda: int(context.settings.get("max_parts_per_message")))
    ticker.tick(tokyo(2026, 1, 25, 10, 1))
    assert [number for number, _ in bodies(context)] == ["+819033330001", "+819033330002"]

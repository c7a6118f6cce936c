"""Schedules: a campaign at a date and time, or recurring; runs, previews and the agenda.

A run resolves its recipients when it runs (new group members included, opted-out contacts
left out). The scheduler (`desk_sms.engine.scheduler`) claims each due run by inserting a
`ScheduleRun` whose unique run key is the schedule id plus the due instant; the same
transaction queues the campaign, so a run is either wholly done or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Group, Schedule, ScheduleRun, Template
from desk_sms.db.models import Segment as SegmentRow
from desk_sms.domain.phones import normalize_phone
from desk_sms.domain.recurrence import Rule, check_rule, due_between, next_due, parse_rule
from desk_sms.domain.templates import MissingValues, TemplateSyntaxError, render_text
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus, MessageStateChanged
from desk_sms.outbox.audience import is_opted_out
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import CampaignSpec, Door, campaign_in
from desk_sms.outbox.rules import AWAITING_APPROVAL, DEFAULT_MAX_PARTS, RUNNING, campaign_status, text_problem
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.compose import ComposeService
from desk_sms.services.compose_recipients import Candidate, RecipientSource, SourceKind, resolve
from desk_sms.services.settings import SettingsService
from desk_sms.services.users import UsersService

REMINDER_KIND = "reminder"  # appointment reminder rules share the schedules table


@dataclass(frozen=True)
class ScheduleDraft:
    """What the editor hands in: exactly one of group_id / segment_id; body or template_id."""

    name: str
    rule: Rule
    timezone: str = "Asia/Tokyo"
    body: str = ""
    template_id: int | None = None
    group_id: int | None = None
    segment_id: int | None = None
    enabled: bool = True
    late_window_hours: int = 6


@dataclass(frozen=True)
class ScheduleInfo:
    id: int
    draft: ScheduleDraft
    target: str  # the group's or segment's name
    next_run_at: datetime | None


@dataclass(frozen=True)
class PlannedText:
    contact_id: int
    name: str
    number: str
    text: str


@dataclass(frozen=True)
class RunPlan:
    """The messages one run would queue, and how many members were left out."""

    due_at: datetime | None
    messages: tuple[PlannedText, ...]
    excluded: int


@dataclass(frozen=True)
class RunInfo:
    schedule_id: int
    schedule: str
    due_at: datetime
    status: str  # done | late | missed
    campaign_id: int | None


def is_reminder_rule(rule_json: str) -> bool:
    try:
        return bool(json.loads(rule_json).get("kind") == REMINDER_KIND)
    except (ValueError, AttributeError):
        return False


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(detail=f"unknown time zone {name!r}") from exc


def run_key(schedule_id: int, due_at: datetime) -> str:
    return f"schedule:{schedule_id}:{due_at.strftime('%Y%m%dT%H%M%SZ')}"


class SchedulesService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        settings: SettingsService,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._settings = settings
        self._users = users or UsersService(session_factory, events, clock)

    # -- editing --------------------------------------------------------------------------------

    def save(self, draft: ScheduleDraft, schedule_id: int | None = None) -> int:
        """Create (no id) or replace a schedule; its next run is computed from now."""
        self._check(draft)
        with self._session_factory.begin() as session:
            row = Schedule() if schedule_id is None else self._row(session, schedule_id)
            _fill(row, draft)
            row.needs_approval = self._needs_approval()
            row.next_run_at = next_due(draft.rule, zone_of(draft.timezone), self._clock.now())
            session.add(row)
            session.flush()
            new_id = row.id
            action = "schedule.create" if schedule_id is None else "schedule.update"
            detail = f"{draft.name.strip()}: {row.rule_json}"
            self._users.add_record(session, action, "schedule", new_id, detail)
        self._events.publish(DataChanged("schedules"))
        return new_id

    def set_enabled(self, schedule_id: int, enabled: bool) -> None:
        """Re-enabling starts from now: runs that fell due while disabled are not caught up."""
        with self._session_factory.begin() as session:
            row = self._row(session, schedule_id)
            row.enabled = enabled
            action = "schedule.enable" if enabled else "schedule.disable"
            self._users.add_record(session, action, "schedule", schedule_id, row.name)
            if enabled:
                rule, zone = parse_rule(row.rule_json), zone_of(row.timezone)
                row.next_run_at = next_due(rule, zone, self._clock.now())
        self._events.publish(DataChanged("schedules"))

    def delete(self, schedule_id: int) -> None:
        with self._session_factory.begin() as session:
            row = self._row(session, schedule_id)
            self._users.add_record(session, "schedule.delete", "schedule", schedule_id, row.name)
            session.delete(row)
        self._events.publish(DataChanged("schedules"))

    def _needs_approval(self) -> bool:
        """Made or changed by an operator (or nobody known) while approval is required."""
        user = self._users.actor if self._users is not None else None
        return campaign_status(bool(self._settings.get("approval_required")), bool(user and user.is_admin)) \
            == AWAITING_APPROVAL

    @staticmethod
    def _check(draft: ScheduleDraft) -> None:
        if not draft.name.strip():
            raise InvalidInput(detail="the schedule needs a name")
        if (draft.group_id is None) == (draft.segment_id is None):
            raise InvalidInput(detail="choose a group or a segment to send to")
        if not draft.body.strip() and draft.template_id is None:
            raise InvalidInput(detail="the schedule has no text")
        if draft.late_window_hours < 0:
            raise InvalidInput(detail="the late window cannot be negative")
        check_rule(draft.rule)
        zone_of(draft.timezone)

    @staticmethod
    def _row(session: Session, schedule_id: int) -> Schedule:
        row = session.get(Schedule, schedule_id)
        if row is None or is_reminder_rule(row.rule_json):
            raise NotFound(what="Schedule", name=str(schedule_id))
        return row

    # -- reading --------------------------------------------------------------------------------

    def list_all(self) -> list[ScheduleInfo]:
        with self._session_factory() as session:
            rows = session.scalars(select(Schedule).order_by(Schedule.name, Schedule.id)).all()
            return [_info(session, row) for row in rows if not is_reminder_rule(row.rule_json)]

    def get(self, schedule_id: int) -> ScheduleInfo:
        with self._session_factory() as session:
            return _info(session, self._row(session, schedule_id))

    def preview(self, schedule_id: int) -> RunPlan:
        """A dry run of the next run: who would get what, were it due now. Nothing is written."""
        with self._session_factory() as session:
            row = self._row(session, schedule_id)
            max_parts = int(self._settings.get("max_parts_per_message"))
            return plan_run(session, row, row.next_run_at, self._region(), max_parts)

    def agenda(self, days: int = 7) -> list[tuple[datetime, ScheduleInfo]]:
        """Every enabled schedule's runs in the coming days, in time order."""
        now = self._clock.now()
        items: list[tuple[datetime, ScheduleInfo]] = []
        for info in self.list_all():
            if info.draft.enabled:
                zone = zone_of(info.draft.timezone)
                dues = due_between(info.draft.rule, zone, now, now + timedelta(days=days))
                items.extend((due, info) for due in dues)
        return sorted(items, key=lambda item: item[0])

    def runs(self, statuses: tuple[str, ...] = (), since: datetime | None = None) -> list[RunInfo]:
        with self._session_factory() as session:
            query = select(ScheduleRun, Schedule.name).join(Schedule, Schedule.id == ScheduleRun.schedule_id)
            if statuses:
                query = query.where(ScheduleRun.status.in_(statuses))
            if since is not None:
                query = query.where(ScheduleRun.due_at >= since)
            query = query.order_by(ScheduleRun.due_at.desc()).limit(500)
            return [
                RunInfo(run.schedule_id, name, run.due_at, run.status, run.campaign_id)
                for run, name in session.execute(query)
            ]

    def missed_runs(self, since: datetime | None = None) -> list[RunInfo]:
        """Runs that fell due while no engine ran and were too late to send (for the Dashboard)."""
        return self.runs(("missed",), since)

    def _region(self) -> str:
        return str(self._settings.get("default_region"))


def _fill(row: Schedule, draft: ScheduleDraft) -> None:
    row.name = draft.name.strip()
    row.rule_json = draft.rule.to_json()
    row.timezone = draft.timezone
    row.body = draft.body
    row.template_id = draft.template_id
    row.group_id = draft.group_id
    row.segment_id = draft.segment_id
    row.enabled = draft.enabled
    row.late_window_hours = draft.late_window_hours


def _info(session: Session, row: Schedule) -> ScheduleInfo:
    draft = ScheduleDraft(
        row.name, parse_rule(row.rule_json), row.timezone, row.body, row.template_id,
        row.group_id, row.segment_id, row.enabled, row.late_window_hours,
    )
    target: Group | SegmentRow | None = None
    if row.group_id is not None:
        target = session.get(Group, row.group_id)
    else:
        target = session.get(SegmentRow, row.segment_id) if row.segment_id is not None else None
    return ScheduleInfo(row.id, draft, target.name if target else "", row.next_run_at)


# -- running (called by the scheduler inside its claiming transaction) --------------------------


def plan_run(session: Session, row: Schedule, due_at: datetime | None, region: str,
             max_parts: int = DEFAULT_MAX_PARTS) -> RunPlan:
    """Resolve recipients now and render each text; opted-out or unrenderable members are excluded."""
    candidates = _recipients(session, row, region)
    body = _body(session, row)
    day = (due_at or datetime.now(zone_of(row.timezone))).astimezone(zone_of(row.timezone)).date()
    planned: list[PlannedText] = []
    for candidate in candidates:
        text = _render(body, ComposeService.values_for(candidate, day), max_parts)
        if text is not None and candidate.contact_id is not None:
            planned.append(PlannedText(candidate.contact_id, candidate.name, candidate.number, text))
    return RunPlan(due_at, tuple(planned), len(candidates) - len(planned))


def _recipients(session: Session, row: Schedule, region: str) -> list[Candidate]:
    if row.group_id is not None:
        source = RecipientSource(SourceKind.GROUP, row.group_id)
    elif row.segment_id is not None:
        source = RecipientSource(SourceKind.SEGMENT, row.segment_id)
    else:
        return []
    return [c for c in resolve(session, source, region) if not _number_opted_out(session, c, region)]


def _number_opted_out(session: Session, candidate: Candidate, region: str) -> bool:
    e164 = normalize_phone(candidate.number, region).e164
    return e164 is None or is_opted_out(session, e164, candidate.contact_id)


def _body(session: Session, row: Schedule) -> str:
    template = session.get(Template, row.template_id) if row.template_id is not None else None
    return template.body if template is not None else row.body


def _render(body: str, values: dict[str, str], max_parts: int) -> str | None:
    try:
        text = render_text(body, values)
    except (MissingValues, TemplateSyntaxError):
        return None
    return text if text_problem(text, max_parts) is None else None  # empty, too long, too many parts


def queue_run(session: Session, row: Schedule, due_at: datetime, now: datetime, region: str,
              max_parts: int = DEFAULT_MAX_PARTS) -> int:
    """Queue a run's campaign in the caller's transaction; returns the campaign id.

    A schedule an operator made or changed while approval is required waits, run by run, until an
    administrator approves one of its runs; after that its runs go without asking again.
    """
    plan = plan_run(session, row, due_at, region, max_parts)
    status = AWAITING_APPROVAL if row.needs_approval else RUNNING
    campaign = CampaignSpec(
        f"{row.name} {due_at.isoformat()}", Door.SCHEDULE, status,
        body=_body(session, row), template_id=row.template_id, not_before=due_at,
    )
    window = timedelta(hours=row.late_window_hours)
    specs = [MessageSpec(p.number, p.text, p.contact_id, expires_at=due_at + window) for p in plan.messages]
    return campaign_in(session, campaign, specs, now, region)


def publish_run(events: EventBus, campaign_id: int | None) -> None:
    if campaign_id is not None:
        events.publish(MessageStateChanged(0, MessageStatus.QUEUED, campaign_id))
    events.publish(DataChanged("schedules"))

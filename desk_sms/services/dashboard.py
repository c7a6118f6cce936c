"""The dashboard's figures: today's outgoing work, what needs a person, and modem health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import InboundMessage, OutboundMessage, Schedule, ScheduleRun
from desk_sms.services.modems import ModemRow, ModemService
from desk_sms.services.outbox import NEEDS_ATTENTION, MessageStatus
from desk_sms.services.reports import ReportRow, ReportsService

MISSED_RUNS_LOOKBACK = timedelta(days=7)
UNHANDLED = "unhandled"
MISSED = "missed"
HEALTHY_STATES = ("ready", "sending")


@dataclass(frozen=True)
class DashboardFigures:
    """Attributes:
    scheduled_today: queued messages due later today, plus schedule runs due later today.
    waiting: queued messages not held by a user (due now or later).
    sending: messages being sent right now.
    held: messages paused by a user.
    needs_attention: failed, uncertain or expired messages not yet resent.
    unhandled_replies: incoming messages nobody has handled.
    missed_runs: schedule runs missed in the last week.
    today: sent / delivered / failed / answered / received today.
    modems: every modem with its state.
    """

    scheduled_today: int
    waiting: int
    sending: int
    held: int
    needs_attention: int
    unhandled_replies: int
    missed_runs: int
    today: ReportRow
    modems: tuple[ModemRow, ...]

    @property
    def healthy_modems(self) -> int:
        return sum(1 for m in self.modems if m.enabled and m.state in HEALTHY_STATES)


class DashboardService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        reports: ReportsService,
        modems: ModemService,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._reports = reports
        self._modems = modems

    def figures(self) -> DashboardFigures:
        now = self._clock.now()
        today = self._reports.today()
        _start, end_of_day = self._reports.day_bounds(today, today)
        today_rows = self._reports.by_period_today()
        with self._session_factory() as session:
            counts = _Counter(session)
            return DashboardFigures(
                scheduled_today=counts.messages_due_between(now, end_of_day)
                + counts.schedules_due_between(now, end_of_day),
                waiting=counts.outbound(
                    OutboundMessage.status == MessageStatus.QUEUED, OutboundMessage.held.is_(False)
                ),
                sending=counts.outbound(OutboundMessage.status == MessageStatus.SENDING),
                held=counts.outbound(
                    OutboundMessage.status == MessageStatus.QUEUED, OutboundMessage.held.is_(True)
                ),
                needs_attention=counts.outbound(
                    OutboundMessage.status.in_(NEEDS_ATTENTION), OutboundMessage.resent_as_id.is_(None)
                ),
                unhandled_replies=counts.unhandled_replies(),
                missed_runs=counts.missed_runs_since(now - MISSED_RUNS_LOOKBACK),
                today=today_rows,
                modems=tuple(self._modems.list()),
            )


class _Counter:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _count(self, query: object) -> int:
        return int(self._session.scalar(query) or 0)  # type: ignore[call-overload]

    def outbound(self, *conditions: ColumnElement[bool]) -> int:
        return self._count(select(func.count(OutboundMessage.id)).where(*conditions))

    def messages_due_between(self, start: datetime, end: datetime) -> int:
        return self.outbound(
            OutboundMessage.status == MessageStatus.QUEUED,
            OutboundMessage.not_before >= start,
            OutboundMessage.not_before < end,
        )

    def schedules_due_between(self, start: datetime, end: datetime) -> int:
        query = select(func.count(Schedule.id)).where(
            Schedule.enabled.is_(True), Schedule.next_run_at >= start, Schedule.next_run_at < end
        )
        return self._count(query)

    def unhandled_replies(self) -> int:
        return self._count(
            select(func.count(InboundMessage.id)).where(InboundMessage.status == UNHANDLED)
        )

    def missed_runs_since(self, since: datetime) -> int:
        query = select(func.count(ScheduleRun.id)).where(
            ScheduleRun.status == MISSED, ScheduleRun.due_at >= since
        )
        return self._count(query)

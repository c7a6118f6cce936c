"""Report figures: messages sent, delivered, failed and answered, per period, modem, campaign, template.

How a message is counted, so the numbers add up across every breakdown:
- it belongs to the day (local time, the "timezone" setting) it went out (`sent_at`), or, when it
  never went out, the day it failed (`updated_at`); queued, cancelled and skipped ones do not count;
- `sent` counts every message that went out (sent, delivered, undeliverable); `delivered` those with a
  delivery report; `failed` those that failed before going out or came back undeliverable;
- `answered` counts sent messages whose recipient wrote back within `REPLY_WINDOW` (reply rate);
- `received` counts every incoming message received in the period (shown per period and per modem).
Figures are computed in Python from a few columns, so the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import bisect
import enum
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Campaign, InboundMessage, Modem, OutboundMessage, Template
from desk_sms.importing.exporting import safe_text
from desk_sms.services.outbox import MessageStatus

REPLY_WINDOW = timedelta(days=3)
WENT_OUT = (MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.UNDELIVERABLE)
FAILED = (MessageStatus.FAILED, MessageStatus.UNDELIVERABLE)
COUNTED = (*WENT_OUT, MessageStatus.FAILED)


class Period(enum.StrEnum):
    DAY = "day"
    WEEK = "week"  # weeks start on Monday (ISO)
    MONTH = "month"


class Breakdown(enum.StrEnum):
    MODEM = "modem"
    CAMPAIGN = "campaign"
    TEMPLATE = "template"


@dataclass(frozen=True)
class ReportRow:
    """One line of a report. `key` is the first day of the period, or a modem/campaign/template name
    ("" for messages without one)."""

    key: str
    sent: int = 0
    delivered: int = 0
    failed: int = 0
    answered: int = 0
    received: int = 0

    @property
    def delivery_rate(self) -> float | None:
        """Delivered / sent; None when nothing went out."""
        return self.delivered / self.sent if self.sent else None

    @property
    def reply_rate(self) -> float | None:
        """Answered / sent; None when nothing went out."""
        return self.answered / self.sent if self.sent else None


@dataclass(frozen=True)
class _Outcome:
    """What the report needs of one outgoing message."""

    day: date
    status: str
    answered: bool
    modem: str
    campaign: str
    template: str


def period_start(day: date, period: Period) -> date:
    """The first day of the period holding `day`."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    return day


def totals(rows: Iterable[ReportRow], key: str = "") -> ReportRow:
    """All rows added up into one."""
    listed = list(rows)
    return ReportRow(
        key,
        sum(r.sent for r in listed),
        sum(r.delivered for r in listed),
        sum(r.failed for r in listed),
        sum(r.answered for r in listed),
        sum(r.received for r in listed),
    )


class ReportsService:
    """Read-only figures over a date range of local days (`first` to `last`, both included)."""

    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, timezone: Callable[[], str]
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._timezone = timezone

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self._timezone())

    def today(self) -> date:
        return self._clock.now().astimezone(self.zone()).date()

    def day_bounds(self, first: date, last: date) -> tuple[datetime, datetime]:
        """UTC-comparable instants: local midnight of `first` up to local midnight after `last`."""
        zone = self.zone()
        start = datetime.combine(first, datetime.min.time(), zone)
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
        return start, end

    # -- public reports ----------------------------------------------------------------------

    def by_period(self, period: Period, first: date, last: date) -> list[ReportRow]:
        """One row per period from `first` to `last`, empty periods included, oldest first."""
        outcomes, replies = self._load(first, last)
        buckets: dict[str, list[_Outcome]] = {key: [] for key in self._period_keys(period, first, last)}
        for outcome in outcomes:
            buckets[period_start(outcome.day, period).isoformat()].append(outcome)
        received: dict[str, int] = defaultdict(int)
        for day, _modem in replies:
            received[period_start(day, period).isoformat()] += 1
        return [_row(key, items, received[key]) for key, items in buckets.items()]

    def by(self, breakdown: Breakdown, first: date, last: date) -> list[ReportRow]:
        """One row per modem, campaign or template, most messages first."""
        outcomes, replies = self._load(first, last)
        groups: dict[str, list[_Outcome]] = defaultdict(list)
        for outcome in outcomes:
            groups[getattr(outcome, breakdown.value)].append(outcome)
        received: dict[str, int] = defaultdict(int)
        if breakdown is Breakdown.MODEM:
            for _day, modem in replies:
                received[modem] += 1
                groups.setdefault(modem, [])
        rows = [_row(key, items, received[key]) for key, items in groups.items()]
        return sorted(rows, key=lambda r: (-r.sent, -r.failed, r.key))

    def by_period_today(self) -> ReportRow:
        today = self.today()
        return self.by_period(Period.DAY, today, today)[0]

    # -- loading -----------------------------------------------------------------------------

    def _period_keys(self, period: Period, first: date, last: date) -> list[str]:
        keys: list[str] = []
        day = period_start(first, period)
        while day <= last:
            keys.append(day.isoformat())
            day = _next_period(day, period)
        return keys

    def _load(self, first: date, last: date) -> tuple[list[_Outcome], list[tuple[date, str]]]:
        start, end = self.day_bounds(first, last)
        zone = self.zone()
        with self._session_factory() as session:
            names = _names(session)
            inbound = session.execute(
                select(InboundMessage.sender, InboundMessage.received_at, InboundMessage.modem_id)
                .where(InboundMessage.received_at >= start)
                .where(InboundMessage.received_at < end + REPLY_WINDOW)
            ).all()
            messages = session.execute(_outcome_query(start, end)).all()
        answers = _answer_times(inbound)
        outcomes = [
            _Outcome(
                day=(sent_at or updated_at).astimezone(zone).date(),
                status=status,
                answered=sent_at is not None and _answered(answers.get(to_number, []), sent_at),
                modem=names.modems.get(modem_id, "") if modem_id else "",
                campaign=names.campaigns.get(campaign_id, ("", None))[0] if campaign_id else "",
                template=names.template_of(campaign_id),
            )
            for to_number, status, sent_at, updated_at, modem_id, campaign_id in messages
            if start <= (sent_at or updated_at) < end
        ]
        replies = [
            (at.astimezone(zone).date(), names.modems.get(modem_id, "") if modem_id else "")
            for _sender, at, modem_id in inbound
            if at < end
        ]
        return outcomes, replies


@dataclass(frozen=True)
class _Names:
    modems: dict[int, str]
    campaigns: dict[int, tuple[str, int | None]]
    templates: dict[int, str]

    def template_of(self, campaign_id: int | None) -> str:
        if campaign_id is None:
            return ""
        template_id = self.campaigns.get(campaign_id, ("", None))[1]
        return self.templates.get(template_id, "") if template_id is not None else ""


def _names(session: Session) -> _Names:
    modems = {row.id: row.name for row in session.execute(select(Modem.id, Modem.name))}
    campaigns = {
        row.id: (row.name, row.template_id)
        for row in session.execute(select(Campaign.id, Campaign.name, Campaign.template_id))
    }
    templates = {row.id: row.name for row in session.execute(select(Template.id, Template.name))}
    return _Names(modems, campaigns, templates)


def _outcome_query(start: datetime, end: datetime):  # type: ignore[no-untyped-def]
    went_out_in_range = OutboundMessage.sent_at.is_not(None) & (OutboundMessage.sent_at >= start) & (
        OutboundMessage.sent_at < end
    )
    failed_in_range = OutboundMessage.sent_at.is_(None) & (OutboundMessage.updated_at >= start) & (
        OutboundMessage.updated_at < end
    )
    return select(
        OutboundMessage.to_number,
        OutboundMessage.status,
        OutboundMessage.sent_at,
        OutboundMessage.updated_at,
        OutboundMessage.modem_id,
        OutboundMessage.campaign_id,
    ).where(OutboundMessage.status.in_(COUNTED), went_out_in_range | failed_in_range)


def _answer_times(inbound: Iterable[tuple[str, datetime, int | None]]) -> dict[str, list[datetime]]:
    by_sender: dict[str, list[datetime]] = defaultdict(list)
    for sender, at, _modem in inbound:
        by_sender[sender].append(at)
    for times in by_sender.values():
        times.sort()
    return by_sender


def _answered(times: list[datetime], sent_at: datetime) -> bool:
    """Did a reply arrive after `sent_at` and within the reply window?"""
    index = bisect.bisect_left(times, sent_at)
    return index < len(times) and times[index] <= sent_at + REPLY_WINDOW


def _row(key: str, outcomes: list[_Outcome], received: int) -> ReportRow:
    return ReportRow(
        key=key,
        sent=sum(o.status in WENT_OUT for o in outcomes),
        delivered=sum(o.status == MessageStatus.DELIVERED for o in outcomes),
        failed=sum(o.status in FAILED for o in outcomes),
        answered=sum(o.answered for o in outcomes),
        received=received,
    )


def _next_period(day: date, period: Period) -> date:
    if period is Period.DAY:
        return day + timedelta(days=1)
    if period is Period.WEEK:
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


REPORT_HEADERS = (
    "key", "sent", "delivered", "failed", "answered", "received", "delivery_rate", "reply_rate",
)


def report_cells(row: ReportRow) -> tuple[object, ...]:
    """One row as spreadsheet values; rates as fractions (formatted as % in the workbook)."""
    return (
        row.key, row.sent, row.delivered, row.failed, row.answered, row.received,
        row.delivery_rate, row.reply_rate,
    )


def export_reports(
    path: Path, sheets: dict[str, list[ReportRow]], headers: tuple[str, ...] = REPORT_HEADERS
) -> int:
    """Write one worksheet per report (e.g. "Per day", "Per modem"), with a total row each.

    Written beside the target and renamed into place, so a failed export leaves no half file.
    Returns the number of data rows written.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    written = 0
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(_sheet_title(title))
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in [*rows, totals(rows, "total")]:
            sheet.append([safe_text(v) if isinstance(v, str) else v for v in report_cells(row)])
            for cell in sheet[sheet.max_row][6:8]:
                cell.number_format = "0.0%"
        written += len(rows)
    temporary = path.with_name(f".{path.name}.part")
    workbook.save(temporary)
    os.replace(temporary, path)
    return written


def _sheet_title(title: str) -> str:
    # Excel refuses these characters and titles over 31 characters.
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "report"

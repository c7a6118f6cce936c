"""Schedule rules -> due times. Pure: no database, no clock; every instant is timezone-aware.

A rule is kept as JSON in `Schedule.rule_json`. Its times are wall-clock times in the schedule's
timezone, so "every day at 10:00" stays at 10:00 local across daylight-saving changes:
- a wall time that does not exist (spring forward) is moved forward by the gap (02:30 -> 03:30);
- a wall time that happens twice (fall back) takes the first occurrence.

Kinds:
    once     {"kind": "once", "at": "2026-03-01T10:00"}
    daily    {"kind": "daily", "time": "10:00", "start": "2026-01-01", "end": null}
    weekly   {... "kind": "weekly", "weekdays": [0, 3]}   (Monday = 0)
    monthly  {... "kind": "monthly", "day": 25}  or  "day": "last"
A month without day N (31 in April) has no run that month; "last" always has one.
"""

from __future__ import annotations

import calendar
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_sms.errors import InvalidInput

LAST_DAY = "last"
# Enough to find the next run of any valid rule (a monthly day 29..31 finds one within a year),
# and a bound so a rule with no future run never loops.
SEARCH_DAYS = 3 * 366


class RuleKind(enum.StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    at: time = time(10, 0)
    start: date | None = None
    end: date | None = None  # inclusive, local date
    weekdays: tuple[int, ...] = field(default_factory=tuple)
    day: int | str | None = None  # 1..31 or LAST_DAY
    once_at: datetime | None = None  # naive local wall time

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    def as_dict(self) -> dict[str, object]:
        if self.kind is RuleKind.ONCE:
            assert self.once_at is not None
            return {"kind": "once", "at": self.once_at.isoformat(timespec="minutes")}
        data: dict[str, object] = {
            "kind": str(self.kind),
            "time": self.at.strftime("%H:%M"),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }
        if self.kind is RuleKind.WEEKLY:
            data["weekdays"] = list(self.weekdays)
        if self.kind is RuleKind.MONTHLY:
            data["day"] = self.day
        return data


def parse_rule(text: str) -> Rule:
    """Read a rule from JSON; anything malformed is an InvalidInput with the reason."""
    try:
        data = json.loads(text)
        return _rule_from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise InvalidInput(detail=f"not a valid schedule rule: {exc}") from exc


def _rule_from_dict(data: dict[str, object]) -> Rule:
    kind = RuleKind(str(data["kind"]))
    if kind is RuleKind.ONCE:
        return Rule(kind, once_at=datetime.fromisoformat(str(data["at"])).replace(tzinfo=None))
    rule = Rule(
        kind,
        at=time.fromisoformat(str(data.get("time", "10:00"))),
        start=_optional_date(data.get("start")),
        end=_optional_date(data.get("end")),
        weekdays=tuple(sorted({int(str(d)) for d in data.get("weekdays", []) or []})),  # type: ignore[attr-defined]
        day=_month_day(data.get("day")) if kind is RuleKind.MONTHLY else None,
    )
    check_rule(rule)
    return rule


def _optional_date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _month_day(value: object) -> int | str:
    if value == LAST_DAY:
        return LAST_DAY
    return int(str(value))


def check_rule(rule: Rule) -> None:
    if rule.kind is RuleKind.WEEKLY and (not rule.weekdays or not set(rule.weekdays) <= set(range(7))):
        raise InvalidInput(detail="a weekly schedule needs at least one weekday (0 = Monday .. 6)")
    if rule.kind is RuleKind.MONTHLY and rule.day != LAST_DAY and not 1 <= int(rule.day or 0) <= 31:
        raise InvalidInput(detail="a monthly schedule needs a day from 1 to 31, or the last day")
    if rule.start and rule.end and rule.end < rule.start:
        raise InvalidInput(detail="the end date is before the start date")


def local_to_utc(wall: datetime, zone: ZoneInfo) -> datetime:
    """A naive local wall time to UTC: a missing time moves forward, an ambiguous one takes the first."""
    # fold=0 uses the offset in force before a transition: for a gap that lands after it
    # (moved forward by the gap), for a repeated hour it is the first occurrence.
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def _matches(rule: Rule, day: date) -> bool:
    if rule.kind is RuleKind.DAILY:
        return True
    if rule.kind is RuleKind.WEEKLY:
        return day.weekday() in rule.weekdays
    last = calendar.monthrange(day.year, day.month)[1]
    return day.day == (last if rule.day == LAST_DAY else rule.day)


def _local_days(rule: Rule, first: date) -> Iterator[date]:
    day = max(first, rule.start) if rule.start else first
    for _ in range(SEARCH_DAYS):
        if rule.end and day > rule.end:
            return
        if _matches(rule, day):
            yield day
        day += timedelta(days=1)


def due_times(rule: Rule, zone: ZoneInfo, after: datetime) -> Iterator[datetime]:
    """Due instants (UTC) strictly after `after`, in order."""
    if rule.kind is RuleKind.ONCE:
        assert rule.once_at is not None
        due = local_to_utc(rule.once_at, zone)
        if due > after:
            yield due
        return
    # Start a day early: `after` in UTC may still be the previous local day.
    first = after.astimezone(zone).date() - timedelta(days=1)
    for day in _local_days(rule, first):
        due = local_to_utc(datetime.combine(day, rule.at), zone)
        if due > after:
            yield due


def next_due(rule: Rule, zone: ZoneInfo, after: datetime) -> datetime | None:
    """The first due instant strictly after `after`, or None when the rule has ended."""
    return next(due_times(rule, zone, after), None)


def due_between(rule: Rule, zone: ZoneInfo, after: datetime, until: datetime) -> list[datetime]:
    """Due instants in (after, until]."""
    result = []
    for due in due_times(rule, zone, after):
        if due > until:
            break
        result.append(due)
    return result


def describe(rule: Rule) -> str:
    """A short language-neutral summary (the GUI builds its own translated text from the fields)."""
    if rule.kind is RuleKind.ONCE:
        assert rule.once_at is not None
        return rule.once_at.strftime("%Y-%m-%d %H:%M")
    at = rule.at.strftime("%H:%M")
    if rule.kind is RuleKind.WEEKLY:
        return f"weekly {','.join(calendar.day_abbr[d] for d in rule.weekdays)} {at}"
    if rule.kind is RuleKind.MONTHLY:
        return f"monthly day {rule.day} {at}"
    return f"daily {at}"

"""Recurrence rules: month ends, leap years, weekdays, end dates and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desk_sms.domain.recurrence import (
    LAST_DAY,
    Rule,
    RuleKind,
    due_between,
    local_to_utc,
    next_due,
    parse_rule,
)
from desk_sms.errors import InvalidInput

TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone).astimezone(UTC)  # type: ignore[misc]


def local_days(dues: list[datetime], zone: ZoneInfo) -> list[str]:
    return [d.astimezone(zone).strftime("%Y-%m-%d %H:%M") for d in dues]


def test_monthly_on_the_25th_at_10_tokyo() -> None:
    rule = Rule(RuleKind.MONTHLY, at=time(10, 0), day=25)
    dues = due_between(rule, TOKYO, local(TOKYO, 2026, 1, 1), local(TOKYO, 2026, 4, 30))
    assert local_days(dues, TOKYO) == [
        "2026-01-25 10:00", "2026-02-25 10:00", "2026-03-25 10:00", "2026-04-25 10:00"
    ]
    assert dues[0] == datetime(2026, 1, 25, 1, 0, tzinfo=UTC)


def test_monthly_day_31_skips_short_months_and_last_day_never_does() -> None:
    start, end = local(TOKYO, 2026, 1, 1), local(TOKYO, 2026, 6, 30, 23)
    day31 = due_between(Rule(RuleKind.MONTHLY, day=31), TOKYO, start, end)
    assert [d.astimezone(TOKYO).day for d in day31] == [31, 31, 31]
    last = due_between(Rule(RuleKind.MONTHLY, day=LAST_DAY), TOKYO, start, end)
    assert [d.astimezone(TOKYO).strftime("%m-%d") for d in last] == [
        "01-31", "02-28", "03-31", "04-30", "05-31", "06-30"
    ]


def test_leap_years_february() -> None:
    last = Rule(RuleKind.MONTHLY, day=LAST_DAY)
    assert next_due(last, TOKYO, local(TOKYO, 2028, 2, 1)) == local(TOKYO, 2028, 2, 29, 10)
    day29 = Rule(RuleKind.MONTHLY, day=29)
    # 2027 is not a leap year: February is skipped, the next 29th is in March.
    assert next_due(day29, TOKYO, local(TOKYO, 2027, 1, 30)) == local(TOKYO, 2027, 3, 29, 10)
    assert next_due(day29, TOKYO, local(TOKYO, 2028, 1, 30)) == local(TOKYO, 2028, 2, 29, 10)


def test_weekly_on_chosen_weekdays_with_end_date() -> None:
    rule = Rule(RuleKind.WEEKLY, at=time(18, 30), weekdays=(0, 3), end=date(2026, 1, 15))
    dues = due_between(rule, TOKYO, local(TOKYO, 2026, 1, 1), local(TOKYO, 2026, 12, 31))
    # 2026-01-05 is a Monday, 01-08 a Thursday; the end date (inclusive) stops after the 15th.
    assert local_days(dues, TOKYO) == [
        "2026-01-01 18:30", "2026-01-05 18:30", "2026-01-08 18:30", "2026-01-12 18:30", "2026-01-15 18:30"
    ]
    assert next_due(rule, TOKYO, dues[-1]) is None


def test_daily_start_date_and_strictly_after() -> None:
    rule = Rule(RuleKind.DAILY, at=time(9, 0), start=date(2026, 3, 10))
    assert next_due(rule, TOKYO, local(TOKYO, 2026, 1, 1)) == local(TOKYO, 2026, 3, 10, 9)
    assert next_due(rule, TOKYO, local(TOKYO, 2026, 3, 10, 9)) == local(TOKYO, 2026, 3, 11, 9)


def test_once_runs_once() -> None:
    rule = Rule(RuleKind.ONCE, once_at=datetime(2026, 5, 1, 10, 0))
    assert next_due(rule, TOKYO, local(TOKYO, 2026, 4, 1)) == local(TOKYO, 2026, 5, 1, 10)
    assert next_due(rule, TOKYO, local(TOKYO, 2026, 5, 1, 10)) is None


def test_daily_keeps_local_time_across_new_york_dst_both_ways() -> None:
    rule = Rule(RuleKind.DAILY, at=time(10, 0))
    spring = due_between(rule, NEW_YORK, local(NEW_YORK, 2026, 3, 7), local(NEW_YORK, 2026, 3, 9, 12))
    assert [d.astimezone(NEW_YORK).hour for d in spring] == [10, 10, 10]
    assert [d.hour for d in spring] == [15, 14, 14]  # EST (UTC-5) then EDT (UTC-4)
    autumn = due_between(rule, NEW_YORK, local(NEW_YORK, 2026, 10, 31), local(NEW_YORK, 2026, 11, 2, 12))
    assert [d.hour for d in autumn] == [14, 15, 15]  # DST ends in the night to 2026-11-01


def test_missing_wall_time_moves_forward_ambiguous_takes_first() -> None:
    # 2026-03-08 02:30 does not exist in New York (02:00 -> 03:00).
    rule = Rule(RuleKind.DAILY, at=time(2, 30))
    dues = due_between(rule, NEW_YORK, local(NEW_YORK, 2026, 3, 7, 12), local(NEW_YORK, 2026, 3, 9, 12))
    assert local_days(dues, NEW_YORK) == ["2026-03-08 03:30", "2026-03-09 02:30"]
    # 2026-11-01 01:30 happens twice; the first one is EDT (UTC-4), 05:30 UTC.
    assert local_to_utc(datetime(2026, 11, 1, 1, 30), NEW_YORK) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    once = Rule(RuleKind.DAILY, at=time(1, 30))
    autumn = due_between(once, NEW_YORK, local(NEW_YORK, 2026, 10, 31, 12), local(NEW_YORK, 2026, 11, 2, 12))
    assert len(autumn) == 2  # one run on the repeated night, not two


def test_json_round_trip_and_bad_rules() -> None:
    rule = Rule(RuleKind.WEEKLY, at=time(7, 5), weekdays=(4, 1), start=date(2026, 1, 1))
    assert parse_rule(rule.to_json()).weekdays == (1, 4)
    assert parse_rule(Rule(RuleKind.MONTHLY, day=LAST_DAY).to_json()).day == LAST_DAY
    once = Rule(RuleKind.ONCE, once_at=datetime(2026, 5, 1, 10, 0))
    assert parse_rule(once.to_json()) == once
    for bad in ('{"kind": "weekly", "weekdays": []}', '{"kind": "monthly", "day": 32}', "nonsense",
                '{"kind": "hourly"}', '{"kind": "daily", "start": "2026-02-01", "end": "2026-01-01"}'):
        with pytest.raises(InvalidInput):
            parse_rule(bad)

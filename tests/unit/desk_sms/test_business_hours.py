"""Business hours: weekday spans, closed and open dates, Japanese public holidays, the closed spell."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from desk_sms.context import AppContext
from desk_sms.domain.business_hours import (
    DEFAULT_WEEK,
    BadHours,
    BusinessHours,
    japanese_holidays,
    parse_span,
)
from desk_sms.services.settings import InvalidSetting, parse_setting_text

TOKYO = ZoneInfo("Asia/Tokyo")


def local(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=TOKYO)  # type: ignore[misc]


def hours(**changes: object) -> BusinessHours:
    options: dict[str, object] = {"week": DEFAULT_WEEK, "closed": [], "opened": [], "public_holidays": True}
    options.update(changes)
    return BusinessHours.from_settings(**options)  # type: ignore[arg-type]


def test_spans_parse_and_refuse() -> None:
    assert parse_span("9:00〜18:30") == (local(2026, 1, 1, 9).time(), local(2026, 1, 1, 18, 30).time())
    assert parse_span(" ") is None
    for bad in ("18:00-09:00", "9-18", "25:00-26:00"):
        with pytest.raises(BadHours):
            parse_span(bad)


def test_japanese_public_holidays_come_from_the_library() -> None:
    found = japanese_holidays([2026, 2027])
    assert date(2026, 1, 12) in found  # 成人の日 (second Monday of January)
    assert date(2027, 1, 11) in found
    assert date(2026, 1, 13) not in found


def test_open_closed_and_the_closed_spell() -> None:
    week = hours()
    assert week.is_open(local(2026, 1, 5, 9, 0)) and not week.is_open(local(2026, 1, 5, 18, 0))
    assert not week.is_open(local(2026, 1, 12, 10))  # a public holiday
    assert hours(opened=["2026-01-12"]).is_open(local(2026, 1, 12, 10))
    assert not hours(public_holidays=False, closed=["2026-01-06"]).is_open(local(2026, 1, 6, 10))
    assert hours(public_holidays=False).is_open(local(2026, 1, 12, 10))
    # Saturday 13:00 to Monday 09:00 is one spell (Sunday closed); Tuesday 02:00 belongs to Monday night.
    assert week.closed_since(local(2026, 1, 11, 22)) == local(2026, 1, 10, 13)
    assert week.closed_since(local(2026, 1, 6, 2)) == local(2026, 1, 5, 18)
    assert week.closed_since(local(2026, 1, 5, 8, 59)) == local(2026, 1, 3, 13)
    assert week.closed_since(local(2026, 1, 5, 12)) is None


def test_settings_validate_hours_and_dates(context: AppContext) -> None:
    context.settings.set("business_hours", parse_setting_text("business_hours", '{"mon": "9:00-17:00"}'))
    assert context.settings.get("business_hours")["mon"] == "09:00-17:00"
    assert context.settings.get("business_hours")["tue"] == ""
    with pytest.raises(InvalidSetting, match="mon: 17:00-09:00"):
        context.settings.set("business_hours", {"mon": "17:00-09:00"})
    with pytest.raises(InvalidSetting, match="mon … sun"):
        context.settings.set("business_hours", {"monday": "09:00-17:00"})
    with pytest.raises(InvalidSetting, match="YYYY-MM-DD"):
        context.settings.set("closed_dates", ["2026-02-30"])
    context.settings.set("closed_dates", parse_setting_text("closed_dates", "2026-08-14, 2026-08-13"))
    assert context.settings.get("closed_dates") == ["2026-08-13", "2026-08-14"]

"""Opening hours per weekday, closed and open dates, and Japanese public holidays.

Pure: the rules ask "is the desk closed at this local time?" and "since when has it been closed?"
(an out-of-hours answer goes once per closed spell, so a whole night counts as one).
Public holidays come from the maintained `holidays` package, never typed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import holidays

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WEEK = {
    "mon": "09:00-18:00", "tue": "09:00-18:00", "wed": "09:00-18:00", "thu": "09:00-18:00",
    "fri": "09:00-18:00", "sat": "09:00-13:00", "sun": "",
}
LOOK_BACK_DAYS = 60  # how far back "closed since" looks for the last opening hours


class BadHours(ValueError):
    """A weekday's hours that are not "HH:MM-HH:MM" (opening before closing) or empty."""


def parse_span(text: str) -> tuple[time, time] | None:
    """ "09:00-18:00" → (09:00, 18:00); "" → None (closed all day)."""
    text = text.strip().replace("〜", "-").replace("～", "-")
    if not text:
        return None
    try:
        start, end = (time.fromisoformat(piece.strip().zfill(5)) for piece in text.split("-"))
    except ValueError as exc:
        raise BadHours(text) from exc
    if start >= end:
        raise BadHours(text)
    return start, end


def japanese_holidays(years: Iterable[int]) -> dict[date, str]:
    """Japan's public holidays (names in English) for `years`."""
    return dict(holidays.country_holidays("JP", years=list(years)))


@dataclass(frozen=True)
class BusinessHours:
    week: Mapping[int, tuple[time, time] | None]  # weekday (Monday 0) → opening span, None = closed
    closed_dates: frozenset[date] = frozenset()
    open_dates: frozenset[date] = frozenset()  # a public holiday the desk works after all
    public_holidays: bool = True
    _holiday_cache: dict[int, frozenset[date]] = field(default_factory=dict, compare=False)

    @classmethod
    def from_settings(cls, week: Mapping[str, str], closed: Iterable[str], opened: Iterable[str],
                      public_holidays: bool) -> BusinessHours:
        spans = {index: parse_span(week.get(name, "")) for index, name in enumerate(WEEKDAYS)}
        return cls(spans, frozenset(map(date.fromisoformat, closed)),
                   frozenset(map(date.fromisoformat, opened)), public_holidays)

    def span_on(self, day: date) -> tuple[time, time] | None:
        """The opening hours on `day`, or None when the desk is closed all day."""
        if day in self.closed_dates:
            return None
        if self.public_holidays and day not in self.open_dates and self._is_holiday(day):
            return None
        return self.week.get(day.weekday())

    def is_open(self, moment: datetime) -> bool:
        """`moment` in the business time zone."""
        span = self.span_on(moment.date())
        return span is not None and span[0] <= moment.time() < span[1]

    def closed_since(self, moment: datetime) -> datetime | None:
        """When the closed spell around `moment` began (the last closing time), or None when open."""
        if self.is_open(moment):
            return None
        day = moment.date()
        for back in range(LOOK_BACK_DAYS):
            span = self.span_on(day - timedelta(days=back))
            if span is None:
                continue
            closing = datetime.combine(day - timedelta(days=back), span[1], moment.tzinfo)
            if closing <= moment:
                return closing
        return datetime.combine(day - timedelta(days=LOOK_BACK_DAYS), time(0), moment.tzinfo)

    def _is_holiday(self, day: date) -> bool:
        if day.year not in self._holiday_cache:
            self._holiday_cache[day.year] = frozenset(japanese_holidays([day.year]))
        return day in self._holiday_cache[day.year]

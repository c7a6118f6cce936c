"""How fast messages go out and how long the rest will take (the Sent page's campaign progress).

Pure functions over plain values, plus `campaign_progress`, which reads the outbox through its
service. The estimate takes each ready modem's measured send time (or its minimum interval,
whichever is longer), the parts it may still send within its rolling 24-hour limit, and quiet
hours: during quiet hours nothing non-urgent goes out, so the estimate says "resting until 08:00".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from desk_sms.services.modems import ModemRow
from desk_sms.services.outbox import MessageStatus, OutboxFilter, OutboxService
from desk_sms.services.settings import QuietHours

RATE_WINDOW = timedelta(minutes=10)
RECENT_SENT_SAMPLE = 200  # the newest sent messages looked at for the rate
DEFAULT_SEND_SECONDS = 6.0  # one SMS over a GSM modem, until a modem has measured its own
HEALTHY_STATES = frozenset({"ready", "sending"})
WAITING = frozenset({MessageStatus.QUEUED, MessageStatus.SENDING})
DAY = timedelta(hours=24)


class EstimateKind(enum.StrEnum):
    DONE = "done"  # nothing left to send
    SENDING = "sending"  # seconds_left is the estimate
    RESTING = "resting"  # quiet hours: nothing goes out until resume_at (local time)
    LIMIT_REACHED = "limit_reached"  # every ready modem used its daily limit; resume_at when one frees
    NO_MODEM = "no_modem"  # no modem is ready: no estimate possible
    PAUSED = "paused"  # the campaign is paused by a user


@dataclass(frozen=True)
class ModemCapacity:
    """What one ready modem can still do."""

    seconds_per_message: float
    parts_left: int  # within its rolling 24-hour limit
    frees_at: datetime | None = None  # when its oldest counted part leaves the 24-hour window


@dataclass(frozen=True)
class Estimate:
    kind: EstimateKind
    seconds_left: float | None = None
    resume_at: datetime | None = None  # local time (quiet hours end, or a daily limit frees)
    over_limit: int = 0  # messages that do not fit today's limits and will wait for them to free


@dataclass(frozen=True)
class CampaignProgress:
    campaign_id: int
    status: str  # the campaign's own state: running, paused, cancelled
    counts: dict[str, int]
    per_minute: float
    estimate: Estimate

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def remaining(self) -> int:
        return sum(self.counts.get(state, 0) for state in WAITING)

    @property
    def done(self) -> int:
        return self.total - self.remaining


class SlotLike(Protocol):
    """What the estimate needs from the dispatcher's view of a modem (`engine.dispatcher.Slot`)."""

    modem_id: int
    daily_limit: int
    min_interval: float
    send_seconds: float | None

    def parts_in_window(self, now: datetime) -> int: ...


def messages_per_minute(
    sent_times: Iterable[datetime], now: datetime, window: timedelta = RATE_WINDOW
) -> float:
    """Messages sent within `window`, per minute of the time since the oldest of them.

    Dividing by the time since the oldest (not by the whole window) gives the true rate right
    after a campaign starts; once sending stops, the rate decays as `now` moves on.
    """
    recent = [moment for moment in sent_times if now - window <= moment <= now]
    if not recent:
        return 0.0
    elapsed_minutes = max((now - min(recent)).total_seconds() / 60, 1.0)
    return len(recent) / elapsed_minutes


def capacities_from_slots(
    slots: Sequence[SlotLike], healthy_ids: set[int], now: datetime, rows: Iterable[ModemRow] = ()
) -> list[ModemCapacity]:
    """Capacities measured by a running engine's dispatcher.

    With the stored modem `rows`, what each SIM may still send (and when it frees) comes from them:
    the daily limit follows the SIM, which the dispatcher's per-modem count does not see.
    """
    by_id = {row.id: row for row in rows}
    capacities = []
    for slot in slots:
        if slot.modem_id not in healthy_ids:
            continue
        row = by_id.get(slot.modem_id)
        used = row.sent_24h if row is not None else slot.parts_in_window(now)
        capacities.append(ModemCapacity(
            seconds_per_message=max(slot.send_seconds or DEFAULT_SEND_SECONDS, slot.min_interval),
            parts_left=max(slot.daily_limit - used, 0),
            frees_at=row.frees_at if row is not None else None,
        ))
    return capacities


def capacities_from_modems(rows: Iterable[ModemRow]) -> list[ModemCapacity]:
    """Capacities from the stored modem rows, when no engine runs in this process."""
    return [
        ModemCapacity(
            seconds_per_message=max(DEFAULT_SEND_SECONDS, row.min_interval_seconds),
            parts_left=max(row.daily_limit - row.sent_24h, 0),
            frees_at=row.frees_at,
        )
        for row in rows
        if row.enabled and row.state in HEALTHY_STATES
    ]


def estimate(
    remaining: int,
    parts_per_message: float,
    capacities: Sequence[ModemCapacity],
    now: datetime,
    quiet: QuietHours,
    timezone: ZoneInfo,
    paused: bool = False,
) -> Estimate:
    """How long `remaining` messages will take on these modems, honouring limits and quiet hours."""
    if remaining <= 0:
        return Estimate(EstimateKind.DONE, seconds_left=0.0)
    if paused:
        return Estimate(EstimateKind.PAUSED)
    if not capacities:
        return Estimate(EstimateKind.NO_MODEM)
    local_now = now.astimezone(timezone)
    if quiet.contains(local_now.time()):
        return Estimate(EstimateKind.RESTING, resume_at=_next_time_of_day(local_now, quiet.end))
    parts_each = max(parts_per_message, 1.0)
    fitting = min(remaining, int(sum(c.parts_left for c in capacities) // parts_each))
    if fitting == 0:
        frees = [c.frees_at for c in capacities if c.frees_at is not None]
        resume = min(frees).astimezone(timezone) if frees else None
        return Estimate(EstimateKind.LIMIT_REACHED, resume_at=resume, over_limit=remaining)
    per_second = sum(1.0 / max(c.seconds_per_message, 0.1) for c in capacities)
    seconds = _with_quiet_hours(fitting / per_second, local_now, quiet)
    return Estimate(EstimateKind.SENDING, seconds_left=seconds, over_limit=remaining - fitting)


def _with_quiet_hours(seconds: float, local_now: datetime, quiet: QuietHours) -> float:
    """Add the night's rest when the work runs into quiet hours (once a day, for long jobs)."""
    if quiet.start == quiet.end:
        return seconds
    quiet_begins = _next_time_of_day(local_now, quiet.start)
    quiet_ends = _next_time_of_day(quiet_begins, quiet.end)
    rest = (quiet_ends - quiet_begins).total_seconds()
    awake = (quiet_begins - local_now).total_seconds()
    total, left = 0.0, seconds
    while left > awake:
        total += awake + rest
        left -= awake
        awake = DAY.total_seconds() - rest
    return total + left


def _next_time_of_day(after: datetime, wall_time: time) -> datetime:
    """The next moment (after `after`, same timezone) whose wall clock shows `wall_time`."""
    candidate = after.replace(hour=wall_time.hour, minute=wall_time.minute, second=0, microsecond=0)
    return candidate if candidate > after else candidate + DAY


def campaign_progress(
    outbox: OutboxService,
    campaign_id: int,
    capacities: Sequence[ModemCapacity],
    now: datetime,
    quiet: QuietHours,
    timezone: ZoneInfo,
) -> CampaignProgress:
    """Counts, rate and estimate for one campaign; reads the database (call off the GUI thread)."""
    counts = outbox.counts_by_status(campaign_id)
    status = next((state for cid, _name, state in outbox.campaigns() if cid == campaign_id), "running")
    # A campaign goes out in id order, so the newest ids hold the newest send times.
    sent_states = (MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.UNDELIVERABLE)
    recent = outbox.list(OutboxFilter(statuses=sent_states, campaign_id=campaign_id), RECENT_SENT_SAMPLE)
    rate = messages_per_minute((row.sent_at for row in recent if row.sent_at is not None), now)
    waiting = outbox.list(OutboxFilter(statuses=(MessageStatus.QUEUED,), campaign_id=campaign_id), limit=20)
    parts_each = sum(row.parts for row in waiting) / len(waiting) if waiting else 1.0
    remaining = 0 if status == "cancelled" else sum(counts.get(state, 0) for state in WAITING)
    found = estimate(remaining, parts_each, capacities, now, quiet, timezone, paused=status == "paused")
    return CampaignProgress(campaign_id, status, counts, rate, found)

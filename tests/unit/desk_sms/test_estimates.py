"""Sending rate and time-left estimates: measured rates, daily limits, quiet hours, campaign counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.services.estimates import (
    DEFAULT_SEND_SECONDS,
    EstimateKind,
    ModemCapacity,
    campaign_progress,
    capacities_from_modems,
    capacities_from_slots,
    estimate,
    messages_per_minute,
)
from desk_sms.services.modems import ModemRow
from desk_sms.services.outbox import Recipient
from desk_sms.services.settings import QuietHours

TOKYO = ZoneInfo("Asia/Tokyo")
NIGHT = QuietHours(time(21, 0), time(8, 0))
NEVER_QUIET = QuietHours(time(0, 0), time(0, 0))
NOON_TOKYO = datetime(2026, 3, 2, 12, 0, tzinfo=TOKYO).astimezone(UTC)


def test_rate_counts_recent_sends_per_minute_since_the_oldest() -> None:
    now = NOON_TOKYO
    times = [now - timedelta(seconds=s) for s in range(0, 120, 10)]  # 12 in the last two minutes
    assert messages_per_minute(times, now) == 12 / (110 / 60)
    assert messages_per_minute([now - timedelta(hours=1)], now) == 0.0
    assert messages_per_minute([], now) == 0.0
    # One message a few seconds ago is one per minute, not hundreds.
    assert messages_per_minute([now - timedelta(seconds=3)], now) == 1.0


def test_two_modems_share_the_work() -> None:
    modems = [ModemCapacity(10.0, 100), ModemCapacity(10.0, 100)]
    found = estimate(60, 1, modems, NOON_TOKYO, NEVER_QUIET, TOKYO)
    assert found.kind is EstimateKind.SENDING
    assert found.seconds_left == 300.0  # 60 messages, 2 modems at 6 per minute each
    assert found.over_limit == 0


def test_daily_limits_cap_what_goes_out_today() -> None:
    modems = [ModemCapacity(10.0, 30), ModemCapacity(10.0, 10)]
    found = estimate(60, 2, modems, NOON_TOKYO, NEVER_QUIET, TOKYO)  # two parts each: 20 fit
    assert found.kind is EstimateKind.SENDING
    assert found.over_limit == 40
    assert found.seconds_left == 100.0


def test_every_modem_at_its_limit_says_when_one_frees() -> None:
    frees = NOON_TOKYO + timedelta(hours=3)
    found = estimate(5, 1, [ModemCapacity(10.0, 0, frees)], NOON_TOKYO, NEVER_QUIET, TOKYO)
    assert found.kind is EstimateKind.LIMIT_REACHED
    assert found.resume_at == frees.astimezone(TOKYO)
    assert found.over_limit == 5


def test_quiet_hours_rest_until_morning() -> None:
    late = datetime(2026, 3, 2, 22, 30, tzinfo=TOKYO)
    found = estimate(5, 1, [ModemCapacity(10.0, 100)], late, NIGHT, TOKYO)
    assert found.kind is EstimateKind.RESTING
    assert found.resume_at == datetime(2026, 3, 3, 8, 0, tzinfo=TOKYO)


def test_work_running_into_the_night_waits_for_the_morning() -> None:
    evening = datetime(2026, 3, 2, 20, 50, tzinfo=TOKYO)
    # 120 messages at one per 10 s take 20 minutes: 10 before 21:00, 10 after 08:00.
    found = estimate(120, 1, [ModemCapacity(10.0, 1000)], evening, NIGHT, TOKYO)
    assert found.seconds_left == 20 * 60 + 11 * 3600


def test_nothing_left_no_modem_and_paused() -> None:
    modems = [ModemCapacity(10.0, 100)]
    assert estimate(0, 1, [], NOON_TOKYO, NIGHT, TOKYO).kind is EstimateKind.DONE
    assert estimate(3, 1, [], NOON_TOKYO, NIGHT, TOKYO).kind is EstimateKind.NO_MODEM
    assert estimate(3, 1, modems, NOON_TOKYO, NIGHT, TOKYO, paused=True).kind is EstimateKind.PAUSED


@dataclass
class FakeSlot:
    modem_id: int
    daily_limit: int
    min_interval: float
    send_seconds: float | None
    sent: list[datetime] = field(default_factory=list)

    def parts_in_window(self, now: datetime) -> int:
        return sum(1 for moment in self.sent if moment > now - timedelta(hours=24))


def test_capacities_come_from_healthy_slots_or_stored_rows() -> None:
    now = NOON_TOKYO
    slots = [
        FakeSlot(1, 100, 3.0, 4.5, [now - timedelta(hours=1)] * 40),
        FakeSlot(2, 100, 8.0, 4.5),
        FakeSlot(3, 100, 1.0, None),  # not healthy: left out
    ]
    found = capacities_from_slots(slots, {1, 2}, now)
    assert found == [ModemCapacity(4.5, 60), ModemCapacity(8.0, 100)]
    rows = [
        ModemRow(1, "A", "/dev/a", None, True, "ready", None, 4, 180, 3.0, 30, None, None, False),
        ModemRow(2, "B", "/dev/b", None, True, "error", None, 0, 180, 3.0, 0, None, None, False),
    ]
    assert capacities_from_modems(rows) == [ModemCapacity(DEFAULT_SEND_SECONDS, 150)]


def test_campaign_progress_counts_rate_and_estimate(context: AppContext, fake_clock: FakeClock) -> None:
    recipients = [Recipient(f"090-1234-{n:04d}", "明日は休診です") for n in range(10)]
    recipients.append(Recipient("12", "番号が違う"))
    campaign_id = context.outbox.create_campaign("休診のお知らせ", recipients)
    with context.database.session() as session:
        from desk_sms.db.models import OutboundMessage

        messages = session.query(OutboundMessage).order_by(OutboundMessage.id).all()
        for offset, message in enumerate(messages[:4]):
            message.status = "sent"
            message.sent_at = fake_clock.now() - timedelta(seconds=60 - 15 * offset)
    progress = campaign_progress(
        context.outbox, campaign_id, [ModemCapacity(10.0, 100)], fake_clock.now(), NEVER_QUIET, TOKYO
    )
    assert progress.counts == {"sent": 4, "queued": 6, "skipped": 1}
    assert (progress.total, progress.done, progress.remaining) == (11, 5, 6)
    assert progress.per_minute == 4.0
    assert progress.estimate.kind is EstimateKind.SENDING
    assert progress.estimate.seconds_left == 60.0
    context.outbox.set_campaign_status(campaign_id, "paused")
    paused = campaign_progress(context.outbox, campaign_id, [], fake_clock.now(), NEVER_QUIET, TOKYO)
    assert paused.status == "paused"
    assert paused.estimate.kind is EstimateKind.PAUSED


def test_capacities_carry_when_a_sim_at_its_limit_frees() -> None:
    now = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)
    frees = now + timedelta(hours=3)
    full = ModemRow(
        1, "A", "/dev/a", None, True, "ready", None, 4, 180, 3.0, 180, None, None, False, frees_at=frees
    )
    slot = FakeSlot(1, 180, 3.0, 4.5)  # its own count knows nothing of the SIM's earlier parts
    assert capacities_from_modems([full]) == [ModemCapacity(DEFAULT_SEND_SECONDS, 0, frees)]
    assert capacities_from_slots([slot], {1}, now, [full]) == [ModemCapacity(4.5, 0, frees)]
    found = estimate(5, 1, capacities_from_modems([full]), now, NEVER_QUIET, TOKYO)
    assert found.kind is EstimateKind.LIMIT_REACHED and found.resume_at == frees.astimezone(TOKYO)

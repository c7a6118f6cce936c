"""Appointments: reminders relative to them (once each), confirm/cancel replies, cancelling stops them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import select

from desk_sms.context import AppContext
from desk_sms.db.models import InboundMessage, OutboundMessage
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.engine.scheduler import Scheduler
from desk_sms.errors import InvalidInput
from desk_sms.importing.appointment_import import import_appointments
from desk_sms.services.appointments import AppointmentsService, ReminderRule
from desk_sms.services.contacts import ContactDraft, ContactsService
from modem.interface import InboundPart

TOKYO = ZoneInfo("Asia/Tokyo")
VISIT = datetime(2026, 2, 10, 15, 0, tzinfo=TOKYO)
DAY_BEFORE = ReminderRule(None, "前日", "{name}様 {date} {time} {place}にて。1:確認 2:取消",
                          days_before=1, at=time(18, 0))
TWO_HOURS = ReminderRule(None, "2時間前", "本日{time}からです({place})", minutes_before=120)


@pytest.fixture
def appointments(context: AppContext) -> AppointmentsService:
    return AppointmentsService(context.database.session_factory, context.events, context.clock)


@pytest.fixture
def patient(context: AppContext) -> int:
    return ContactsService(context.database.session_factory).create(
        ContactDraft("森 花子", phones=("090-5555-0001",))
    )


def scheduler(context: AppContext) -> Scheduler:
    return Scheduler(context.database.session_factory, context.events, context.clock)


def reminders(context: AppContext) -> list[tuple[str, str, str]]:
    with context.database.session() as session:
        rows = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id))
        return [(m.dedupe_key or "", m.body, m.status) for m in rows]


def reply(context: AppContext, text: str, at: datetime) -> InboundMessage:
    pump = InboxPump(context.database.session_factory, context.events, "JP",
                     confirm_keywords=lambda: ["1", "はい"], cancel_keywords=lambda: ["2", "キャンセル"])
    message_id = pump.store(None, InboundPart("09055550001", text, at), at)
    with context.database.session() as session:
        message = session.get(InboundMessage, message_id)
        assert message is not None
        session.expunge(message)
        return message


def test_reminders_go_out_at_their_times_once_each(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    day_before = appointments.save_rule(DAY_BEFORE)
    two_hours = appointments.save_rule(TWO_HOURS)
    visit = appointments.save(patient, VISIT.astimezone(UTC), place="本院 2階")
    ticker = scheduler(context)
    assert ticker.tick(datetime(2026, 2, 9, 17, 59, tzinfo=TOKYO)).reminders == []
    assert len(ticker.tick(datetime(2026, 2, 9, 18, 0, 20, tzinfo=TOKYO)).reminders) == 1
    assert ticker.tick(datetime(2026, 2, 9, 18, 0, 40, tzinfo=TOKYO)).reminders == []  # not twice
    assert len(ticker.tick(datetime(2026, 2, 10, 13, 0, 5, tzinfo=TOKYO)).reminders) == 1
    assert reminders(context) == [  # no modem sent the first within its window: it expired at 20:00
        (f"appt:{visit}:{day_before}", "森 花子様 2026/02/10 15:00 本院 2階にて。1:確認 2:取消",
         "expired"),
        (f"appt:{visit}:{two_hours}", "本日15:00からです(本院 2階)", "queued"),
    ]
    info = appointments.get(visit)
    assert info.status == "scheduled"
    assert [name for name, _ in info.reminders] == ["前日", "2時間前"]


def test_a_reminder_found_too_late_or_after_the_visit_is_not_sent(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    appointments.save_rule(DAY_BEFORE)  # late window: 2 hours
    appointments.save(patient, VISIT.astimezone(UTC))
    assert scheduler(context).tick(datetime(2026, 2, 9, 20, 1, tzinfo=TOKYO)).reminders == []
    assert scheduler(context).tick(datetime(2026, 2, 10, 16, 0, tzinfo=TOKYO)).reminders == []


def test_a_confirm_reply_marks_the_next_appointment_confirmed(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    later = appointments.save(patient, (VISIT + timedelta(days=7)).astimezone(UTC))
    visit = appointments.save(patient, VISIT.astimezone(UTC))
    message = reply(context, "はい！", datetime(2026, 2, 9, 18, 5, tzinfo=TOKYO))
    assert message.keyword == "confirm"
    assert appointments.get(visit).status == "confirmed"
    assert appointments.get(later).status == "scheduled"


def test_a_cancel_reply_cancels_it_and_its_remaining_reminders(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    appointments.save_rule(DAY_BEFORE)
    appointments.save_rule(TWO_HOURS)
    context.settings.set("quiet_hours_start", "17:00")  # the day-before reminder waits in quiet hours
    visit = appointments.save(patient, VISIT.astimezone(UTC))
    scheduler(context).tick(datetime(2026, 2, 9, 18, 0, 10, tzinfo=TOKYO))
    message = reply(context, "キャンセル", datetime(2026, 2, 9, 18, 30, tzinfo=TOKYO))
    assert message.keyword == "cancel"
    assert appointments.get(visit).status == "cancelled"
    assert [status for _, _, status in reminders(context)] == ["cancelled"]
    assert scheduler(context).tick(datetime(2026, 2, 10, 13, 0, 5, tzinfo=TOKYO)).reminders == []


def test_a_keyword_without_an_upcoming_appointment_is_an_ordinary_reply(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    past = appointments.save(patient, VISIT.astimezone(UTC))
    message = reply(context, "2", datetime(2026, 2, 11, 9, 0, tzinfo=TOKYO))
    assert message.keyword is None
    assert appointments.get(past).status == "scheduled"


def test_the_day_before_reminder_follows_local_time_across_dst(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    new_york = ZoneInfo("America/New_York")
    appointments.save_rule(ReminderRule(None, "eve", "See you {date} {time}", days_before=1,
                                        at=time(18, 0), timezone="America/New_York"))
    visit = datetime(2026, 3, 9, 9, 0, tzinfo=new_york)  # the day after the spring change
    appointments.save(patient, visit.astimezone(UTC))
    ticker = scheduler(context)
    assert ticker.tick(datetime(2026, 3, 8, 17, 59, tzinfo=new_york)).reminders == []
    assert len(ticker.tick(datetime(2026, 3, 8, 18, 0, tzinfo=new_york)).reminders) == 1
    assert reminders(context)[0][1] == "See you 2026/03/09 09:00"


def test_invalid_rules_and_times_are_refused(appointments: AppointmentsService, patient: int) -> None:
    for rule in (ReminderRule(None, "x", "t"), ReminderRule(None, "", "t", minutes_before=5),
                 ReminderRule(None, "x", "t", days_before=40, at=time(9, 0)),
                 ReminderRule(None, "x", "t", minutes_before=-5)):
        with pytest.raises(InvalidInput):
            appointments.save_rule(rule)
    with pytest.raises(InvalidInput):
        appointments.save(patient, datetime(2026, 2, 10, 15, 0))
    with pytest.raises(InvalidInput):
        appointments.set_status(1, "maybe")


def test_appointments_import_from_csv_and_excel(
    context: AppContext, appointments: AppointmentsService, patient: int, tmp_path: Path
) -> None:
    csv_file = tmp_path / "予約.csv"
    csv_file.write_text(
        "予約一覧\n氏名,携帯,予約日,時間,場所,備考\n"
        "森 花子,090-5555-0001,2026/2/10,15:00,本院,初診\n"
        "森 花子,09055550001,2026年2月10日,15時,本院,\n"  # the same visit again
        "誰か,090-9999-0000,2026/2/11,10:00,本院,\n"
        "森 花子,090-5555-0001,来週,10:00,本院,\n",
        encoding="utf-8-sig",
    )
    factory = context.database.session_factory
    dry = import_appointments(factory, csv_file, "Asia/Tokyo", dry_run=True)
    assert (dry.imported, appointments.list_all()) == (1, [])
    result = import_appointments(factory, csv_file, "Asia/Tokyo")
    assert (result.imported, result.duplicates) == (1, 1)
    assert result.problems == [(5, "contact_not_found"), (6, "date_unreadable")]
    [visit] = appointments.list_all()
    assert (visit.contact_id, visit.starts_at, visit.place, visit.notes) == (
        patient, VISIT.astimezone(UTC), "本院", "初診")

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["お名前", "予約日時", "会場"])
    sheet.append(["森 花子", datetime(2026, 3, 1, 9, 30), "分院"])
    workbook.save(tmp_path / "予約.xlsx")
    assert import_appointments(factory, tmp_path / "予約.xlsx", "Asia/Tokyo").imported == 1
    assert appointments.list_all()[-1].starts_at == datetime(2026, 3, 1, 9, 30, tzinfo=TOKYO).astimezone(UTC)


def test_a_reminder_expires_at_the_appointment_at_the_latest(
    context: AppContext, appointments: AppointmentsService, patient: int
) -> None:
    from desk_sms.db.models import OutboundMessage

    appointments.save_rule(DAY_BEFORE)  # 18:00 the day before, 2-hour window: until 20:00
    # 13:00 on the day with a 6-hour window: it would run to 19:00, but the visit is at 15:00.
    appointments.save_rule(dataclasses.replace(TWO_HOURS, late_window_hours=6))
    appointments.save(patient, VISIT.astimezone(UTC))
    ticker = scheduler(context)
    ticker.tick(datetime(2026, 2, 9, 18, 0, 20, tzinfo=TOKYO))
    ticker.tick(datetime(2026, 2, 10, 14, 59, tzinfo=TOKYO))
    with context.database.session() as session:
        windows = list(session.scalars(select(OutboundMessage.expires_at).order_by(OutboundMessage.id)))
    assert windows == [datetime(2026, 2, 9, 20, 0, tzinfo=TOKYO), VISIT]

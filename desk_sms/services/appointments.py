"""Appointments per contact, reminder rules relative to them, and confirm/cancel replies.

A reminder rule is a row of the schedules table whose rule JSON has kind "reminder":
    {"kind": "reminder", "days_before": 1, "at": "18:00"}   the day before at 18:00 (local)
    {"kind": "reminder", "minutes_before": 120}              two hours before
Its body is a template using {date}, {time}, {place}, {name}. Each reminder is queued once per
appointment and rule: the message's unique dedupe key is "appt:{appointment id}:{rule id}".
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Appointment, Contact, ContactPhone, OutboundMessage, Schedule
from desk_sms.domain.recurrence import local_to_utc
from desk_sms.domain.templates import MissingValues, TemplateSyntaxError, render_text
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.outbox.audience import is_opted_out
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import Door, queue_in
from desk_sms.outbox.rules import DEFAULT_MAX_PARTS, check_text
from desk_sms.outbox.transitions import cancel_waiting
from desk_sms.services.schedules import REMINDER_KIND, zone_of
from desk_sms.services.users import UsersService

log = logging.getLogger(__name__)

ACTIVE = ("scheduled", "confirmed")
MAX_DAYS_BEFORE = 30
DATE_FORMAT = "%Y/%m/%d"
TIME_FORMAT = "%H:%M"
KEYS_PER_QUERY = 500  # well under SQLite's variable limit


@dataclass(frozen=True)
class ReminderRule:
    id: int | None
    name: str
    body: str
    days_before: int | None = None  # with `at`: that many days before, at a local wall time
    at: time | None = None
    minutes_before: int | None = None
    timezone: str = "Asia/Tokyo"
    enabled: bool = True
    late_window_hours: int = 2

    def rule_json(self) -> str:
        if self.minutes_before is not None:
            return json.dumps({"kind": REMINDER_KIND, "minutes_before": self.minutes_before})
        at = self.at.strftime(TIME_FORMAT) if self.at else "18:00"
        return json.dumps({"kind": REMINDER_KIND, "days_before": self.days_before, "at": at})

    def send_time(self, starts_at: datetime) -> datetime:
        """When this reminder goes out for an appointment starting at `starts_at` (UTC)."""
        if self.minutes_before is not None:
            return starts_at - timedelta(minutes=self.minutes_before)
        zone = ZoneInfo(self.timezone)
        day = starts_at.astimezone(zone).date() - timedelta(days=self.days_before or 0)
        return local_to_utc(datetime.combine(day, self.at or time(18, 0)), zone)


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    contact_id: int
    contact: str
    starts_at: datetime
    place: str
    notes: str
    status: str
    reminders: tuple[tuple[str, str], ...]  # (rule name, message status) of reminders queued so far


def reminder_key(appointment_id: int, rule_id: int) -> str:
    return f"appt:{appointment_id}:{rule_id}"


def rule_from_row(row: Schedule) -> ReminderRule:
    data = json.loads(row.rule_json)
    at = time.fromisoformat(data["at"]) if data.get("at") else None
    return ReminderRule(row.id, row.name, row.body, data.get("days_before"), at,
                        data.get("minutes_before"), row.timezone, row.enabled, row.late_window_hours)


def check_reminder(rule: ReminderRule) -> None:
    if not rule.name.strip() or not rule.body.strip():
        raise InvalidInput(detail="a reminder needs a name and a text")
    if rule.minutes_before is None and rule.days_before is None:
        raise InvalidInput(detail="say how long before the appointment the reminder goes out")
    if rule.minutes_before is not None and not 0 < rule.minutes_before <= MAX_DAYS_BEFORE * 24 * 60:
        raise InvalidInput(detail="minutes before must be positive and at most 30 days")
    if rule.days_before is not None and not 0 <= rule.days_before <= MAX_DAYS_BEFORE:
        raise InvalidInput(detail="days before must be from 0 to 30")
    zone_of(rule.timezone)


class AppointmentsService:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus, clock: Clock,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._users = users or UsersService(session_factory, events, clock)

    # -- appointments ---------------------------------------------------------------------------

    def save(self, contact_id: int, starts_at: datetime, place: str = "", notes: str = "",
             appointment_id: int | None = None, external_id: str | None = None) -> int:
        """Create (no id) or update an appointment; `external_id` is the other program's id for it."""
        if starts_at.tzinfo is None:
            raise InvalidInput(detail="the appointment time needs a time zone")
        with self._session_factory.begin() as session:
            if session.get(Contact, contact_id) is None:
                raise NotFound(what="Contact", name=str(contact_id))
            row = Appointment() if appointment_id is None else self._row(session, appointment_id)
            row.contact_id, row.starts_at, row.place, row.notes = contact_id, starts_at, place, notes
            if external_id is not None:
                row.external_id = external_id
            session.add(row)
            session.flush()
            new_id = row.id
            action = "appointment.create" if appointment_id is None else "appointment.update"
            detail = f"contact {contact_id} at {starts_at.isoformat()} {place}".strip()
            self._users.add_record(session, action, "appointment", new_id, detail)
        self._events.publish(DataChanged("appointments"))
        return new_id

    def set_status(self, appointment_id: int, status: str) -> None:
        """Confirm, cancel (its reminders still waiting are cancelled too) or reschedule by hand."""
        if status not in ("scheduled", "confirmed", "cancelled"):
            raise InvalidInput(detail=f"unknown appointment state {status!r}")
        with self._session_factory.begin() as session:
            row = self._row(session, appointment_id)
            set_appointment_status(session, row, status)
            self._users.add_record(session, "appointment.status", "appointment", appointment_id, status)
        self._events.publish(DataChanged("appointments"))

    def find_external(self, external_id: str) -> int | None:
        """The appointment another program knows as `external_id`, if there is one."""
        with self._session_factory() as session:
            query = select(Appointment.id).where(Appointment.external_id == external_id)
            return session.scalars(query).first()

    def list_all(self, since: datetime | None = None, limit: int = 1000) -> list[AppointmentInfo]:
        with self._session_factory() as session:
            query = select(Appointment, Contact.name).join(Contact, Contact.id == Appointment.contact_id)
            if since is not None:
                query = query.where(Appointment.starts_at >= since)
            rows = session.execute(query.order_by(Appointment.starts_at).limit(limit)).all()
            reminders = _reminder_states(session, [row.id for row, _ in rows])
            return [_info(row, name, reminders.get(row.id, ())) for row, name in rows]

    def get(self, appointment_id: int) -> AppointmentInfo:
        with self._session_factory() as session:
            row = self._row(session, appointment_id)
            contact = session.get(Contact, row.contact_id)
            states = _reminder_states(session, [row.id]).get(row.id, ())
            return _info(row, contact.name if contact else "", states)

    @staticmethod
    def _row(session: Session, appointment_id: int) -> Appointment:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise NotFound(what="Appointment", name=str(appointment_id))
        return row

    # -- reminder rules -------------------------------------------------------------------------

    def save_rule(self, rule: ReminderRule) -> int:
        check_reminder(rule)
        with self._session_factory.begin() as session:
            row = Schedule() if rule.id is None else session.get(Schedule, rule.id)
            if row is None:
                raise NotFound(what="Reminder", name=str(rule.id))
            row.name, row.body, row.rule_json = rule.name.strip(), rule.body, rule.rule_json()
            row.timezone, row.enabled = rule.timezone, rule.enabled
            row.late_window_hours = rule.late_window_hours
            session.add(row)
            session.flush()
            rule_id = row.id
            action = "appointment.reminder_create" if rule.id is None else "appointment.reminder_update"
            self._users.add_record(session, action, "schedule", rule_id, f"{row.name}: {row.rule_json}")
        self._events.publish(DataChanged("appointments"))
        return rule_id

    def rules(self) -> list[ReminderRule]:
        with self._session_factory() as session:
            return reminder_rules(session, enabled_only=False)

    def delete_rule(self, rule_id: int) -> None:
        with self._session_factory.begin() as session:
            row = session.get(Schedule, rule_id)
            if row is not None:
                self._users.add_record(session, "appointment.reminder_delete", "schedule", rule_id, row.name)
                session.delete(row)
        self._events.publish(DataChanged("appointments"))


def _info(row: Appointment, contact: str, reminders: tuple[tuple[str, str], ...]) -> AppointmentInfo:
    return AppointmentInfo(row.id, row.contact_id, contact, row.starts_at, row.place, row.notes,
                           row.status, reminders)


def _reminder_states(session: Session, appointment_ids: list[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    """(rule name, message status) of the reminders queued so far, per appointment."""
    names = {rule.id: rule.name for rule in reminder_rules(session, enabled_only=False)}
    keys = [reminder_key(a, r) for a in appointment_ids for r in names if r is not None]
    states: dict[int, list[tuple[str, str]]] = {}
    for start in range(0, len(keys), KEYS_PER_QUERY):
        rows = session.execute(
            select(OutboundMessage.dedupe_key, OutboundMessage.status)
            .where(OutboundMessage.dedupe_key.in_(keys[start : start + KEYS_PER_QUERY]))
            .order_by(OutboundMessage.id)
        )
        for key, status in rows:
            _prefix, appointment, rule = str(key).split(":")
            states.setdefault(int(appointment), []).append((names.get(int(rule), "?"), status))
    return {appointment: tuple(found) for appointment, found in states.items()}


def reminder_rules(session: Session, enabled_only: bool = True) -> list[ReminderRule]:
    query = select(Schedule).where(Schedule.rule_json.like(f'%"kind": "{REMINDER_KIND}"%'))
    if enabled_only:
        query = query.where(Schedule.enabled.is_(True))
    return [rule_from_row(row) for row in session.scalars(query.order_by(Schedule.id))]


def set_appointment_status(session: Session, row: Appointment, status: str) -> None:
    row.status = status
    if status == "cancelled":
        cancel_waiting(session, OutboundMessage.dedupe_key.like(f"appt:{row.id}:%"))


def apply_reply(session: Session, contact_id: int | None, kind: str, now: datetime) -> int | None:
    """A confirm/cancel reply sets the contact's next upcoming appointment; returns its id."""
    if contact_id is None:
        return None
    row = session.scalars(
        select(Appointment)
        .where(Appointment.contact_id == contact_id, Appointment.starts_at >= now,
               Appointment.status.in_(ACTIVE))
        .order_by(Appointment.starts_at)
        .limit(1)
    ).first()
    if row is None:
        return None
    set_appointment_status(session, row, "confirmed" if kind == "confirm" else "cancelled")
    return row.id


# -- queueing (called by the scheduler's tick) ------------------------------------------------


def queue_due_reminders(session_factory: sessionmaker[Session], now: datetime, region: str,
                        max_parts: int = DEFAULT_MAX_PARTS) -> list[int]:
    """Queue every reminder whose send time has come; returns the new message ids."""
    with session_factory() as session:
        rules = reminder_rules(session)
        if not rules:
            return []
        due = _due_pairs(session, rules, now)
    queued = []
    for appointment_id, rule, text, number in due:
        message_id = _queue_once(session_factory, appointment_id, rule, text, number, now, region, max_parts)
        if message_id is not None:
            queued.append(message_id)
    return queued


def _due_pairs(session: Session, rules: list[ReminderRule], now: datetime
               ) -> list[tuple[int, ReminderRule, str, str]]:
    horizon = now + timedelta(days=MAX_DAYS_BEFORE + 1)
    rows = session.execute(
        select(Appointment, Contact.name)
        .join(Contact, Contact.id == Appointment.contact_id)
        .where(Appointment.status.in_(ACTIVE), Appointment.starts_at > now,
               Appointment.starts_at <= horizon, Contact.deleted_at.is_(None))
    ).all()
    done = _existing_keys(session, [reminder_key(a.id, r.id or 0) for a, _ in rows for r in rules])
    result = []
    for appointment, name in rows:
        for rule in rules:
            sends_at = rule.send_time(appointment.starts_at)
            fresh = timedelta(0) <= now - sends_at <= timedelta(hours=rule.late_window_hours)
            if fresh and reminder_key(appointment.id, rule.id or 0) not in done:
                text = render_reminder(rule, appointment, name)
                number = _first_number(session, appointment.contact_id)
                if text is not None and number is not None:
                    result.append((appointment.id, rule, text, number))
    return result


def _existing_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = keys[start : start + KEYS_PER_QUERY]
        found.update(k for k in session.scalars(select(OutboundMessage.dedupe_key).where(
            OutboundMessage.dedupe_key.in_(chunk))) if k)
    return found


def reminder_values(starts_at: datetime, zone: ZoneInfo, place: str, name: str) -> dict[str, str]:
    local = starts_at.astimezone(zone)
    return {"date": local.strftime(DATE_FORMAT), "time": local.strftime(TIME_FORMAT),
            "place": place, "name": name}


def render_reminder(rule: ReminderRule, appointment: Appointment, name: str) -> str | None:
    values = reminder_values(appointment.starts_at, ZoneInfo(rule.timezone), appointment.place, name)
    try:
        return render_text(rule.body, values, {key: "" for key in values})
    except (MissingValues, TemplateSyntaxError) as exc:
        log.warning("reminder %r cannot be rendered for appointment %d: %s", rule.name, appointment.id, exc)
        return None


def _first_number(session: Session, contact_id: int) -> str | None:
    return session.scalars(
        select(ContactPhone.e164).where(ContactPhone.contact_id == contact_id)
        .order_by(ContactPhone.position, ContactPhone.id).limit(1)
    ).first()


def reminder_expiry(rule: ReminderRule, starts_at: datetime) -> datetime:
    """A reminder goes within its rule's send-late window, and never after the appointment began."""
    return min(rule.send_time(starts_at) + timedelta(hours=rule.late_window_hours), starts_at)


def _queue_once(session_factory: sessionmaker[Session], appointment_id: int, rule: ReminderRule,
                text: str, number: str, now: datetime, region: str, max_parts: int) -> int | None:
    try:
        check_text(text, max_parts)
        with session_factory.begin() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None or appointment.status not in ACTIVE:
                return None  # cancelled meanwhile
            if is_opted_out(session, number, appointment.contact_id):
                return None
            spec = MessageSpec(number, text, appointment.contact_id,
                               dedupe_key=reminder_key(appointment_id, rule.id or 0),
                               expires_at=reminder_expiry(rule, appointment.starts_at))
            message = queue_in(session, spec, Door.REMINDER, now, region)
            return message.id
    except IntegrityError:
        return None  # another engine queued it first
    except InvalidInput as exc:
        log.warning("reminder %r for appointment %d not queued: %s", rule.name, appointment_id, exc)
        return None

"""Appointments from an Excel/ODS/CSV file: one row per appointment (contact, date, time, place, notes).

Rows are read with the roster readers (`open_rows`: encodings, Excel dates, sheets) and the
name/phone/notes columns found by the roster mapping (`suggest_mapping`); the date, time and
place columns are recognised here. A row is matched to an existing contact by phone number,
else by exact name; a row that matches nobody, or whose date cannot be read, is reported with
its row number and nothing is guessed. The same contact at the same time is imported once.

A saved mapping (the watched folder's) names the columns instead: header → name, phone, date,
time, place, notes or external_id. A row with an external id (a reservation number) updates the
appointment imported before under that id, so tomorrow's export dropped again moves it rather
than adding a second one. `all_or_nothing` writes nothing when any row has a problem, and
`new_contacts` makes a contact for a valid number nobody has yet (named from the name column).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Appointment, Contact, ContactPhone
from desk_sms.domain.phones import normalize_phone
from desk_sms.domain.recurrence import local_to_utc
from desk_sms.importing.mapping import Field, find_header_row, suggest_mapping
from desk_sms.importing.readers import open_rows

HEAD_ROWS = 10  # rows looked at to find the header row
DATETIME_HEADERS = ("日時", "予約日時", "datetime", "appointment")
DATE_HEADERS = ("日付", "予約日", "来院日", "date", "day")
TIME_HEADERS = ("時間", "時刻", "開始", "time", "start")
PLACE_HEADERS = ("場所", "会場", "教室", "店舗", "place", "location", "room")
_DATE_RE = re.compile(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})")
_TIME_RE = re.compile(r"(\d{1,2})\s*[:時]\s*(\d{1,2})?")


MAPPED_FIELDS = ("name", "phone", "date", "time", "place", "notes", "external_id")


@dataclass(frozen=True)
class AppointmentColumns:
    name: int | None
    phone: int | None
    date: int | None
    time: int | None
    place: int | None
    notes: int | None
    external_id: int | None = None


@dataclass
class AppointmentImportResult:
    imported: int = 0
    duplicates: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason code)
    updated: int = 0
    contacts_made: int = 0


class MappingProblem(ValueError):
    """A saved mapping that does not fit the file (its text says which column or field)."""


def mapped_columns(headers: list[str], mapping: dict[str, str]) -> AppointmentColumns:
    """The columns a saved mapping (header → field) names; refuses a header or field it cannot use."""
    keys = [_key(header) for header in headers]
    found: dict[str, int] = {}
    for header, name in mapping.items():
        if name not in MAPPED_FIELDS:
            raise MappingProblem(f"{name!r} is not an appointment field ({', '.join(MAPPED_FIELDS)})")
        if _key(header) not in keys:
            raise MappingProblem(f"the file has no column {header!r}")
        found[name] = keys.index(_key(header))
    return AppointmentColumns(*(found.get(name) for name in MAPPED_FIELDS))


def _key(header: str) -> str:
    return unicodedata.normalize("NFKC", header).casefold().replace(" ", "")


def _find(headers: list[str], needles: tuple[str, ...], taken: set[int]) -> int | None:
    for index, header in enumerate(headers):
        if index not in taken and any(needle in _key(header) for needle in needles):
            return index
    return None


def detect_columns(headers: list[str], sample: list[list[str]]) -> AppointmentColumns:
    mapping = suggest_mapping(headers, sample)

    def first(kind: Field) -> int | None:
        found = mapping.for_field(kind)
        return found[0].index if found else None

    name, phone, notes = first(Field.NAME), first(Field.PHONE), first(Field.NOTES)
    taken = {i for i in (name, phone, notes) if i is not None}
    when = _find(headers, DATETIME_HEADERS, taken)
    day = when if when is not None else _find(headers, DATE_HEADERS, taken)
    taken |= {i for i in (day,) if i is not None}
    clock = None if when is not None else _find(headers, TIME_HEADERS, taken)
    place = _find(headers, PLACE_HEADERS, taken | {i for i in (clock,) if i is not None})
    return AppointmentColumns(name, phone, day, clock, place, notes)


def parse_local(day_text: str, time_text: str) -> datetime | None:
    """'2026/2/10' or '2026年2月10日' or '2026-02-10 15:00', with '15:00' or '15時' -> naive local."""
    text = unicodedata.normalize("NFKC", day_text).strip()
    found = _DATE_RE.search(text)
    if not found:
        return None
    try:
        day = date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
    rest = unicodedata.normalize("NFKC", time_text).strip() or text[found.end():]
    clock = _TIME_RE.search(rest)
    if not clock:
        return None
    hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


def _cell(values: list[str], index: int | None) -> str:
    return values[index].strip() if index is not None and index < len(values) else ""


def _contact_for(session: Session, name: str, phone: str, region: str) -> int | None:
    e164 = normalize_phone(phone, region).e164 if phone else None
    live = Contact.deleted_at.is_(None)
    if e164:
        by_phone = select(ContactPhone.contact_id).join(Contact).where(ContactPhone.e164 == e164, live)
        found = session.scalars(by_phone.order_by(ContactPhone.contact_id).limit(1)).first()
        if found is not None:
            return found
    if name:
        return session.scalars(select(Contact.id).where(Contact.name == name, live).limit(2)).first()
    return None


@dataclass(frozen=True)
class ImportRules:
    """How the watched folder imports: its saved mapping, all or nothing, new contacts made."""

    mapping: dict[str, str] | None = None
    all_or_nothing: bool = False
    new_contacts: bool = False


def import_appointments(
    session_factory: sessionmaker[Session], path: str | Path, timezone: str, region: str = "JP",
    sheet: str | None = None, dry_run: bool = False, rules: ImportRules = ImportRules(),
) -> AppointmentImportResult:
    """Read the file and add its appointments in one transaction (none when `dry_run`, nor when
    `rules.all_or_nothing` and a row has a problem). A mapping that does not fit the file raises
    `MappingProblem`."""
    zone = ZoneInfo(timezone)
    with open_rows(path, sheet) as source:
        rows = [(row.number, row.values) for row in source]
    head = [values for _, values in rows[:HEAD_ROWS]]
    header_at = find_header_row(head) if head else 0
    headers = rows[header_at][1] if rows else []
    if rules.mapping:
        columns = mapped_columns(headers, rules.mapping)
    else:
        columns = detect_columns(headers, [values for _, values in rows[header_at + 1: header_at + 21]])
    result = AppointmentImportResult()
    if columns.date is None or (columns.name is None and columns.phone is None):
        result.problems.append((rows[header_at][0] if rows else 0, "columns_not_found"))
        return result
    with session_factory.begin() as session:
        for number, values in rows[header_at + 1:]:
            _import_row(session, number, values, columns, zone, region, result, rules.new_contacts)
        if dry_run or (rules.all_or_nothing and result.problems):
            session.rollback()
    return result


def _import_row(session: Session, number: int, values: list[str], columns: AppointmentColumns,
                zone: ZoneInfo, region: str, result: AppointmentImportResult, new_contacts: bool = False
                ) -> None:
    if not any(value.strip() for value in values):
        return  # an empty line at the end of an export
    wall = parse_local(_cell(values, columns.date), _cell(values, columns.time))
    if wall is None:
        result.problems.append((number, "date_unreadable"))
        return
    name, phone = _cell(values, columns.name), _cell(values, columns.phone)
    contact_id = _contact_for(session, name, phone, region)
    if contact_id is None and new_contacts:
        contact_id = _new_contact(session, name, phone, region, result)
    if contact_id is None:
        result.problems.append((number, "contact_not_found"))
        return
    starts_at = local_to_utc(wall, zone)
    external_id = _cell(values, columns.external_id)
    if external_id:
        _upsert_external(session, external_id, contact_id, starts_at, values, columns, result)
        return
    same = select(Appointment.id).where(Appointment.contact_id == contact_id,
                                        Appointment.starts_at == starts_at)
    if session.scalars(same).first() is not None:
        result.duplicates += 1
        return
    session.add(Appointment(contact_id=contact_id, starts_at=starts_at, place=_cell(values, columns.place),
                            notes=_cell(values, columns.notes)))
    session.flush()
    result.imported += 1


def _upsert_external(session: Session, external_id: str, contact_id: int, starts_at: datetime,
                     values: list[str], columns: AppointmentColumns, result: AppointmentImportResult) -> None:
    """The appointment the other program calls `external_id`: made, or brought up to date."""
    row = session.scalars(select(Appointment).where(Appointment.external_id == external_id)).first()
    place, notes = _cell(values, columns.place), _cell(values, columns.notes)
    if row is None:
        session.add(Appointment(contact_id=contact_id, starts_at=starts_at, place=place, notes=notes,
                                external_id=external_id))
        session.flush()
        result.imported += 1
    elif (row.contact_id, row.starts_at, row.place, row.notes) == (contact_id, starts_at, place, notes):
        result.duplicates += 1
    else:
        row.contact_id, row.starts_at, row.place, row.notes = contact_id, starts_at, place, notes
        result.updated += 1


def _new_contact(session: Session, name: str, phone: str, region: str,
                 result: AppointmentImportResult) -> int | None:
    """A contact for a valid number nobody has yet; its search text is built on the next search."""
    e164 = normalize_phone(phone, region).e164 if phone else None
    if e164 is None:
        return None
    contact = Contact(name=name or e164, phones=[ContactPhone(e164=e164, raw=phone, position=0)])
    session.add(contact)
    session.flush()
    result.contacts_made += 1
    return contact.id

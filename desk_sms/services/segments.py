"""Saved segments: list, create, edit, rename and delete them, and count who they reach.

A segment is a `SegmentFilter` stored by name (`desk_sms.services.compose_recipients`). The count
is what a send to the segment would reach: the segment's live contacts minus those a send
leaves out (opted out, no usable number, a number already counted), checked in the same order
as `ComposeService.prepare` checks them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Contact, ContactFieldValue, ContactPhone, CustomField, Group, Schedule, Segment
from desk_sms.domain.phones import normalize_phone
from desk_sms.domain.roles import Permission
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.compose_recipients import (
    Candidate,
    SegmentFilter,
    load_candidates,
    segment_contact_ids,
)
from desk_sms.services.users import UsersService

if TYPE_CHECKING:
    from desk_sms.context import AppContext

TOPIC = "segments"
VALUES_PER_FIELD = 200  # suggestions offered per custom field
CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


class SegmentNameMissing(InvalidInput):
    code = "segment.name_missing"
    template = "A segment needs a name."


class SegmentNameTaken(InvalidInput):
    code = "segment.name_taken"
    template = "A segment named {name} already exists."


class SegmentGroupMissing(InvalidInput):
    code = "segment.group_missing"
    template = "A group of this segment no longer exists (id {group_id})."


class SegmentFieldMissing(InvalidInput):
    code = "segment.field_missing"
    template = "There is no custom field named {field}."


class SegmentValueMissing(InvalidInput):
    code = "segment.value_missing"
    template = "The condition on {field} needs a value."


class SegmentFieldTwice(InvalidInput):
    code = "segment.field_twice"
    template = "The field {field} has two conditions; a contact has only one value for it."


class SegmentInUse(InvalidInput):
    code = "segment.in_use"
    template = "The segment is used by the schedules {schedules}; change them first."


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    filter: SegmentFilter


@dataclass(frozen=True)
class SegmentCount:
    """Who a send to a filter reaches.

    Attributes:
        recipients: contacts a send would reach (one message each).
        opted_out: matching contacts left out because they (or their number) opted out.
        unusable: matching contacts left out for having no valid number or a number counted already.
    """

    recipients: int
    opted_out: int
    unusable: int


@dataclass(frozen=True)
class SegmentChoices:
    """What the editor offers: groups as (id, name), custom fields with some of their values."""

    groups: tuple[tuple[int, str], ...]
    field_values: tuple[tuple[str, tuple[str, ...]], ...]  # field name -> distinct values, sorted


class SegmentsService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        users: UsersService,
        events: EventBus | None = None,
        region: Callable[[], str] = lambda: "JP",
    ) -> None:
        self._session_factory = session_factory
        self._users = users
        self._events = events
        self._region = region

    @classmethod
    def from_context(cls, context: AppContext) -> SegmentsService:
        return cls(context.database.session_factory, context.users, context.events,
                   lambda: str(context.settings.get("default_region")))

    # -- reading -----------------------------------------------------------------------------

    def list_segments(self) -> list[SegmentInfo]:
        """Every segment by name; one whose stored filter cannot be read shows as empty."""
        with self._session_factory() as session:
            rows = session.scalars(select(Segment).order_by(Segment.name))
            return [SegmentInfo(row.id, row.name, _readable_filter(row.filter_json)) for row in rows]

    def get(self, segment_id: int) -> SegmentInfo:
        with self._session_factory() as session:
            row = _existing(session, segment_id)
            return SegmentInfo(row.id, row.name, _readable_filter(row.filter_json))

    def choices(self) -> SegmentChoices:
        with self._session_factory() as session:
            groups = session.execute(select(Group.id, Group.name).order_by(Group.name)).all()
            names = session.scalars(select(CustomField.name).order_by(CustomField.name)).all()
            values = tuple((name, _field_values(session, name)) for name in names)
        return SegmentChoices(tuple((g.id, g.name) for g in groups), values)

    def count(self, segment_filter: SegmentFilter) -> SegmentCount:
        """Who a send to `segment_filter` reaches now (it need not be saved)."""
        region = self._region()
        with self._session_factory() as session:
            candidates = load_candidates(session, segment_contact_ids(session, segment_filter))
            opted_contacts = _opted_out_contacts(session, [c.contact_id for c in candidates if c.contact_id])
            opted_numbers = _opted_out_numbers(session)
        return _tally(candidates, region, opted_contacts, opted_numbers)

    # -- changing ----------------------------------------------------------------------------

    def create(self, name: str, segment_filter: SegmentFilter) -> int:
        clean = _checked_name(name)
        with self._session_factory.begin() as session:
            _check(session, clean, segment_filter, None)
            row = Segment(name=clean, filter_json=segment_filter.to_json())
            session.add(row)
            session.flush()
            segment_id = row.id
        self._after("segment.create", segment_id, f"{clean}: {segment_filter.to_json()}")
        return segment_id

    def update(self, segment_id: int, name: str, segment_filter: SegmentFilter) -> None:
        """Rename and refilter a segment; schedules and compose lists keep it (they refer by id)."""
        clean = _checked_name(name)
        with self._session_factory.begin() as session:
            row = _existing(session, segment_id)
            _check(session, clean, segment_filter, segment_id)
            before = f"{row.name}: {row.filter_json}"
            row.name, row.filter_json = clean, segment_filter.to_json()
        self._after("segment.update", segment_id, f"{before} -> {clean}: {segment_filter.to_json()}")

    def delete(self, segment_id: int) -> None:
        """Remove a segment no schedule uses (a schedule would be left without recipients)."""
        with self._session_factory.begin() as session:
            row = _existing(session, segment_id)
            schedules = session.scalars(select(Schedule.name).where(Schedule.segment_id == segment_id)).all()
            if schedules:
                self._users.require(Permission.DELETE_SCHEDULED)  # an operator hears who may decide
                raise SegmentInUse(schedules=", ".join(schedules))
            detail = f"{row.name}: {row.filter_json}"
            session.delete(row)
        self._after("segment.delete", segment_id, detail)

    def _after(self, action: str, segment_id: int, detail: str) -> None:
        self._users.record(action, "segment", segment_id, detail)
        if self._events is not None:
            self._events.publish(DataChanged(topic=TOPIC))


def _checked_name(name: str) -> str:
    clean = name.strip()
    if not clean:
        raise SegmentNameMissing()
    return clean


def _check(session: Session, name: str, segment_filter: SegmentFilter, segment_id: int | None) -> None:
    same_name = session.scalar(select(Segment.id).where(Segment.name == name))
    if same_name is not None and same_name != segment_id:
        raise SegmentNameTaken(name=name)
    known_groups = set(session.scalars(select(Group.id).where(Group.id.in_(segment_filter.group_ids))))
    for group_id in segment_filter.group_ids:
        if group_id not in known_groups:
            raise SegmentGroupMissing(group_id=group_id)
    seen: set[str] = set()
    for field_name, value in segment_filter.fields:
        _check_condition(session, field_name, value, seen)
        seen.add(field_name)


def _check_condition(session: Session, field_name: str, value: str, seen: set[str]) -> None:
    if field_name in seen:
        raise SegmentFieldTwice(field=field_name)
    if session.scalar(select(CustomField.id).where(CustomField.name == field_name)) is None:
        raise SegmentFieldMissing(field=field_name)
    if not value.strip():
        raise SegmentValueMissing(field=field_name)


def _existing(session: Session, segment_id: int) -> Segment:
    row = session.get(Segment, segment_id)
    if row is None:
        raise NotFound(what="Segment", name=str(segment_id))
    return row


def _readable_filter(text: str) -> SegmentFilter:
    try:
        return SegmentFilter.from_json(text)
    except (ValueError, TypeError, AttributeError):
        return SegmentFilter()  # sending reports the broken filter; the editor lets it be rewritten


def _field_values(session: Session, field_name: str) -> tuple[str, ...]:
    """Distinct values of one field among live contacts, at most VALUES_PER_FIELD of them."""
    query = (
        select(ContactFieldValue.value)
        .join(CustomField, CustomField.id == ContactFieldValue.field_id)
        .join(Contact, Contact.id == ContactFieldValue.contact_id)
        .where(CustomField.name == field_name, Contact.deleted_at.is_(None), ContactFieldValue.value != "")
        .distinct()
        .order_by(ContactFieldValue.value)
        .limit(VALUES_PER_FIELD)
    )
    return tuple(session.scalars(query))


def _opted_out_contacts(session: Session, contact_ids: Sequence[int]) -> set[int]:
    opted: set[int] = set()
    for start in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[start : start + CHUNK]
        opted.update(session.scalars(
            select(Contact.id).where(Contact.id.in_(chunk), Contact.opted_out_at.is_not(None))
        ))
    return opted


def _opted_out_numbers(session: Session) -> set[str]:
    """Numbers held by an opted-out contact, deleted or not: nobody gets a message at them (the rule
    of `desk_sms.outbox.audience`: deleting a record does not withdraw a person's request)."""
    return set(session.scalars(
        select(ContactPhone.e164)
        .join(Contact, Contact.id == ContactPhone.contact_id)
        .where(Contact.opted_out_at.is_not(None))
    ))


def _tally(
    candidates: Sequence[Candidate], region: str, opted_contacts: set[int], opted_numbers: set[str]
) -> SegmentCount:
    # The order of ComposeService._exclusion: invalid number, duplicate, opted out.
    seen: set[str] = set()
    opted_out = unusable = 0
    for candidate in candidates:
        e164 = normalize_phone(candidate.number, region).e164
        if e164 is None or e164 in seen:
            unusable += 1
        elif e164 in opted_numbers or candidate.contact_id in opted_contacts:
            opted_out += 1
        else:
            seen.add(e164)
    return SegmentCount(len(seen), opted_out, unusable)

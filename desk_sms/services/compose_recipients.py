"""Who a composed message goes to: one contact, a group, a saved segment, pasted numbers, an import.

Each source resolves to `Candidate`s: a number as given plus, when it belongs to a contact, the
contact's placeholder values (built-in fields and custom fields). Deduplication and exclusions
happen later, in `desk_sms.services.compose`, so the summary can list them with reasons.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desk_sms.db.models import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
    ImportBatch,
    Segment,
)
from desk_sms.domain.phones import normalize_phone
from desk_sms.errors import InvalidInput, NotFound

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit
# Pasted numbers are separated by new lines, commas, semicolons, tabs or Japanese commas.
NUMBER_SEPARATORS = re.compile(r"[\n\r,;\t、，；]+")


class SourceKind(enum.StrEnum):
    CONTACT = "contact"  # value: contact id
    GROUP = "group"  # value: group id or name
    SEGMENT = "segment"  # value: segment id or name
    NUMBERS = "numbers"  # value: pasted text
    IMPORT = "import"  # value: import batch id


@dataclass(frozen=True)
class RecipientSource:
    kind: SourceKind
    value: int | str

    def __post_init__(self) -> None:
        # A kind that went through Qt item data comes back as a plain str.
        object.__setattr__(self, "kind", SourceKind(self.kind))


@dataclass(frozen=True)
class Candidate:
    """One recipient before checks: the number as given and the contact's fields, if any."""

    number: str
    contact_id: int | None = None
    name: str = ""
    reading: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # custom field name -> value
    deleted: bool = False  # a contact chosen by name that has been deleted since


@dataclass(frozen=True)
class SegmentFilter:
    """A saved segment: contacts in any of `group_ids` (all contacts when empty) whose custom
    fields equal every value in `fields`."""

    group_ids: tuple[int, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        data = {"group_ids": list(self.group_ids), "fields": dict(self.fields)}
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SegmentFilter:
        data: dict[str, Any] = json.loads(text or "{}")
        groups = tuple(int(g) for g in data.get("group_ids", []))
        fields = tuple((str(k), str(v)) for k, v in dict(data.get("fields", {})).items())
        return cls(groups, fields)


@dataclass(frozen=True)
class SourceChoices:
    """What the Compose page offers per source kind: (id, label) pairs."""

    groups: tuple[tuple[int, str], ...]
    segments: tuple[tuple[int, str], ...]
    imports: tuple[tuple[int, str], ...]


def source_choices(session: Session) -> SourceChoices:
    groups = session.execute(select(Group.id, Group.name).order_by(Group.name)).all()
    segments = session.execute(select(Segment.id, Segment.name).order_by(Segment.name)).all()
    batches = session.execute(
        select(ImportBatch.id, ImportBatch.file_name, ImportBatch.created_at, ImportBatch.imported)
        .where(ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.created_at.desc())
        .limit(50)
    ).all()
    return SourceChoices(
        tuple((g.id, g.name) for g in groups),
        tuple((s.id, s.name) for s in segments),
        tuple((b.id, f"{b.file_name} ({b.created_at:%Y-%m-%d %H:%M}, {b.imported})") for b in batches),
    )


def save_segment(session: Session, name: str, segment: SegmentFilter) -> int:
    """Create or replace the segment called `name`."""
    row = session.scalars(select(Segment).where(Segment.name == name)).first() or Segment(name=name)
    row.filter_json = segment.to_json()
    session.add(row)
    session.flush()
    return row.id


def resolve(session: Session, source: RecipientSource, region: str = "JP") -> list[Candidate]:
    """The candidates of one source, in a stable order."""
    if source.kind is SourceKind.NUMBERS:
        return _pasted(session, str(source.value), region)
    return load_candidates(session, _contact_ids(session, source))


def _contact_ids(session: Session, source: RecipientSource) -> list[int]:
    if source.kind is SourceKind.CONTACT:  # deleted or not: a deleted one is left out with its reason
        return list(session.scalars(select(Contact.id).where(Contact.id == int(source.value))))
    live = select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(Contact.id)
    if source.kind is SourceKind.GROUP:
        group_id = _group_id(session, source.value)
        members = select(ContactGroup.contact_id).where(ContactGroup.group_id == group_id)
        return list(session.scalars(live.where(Contact.id.in_(members))))
    if source.kind is SourceKind.IMPORT:
        return list(session.scalars(live.where(Contact.import_batch_id == int(source.value))))
    return segment_contact_ids(session, _segment_filter(session, source.value))


def segment_contact_ids(session: Session, segment: SegmentFilter) -> list[int]:
    """Ids of the live contacts a segment filter selects, in the order sending uses."""
    live = select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(Contact.id)
    return list(session.scalars(_segment_query(live, segment)))


def _group_id(session: Session, value: int | str) -> int:
    if isinstance(value, int):
        return value
    group_id = session.scalars(select(Group.id).where(Group.name == value)).first()
    if group_id is None:
        raise NotFound(what="Group", name=value)
    return group_id


def _segment_filter(session: Session, value: int | str) -> SegmentFilter:
    by = Segment.id == value if isinstance(value, int) else Segment.name == value
    segment = session.scalars(select(Segment).where(by)).first()
    if segment is None:
        raise NotFound(what="Segment", name=str(value))
    try:
        return SegmentFilter.from_json(segment.filter_json)
    except (ValueError, TypeError, AttributeError) as exc:
        raise InvalidInput(detail=f"the segment {segment.name!r} cannot be read: {exc}") from exc


def _segment_query(live: Select[Any], segment: SegmentFilter) -> Select[Any]:
    query = live
    if segment.group_ids:
        members = select(ContactGroup.contact_id).where(ContactGroup.group_id.in_(segment.group_ids))
        query = query.where(Contact.id.in_(members))
    for name, value in segment.fields:
        matching = (
            select(ContactFieldValue.contact_id)
            .join(CustomField, CustomField.id == ContactFieldValue.field_id)
            .where(CustomField.name == name, ContactFieldValue.value == value)
        )
        query = query.where(Contact.id.in_(matching))
    return query


def _pasted(session: Session, text: str, region: str) -> list[Candidate]:
    """Pasted numbers; one that belongs to a contact brings that contact's fields along."""
    tokens = [token.strip() for token in NUMBER_SEPARATORS.split(text) if token.strip()]
    owners: dict[str, int] = {}
    e164s = [e for e in (normalize_phone(t, region).e164 for t in tokens) if e]
    for chunk in _chunks(e164s):
        rows = session.execute(
            select(ContactPhone.e164, ContactPhone.contact_id)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.e164.in_(chunk), Contact.deleted_at.is_(None))
            .order_by(ContactPhone.contact_id)
        )
        for e164, contact_id in rows:
            owners.setdefault(e164, contact_id)
    known = {c.contact_id: c for c in load_candidates(session, sorted(set(owners.values())))}
    result = []
    for token in tokens:
        owner = owners.get(normalize_phone(token, region).e164 or "")
        contact = known.get(owner) if owner is not None else None
        result.append(Candidate(token, owner, contact.name, contact.reading, contact.fields)
                      if contact else Candidate(token))
    return result


def load_candidates(session: Session, contact_ids: Sequence[int]) -> list[Candidate]:
    """Contacts with their first phone number and custom fields, in the order of `contact_ids`."""
    found: dict[int, Candidate] = {}
    for chunk in _chunks(contact_ids):
        fields = _fields(session, chunk)
        contacts = session.execute(
            select(Contact.id, Contact.name, Contact.reading, Contact.deleted_at).where(Contact.id.in_(chunk))
        )
        numbers = _first_numbers(session, chunk)
        for contact_id, name, reading, deleted_at in contacts:
            found[contact_id] = Candidate(
                numbers.get(contact_id, ""), contact_id, name, reading, fields.get(contact_id, {}),
                deleted=deleted_at is not None,
            )
    return [found[i] for i in contact_ids if i in found]


def _first_numbers(session: Session, contact_ids: Sequence[int]) -> dict[int, str]:
    rows = session.execute(
        select(ContactPhone.contact_id, ContactPhone.e164)
        .where(ContactPhone.contact_id.in_(contact_ids))
        .order_by(ContactPhone.contact_id, ContactPhone.position, ContactPhone.id)
    )
    first: dict[int, str] = {}
    for contact_id, e164 in rows:
        first.setdefault(contact_id, e164)
    return first


def _fields(session: Session, contact_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    rows = session.execute(
        select(ContactFieldValue.contact_id, CustomField.name, ContactFieldValue.value)
        .join(CustomField, CustomField.id == ContactFieldValue.field_id)
        .where(ContactFieldValue.contact_id.in_(contact_ids))
    )
    values: dict[int, dict[str, str]] = {}
    for contact_id, name, value in rows:
        values.setdefault(contact_id, {})[name] = value
    return values


def _chunks(items: Sequence[Any] | Iterable[Any]) -> Iterable[list[Any]]:
    batch = list(items)
    for start in range(0, len(batch), CHUNK):
        yield batch[start : start + CHUNK]

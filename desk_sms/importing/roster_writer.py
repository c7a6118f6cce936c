"""Writing analysed roster rows: short transactions of a few hundred contacts each.

New contacts go in with one Core INSERT per table per batch (RETURNING gives
their ids in order, on SQLite and PostgreSQL alike); contacts that exist are
updated through the ORM, so the contacts' search text is marked stale.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast

from sqlalchemy import Table, delete, exists, insert, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
    ImportBatch,
)
from desk_sms.importing.cells import ReadWarning
from desk_sms.importing.exporting import ExportResult
from desk_sms.importing.roster_rows import AnalysedRow, Candidate, RowStatus

BATCH_SIZE = 500


@dataclass(frozen=True)
class ImportResult:
    """What a commit did. When ``cancelled`` (or on an error) the batch was undone again.

    Attributes:
        skipped: Rows whose number was already in the database or earlier in the file.
        problem_rows: Every row with a problem, for the errors workbook.
        warnings: What the readers noticed in the whole file.
        errors_file: What the errors workbook got, when one was asked for.
    """

    batch_id: int
    rows_read: int
    imported: int
    updated: int
    skipped: int
    invalid: int
    cancelled: bool = False
    problem_rows: tuple[AnalysedRow, ...] = field(default=(), repr=False)
    warnings: tuple[ReadWarning, ...] = ()
    errors_file: ExportResult | None = None


class BatchWriter:
    """Writes analysed rows in short transactions and keeps the batch's counters."""

    def __init__(self, session_factory: sessionmaker[Session], batch_id: int, now: datetime) -> None:
        self._session_factory = session_factory
        self._batch_id = batch_id
        self._now = now
        self._group_ids: dict[str, int] = {}
        self._field_ids: dict[str, int] = {}
        self._counts = dict.fromkeys(RowStatus, 0)
        self._problems: list[AnalysedRow] = []
        self._created_groups: list[int] = []
        self._created_fields: list[int] = []

    def write_all(self, rows: Iterable[AnalysedRow], cancel: threading.Event | None) -> bool:
        """Returns True when `cancel` stopped the import between two batches."""
        pending: list[AnalysedRow] = []
        for row in rows:
            self._counts[row.status] += 1
            if row.problems:
                self._problems.append(row)
            if row.status in (RowStatus.NEW, RowStatus.UPDATE):
                pending.append(row)
            if len(pending) >= BATCH_SIZE:
                self._write(pending)
                pending = []
                if cancel is not None and cancel.is_set():
                    return True
        self._write(pending)
        return False

    @property
    def problem_rows(self) -> list[AnalysedRow]:
        return self._problems

    def finish(
        self,
        cancelled: bool,
        warnings: tuple[ReadWarning, ...] = (),
        errors_file: ExportResult | None = None,
    ) -> ImportResult:
        counts = self._counts
        skipped = counts[RowStatus.EXISTS] + counts[RowStatus.DUPLICATE]
        with self._session_factory.begin() as session:
            batch = session.get(ImportBatch, self._batch_id)
            assert batch is not None
            batch.rows_read = sum(counts.values())
            batch.imported = counts[RowStatus.NEW]
            batch.updated = counts[RowStatus.UPDATE]
            batch.skipped = skipped
            batch.invalid = counts[RowStatus.INVALID]
            # The audit entry (`import.contacts`, with the user) is the importer's: one per import.
        return ImportResult(
            self._batch_id,
            sum(counts.values()),
            counts[RowStatus.NEW],
            counts[RowStatus.UPDATE],
            skipped,
            counts[RowStatus.INVALID],
            cancelled,
            tuple(self._problems),
            warnings,
            errors_file,
        )

    def remove_created(self) -> None:
        """Drop the groups and custom fields this import created that no live contact uses.

        For an import taken back (cancelled or failed) once its contacts are deleted:
        it leaves no empty group behind. A contact it updated keeps its new group.
        """
        live_member = exists().where(
            ContactGroup.group_id == Group.id,
            ContactGroup.contact_id == Contact.id,
            Contact.deleted_at.is_(None),
        )
        live_value = exists().where(
            ContactFieldValue.field_id == CustomField.id,
            ContactFieldValue.contact_id == Contact.id,
            Contact.deleted_at.is_(None),
        )
        with self._session_factory.begin() as session:
            groups = session.scalars(
                select(Group.id).where(Group.id.in_(self._created_groups), ~live_member)
            ).all()
            fields = session.scalars(
                select(CustomField.id).where(CustomField.id.in_(self._created_fields), ~live_value)
            ).all()
            session.execute(delete(ContactGroup).where(ContactGroup.group_id.in_(groups)))
            session.execute(delete(Group).where(Group.id.in_(groups)))
            session.execute(delete(ContactFieldValue).where(ContactFieldValue.field_id.in_(fields)))
            session.execute(delete(CustomField).where(CustomField.id.in_(fields)))

    def _write(self, rows: list[AnalysedRow]) -> None:
        if not rows:
            return
        with self._session_factory.begin() as session:
            new = [row.candidate for row in rows if row.status == RowStatus.NEW and row.candidate]
            ids = self._insert_contacts(session, new)
            self._insert_details(session, list(zip(ids, new, strict=True)))
            for row in rows:
                if row.status == RowStatus.UPDATE and row.candidate and row.existing_id:
                    self._update_contact(session, row.existing_id, row.candidate)

    def _insert_contacts(self, session: Session, candidates: list[Candidate]) -> list[int]:
        if not candidates:
            return []
        values = [
            {
                "name": c.name,
                "reading": c.reading,
                "notes": c.notes,
                "consent_at": c.consent_at,
                "consent_source": c.consent_source,
                "import_batch_id": self._batch_id,
                "created_at": self._now,
                "updated_at": self._now,
            }
            for c in candidates
        ]
        # A Core INSERT: the rows are plain dicts, the ORM's per-row bookkeeping buys nothing here.
        table = cast(Table, Contact.__table__)
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, values))

    def _insert_details(self, session: Session, contacts: list[tuple[int, Candidate]]) -> None:
        """Phones, group memberships and field values of new contacts, one INSERT per table."""
        phones = [
            {"contact_id": cid, "e164": e164, "raw": raw, "label": label, "position": index}
            for cid, c in contacts
            for index, (e164, raw, label) in enumerate(c.phones)
        ]
        groups = [
            {"contact_id": cid, "group_id": group_id}
            for cid, c in contacts
            for group_id in dict.fromkeys(self._group_id(session, name) for name in c.groups)
        ]
        fields = {
            (cid, self._field_id(session, name)): value for cid, c in contacts for name, value in c.custom
        }
        field_rows = [{"contact_id": k[0], "field_id": k[1], "value": v} for k, v in fields.items()]
        for model, rows in ((ContactPhone, phones), (ContactGroup, groups), (ContactFieldValue, field_rows)):
            if rows:
                session.execute(insert(cast(Table, model.__table__)), rows)

    def _update_contact(self, session: Session, contact_id: int, c: Candidate) -> None:
        """Fill in what the roster says; never blank a field the roster leaves empty."""
        contact = session.get(Contact, contact_id)
        if contact is None:
            return
        contact.name = c.name or contact.name
        contact.reading = c.reading or contact.reading
        contact.notes = c.notes or contact.notes
        if c.consent_at is not None:
            contact.consent_at, contact.consent_source = c.consent_at, c.consent_source
        contact.updated_at = self._now
        for group_id in dict.fromkeys(self._group_id(session, name) for name in c.groups):
            if session.get(ContactGroup, (contact_id, group_id)) is None:
                session.add(ContactGroup(contact_id=contact_id, group_id=group_id))
        for name, value in c.custom:
            field_id = self._field_id(session, name)
            existing = session.get(ContactFieldValue, (contact_id, field_id))
            if existing is None:
                session.add(ContactFieldValue(contact_id=contact_id, field_id=field_id, value=value))
            else:
                existing.value = value
        session.flush()

    def _group_id(self, session: Session, name: str) -> int:
        if name not in self._group_ids:
            found = session.scalar(select(Group.id).where(Group.name == name))
            if found is None:
                group = Group(name=name, created_at=self._now)
                session.add(group)
                session.flush()
                found = group.id
                self._created_groups.append(found)
            self._group_ids[name] = found
        return self._group_ids[name]

    def _field_id(self, session: Session, name: str) -> int:
        if name not in self._field_ids:
            found = session.scalar(select(CustomField.id).where(CustomField.name == name))
            if found is None:
                custom = CustomField(name=name)
                session.add(custom)
                session.flush()
                found = custom.id
                self._created_fields.append(found)
            self._field_ids[name] = found
        return self._field_ids[name]
